"""Backups: the backup and safety-copy files of a workspace."""
