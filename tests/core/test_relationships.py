"""Tests for the agreement rules: replies, follow-ups, nudges and availability windows."""

from __future__ import annotations

import importlib
import random
import sys
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentordesk.core.enums import Direction, InteractionKind
from mentordesk.core.relationships import (
    AvailabilityWindow,
    InteractionFact,
    Nudge,
    ReplyStats,
    clock_start,
    format_duration,
    inside_window,
    last_real_contact,
    local_time,
    next_window_start,
    nudges,
    overdue_follow_ups,
    replies,
    reply_stats,
    reply_times,
    stay_in_touch_due,
)

OUT, IN = Direction.OUT, Direction.IN
MESSAGE, CALL = InteractionKind.MESSAGE, InteractionKind.CALL
MEETING, GAVE_BACK = InteractionKind.MEETING, InteractionKind.GAVE_BACK
BERLIN, NEW_YORK = ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")
T0 = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)  # a Monday
HOUR, DAY = timedelta(hours=1), timedelta(days=1)
MONDAY_9_TO_5 = [AvailabilityWindow(weekday=0, start=time(9), end=time(17))]


def fact(
    id_: int,
    hours: float,
    direction: Direction,
    kind: InteractionKind = MESSAGE,
    reply_to: int | None = None,
) -> InteractionFact:
    """An interaction ``hours`` after T0."""
    at = T0 + timedelta(hours=hours)
    return InteractionFact(id_, at, direction, kind, reply_to_id=reply_to)


def ids(pairs: list[tuple[InteractionFact, InteractionFact]]) -> list[tuple[int, int]]:
    """The (message id, reply id) of each pair."""
    return [(message.id, reply.id) for message, reply in pairs]


def utc(*parts: int) -> datetime:
    """A UTC datetime from year, month, day, hour, ..."""
    return datetime(*parts, tzinfo=UTC)


def answered_after(*delays: timedelta) -> list[InteractionFact]:
    """My messages one day apart, each answered (by link) after its delay."""
    facts = []
    for index, delay in enumerate(delays):
        sent = T0 + index * DAY
        facts.append(InteractionFact(2 * index, sent, OUT, MESSAGE))
        reply = InteractionFact(2 * index + 1, sent + delay, IN, MESSAGE, 2 * index)
        facts.append(reply)
    return facts


# --- facts ----------------------------------------------------------------------


def test_interaction_fact_rejects_naive_datetime() -> None:
    with pytest.raises(ValueError, match="occurred_at must be timezone-aware"):
        InteractionFact(1, datetime(2026, 5, 4, 9), OUT, MESSAGE)


def test_interaction_fact_accepts_stored_text_values() -> None:
    stored = InteractionFact(1, T0, "out", "call")
    assert stored.direction is Direction.OUT
    assert stored.kind is InteractionKind.CALL
    assert stored.awaits_reply is True


@pytest.mark.parametrize(
    ("kind", "awaits"), [(MESSAGE, True), (CALL, True), (MEETING, False), (GAVE_BACK, False)]
)
def test_only_messages_and_calls_await_a_reply(kind: InteractionKind, awaits: bool) -> None:
    assert fact(1, 0, OUT, kind).awaits_reply is awaits


@pytest.mark.parametrize("weekday", [-1, 7])
def test_window_rejects_impossible_weekday(weekday: int) -> None:
    with pytest.raises(ValueError, match="weekday"):
        AvailabilityWindow(weekday=weekday, start=time(9), end=time(17))


def test_window_rejects_zoned_wall_times() -> None:
    with pytest.raises(ValueError, match="wall times"):
        AvailabilityWindow(weekday=0, start=time(9, tzinfo=UTC), end=time(17))


# --- replies --------------------------------------------------------------------


def test_explicit_links_pair_each_message_with_its_reply() -> None:
    facts = [
        fact(1, 0, OUT),
        fact(2, 1, OUT),
        fact(3, 5, IN, reply_to=2),
        fact(4, 6, IN, reply_to=1),
    ]
    assert ids(replies(facts)) == [(1, 4), (2, 3)]


