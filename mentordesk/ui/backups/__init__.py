"""Backups package."""
