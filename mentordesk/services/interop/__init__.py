"""Exchange with other programs: vCard, JSON export (and iCalendar to come)."""
