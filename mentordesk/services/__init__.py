"""Services package."""