def test_first_opposite_interaction_answers_an_unlinked_message() -> None:
    facts = [fact(1, 0, OUT), fact(2, 2, OUT), fact(3, 3, IN), fact(4, 4, IN)]
    assert ids(replies(facts)) == [(1, 3), (2, 3)]


def test_back_and_forth_pairs_every_turn() -> None:
    facts = [fact(1, 0, OUT), fact(2, 1, IN), fact(3, 2, OUT), fact(4, 3, IN)]
    assert ids(replies(facts)) == [(1, 2), (2, 3), (3, 4)]


def test_linked_reply_answers_only_what_it_links_to() -> None:
    facts = [fact(1, 0, OUT), fact(2, 1, OUT), fact(3, 2, IN, reply_to=2)]
    assert ids(replies(facts)) == [(2, 3)]


def test_explicit_link_wins_over_an_earlier_implicit_reply() -> None:
    facts = [fact(1, 0, OUT), fact(2, 1, IN), fact(3, 4, IN, reply_to=1)]
    assert ids(replies(facts)) == [(1, 3)]


def test_earliest_of_several_explicit_replies_wins() -> None:
    facts = [fact(1, 0, OUT), fact(3, 5, IN, reply_to=1), fact(2, 2, IN, reply_to=1)]
    assert ids(replies(facts)) == [(1, 2)]


@pytest.mark.parametrize(
    "facts",
    [
        [fact(1, 0, OUT), fact(2, 1, OUT, reply_to=1)],  # same direction
        [fact(1, 0, IN, GAVE_BACK, reply_to=2), fact(2, 1, OUT)],  # link to later
        [fact(1, 0, OUT), fact(2, 1, IN, reply_to=99)],  # dangling link
    ],
)
def test_invalid_links_pair_nothing(facts: list[InteractionFact]) -> None:
    assert replies(facts) == []


def test_a_linked_message_awaits_nothing_even_when_its_link_is_invalid() -> None:
    facts = [fact(1, 0, OUT), fact(2, 1, OUT, reply_to=1), fact(3, 2, IN)]
    assert ids(replies(facts)) == [(1, 3)]


@pytest.mark.parametrize("kind", [GAVE_BACK, MEETING])
def test_gave_back_and_meeting_do_not_await_replies(kind: InteractionKind) -> None:
    facts = [fact(1, 0, OUT, kind), fact(2, 1, IN), fact(3, 2, IN, reply_to=1)]
    assert replies(facts) == []


@pytest.mark.parametrize("kind", [MESSAGE, CALL, GAVE_BACK, MEETING])
def test_any_real_contact_counts_as_a_reply(kind: InteractionKind) -> None:
    facts = [fact(1, 0, OUT, CALL), fact(2, 3, IN, kind)]
    assert ids(replies(facts)) == [(1, 2)]


def test_same_instant_is_ordered_by_id() -> None:
    facts = [fact(2, 0, IN), fact(1, 0, OUT)]
    assert ids(replies(facts)) == [(1, 2)]


def test_replies_accept_a_generator() -> None:
    assert ids(replies(f for f in [fact(1, 0, OUT), fact(2, 1, IN)])) == [(1, 2)]


def test_duplicate_ids_are_rejected() -> None:
    with pytest.raises(ValueError, match="unique"):
        replies([fact(1, 0, OUT), fact(1, 1, IN)])


@given(
    st.lists(
        st.tuples(
            st.integers(0, 48),
            st.sampled_from(list(Direction)),
            st.sampled_from(list(InteractionKind)),
            st.none() | st.integers(0, 12),
        ),
        max_size=12,
    ),
    st.randoms(use_true_random=False),
)
def test_pairing_ignores_input_order_and_replies_come_later(
    rows: list[tuple[int, Direction, InteractionKind, int | None]], rng: random.Random
) -> None:
    facts = [fact(i, h, d, k, link) for i, (h, d, k, link) in enumerate(rows)]
    shuffled = facts[:]
    rng.shuffle(shuffled)
    pairs = replies(facts)
    assert ids(replies(shuffled)) == ids(pairs)
    for message, reply in pairs:
        assert message.awaits_reply
        assert reply.direction is not message.direction
        assert (reply.occurred_at, reply.id) > (message.occurred_at, message.id)
    assert len({message.id for message, _ in pairs}) == len(pairs)


