"""Contacts: records, listing, detail, editing, the form, merge, removal and attention rules."""
