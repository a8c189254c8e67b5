"""vCard 2.1, 3.0 and 4.0: parse, write, and import/export of contacts."""