# --- reply times and stats ------------------------------------------------------


def test_reply_times_measure_each_way() -> None:
    facts = [fact(1, 0, OUT), fact(2, 2, IN), fact(3, 3.5, OUT), fact(4, 10, IN)]
    assert reply_times(facts, direction=OUT) == [2 * HOUR, 6.5 * HOUR]
    assert reply_times(facts, direction=IN) == [1.5 * HOUR]
    assert reply_times(facts, direction="in") == [1.5 * HOUR]


def test_reply_time_is_real_elapsed_time_across_dst() -> None:
    sent = datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN)  # CET, +01:00
    answered = datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN)  # CEST, +02:00
    facts = [InteractionFact(1, sent, OUT, MESSAGE), InteractionFact(2, answered, IN, MESSAGE)]
    assert reply_times(facts, direction=OUT) == [HOUR]


def test_reply_stats_median_of_odd_count() -> None:
    facts = answered_after(HOUR, 5 * HOUR, 2 * HOUR)
    stats = reply_stats(facts, direction=OUT, agreed=DAY)
    assert stats == ReplyStats(count=3, median=2 * HOUR, agreed=DAY, within_agreement=True)


def test_reply_stats_median_of_even_count_is_the_mean_of_the_middle_two() -> None:
    facts = answered_after(10 * HOUR, HOUR, 4 * HOUR, 2 * HOUR)
    stats = reply_stats(facts, direction=OUT, agreed=2 * HOUR)
    assert stats == ReplyStats(count=4, median=3 * HOUR, agreed=2 * HOUR, within_agreement=False)


def test_median_equal_to_agreement_is_within_it() -> None:
    stats = reply_stats(answered_after(3 * HOUR), direction=OUT, agreed=3 * HOUR)
    assert stats.within_agreement is True


def test_reply_stats_without_agreement_or_replies() -> None:
    facts = answered_after(3 * HOUR)
    no_agreement = reply_stats(facts, direction=OUT, agreed=None)
    assert no_agreement == ReplyStats(count=1, median=3 * HOUR, agreed=None, within_agreement=None)
    silent = reply_stats([fact(1, 0, OUT)], direction=OUT, agreed=DAY)
    assert silent == ReplyStats(count=0, median=None, agreed=DAY, within_agreement=None)


# --- overdue follow-ups ---------------------------------------------------------


def test_follow_up_is_not_overdue_exactly_at_the_agreed_time() -> None:
    facts = [fact(1, 0, OUT)]
    assert overdue_follow_ups(facts, agreed_reply=DAY, now=T0 + DAY) == []


def test_follow_up_is_overdue_just_past_the_agreed_time() -> None:
    facts = [fact(1, 0, OUT)]
    now = T0 + DAY + timedelta(microseconds=1)
    assert overdue_follow_ups(facts, agreed_reply=DAY, now=now) == facts


def test_overdue_follow_ups_sorted_oldest_first() -> None:
    facts = [fact(3, 20, OUT, CALL), fact(1, 0, OUT), fact(2, 10, OUT)]
    overdue = overdue_follow_ups(facts, agreed_reply=HOUR, now=T0 + 2 * DAY)
    assert [f.id for f in overdue] == [1, 2, 3]


def test_answered_incoming_and_gave_back_are_not_follow_ups() -> None:
    facts = [
        fact(1, 0, OUT),
        fact(2, 1, IN, reply_to=1),  # answers 1; an unanswered incoming is not mine to chase
        fact(3, 2, OUT, GAVE_BACK),  # answers 2, awaits nothing
        fact(4, 3, OUT, reply_to=2),  # a linked answer to 2 closes the exchange
        fact(5, 4, OUT),  # a new question, awaits a reply
    ]
    overdue = overdue_follow_ups(facts, agreed_reply=HOUR, now=T0 + DAY)
    assert [f.id for f in overdue] == [5]


