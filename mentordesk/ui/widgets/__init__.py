"""Widgets package."""
