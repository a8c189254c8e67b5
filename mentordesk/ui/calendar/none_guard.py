"""Keeps None alive under PySide6 6.12.0 on Python 3.11, whose void Qt calls each drop a reference.

Measured here: `QWidget.update()`, `QPainter.drawRect()` and every other binding that returns
void lower `sys.getrefcount(None)` by one (6.11.3 does not; from Python 3.12 None is immortal).
A month grid paints with a few hundred such calls, so about 40 repaints took None's count to
zero and Python aborted ("none_dealloc"). The grids call `keep_none_alive()` as they paint: it
raises the count whenever it runs low, and does nothing on unaffected versions. The count is
raised in place (CPython's ob_refcnt), not by holding references in a list: a list would give
them back at exit, and the references the bindings dropped would then abort the interpreter.
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

AFFECTED = PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12)
LOW = 1_000_000  # raised by this much whenever fewer references remain


def keep_none_alive() -> None:
    """Raise None's reference count when leaky bindings have worn it down."""
    if AFFECTED and sys.getrefcount(None) < LOW:
        ctypes.c_ssize_t.from_address(id(None)).value += LOW