def test_reply_after_now_does_not_count_and_future_messages_are_ignored() -> None:
    facts = [fact(1, 0, OUT), fact(2, 30, IN), fact(3, 40, OUT)]
    overdue = overdue_follow_ups(facts, agreed_reply=DAY, now=T0 + 25 * HOUR)
    assert [f.id for f in overdue] == [1]


def test_overdue_follow_ups_reject_naive_now() -> None:
    with pytest.raises(ValueError, match="now must be timezone-aware"):
        overdue_follow_ups([fact(1, 0, OUT)], agreed_reply=DAY, now=datetime(2026, 5, 6))


# --- last contact and stay in touch ---------------------------------------------


def test_last_real_contact_takes_the_latest_interaction_or_meeting() -> None:
    facts = [fact(1, 0, OUT), fact(2, 5, IN, GAVE_BACK)]
    meetings = [T0 + 3 * HOUR, T0 + 6 * HOUR]
    assert last_real_contact(facts, meetings, now=T0 + DAY) == T0 + 6 * HOUR
    assert last_real_contact(facts, meetings[:1], now=T0 + DAY) == T0 + 5 * HOUR


def test_last_real_contact_ignores_the_future() -> None:
    facts = [fact(1, 0, OUT), fact(2, 48, IN)]
    assert last_real_contact(facts, [T0 + 30 * HOUR], now=T0 + DAY) == T0
    assert last_real_contact(facts, [], now=T0 - HOUR) is None
    assert last_real_contact([], [], now=T0) is None


def test_last_real_contact_keeps_the_given_zone() -> None:
    meeting = datetime(2026, 5, 4, 18, 0, tzinfo=BERLIN)  # 16:00 UTC
    found = last_real_contact([fact(1, 6, OUT)], [meeting], now=T0 + DAY)
    assert found == meeting
    assert found.tzinfo is BERLIN


def test_last_real_contact_rejects_naive_meeting_time() -> None:
    with pytest.raises(ValueError, match="meeting time"):
        last_real_contact([], [datetime(2026, 5, 4, 9)], now=T0)


def test_stay_in_touch_due_is_last_contact_plus_cadence() -> None:
    due = stay_in_touch_due(last_contact=T0, cadence=14 * DAY, now=T0 + DAY)
    assert due == utc(2026, 5, 18, 9)


def test_never_contacted_is_due_now() -> None:
    now = T0 + 3 * HOUR
    assert stay_in_touch_due(last_contact=None, cadence=14 * DAY, now=now) == now


def test_the_clock_starts_at_the_agreement_when_never_contacted() -> None:
    due = stay_in_touch_due(last_contact=None, cadence=14 * DAY, now=T0 + DAY, started=T0)
    assert due == T0 + 14 * DAY


def test_contact_before_the_agreement_does_not_start_the_clock_early() -> None:
    earlier = T0 - 30 * DAY
    due = stay_in_touch_due(last_contact=earlier, cadence=14 * DAY, now=T0, started=T0)
    assert due == T0 + 14 * DAY


def test_contact_after_the_agreement_restarts_the_clock() -> None:
    later = T0 + 3 * DAY
    due = stay_in_touch_due(last_contact=later, cadence=14 * DAY, now=later, started=T0)
    assert due == later + 14 * DAY


def test_clock_start_is_the_later_moment_in_utc() -> None:
    berlin = datetime(2026, 5, 4, 12, 0, tzinfo=BERLIN)  # 10:00 UTC
    assert clock_start(T0, berlin) == utc(2026, 5, 4, 10)
    assert clock_start(None, None) is None
    with pytest.raises(ValueError, match="started"):
        clock_start(None, datetime(2026, 5, 4))


def test_no_cadence_means_never_due() -> None:
    assert stay_in_touch_due(last_contact=None, cadence=None, now=T0) is None
    assert stay_in_touch_due(last_contact=T0, cadence=None, now=T0) is None


