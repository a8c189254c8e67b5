"""Review metrics on hand-computed examples: empty periods, no agreement, time zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from mentordesk.core.enums import Direction, InteractionKind
from mentordesk.core.goals import Pace
from mentordesk.core.relationships import InteractionFact
from mentordesk.core.review_headline import english_headline
from mentordesk.core.review_metrics import (
    GoalFact,
    MeetingFact,
    Period,
    ReviewFact,
    TaskFact,
    WeekValue,
    cadence_per_week,
    changes_per_review,
    goal_standings,
    last_contact,
    meeting_counts,
    reply_metrics,
    task_outcomes,
    weekly_meetings,
    weekly_minutes,
)
from mentordesk.core.review_metrics_summary import (
    AgreementTerms,
    MentorInputs,
    mentor_metrics,
    overall_metrics,
)
from mentordesk.core.time_totals import TimeItem

KOLKATA = ZoneInfo("Asia/Kolkata")
NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30), UTC)
NOVEMBER_IN_KOLKATA = Period(date(2026, 11, 1), date(2026, 11, 30), KOLKATA)
AFTER = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)  # the period is over
MID = datetime(2026, 11, 15, 12, 0, tzinfo=UTC)  # halfway through
# Nov 1 2026 is a Sunday, Nov 30 a Monday: the period touches six ISO weeks.
WEEKS = [date(2026, 10, 26) + timedelta(weeks=n) for n in range(6)]
HELD, PLANNED, CANCELLED = "held", "planned", "cancelled"
OUT, IN = Direction.OUT, Direction.IN


def utc(month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    """An instant in 2026, UTC."""
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def message(
    id_: int, at: datetime, direction: Direction, reply_to: int | None = None
) -> InteractionFact:
    """A message sent at ``at``, optionally answering message ``reply_to``."""
    return InteractionFact(id_, at, direction, InteractionKind.MESSAGE, reply_to_id=reply_to)


# -- the period -----------------------------------------------------------------------------


def test_a_period_knows_its_days_weeks_and_close():
    assert NOVEMBER.days == 30
    assert NOVEMBER.weeks() == WEEKS
    assert NOVEMBER.closing_instant() == utc(12, 1, 0)
    assert NOVEMBER_IN_KOLKATA.closing_instant() == utc(11, 30, 18, 30)
    assert NOVEMBER.elapsed_days(MID) == 15
    assert NOVEMBER.elapsed_days(utc(10, 20)) == 0
    assert NOVEMBER.as_of(MID) == MID
    assert NOVEMBER.as_of(AFTER) < utc(12, 1, 0)


def test_a_period_that_ends_before_it_starts_is_refused():
    with pytest.raises(ValueError, match="before it starts"):
        Period(date(2026, 11, 30), date(2026, 11, 1), UTC)


# -- meetings -------------------------------------------------------------------------------


def test_meetings_held_against_the_cadence():
    meetings = [
        MeetingFact(utc(11, 2), HELD),
        MeetingFact(utc(11, 9), HELD),
        MeetingFact(utc(11, 16), CANCELLED),
        MeetingFact(utc(11, 23), PLANNED),
        MeetingFact(utc(10, 26), HELD),  # before the period
    ]
    counts = meeting_counts(meetings, NOVEMBER, cadence_days=7, now=AFTER)
    assert (counts.held, counts.planned, counts.cancelled, counts.expected) == (2, 1, 1, 4)
    assert counts.below_cadence
    assert [w.value for w in weekly_meetings(meetings, NOVEMBER)] == [0, 1, 1, 0, 0, 0]


def test_the_cadence_asks_only_for_the_days_gone_by():
    meetings = [MeetingFact(utc(11, 2), HELD), MeetingFact(utc(11, 9), HELD)]
    counts = meeting_counts(meetings, NOVEMBER, cadence_days=7, now=MID)
    assert counts.expected == 2 and not counts.below_cadence
    agreed_late = meeting_counts(
        meetings, NOVEMBER, cadence_days=7, now=AFTER, since=date(2026, 11, 17)
    )
    assert agreed_late.expected == 2  # Nov 17 to Nov 30: two whole weeks


def test_an_empty_period_has_no_meetings_but_still_an_expectation():
    counts = meeting_counts([], NOVEMBER, cadence_days=14, now=AFTER)
    assert (counts.held, counts.planned, counts.cancelled, counts.expected) == (0, 0, 0, 2)
    assert weekly_meetings([], NOVEMBER) == [WeekValue(week, 0) for week in WEEKS]


def test_without_an_agreed_cadence_nothing_is_expected():
    counts = meeting_counts([MeetingFact(utc(11, 2), HELD)], NOVEMBER, cadence_days=None, now=AFTER)
    assert counts.expected is None and not counts.below_cadence
    assert cadence_per_week(None) is None and cadence_per_week(14) == 0.5


def test_a_meeting_late_on_the_last_evening_counts_in_the_zone_of_the_period():
    # 20:00 UTC on Nov 30 is 01:30 on Dec 1 in Kolkata; 20:00 UTC on Oct 31 is Nov 1 there.
    late = [MeetingFact(utc(11, 30, 20), HELD), MeetingFact(utc(10, 31, 20), HELD)]
    in_utc = meeting_counts(late, NOVEMBER, cadence_days=None, now=AFTER)
    in_kolkata = meeting_counts(late, NOVEMBER_IN_KOLKATA, cadence_days=None, now=AFTER)
    assert in_utc.held == 1 and in_kolkata.held == 1
    assert [w.value for w in weekly_meetings(late, NOVEMBER)] == [0, 0, 0, 0, 0, 1]
    assert [w.value for w in weekly_meetings(late, NOVEMBER_IN_KOLKATA)] == [1, 0, 0, 0, 0, 0]


# -- last contact ---------------------------------------------------------------------------


def test_days_since_last_contact_against_the_agreement():
    talks = [message(1, utc(11, 5), OUT)]
    meetings = [MeetingFact(utc(11, 8, 15), HELD), MeetingFact(utc(11, 20), CANCELLED)]
    result = last_contact(
        talks, meetings, NOVEMBER, cadence_days=14, agreed_on=date(2026, 9, 1), now=AFTER
    )
    assert (result.days, result.agreed, result.overdue) == (22, 14, True)
    kept = last_contact(talks, meetings, NOVEMBER, cadence_days=30, agreed_on=None, now=AFTER)
    assert (kept.days, kept.agreed, kept.overdue) == (22, 30, False)


def test_no_contact_yet_counts_from_the_agreement():
    result = last_contact([], [], NOVEMBER, cadence_days=7, agreed_on=date(2026, 10, 1), now=AFTER)
    assert (result.days, result.overdue) == (None, True)
    fresh = last_contact([], [], NOVEMBER, cadence_days=7, agreed_on=date(2026, 11, 28), now=AFTER)
    assert not fresh.overdue


def test_last_contact_without_an_agreement_is_never_overdue():
    result = last_contact(
        [message(1, utc(11, 1), IN)], [], NOVEMBER, cadence_days=None, agreed_on=None, now=AFTER
    )
    assert (result.days, result.agreed, result.overdue) == (29, None, False)


def test_last_contact_days_are_counted_on_the_periods_wall_clock():
    # The last message, 19:00 UTC on Nov 29, is 00:30 on Nov 30 in Kolkata: 0 days before
    # the period's close there, 1 day in UTC.
    talks = [message(1, utc(11, 29, 19), OUT)]
    assert last_contact(talks, [], NOVEMBER, cadence_days=7, agreed_on=None, now=AFTER).days == 1
    kolkata = last_contact(
        talks, [], NOVEMBER_IN_KOLKATA, cadence_days=7, agreed_on=None, now=AFTER
    )
    assert kolkata.days == 0


# -- replies --------------------------------------------------------------------------------


def test_reply_times_both_ways_for_messages_sent_in_the_period():
    talks = [
        message(1, utc(10, 30), OUT),  # sent before the period: left out
        message(2, utc(11, 2), IN, reply_to=1),
        message(3, utc(11, 3, 10), OUT),
        message(4, utc(11, 4, 16), IN, reply_to=3),  # 30 h
        message(5, utc(11, 10, 9), OUT),
        message(6, utc(11, 10, 19), IN, reply_to=5),  # 10 h
        message(7, utc(11, 12, 8), IN),
        message(8, utc(11, 15, 8), OUT, reply_to=7),  # 72 h
    ]
    result = reply_metrics(talks, NOVEMBER, their_hours=48, my_hours=24)
    assert result.theirs.count == 2 and result.theirs.median == timedelta(hours=20)
    assert result.theirs.within_agreement is True
    assert result.mine.count == 1 and result.mine.median == timedelta(hours=72)
    assert result.mine.within_agreement is False


def test_reply_times_in_an_empty_period_or_without_agreement():
    empty = reply_metrics([], NOVEMBER, their_hours=48, my_hours=24)
    assert (empty.theirs.count, empty.theirs.median, empty.theirs.within_agreement) == (
        0,
        None,
        None,
    )
    talks = [message(1, utc(11, 3), OUT), message(2, utc(11, 4), IN)]
    loose = reply_metrics(talks, NOVEMBER, their_hours=None, my_hours=None)
    assert loose.theirs.median == timedelta(hours=24) and loose.theirs.within_agreement is None


# -- tasks ----------------------------------------------------------------------------------


def test_tasks_done_on_time_late_or_overdue():
    tasks = [
        TaskFact(date(2026, 11, 10), "done", utc(11, 9)),
        TaskFact(date(2026, 11, 12), "done", utc(11, 14)),
        TaskFact(date(2026, 11, 20), "todo"),
        TaskFact(date(2026, 11, 25), "dropped"),
        TaskFact(date(2026, 12, 2), "todo"),  # after the period
        TaskFact(None, "done", utc(11, 3)),  # never due
    ]
    done = task_outcomes(tasks, NOVEMBER, now=AFTER)
    assert (done.on_time, done.late, done.overdue, done.open, done.total) == (1, 1, 1, 0, 3)
    midway = task_outcomes(tasks, NOVEMBER, now=MID)
    assert (midway.on_time, midway.late, midway.overdue, midway.open) == (1, 1, 0, 1)
    assert task_outcomes([], NOVEMBER, now=AFTER).total == 0


def test_a_task_done_late_in_the_evening_is_late_where_it_is_already_tomorrow():
    task = [TaskFact(date(2026, 11, 30), "done", utc(11, 30, 20))]
    assert task_outcomes(task, NOVEMBER, now=AFTER).on_time == 1
    assert task_outcomes(task, NOVEMBER_IN_KOLKATA, now=AFTER).late == 1


# -- goals, time, reviews -------------------------------------------------------------------


def test_goals_ahead_on_track_or_behind_in_weeks_of_plan():
    # Each goal runs 8 weeks from Nov 2; on Nov 30 the plan says half-way.
    start, target = date(2026, 11, 2), date(2026, 12, 28)
    goals = [
        GoalFact("portfolio", 0.25, start, target),
        GoalFact("talk", 0.5, start, target),
        GoalFact("reading", 0.875, start, target),
        GoalFact("someday", 0.1, None, None),
    ]
    standings = goal_standings(goals, NOVEMBER, now=AFTER)
    assert [(s.title, s.pace, s.weeks) for s in standings] == [
        ("portfolio", Pace.BEHIND, -2),
        ("someday", Pace.NO_PLAN, 0),
        ("talk", Pace.ON_TRACK, 0),
        ("reading", Pace.AHEAD, 3),
    ]
    assert standings[0].planned == 0.5


def test_time_invested_per_week_of_the_period():
    items = [
        TimeItem(date(2026, 11, 3), 60),
        TimeItem(date(2026, 11, 4), 30),
        TimeItem(date(2026, 11, 17), 45),
        TimeItem(date(2026, 10, 31), 100),  # before the period
    ]
    assert [w.value for w in weekly_minutes(items, NOVEMBER)] == [0, 90, 0, 45, 0, 0]
    assert [w.value for w in weekly_minutes([], NOVEMBER)] == [0] * 6


def test_changes_per_review_cycle_up_to_the_periods_end():
    reviews = [
        ReviewFact(date(2026, 10, 2), date(2026, 11, 1), 2),
        ReviewFact(date(2026, 9, 1), date(2026, 10, 1), 5),
        ReviewFact(date(2026, 11, 2), date(2026, 12, 1), 1),  # closes after the period
        ReviewFact(date(2026, 11, 2), date(2026, 11, 20), 1),
    ]
    assert [r.changes for r in changes_per_review(reviews, NOVEMBER)] == [5, 2, 1]
    assert changes_per_review([], NOVEMBER) == []


# -- one mentor, all mentors, the headline --------------------------------------------------


def _priya() -> MentorInputs:
    start, target = date(2026, 11, 2), date(2026, 12, 28)
    return MentorInputs(
        mentorship_id=1,
        name="Priya",
        agreement=AgreementTerms(14, 48, 24, date(2026, 9, 1)),
        meetings=[MeetingFact(utc(11, 8, 15), HELD)],
        interactions=[message(1, utc(11, 5), OUT)],
        tasks=[TaskFact(date(2026, 11, 20), "todo")],
        goals=[GoalFact("portfolio", 0.25, start, target)],
        time=[TimeItem(date(2026, 11, 3), 60, mentorship=1)],
        reviews=[ReviewFact(date(2026, 10, 2), date(2026, 11, 1), 2)],
    )


def test_a_mentor_headline_leads_with_the_worst_news():
    metrics = mentor_metrics(_priya(), NOVEMBER, now=AFTER)
    assert metrics.headline == [
        ("goal_behind", {"goal": "portfolio", "weeks": 2}),
        ("last_contact", {"days": 22, "agreed": 14}),
        ("meetings_below", {"held": 1, "expected": 2}),
    ]
    assert english_headline(metrics.headline) == (
        "2 weeks behind on “portfolio”; last contact 22 days ago, agreed every 14; "
        "1 of 2 meetings held"
    )
    assert metrics.minutes == 60


def test_a_mentor_with_no_agreement_and_an_empty_period():
    metrics = mentor_metrics(MentorInputs(mentorship_id=2, name="Sam"), NOVEMBER, now=AFTER)
    assert not metrics.has_agreement
    assert metrics.meetings.expected is None and metrics.last_contact.days is None
    assert metrics.tasks.total == 0 and metrics.goals == [] and metrics.minutes == 0
    assert metrics.headline == [("no_agreement", {})]
    assert english_headline(metrics.headline) == "No agreement yet"


def test_a_mentor_with_nothing_to_flag_is_on_track():
    inputs = MentorInputs(
        mentorship_id=3,
        name="Elena",
        agreement=AgreementTerms(meeting_cadence_days=30),
        meetings=[MeetingFact(utc(11, 25), HELD)],
    )
    assert mentor_metrics(inputs, NOVEMBER, now=AFTER).headline == [("on_track", {})]


def test_overall_adds_the_mentors_up_week_by_week():
    priya = mentor_metrics(_priya(), NOVEMBER, now=AFTER)
    sam = mentor_metrics(
        MentorInputs(
            mentorship_id=2,
            name="Sam",
            agreement=AgreementTerms(meeting_cadence_days=7),
            meetings=[MeetingFact(utc(11, 3), HELD), MeetingFact(utc(11, 4), HELD)],
            time=[TimeItem(date(2026, 11, 4), 30), TimeItem(date(2026, 11, 18), 15)],
        ),
        NOVEMBER,
        now=AFTER,
    )
    general = ReviewFact(date(2026, 11, 1), date(2026, 11, 28), 4)
    overall = overall_metrics([priya, sam], [*priya.reviews, general], NOVEMBER)
    assert (overall.meetings_held, overall.meetings_expected) == (3, 6)
    assert overall.tasks.overdue == 1
    assert overall.goals_by_pace[Pace.BEHIND] == 1
    assert [w.value for w in overall.meetings_by_week] == [0, 3, 0, 0, 0, 0]
    assert overall.cadence_per_week == 1.5
    assert [w.value for w in overall.minutes_by_week] == [0, 90, 0, 15, 0, 0]
    assert overall.minutes == 105
    assert [r.changes for r in overall.reviews] == [2, 4]
