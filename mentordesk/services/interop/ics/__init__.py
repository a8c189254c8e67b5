"""iCalendar interop: dated tasks as VTODOs."""