def test_cadence_must_be_positive() -> None:
    with pytest.raises(ValueError, match="cadence must be positive"):
        stay_in_touch_due(last_contact=T0, cadence=timedelta(0), now=T0)


# --- nudges ---------------------------------------------------------------------


def test_nudges_most_overdue_first_with_exact_values() -> None:
    now = T0
    contacts = [
        (10, now - 9 * DAY, 7 * DAY),  # due 2 days ago
        (11, now - 35 * DAY, 30 * DAY),  # due 5 days ago
        (12, None, 14 * DAY),  # never contacted: due now
        (13, now - 5 * DAY, 7 * DAY),  # due in 2 days
        (14, now - DAY, 30 * DAY),  # due in 29 days: too far
        (15, now - 400 * DAY, None),  # no cadence
    ]
    assert nudges(contacts, now=now) == [
        Nudge(contact_id=11, due=now - 5 * DAY, overdue_by=5 * DAY),
        Nudge(contact_id=10, due=now - 2 * DAY, overdue_by=2 * DAY),
        Nudge(contact_id=12, due=now, overdue_by=timedelta(0)),
        Nudge(contact_id=13, due=now + 2 * DAY, overdue_by=timedelta(0)),
    ]


def test_nudge_horizon_boundary_is_inclusive() -> None:
    contacts = [(1, T0 - 4 * DAY, 7 * DAY), (2, T0 - 4 * DAY + timedelta(microseconds=1), 7 * DAY)]
    assert [n.contact_id for n in nudges(contacts, now=T0)] == [1]
    assert [n.contact_id for n in nudges(contacts, now=T0, horizon=timedelta(0))] == []


def test_nudges_tie_broken_by_contact_id() -> None:
    contacts = [(7, T0 - 8 * DAY, 7 * DAY), (3, T0 - 8 * DAY, 7 * DAY)]
    assert [n.contact_id for n in nudges(contacts, now=T0)] == [3, 7]


def test_nudges_reject_negative_horizon() -> None:
    with pytest.raises(ValueError, match="horizon"):
        nudges([], now=T0, horizon=-DAY)


@given(
    st.lists(
        st.tuples(
            st.integers(0, 99),
            st.none() | st.integers(-100, 100).map(lambda d: T0 + d * DAY),
            st.none() | st.integers(1, 60).map(lambda d: d * DAY),
        ),
        max_size=15,
    )
)
def test_nudges_are_ordered_by_overdue_and_within_horizon(
    contacts: list[tuple[int, datetime | None, timedelta | None]],
) -> None:
    found = nudges(contacts, now=T0)
    overdue = [n.overdue_by for n in found]
    assert overdue == sorted(overdue, reverse=True)
    for nudge in found:
        assert nudge.due <= T0 + 3 * DAY
        assert nudge.overdue_by == max(T0 - nudge.due, timedelta(0))
    expected = sum(1 for _, last, c in contacts if c and (last is None or last + c <= T0 + 3 * DAY))
    assert len(found) == expected


# --- local time -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("instant", "zone", "wall", "offset_hours"),
    [
        (utc(2026, 3, 29, 0, 59), "Europe/Berlin", datetime(2026, 3, 29, 1, 59), 1),
        (utc(2026, 3, 29, 1, 0), "Europe/Berlin", datetime(2026, 3, 29, 3, 0), 2),
        (utc(2026, 10, 25, 0, 30), "Europe/Berlin", datetime(2026, 10, 25, 2, 30), 2),
        (utc(2026, 10, 25, 1, 30), "Europe/Berlin", datetime(2026, 10, 25, 2, 30), 1),
        (utc(2026, 3, 8, 6, 59), "America/New_York", datetime(2026, 3, 8, 1, 59), -5),
        (utc(2026, 3, 8, 7, 0), "America/New_York", datetime(2026, 3, 8, 3, 0), -4),
        (utc(2026, 11, 1, 5, 30), "America/New_York", datetime(2026, 11, 1, 1, 30), -4),
        (utc(2026, 11, 1, 6, 30), "America/New_York", datetime(2026, 11, 1, 1, 30), -5),
    ],
)
def test_local_time_across_dst(
    instant: datetime, zone: str, wall: datetime, offset_hours: int
) -> None:
    local = local_time(instant, zone)
    assert local.replace(tzinfo=None) == wall
    assert local.utcoffset() == timedelta(hours=offset_hours)
    # PEP 495: an ambiguous wall time never compares equal across zones
    assert local.astimezone(UTC) == instant


