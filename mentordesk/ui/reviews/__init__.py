"""Reviews package."""
