"""Tasks and goals: listings with progress and pace."""