def test_local_time_converts_from_any_zone() -> None:
    tokyo = datetime(2026, 7, 1, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # 00:00 UTC
    local = local_time(tokyo, "America/New_York")
    assert local.replace(tzinfo=None) == datetime(2026, 6, 30, 20, 0)


@pytest.mark.parametrize(
    "zone", ["Mars/Olympus_Mons", "", "Europe", "../etc/passwd", "Europe/Berlin "]
)
def test_unknown_zone_is_a_clear_value_error(zone: str) -> None:
    with pytest.raises(ValueError, match=r"unknown time zone .*IANA name"):
        local_time(T0, zone)
    with pytest.raises(ValueError, match="unknown time zone"):
        inside_window(T0, zone, MONDAY_9_TO_5)


def test_local_time_rejects_naive_now() -> None:
    with pytest.raises(ValueError, match="now must be timezone-aware"):
        local_time(datetime(2026, 5, 4, 9), "Europe/Berlin")


# --- availability windows -------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "opens", "closes"),
    [
        ("Europe/Berlin", utc(2026, 3, 23, 8), utc(2026, 3, 23, 16)),  # before 29 March: CET
        ("Europe/Berlin", utc(2026, 3, 30, 7), utc(2026, 3, 30, 15)),  # after: CEST
        ("Europe/Berlin", utc(2026, 10, 19, 7), utc(2026, 10, 19, 15)),  # before 25 Oct: CEST
        ("Europe/Berlin", utc(2026, 10, 26, 8), utc(2026, 10, 26, 16)),  # after: CET
        ("America/New_York", utc(2026, 3, 2, 14), utc(2026, 3, 2, 22)),  # before 8 March: EST
        ("America/New_York", utc(2026, 3, 9, 13), utc(2026, 3, 9, 21)),  # after: EDT
        ("America/New_York", utc(2026, 10, 26, 13), utc(2026, 10, 26, 21)),  # before 1 Nov: EDT
        ("America/New_York", utc(2026, 11, 2, 14), utc(2026, 11, 2, 22)),  # after: EST
    ],
)
def test_monday_nine_to_five_keeps_wall_time_across_dst(
    zone: str, opens: datetime, closes: datetime
) -> None:
    second = timedelta(seconds=1)
    assert inside_window(opens - second, zone, MONDAY_9_TO_5) is False
    assert inside_window(opens, zone, MONDAY_9_TO_5) is True
    assert inside_window(closes - second, zone, MONDAY_9_TO_5) is True
    assert inside_window(closes, zone, MONDAY_9_TO_5) is False
    assert next_window_start(opens - second, zone, MONDAY_9_TO_5) == opens


def test_window_on_spring_forward_night_is_an_hour_shorter() -> None:
    night = [AvailabilityWindow(weekday=6, start=time(0), end=time(6))]
    assert inside_window(utc(2026, 3, 28, 23, 0), "Europe/Berlin", night) is True
    assert inside_window(utc(2026, 3, 29, 3, 59), "Europe/Berlin", night) is True
    assert inside_window(utc(2026, 3, 29, 4, 0), "Europe/Berlin", night) is False


def test_window_on_fall_back_night_is_an_hour_longer() -> None:
    night = [AvailabilityWindow(weekday=6, start=time(0), end=time(6))]
    assert inside_window(utc(2026, 10, 24, 21, 59), "Europe/Berlin", night) is False
    assert inside_window(utc(2026, 10, 24, 22, 0), "Europe/Berlin", night) is True
    assert inside_window(utc(2026, 10, 25, 4, 59), "Europe/Berlin", night) is True
    assert inside_window(utc(2026, 10, 25, 5, 0), "Europe/Berlin", night) is False


