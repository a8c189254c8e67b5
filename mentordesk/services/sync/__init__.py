"""CalDAV/CardDAV sync: accounts, the DAV transport, three-way merge and the two-way engine."""
