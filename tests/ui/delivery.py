"""Test helper: tell whether code runs inside the runner's delivery of a result."""

from __future__ import annotations

import sys

from mentordesk.ui.jobs import JobRunner


def inside_delivery() -> bool:
    """True when `JobRunner._finish` is on the calling stack."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code is JobRunner._finish.__code__:
            return True
        frame = frame.f_back
    return False