def test_window_starting_in_the_skipped_hour_opens_at_the_jump() -> None:
    skipped = [AvailabilityWindow(weekday=6, start=time(2, 30), end=time(4))]
    assert inside_window(utc(2026, 3, 29, 0, 59, 59), "Europe/Berlin", skipped) is False
    assert inside_window(utc(2026, 3, 29, 1, 0), "Europe/Berlin", skipped) is True
    opens = next_window_start(utc(2026, 3, 28, 12), "Europe/Berlin", skipped)
    assert opens == utc(2026, 3, 29, 1, 0)
    assert opens.replace(tzinfo=None) == datetime(2026, 3, 29, 3, 0)


def test_window_starting_in_the_repeated_hour_opens_at_its_first_occurrence() -> None:
    repeated = [AvailabilityWindow(weekday=6, start=time(2, 30), end=time(5))]
    opens = next_window_start(utc(2026, 10, 24, 12), "Europe/Berlin", repeated)
    assert opens.astimezone(UTC) == utc(2026, 10, 25, 0, 30)
    assert opens.utcoffset() == timedelta(hours=2)
    assert inside_window(utc(2026, 10, 25, 3, 59), "Europe/Berlin", repeated) is True


def test_window_crossing_midnight() -> None:
    friday_night = [AvailabilityWindow(weekday=4, start=time(22), end=time(2))]
    zone = "Europe/Berlin"  # CEST in May: local = UTC + 2
    assert inside_window(utc(2026, 5, 8, 19, 59), zone, friday_night) is False
    assert inside_window(utc(2026, 5, 8, 20, 0), zone, friday_night) is True
    assert inside_window(utc(2026, 5, 8, 23, 30), zone, friday_night) is True  # Sat 01:30
    assert inside_window(utc(2026, 5, 9, 0, 0), zone, friday_night) is False  # Sat 02:00
    assert inside_window(utc(2026, 5, 9, 20, 30), zone, friday_night) is False  # Sat 22:30


def test_sunday_night_window_runs_into_monday() -> None:
    sunday_night = [AvailabilityWindow(weekday=6, start=time(22), end=time(6))]
    assert inside_window(utc(2026, 5, 4, 9, 59), "Asia/Tokyo", sunday_night) is False
    assert inside_window(utc(2026, 5, 3, 20, 59), "Asia/Tokyo", sunday_night) is True  # Mon 05:59
    assert inside_window(utc(2026, 5, 3, 21, 0), "Asia/Tokyo", sunday_night) is False  # Mon 06:00


def test_window_with_equal_start_and_end_lasts_a_day() -> None:
    all_day = [AvailabilityWindow(weekday=2, start=time(12), end=time(12))]
    assert inside_window(utc(2026, 5, 6, 12), "UTC", all_day) is True
    assert inside_window(utc(2026, 5, 7, 11, 59), "UTC", all_day) is True
    assert inside_window(utc(2026, 5, 7, 12), "UTC", all_day) is False


def test_no_windows_means_never_inside_and_no_next_start() -> None:
    assert inside_window(T0, "Europe/Berlin", []) is False
    assert next_window_start(T0, "Europe/Berlin", []) is None


def test_next_window_start_is_in_the_contacts_zone() -> None:
    opens = next_window_start(utc(2026, 3, 29, 12), "Europe/Berlin", MONDAY_9_TO_5)
    assert opens is not None
    assert opens.tzinfo == BERLIN
    assert opens.replace(tzinfo=None) == datetime(2026, 3, 30, 9, 0)
    assert opens == utc(2026, 3, 30, 7, 0)


def test_next_window_start_skips_the_window_already_open() -> None:
    at_start = utc(2026, 3, 30, 7)
    during = utc(2026, 3, 30, 8)
    assert next_window_start(at_start, "Europe/Berlin", MONDAY_9_TO_5) == utc(2026, 4, 6, 7)
    assert next_window_start(during, "Europe/Berlin", MONDAY_9_TO_5) == utc(2026, 4, 6, 7)


