"""Sync in the window: the accounts dialog, Sync now, the timer and the last-sync status."""
