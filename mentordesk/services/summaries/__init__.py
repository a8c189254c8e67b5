"""Summaries across features: the Today page and the plain-text agenda."""