def test_next_window_start_across_new_york_fall_back() -> None:
    opens = next_window_start(utc(2026, 10, 30, 12), "America/New_York", MONDAY_9_TO_5)
    assert opens == utc(2026, 11, 2, 14)
    assert opens.utcoffset() == timedelta(hours=-5)


def test_next_window_start_picks_the_earliest_window() -> None:
    windows = [
        AvailabilityWindow(weekday=3, start=time(8), end=time(9)),
        AvailabilityWindow(weekday=1, start=time(18), end=time(1)),
        AvailabilityWindow(weekday=1, start=time(7), end=time(8)),
    ]
    now = utc(2026, 5, 5, 10)  # Tuesday
    assert next_window_start(now, "UTC", windows) == utc(2026, 5, 5, 18)


@given(
    st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2028, 1, 1), timezones=st.just(UTC)
    ),
    st.lists(
        st.builds(
            AvailabilityWindow,
            weekday=st.integers(0, 6),
            start=st.integers(4, 23).map(time),
            end=st.integers(0, 23).map(time),
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_next_window_start_is_a_window_start_within_a_week(
    now: datetime, windows: list[AvailabilityWindow]
) -> None:
    opens = next_window_start(now, "America/New_York", windows)
    assert opens is not None
    assert now < opens <= now + timedelta(days=7, hours=1)
    assert (opens.weekday(), opens.time()) in {(w.weekday, w.start) for w in windows}
    assert inside_window(opens, "America/New_York", windows) is True


# --- durations ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(0), "0 min"),
        (timedelta(seconds=30), "< 1 min"),
        (timedelta(minutes=45), "45 min"),
        (timedelta(minutes=59, seconds=59), "59 min"),
        (timedelta(hours=3), "3 h"),
        (timedelta(hours=3, minutes=15), "3 h 15 min"),
        (timedelta(days=1), "1 d"),
        (timedelta(days=2, hours=4), "2 d 4 h"),
        (timedelta(days=2, hours=4, minutes=59), "2 d 4 h"),
        (timedelta(days=40), "40 d"),
        (timedelta(minutes=-90), "-1 h 30 min"),
    ],
)
def test_format_duration(delta: timedelta, text: str) -> None:
    assert format_duration(delta) == text


# --- layering -------------------------------------------------------------------


def test_module_imports_without_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6", None)  # any "import PySide6" now fails
    previous = sys.modules["mentordesk.core.relationships"]
    for name in ("mentordesk.core.relationships", "mentordesk.core.enums"):
        monkeypatch.delitem(sys.modules, name)
    before = set(sys.modules)
    module = importlib.import_module("mentordesk.core.relationships")
    assert module is not previous
    assert not {name for name in set(sys.modules) - before if name.startswith("PySide6")}
    assert module.format_duration(timedelta(hours=3)) == "3 h"


def test_a_linked_reply_closes_the_exchange():
    """Their comments, my linked thanks, then silence: nobody owes anybody a reply."""
    from datetime import UTC, datetime

    from mentordesk.core.enums import Direction, InteractionKind
    from mentordesk.core.relationships import InteractionFact, overdue_follow_ups, reply_times

    day = datetime(2026, 10, 1, 12, tzinfo=UTC)
    facts = [
        InteractionFact(1, day, Direction.IN, InteractionKind.MESSAGE),
        InteractionFact(
            2, day + timedelta(hours=5), Direction.OUT, InteractionKind.MESSAGE, reply_to_id=1
        ),
        InteractionFact(3, day + timedelta(days=30), Direction.IN, InteractionKind.GAVE_BACK),
    ]
    assert reply_times(facts, direction=Direction.IN) == [timedelta(hours=5)]
    assert reply_times(facts, direction=Direction.OUT) == []
    assert (
        overdue_follow_ups(facts, agreed_reply=timedelta(days=2), now=day + timedelta(days=20))
        == []
    )
