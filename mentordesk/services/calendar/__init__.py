"""Calendar: meeting occurrences in a window."""
