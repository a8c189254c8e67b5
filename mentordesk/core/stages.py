"""Rules about relationship stages: which is further along."""

from __future__ import annotations

from mentordesk.core.enums import Stage

ORDER = {value: position for position, value in enumerate(Stage.values())}


def furthest_stage(*stages: str) -> str:
    """The stage furthest along the cycle (prospect … active, paused, alumni)."""
    known = [stage for stage in stages if stage in ORDER]
    if not known:
        raise ValueError(f"no known stage among {stages!r}")
    return max(known, key=ORDER.__getitem__)
