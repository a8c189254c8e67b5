"""Contacts package."""
