"""Run by the system Python (python3-gi, gir1.2-ical-3.0): libical's verdict on iCalendar text.

Reads the text on stdin, prints a JSON list of the X-LIC-ERROR lines libical found; with
--itip it first applies the iTIP restrictions of the calendar's METHOD (RFC 5546).
"""

import json
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as ICal  # noqa: E402


def errors_in(component, found):
    """Collect the X-LIC-ERROR properties of a component and all its sub-components."""
    kind = ICal.PropertyKind.XLICERROR_PROPERTY
    prop = component.get_first_property(kind)
    while prop is not None:
        found.append(prop.as_ical_string().replace("\r\n ", "").strip())
        prop = component.get_next_property(kind)
    child = component.get_first_component(ICal.ComponentKind.ANY_COMPONENT)
    while child is not None:
        errors_in(child, found)
        child = component.get_next_component(ICal.ComponentKind.ANY_COMPONENT)
    return found


def main():
    calendar = ICal.Component.new_from_string(sys.stdin.read())
    if calendar is None:
        print(json.dumps(["libical could not parse the text at all"]))
        return
    if "--itip" in sys.argv:
        calendar.check_restrictions()
    print(json.dumps(errors_in(calendar, [])))


main()
