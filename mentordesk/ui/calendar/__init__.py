"""Calendar package."""
