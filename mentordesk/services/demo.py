"""The demo workspace: realistic sample mentors, meetings, goals and reviews for a first look."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from mentordesk.core.enums import (
    Channel,
    Direction,
    ExpectationStatus,
    GoalStatus,
    InteractionKind,
    MeetingStatus,
    MentorshipDirection,
    MetChannel,
    Party,
    Priority,
    ProgressMode,
    Stage,
    TaskStatus,
)
from mentordesk.core.errors import WorkspaceNotEmptyError
from mentordesk.core.meeting_time import MeetingTime, format_wall
from mentordesk.db import models as m
from mentordesk.db.database import copy_database, db
from mentordesk.services.demo_removal import DEMO_UID_SUFFIX, purge_sample_tombstones
from mentordesk.services.demo_reviews import add_demo_reviews
from mentordesk.services.demo_tasks import add_task_extras, add_task_time

DEMO_NAMESPACE = uuid.UUID("6f1d2a4e-8c0b-4c55-9a5e-2b1f7d3c9e10")


def demo_uid(kind: str, key: str) -> str:
    """A stable UID for a demo record, so seeding twice gives the same identifiers."""
    return f"{uuid.uuid5(DEMO_NAMESPACE, f'{kind}:{key}')}{DEMO_UID_SUFFIX}"


def workspace_is_empty() -> bool:
    """True when the workspace holds no user records."""
    return not any(model.select().exists() for model in m.ALL_MODELS)


def clear_workspace() -> None:
    """Delete every record (children first)."""
    for model in reversed(m.ALL_MODELS):
        model.delete().execute()


def seed_demo(
    *, today: date | None = None, force: bool = False, safety_dir: Path | None = None
) -> dict[str, int]:
    """Fill the workspace with the sample data; returns the number of records per entity.

    With `force`, what is there is replaced, after a safety copy into `safety_dir`.
    """
    today = today or date.today()
    if force and safety_dir is not None and not workspace_is_empty():
        copy_database(safety_dir / f"before-seed-demo-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.sqlite3")
    with db.atomic():
        if not workspace_is_empty():
            if not force:
                raise WorkspaceNotEmptyError(
                    "this workspace already has data, so no sample data was added; "
                    "try `mentordesk --demo` to look at the sample separately, "
                    "or `mentordesk seed-demo --force` to replace everything"
                )
            clear_workspace()
        purge_sample_tombstones()  # sample data removed earlier: its uids are free again
        _DemoBuilder(today).build()
        _stable_uids()
    return {model._meta.table_name: model.select().count() for model in m.ALL_MODELS}


def _stable_uids() -> None:
    """Give every sample record without a demo UID a stable one, by table and position."""
    for model in m.ALL_MODELS:
        if not issubclass(model, m.SyncedRecord):
            continue
        fresh = model.select(model.id).where(~model.uid.endswith(".demo")).order_by(model.id)
        for position, (record_id,) in enumerate(fresh.tuples()):
            uid = demo_uid(model._meta.table_name, str(position))
            model.update(uid=uid).where(model.id == record_id).execute()


CONTACTS = [
    # name, organisation, role, zone, met channel, met detail, days ago met, stage, direction, tags
    ("Priya Raman", "Northwind Labs", "Staff Engineer", "Europe/Berlin",
     MetChannel.MEETUP_OR_CONFERENCE, "PyData Berlin meetup, talk on data pipelines", 140,
     Stage.ACTIVE, MentorshipDirection.THEY_MENTOR_ME, ["engineering", "leadership"]),
    ("Marcus Okafor", "Brightpath Health", "Engineering Manager", "America/New_York",
     MetChannel.MENTORING_NETWORK, "Matched through an online mentoring network", 120,
     Stage.ACTIVE, MentorshipDirection.THEY_MENTOR_ME, ["management", "speaking"]),
    ("Elena Petrova", "Lumen Product Studio", "Head of Product", "Europe/London",
     MetChannel.VOLUNTEER_EVENT, "Code club volunteering day at the city library", 60,
     Stage.BUILDING_RAPPORT, MentorshipDirection.THEY_MENTOR_ME, ["product"]),
    ("Sam Whitfield", "Tidewater Analytics", "Founder", "America/Los_Angeles",
     MetChannel.SOCIAL_MEDIA, "Replied to my post about career switches", 90,
     Stage.ACTIVE, MentorshipDirection.THEY_MENTOR_ME, ["startups"]),
    ("Aiko Tanaka", "Kumo Design", "Design Director", "Asia/Tokyo",
     MetChannel.NETWORKING_EVENT, "Women in Tech networking evening (online)", 12,
     Stage.PROSPECT, MentorshipDirection.THEY_MENTOR_ME, ["design"]),
    ("Jordan Lee", "", "Junior developer", "Europe/Berlin",
     MetChannel.FITNESS_GROUP, "Saturday running club", 45,
     Stage.ACTIVE, MentorshipDirection.I_MENTOR_THEM, ["mentee"]),
]

AGREEMENTS = {
    # channels, availability [(weekday, start, end)], their reply h, my reply h, cadence days
    "Priya Raman": ([Channel.VIDEO_CALL, Channel.CHAT], [(0, "09:00", "17:00"), (3, "16:00", "19:00")],
                    48, 24, 7),
    "Marcus Okafor": ([Channel.EMAIL, Channel.VIDEO_CALL], [(1, "08:00", "12:00"), (3, "08:00", "12:00")],
                      72, 48, 30),
    "Elena Petrova": ([Channel.EMAIL, Channel.IN_PERSON], [(2, "12:00", "14:00")], 96, 48, 21),
    "Sam Whitfield": ([Channel.CHAT, Channel.PHONE], [(4, "07:00", "10:00")], 24, 24, 14),
    "Jordan Lee": ([Channel.TEXT, Channel.IN_PERSON], [(5, "08:00", "12:00")], 24, 24, 14),
}


KICKOFF_NOTES = """Agreed on the conference talk goal.
- [ ] Write the talk abstract
TODO: list three regional conferences with open CFPs"""
CHECKIN_NOTES = """Went through the migration plan; two teams still unsure about the cut-over.
- [ ] Send Priya the revised migration timeline
Action: book a room for the dependency-mapping workshop
AI: ask the platform team who owns the old queue"""


class _DemoBuilder:
    """Creates the demo records relative to a given day."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.contacts: dict[str, m.ContactRecord] = {}
        self.mentorships: dict[str, m.MentorshipRecord] = {}
        self.goals: dict[str, m.GoalRecord] = {}

    def day(self, offset: int) -> date:
        """The date `offset` days from today."""
        return self.today + timedelta(days=offset)

    def wall(self, offset: int, hh_mm: str) -> datetime:
        """A wall time `offset` days from today (a meeting's time in its own zone)."""
        return datetime.combine(self.day(offset), time.fromisoformat(hh_mm))

    def at(self, offset: int, hh_mm: str, zone: str) -> datetime:
        """An aware instant: `offset` days from today at a wall time in a zone."""
        wall = datetime.combine(self.day(offset), time.fromisoformat(hh_mm), ZoneInfo(zone))
        return wall.astimezone(UTC)

    def build(self) -> None:
        """Create every kind of demo record."""
        self.add_contacts()
        self.add_agreements()
        self.add_goals()
        self.add_expectations()
        meetings = self.add_meetings()
        self.add_tasks(meetings)
        self.add_interactions()
        self.add_time_entries()
        self.add_reviews()

    def add_contacts(self) -> None:
        """Contacts, their mentorships and stage histories."""
        for (name, org, role, zone, channel, detail, met_ago, stage, direction, tags) in CONTACTS:
            first = name.split()[0].lower()
            contact = m.ContactRecord.create(
                uid=demo_uid("contact", name), name=name, organisation=org, role=role,
                emails=[{"value": f"{first}@{(org or 'mail').split()[0].lower()}.example", "label": "work"}],
                phones=[], links=[], timezone=zone, tags=tags,
                met_channel=channel.value, met_detail=detail, met_on=self.day(-met_ago),
                notes=f"Met {self.day(-met_ago):%B %Y}. {detail}.",
            )
            started = None if stage is Stage.PROSPECT else self.day(-met_ago + 10)
            mentorship = m.MentorshipRecord.create(
                contact=contact, direction=direction.value, stage=stage.value, started_on=started
            )
            self.add_stage_history(mentorship, stage, met_ago)
            self.contacts[name], self.mentorships[name] = contact, mentorship

    def add_stage_history(self, mentorship: m.MentorshipRecord, stage: Stage, met_ago: int) -> None:
        """The stages a relationship went through to reach its current one."""
        order = [Stage.PROSPECT, Stage.REACHED_OUT, Stage.BUILDING_RAPPORT, Stage.ACTIVE]
        path = order[: order.index(stage) + 1] if stage in order else [stage]
        for step, reached in enumerate(path):
            when = self.at(-met_ago + step * 5, "12:00", "UTC")
            m.StageChangeRecord.create(mentorship=mentorship, stage=reached.value, changed_at=when)

    def add_agreements(self) -> None:
        """Communication agreements for the established relationships."""
        for name, (channels, windows, theirs, mine, cadence) in AGREEMENTS.items():
            m.AgreementRecord.create(
                mentorship=self.mentorships[name],
                channels=[c.value for c in channels],
                availability=[{"weekday": d, "start": s, "end": e} for d, s, e in windows],
                their_reply_hours=theirs, my_reply_hours=mine, meeting_cadence_days=cadence,
                agreed_on=self.mentorships[name].started_on,
            )

    def add_goals(self) -> None:
        """Goals, each linked to the mentorship that supports it."""
        rows = [
            ("Lead a cross-team project", "Priya Raman", -80, 60, "Ship the data platform migration with two teams", ProgressMode.FROM_TASKS, 0),
            ("Give my first conference talk", "Marcus Okafor", -70, 45, "Talk accepted and delivered at a regional conference", ProgressMode.FROM_TASKS, 0),
            ("Understand product discovery", "Elena Petrova", -30, 90, "Run one discovery sprint end to end", ProgressMode.MANUAL, 20),
            ("Validate a side-project idea", "Sam Whitfield", -60, 30, "Ten customer interviews and a go/no-go decision", ProgressMode.MANUAL, 70),
            ("Help Jordan land a first job", "Jordan Lee", -40, 75, "Portfolio done, five applications sent", ProgressMode.FROM_TASKS, 0),
        ]
        for title, mentor, start, target, criteria, mode, manual in rows:
            self.goals[title] = m.GoalRecord.create(
                mentorship=self.mentorships[mentor], title=title, success_criteria=criteria,
                why="Agreed as a focus for this mentorship.", started_on=self.day(start),
                target_date=self.day(target), status=GoalStatus.OPEN.value,
                progress_mode=mode.value, manual_progress=manual,
            )

    def add_expectations(self) -> None:
        """Expectations from both sides, one of them renegotiated."""
        rows = [
            ("Priya Raman", "Send an agenda the day before each check-in", Party.THEM, Party.ME, ExpectationStatus.AGREED, None),
            ("Priya Raman", "Share honest feedback on my design docs within a week", Party.ME, Party.THEM, ExpectationStatus.AGREED, None),
            ("Marcus Okafor", "Reply to emails within three days", Party.ME, Party.THEM, ExpectationStatus.AGREED, None),
            ("Marcus Okafor", "Rehearse the talk twice before submitting", Party.THEM, Party.ME, ExpectationStatus.MET, None),
            ("Sam Whitfield", "Weekly chat updates on interviews", Party.THEM, Party.ME, ExpectationStatus.REPLACED, "Fortnightly chat updates on interviews"),
            ("Jordan Lee", "Bring one question to every session", Party.ME, Party.THEM, ExpectationStatus.AGREED, None),
        ]
        for mentor, text, by, of, status, replacement in rows:
            ship = self.mentorships[mentor]
            old = m.ExpectationRecord.create(
                mentorship=ship, text=text, expected_by=by.value, expected_of=of.value,
                agreed_on=ship.started_on, status=status.value,
            )
            if replacement:
                new = m.ExpectationRecord.create(
                    mentorship=ship, text=replacement, expected_by=by.value, expected_of=of.value,
                    agreed_on=self.day(-20), status=ExpectationStatus.AGREED.value,
                )
                old.replaced_by = new
                old.save()

    def meeting(self, key: str, title: str, mentor: str, offset: int, hh_mm: str, minutes: int,
                **fields) -> m.MeetingRecord:
        """One meeting planned in the mentor's zone, with the mentor attending."""
        contact = self.contacts[mentor]
        start = self.wall(offset, hh_mm)
        when = MeetingTime.timed(start, start + timedelta(minutes=minutes), contact.timezone)
        status = MeetingStatus.HELD if offset < 0 and "rrule" not in fields else MeetingStatus.PLANNED
        record = m.MeetingRecord.create(
            uid=demo_uid("meeting", key), title=title, when=when,
            mentorship=self.mentorships[mentor], status=fields.pop("status", status).value,
            reminder_minutes=15, **fields,
        )
        m.MeetingAttendeeRecord.create(meeting=record, contact=contact, response="accepted")
        return record

    def add_meetings(self) -> dict[str, m.MeetingRecord]:
        """Three months of meetings, with a weekly recurring check-in."""
        first_thursday = -63 + (3 - self.day(-63).weekday()) % 7
        meetings = {
            "checkin": self.meeting(
                "priya-weekly", "Weekly check-in with Priya", "Priya Raman", first_thursday,
                "17:30", 30, rrule="FREQ=WEEKLY;BYDAY=TH", url="https://meet.example/priya",
                agenda="Wins, blockers, one topic to go deep on",
                exdates=[format_wall(self.wall(first_thursday + 21, "17:30"))],
            ),
            "kickoff": self.meeting("marcus-kickoff", "Kick-off: goals for the quarter", "Marcus Okafor", -58, "09:00", 60, agenda="Agree goals and how we talk", notes=KICKOFF_NOTES),
            "talk": self.meeting("marcus-talk", "Talk outline review", "Marcus Okafor", -24, "09:30", 45, agenda="Walk through the outline"),
            "rehearsal": self.meeting("marcus-rehearsal", "Talk rehearsal", "Marcus Okafor", 9, "10:00", 60, location="Video call"),
            "elena": self.meeting("elena-coffee", "Coffee with Elena", "Elena Petrova", -15, "12:30", 45, location="Library café, Market Street"),
            "elena-next": self.meeting("elena-discovery", "Discovery sprint walkthrough", "Elena Petrova", 6, "13:00", 60, location="Lumen studio"),
            "sam-cancelled": self.meeting("sam-sync", "Interview findings sync", "Sam Whitfield", -9, "08:00", 30, status=MeetingStatus.CANCELLED, notes="Sam was travelling; moved to next week."),
            "sam": self.meeting("sam-sync-2", "Interview findings sync (moved)", "Sam Whitfield", -2, "08:00", 30),
            "jordan": self.meeting("jordan-portfolio", "Portfolio review with Jordan", "Jordan Lee", 3, "10:00", 60, location="Café after the run"),
            "jordan-past": self.meeting("jordan-first", "First session with Jordan", "Jordan Lee", -35, "10:00", 60, location="Café after the run"),
        }
        self.add_checkin_exceptions(meetings["checkin"], first_thursday)
        return meetings

    def add_checkin_exceptions(self, series: m.MeetingRecord, first: int) -> None:
        """The last check-in held with notes and action items; one five weeks or more ahead moved."""
        offsets = range(first, 120, 7)
        held = max(x for x in offsets if x < 0)
        moved = min(x for x in offsets if x >= 35)  # past the month the Today tests look at
        for key, offset, day, hh_mm, fields in [
            ("priya-weekly-held", held, held, "17:30", {"notes": CHECKIN_NOTES}),
            ("priya-weekly-moved", moved, moved + 4, "16:00", {"agenda": "Moved to Monday: Thursday is the offsite"}),
        ]:
            self.meeting(
                key, series.title, "Priya Raman", day, hh_mm, 30, recurrence_of=series,
                recurrence_id=format_wall(self.wall(offset, "17:30")), url=series.url, **fields,
            )

    def add_tasks(self, meetings: dict[str, m.MeetingRecord]) -> None:
        """Tasks with due dates: some overdue, some done, some from meetings."""
        goal = self.goals
        rows = [
            ("Draft migration plan", "Lead a cross-team project", "Priya Raman", None, -20, TaskStatus.DONE, Priority.HIGH, 240),
            ("Run the dependency-mapping workshop", "Lead a cross-team project", "Priya Raman", None, -3, TaskStatus.TODO, Priority.HIGH, 120),
            ("Write the weekly status note", "Lead a cross-team project", None, None, 4, TaskStatus.DOING, Priority.NORMAL, 30),
            ("Write the talk abstract", "Give my first conference talk", "Marcus Okafor", "kickoff", -40, TaskStatus.DONE, Priority.NORMAL, 90),
            ("Build the slide deck", "Give my first conference talk", "Marcus Okafor", "talk", 7, TaskStatus.DOING, Priority.HIGH, 300),
            ("Submit to the regional conference CFP", "Give my first conference talk", None, None, -1, TaskStatus.TODO, Priority.URGENT, 30),
            ("Read 'Continuous Discovery Habits' ch. 1-3", "Understand product discovery", "Elena Petrova", "elena", 10, TaskStatus.TODO, Priority.LOW, 180),
            ("Interview five potential customers", "Validate a side-project idea", "Sam Whitfield", None, -5, TaskStatus.DOING, Priority.NORMAL, 300),
            ("Review Jordan's CV", "Help Jordan land a first job", "Jordan Lee", "jordan-past", -25, TaskStatus.DONE, Priority.NORMAL, 45),
            ("Send Jordan three job postings", "Help Jordan land a first job", "Jordan Lee", None, 2, TaskStatus.TODO, Priority.NORMAL, 20),
            ("Send thank-you note to Aiko", None, "Aiko Tanaka", None, -6, TaskStatus.TODO, Priority.NORMAL, 10),
        ]
        for title, goal_title, who, meeting, due, status, priority, estimate in rows:
            m.TaskRecord.create(
                title=title, goal=goal.get(goal_title), contact=self.contacts.get(who),
                meeting=meetings.get(meeting), due=self.day(due), status=status.value,
                priority=priority.value, estimate_minutes=estimate,
                completed_at=self.at(due - 1, "18:00", "UTC") if status is TaskStatus.DONE else None,
                is_deliverable=title.startswith(("Draft", "Build", "Write the talk")),
            )
        add_task_extras(self, meetings, series_uid=demo_uid("task-series", "marcus-monthly"))

    def add_interactions(self) -> None:
        """A log of messages and calls, with an unanswered one past the agreed reply time."""
        rows = [
            ("Priya Raman", -50, Channel.CHAT, Direction.OUT, InteractionKind.MESSAGE, "Shared my draft migration plan"),
            ("Priya Raman", -49, Channel.CHAT, Direction.IN, InteractionKind.MESSAGE, "Detailed comments on the plan"),
            ("Priya Raman", -48, Channel.CHAT, Direction.OUT, InteractionKind.MESSAGE, "Thanked her; will revise the plan by Friday"),
            ("Priya Raman", -12, Channel.EMAIL, Direction.OUT, InteractionKind.GAVE_BACK, "Sent her the meetup recording and my notes"),
            ("Marcus Okafor", -30, Channel.EMAIL, Direction.OUT, InteractionKind.MESSAGE, "Sent the talk abstract for feedback"),
            ("Marcus Okafor", -28, Channel.EMAIL, Direction.IN, InteractionKind.MESSAGE, "Feedback: tighten the opening"),
            ("Marcus Okafor", -27, Channel.EMAIL, Direction.OUT, InteractionKind.MESSAGE, "Thanks: reworking the opening"),
            ("Marcus Okafor", -6, Channel.EMAIL, Direction.OUT, InteractionKind.MESSAGE, "Asked which conference to submit to"),
            ("Elena Petrova", -18, Channel.EMAIL, Direction.IN, InteractionKind.MESSAGE, "Suggested we meet for coffee"),
            ("Elena Petrova", -17, Channel.EMAIL, Direction.OUT, InteractionKind.MESSAGE, "Said yes and proposed a time"),
            ("Sam Whitfield", -20, Channel.PHONE, Direction.OUT, InteractionKind.CALL, "Quick call about interview scripts"),
            ("Aiko Tanaka", -11, Channel.EMAIL, Direction.OUT, InteractionKind.MESSAGE, "Thanked her for the talk and asked for a chat"),
            ("Jordan Lee", -9, Channel.TEXT, Direction.OUT, InteractionKind.MESSAGE, "Sent two portfolio project ideas"),
            ("Jordan Lee", -8, Channel.TEXT, Direction.IN, InteractionKind.MESSAGE, "Picked the second idea and asked about hosting"),
        ]
        created = {}
        for who, offset, channel, direction, kind, summary in rows:
            zone = self.contacts[who].timezone
            created[summary] = m.InteractionRecord.create(
                contact=self.contacts[who], occurred_at=self.at(offset, "15:00", zone),
                channel=channel.value, direction=direction.value, kind=kind.value, summary=summary,
            )
        for answer, question in (
            ("Thanked her; will revise the plan by Friday", "Detailed comments on the plan"),
            ("Thanks: reworking the opening", "Feedback: tighten the opening"),
        ):  # linked answers close the exchange: nobody owes a reply to a thank-you
            created[answer].reply_to = created[question]
            created[answer].save()

    def add_time_entries(self) -> None:
        """Time invested in goals and tasks over the last weeks."""
        for offset, minutes, goal_title, note in [
            (-45, 120, "Lead a cross-team project", "Migration plan first draft"),
            (-21, 90, "Lead a cross-team project", "Stakeholder interviews"),
            (-41, 75, "Give my first conference talk", "Abstract writing"),
            (-10, 150, "Give my first conference talk", "Slides"),
            (-14, 60, "Understand product discovery", "Reading"),
            (-7, 120, "Validate a side-project idea", "Two customer interviews"),
            (-26, 45, "Help Jordan land a first job", "CV review"),
        ]:
            m.TimeEntryRecord.create(
                started_at=self.at(offset, "19:00", "UTC"), minutes=minutes, note=note,
                goal=self.goals[goal_title], mentorship=self.goals[goal_title].mentorship,
            )
        add_task_time(self, m.MeetingRecord.get(m.MeetingRecord.uid == demo_uid("meeting", "jordan-first")))

    def add_reviews(self) -> None:
        """Review cycles: Priya's three shrink in changes, one with Marcus, one overall."""
        add_demo_reviews(self)
