"""Tasks package."""
