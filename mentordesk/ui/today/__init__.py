"""Today package."""
