"""Create a benchmark workspace through the app's own services.

Run: python benchmarks/make_dataset.py --scale {small,large} DIR

DIR becomes a workspace (`mentordesk --data-dir DIR`). "large" holds 50 contacts, 20,000
meetings (weekly series with moved occurrences and skipped dates, the rest one-offs),
50,000 tasks, 100,000 interactions, 10,000 time entries and 500 reviews; "small" a tenth of
each. The data is deterministic (a fixed seed, dates relative to a fixed day near today), so
two runs give the same workspace. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as wall_time
from pathlib import Path

from mentordesk.core.enums import (
    Channel,
    Direction,
    InteractionKind,
    MeetingStatus,
    MentorshipDirection,
    MetChannel,
    Stage,
    TaskStatus,
)
from mentordesk.core.meeting_time import MeetingTime, format_wall
from mentordesk.db.database import close_database, db, open_database
from mentordesk.paths import Workspace
from mentordesk.services.calendar.editing import MeetingDraft, create_meeting, save_occurrence
from mentordesk.services.contacts.interactions import add_interaction
from mentordesk.services.contacts.records import add_contact, main_mentorship
from mentordesk.services.tasks.editing import create_task
from mentordesk.services.tasks.time_invested import add_time_entry

SEED = 20_261_128
CHUNK = 2_000  # records per transaction


@dataclass(frozen=True)
class Scale:
    """How many records of each kind a dataset holds."""

    contacts: int
    meetings: int
    series: int
    tasks: int
    interactions: int
    time_entries: int
    reviews: int


SCALES = {
    "large": Scale(50, 20_000, 50, 50_000, 100_000, 10_000, 500),
    "small": Scale(10, 2_000, 10, 5_000, 10_000, 1_000, 50),
}
ZONES = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London", "UTC"]
FIRST = ["Amara", "Tomás", "Sofia", "Kwame", "Hélène", "Jürgen", "Kenji", "Priya", "Lena", "Mei"]
LAST = ["Okafor", "Herrera", "Lindqvist", "Mensah", "Dubois", "Müller", "Watanabe", "Raman"]
WORDS = ["review", "draft", "plan", "talk", "portfolio", "migration", "roadmap", "feedback"]
WORDS += ["conference", "budget", "hiring", "design", "mentoring", "notes", "workshop", "demo"]
SERIES_WEEKS = 104  # each series runs two years around today
OVERRIDES_PER_SERIES = 4
SKIPS_PER_SERIES = 2


def build_dataset(scale: Scale, *, today: date, say: Callable[[str], None]) -> dict[str, int]:
    """Fill the open workspace; returns how many records of each kind were made."""
    rng = random.Random(SEED)
    contacts = _contacts(scale, rng)
    say(f"contacts: {len(contacts)}")
    meetings = _meetings(scale, contacts, rng, today, say)
    tasks = _tasks(scale, contacts, meetings, rng, today, say)
    _interactions(scale, contacts, rng, today, say)
    _time_entries(scale, tasks, rng, today, say)
    _reviews(scale, contacts, rng, today, say)
    return {
        "contacts": len(contacts),
        "meetings": scale.meetings,
        "tasks": scale.tasks,
        "interactions": scale.interactions,
        "time_entries": scale.time_entries,
        "reviews": scale.reviews,
    }


def _chunked(total: int, make: Callable[[int], object], label: str, say) -> list:
    """Call `make(i)` for i in range(total), CHUNK calls per transaction; their results."""
    results: list = []
    for start in range(0, total, CHUNK):
        with db.atomic():
            results.extend(make(i) for i in range(start, min(total, start + CHUNK)))
        say(f"{label}: {len(results):,}/{total:,}")
    return results


def _contacts(scale: Scale, rng: random.Random) -> list[int]:
    """Contacts, each with a mentorship (most of them active)."""
    stages = [Stage.ACTIVE, Stage.ACTIVE, Stage.ACTIVE, Stage.BUILDING_RAPPORT, Stage.PROSPECT]
    ids = []
    with db.atomic():
        for i in range(scale.contacts):
            name = f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}-{i}"
            ids.append(
                add_contact(
                    name=name,
                    organisation=f"Org {i % 7}",
                    met_channel=MetChannel.MENTORING_NETWORK,
                    direction=MentorshipDirection.THEY_MENTOR_ME,
                    stage=stages[i % len(stages)],
                )
            )
    return ids


def _timed(day: date, hour: int, minutes: int, zone: str) -> MeetingTime:
    """A timed meeting on a day at an hour in a zone."""
    start = datetime.combine(day, wall_time(hour))
    return MeetingTime.timed(start, start + timedelta(minutes=minutes), zone)


def _meetings(scale, contacts, rng, today, say) -> list[int]:
    """Weekly series (with moved and skipped occurrences) and one-off meetings."""
    series_ids = []
    overrides = 0
    first_week = today - timedelta(weeks=SERIES_WEEKS // 2)
    with db.atomic():
        for i in range(scale.series):
            contact = contacts[i % len(contacts)]
            zone = ZONES[i % len(ZONES)]
            when = _timed(first_week + timedelta(days=i % 5), 8 + i % 9, 45, zone)
            starts = [when.start + timedelta(weeks=w) for w in range(SERIES_WEEKS)]
            picks = rng.sample(range(1, SERIES_WEEKS), OVERRIDES_PER_SERIES + SKIPS_PER_SERIES)
            skips = tuple(format_wall(starts[w]) for w in picks[OVERRIDES_PER_SERIES:])
            draft = MeetingDraft(
                title=f"Weekly check-in {i}",
                when=when,
                rrule=f"FREQ=WEEKLY;COUNT={SERIES_WEEKS}",
                exdates=skips,
                contact_ids=(contact,),
                agenda="Goals, blockers, next steps",
                reminder_minutes=15,
            )
            series_id = create_meeting(draft)
            series_ids.append(series_id)
            for w in picks[:OVERRIDES_PER_SERIES]:
                moved = when.moved_to(starts[w] + timedelta(hours=1))
                save_occurrence(
                    series_id,
                    format_wall(starts[w]),
                    MeetingDraft(
                        title=f"Weekly check-in {i} (moved)",
                        when=moved,
                        contact_ids=(contact,),
                        notes="Moved an hour later.",
                    ),
                )
                overrides += 1
    say(f"meetings: {len(series_ids)} series with {overrides} moved occurrences")
    singles = scale.meetings - len(series_ids) - overrides

    def single(i: int) -> int:
        day = today + timedelta(days=rng.randint(-5 * 365, 365))
        hour, minutes = 7 + rng.randrange(11), rng.choice((30, 45, 60))
        status = MeetingStatus.HELD if day < today else MeetingStatus.PLANNED
        return create_meeting(
            MeetingDraft(
                title=f"{rng.choice(WORDS).title()} session {i}",
                when=_timed(day, hour, minutes, rng.choice(ZONES)),
                contact_ids=(rng.choice(contacts),),
                location=rng.choice(("", "Video call", "Café Nord")),
                agenda=f"Talk about {rng.choice(WORDS)} and {rng.choice(WORDS)}.",
                status=status.value,
            )
        )

    return series_ids + _chunked(singles, single, "meetings", say)


def _tasks(scale, contacts, meetings, rng, today, say) -> list[int]:
    """Tasks with due dates around today, most done, some linked to a contact or meeting."""
    statuses = [TaskStatus.DONE] * 6 + [TaskStatus.TODO] * 3 + [TaskStatus.DROPPED]

    def task(i: int) -> int:
        due = today + timedelta(days=rng.randint(-4 * 365, 120)) if i % 4 else None
        return create_task(
            title=f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} #{i}",
            notes="" if i % 3 else "Some longer notes about what to do and why.",
            due=due,
            priority=rng.randint(0, 3),
            status=rng.choice(statuses).value,
            contact=rng.choice(contacts) if i % 2 else None,
            meeting=rng.choice(meetings) if i % 10 == 0 else None,
        )

    return _chunked(scale.tasks, task, "tasks", say)


def _interactions(scale, contacts, rng, today, say) -> None:
    """Messages, calls and meetings logged with the contacts over five years."""
    now = datetime.combine(today, wall_time(12), UTC)
    channels = [Channel.EMAIL, Channel.CHAT, Channel.VIDEO_CALL, Channel.PHONE]
    directions = [Direction.IN, Direction.OUT]

    def interaction(i: int) -> int:
        return add_interaction(
            contact_id=rng.choice(contacts),
            occurred_at=now - timedelta(minutes=rng.randint(60, 5 * 365 * 24 * 60)),
            channel=rng.choice(channels).value,
            direction=rng.choice(directions).value,
            kind=InteractionKind.MESSAGE.value,
            summary=f"About the {rng.choice(WORDS)} ({i})",
            now=now,
        )

    _chunked(scale.interactions, interaction, "interactions", say)


def _time_entries(scale, tasks, rng, today, say) -> None:
    """Time logged against tasks."""
    now = datetime.combine(today, wall_time(12), UTC)

    def entry(i: int) -> int:
        return add_time_entry(
            started_at=now - timedelta(minutes=rng.randint(60, 3 * 365 * 24 * 60)),
            minutes=rng.choice((15, 25, 30, 45, 60, 90)),
            note=f"Worked on {rng.choice(WORDS)}",
            task_id=rng.choice(tasks),
        )

    _chunked(scale.time_entries, entry, "time entries", say)


def _reviews(scale, contacts, rng, today, say) -> None:
    """Monthly reviews going back in time, per mentorship."""
    from mentordesk.db import models as m  # reviews are written by the review service's apply

    ships = [main_mentorship(c).id for c in contacts]
    with db.atomic():
        for i in range(scale.reviews):
            end = today - timedelta(days=30 * (i // len(ships)))
            m.ReviewRecord.create(
                mentorship=ships[i % len(ships)],
                period_start=end - timedelta(days=30),
                period_end=end,
                went_well=f"Progress on the {rng.choice(WORDS)}.",
                kinks=f"Too little time for the {rng.choice(WORDS)}.",
            )
    say(f"reviews: {scale.reviews}")


def _progress_printer() -> Callable[[str], None]:
    """Print progress lines with the seconds since the start."""
    started = time.perf_counter()

    def say(line: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {line}", file=sys.stderr, flush=True)

    return say


def make_dataset(scale_name: str, folder: Path, *, today: date | None = None) -> dict[str, int]:
    """Create the workspace in `folder` (which must not hold one yet); returns the counts."""
    workspace = Workspace(Path(folder))
    if workspace.database.exists():
        raise SystemExit(f"make_dataset: {workspace.database} exists; choose an empty folder")
    workspace.root.mkdir(parents=True, exist_ok=True)
    open_database(workspace.database)
    try:
        scale, say = SCALES[scale_name], _progress_printer()
        return build_dataset(scale, today=today or date.today(), say=say)
    finally:
        close_database()


def _iter_lines(counts: dict[str, int]) -> Iterator[str]:
    """The summary lines."""
    for name, count in counts.items():
        yield f"{name:>13}: {count:,}"


def main(argv: Iterable[str] | None = None) -> int:
    """Parse the command line and build the dataset."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="small")
    parser.add_argument("dir", type=Path)
    args = parser.parse_args(None if argv is None else list(argv))
    counts = make_dataset(args.scale, args.dir)
    print("\n".join(_iter_lines(counts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
