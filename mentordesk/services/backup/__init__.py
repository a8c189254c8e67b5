"""Encrypted backups of a workspace: the v1 file format, keys, backup, verify, restore, list."""
