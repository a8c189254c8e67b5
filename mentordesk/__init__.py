"""MentorDesk: run your mentoring relationships well, offline."""

__version__ = "0.1.0"
