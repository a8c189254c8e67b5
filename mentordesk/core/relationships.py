"""Agreement rules: replies and reply times, follow-ups, nudges, availability windows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mentordesk.core.enums import Direction, InteractionKind

AWAITING_KINDS = (InteractionKind.MESSAGE, InteractionKind.CALL)  # kinds that expect an answer
WINDOW_LOOKAHEAD = timedelta(days=8)  # how far ahead next_window_start looks
_ZERO = timedelta(0)


@dataclass(frozen=True)
class InteractionFact:
    """One contact made, reduced to what the agreement rules need."""

    id: int
    occurred_at: datetime
    direction: Direction
    kind: InteractionKind
    reply_to_id: int | None = None

    def __post_init__(self) -> None:
        """Reject naive timestamps and accept stored enum values as text."""
        _require_aware(self.occurred_at, "occurred_at")
        object.__setattr__(self, "direction", Direction(self.direction))
        object.__setattr__(self, "kind", InteractionKind(self.kind))

    @property
    def awaits_reply(self) -> bool:
        """Whether this is a message or call that expects an answer (a linked reply does not)."""
        return self.kind in AWAITING_KINDS and self.reply_to_id is None


@dataclass(frozen=True)
class AvailabilityWindow:
    """A weekly window in the contact's own zone; end <= start crosses midnight."""

    weekday: int
    start: time
    end: time

    def __post_init__(self) -> None:
        """Reject impossible weekdays and zoned wall times."""
        if not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday must be 0 (Monday) to 6, got {self.weekday}")
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("window times are wall times: give them without tzinfo")


@dataclass(frozen=True)
class ReplyStats:
    """Measured reply times one way, against the agreed reply time."""

    count: int
    median: timedelta | None
    agreed: timedelta | None
    within_agreement: bool | None


@dataclass(frozen=True)
class Nudge:
    """A contact whose stay-in-touch contact is due soon or overdue."""

    contact_id: int
    due: datetime
    overdue_by: timedelta


def _require_aware(value: datetime, name: str) -> None:
    """Raise ValueError when a datetime carries no UTC offset."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got naive {value!r}")


def _utc(value: datetime, name: str = "datetime") -> datetime:
    """The same instant in UTC, after checking it is aware."""
    _require_aware(value, name)
    return value.astimezone(UTC)


def _order_key(fact: InteractionFact) -> tuple[datetime, int]:
    """Chronological order, ties broken by id."""
    return _utc(fact.occurred_at), fact.id


def _chronological(interactions: Iterable[InteractionFact]) -> list[InteractionFact]:
    """The interactions oldest first; ids must be unique."""
    ordered = sorted(interactions, key=_order_key)
    if len({fact.id for fact in ordered}) != len(ordered):
        raise ValueError("interaction ids must be unique")
    return ordered


_Pair = tuple[InteractionFact, InteractionFact]
Facts = Iterable[InteractionFact]
ContactCadence = tuple[int, datetime | None, timedelta | None]  # (contact_id, last, cadence)
Windows = Iterable[AvailabilityWindow]


def replies(interactions: Facts) -> list[_Pair]:
    """Pair each answered message or call with its reply, oldest message first.

    The pairing rule:

    - Only MESSAGE and CALL interactions without a ``reply_to_id`` await a reply: a
      linked reply closes the exchange. An interaction of any kind
      in the opposite direction (MEETING and GAVE_BACK included) can be the reply.
    - Explicit links win: an interaction whose ``reply_to_id`` names an earlier
      awaiting interaction of the opposite direction answers it; when several do,
      the earliest is the reply. Links that break these conditions are ignored.
    - An interaction without ``reply_to_id`` answers implicitly: it is the reply to
      every still-unanswered awaiting interaction of the opposite direction before
      it (so two unanswered messages share the reply that ends the silence).
      An interaction carrying a link answers only what it links to.
    - An unlinked answer may carry a new question, so it awaits a reply itself.
    - Interactions at the same instant are ordered by id.
    """
    ordered = _chronological(interactions)
    pairs = _explicit_pairs(ordered)
    _add_implicit_pairs(ordered, pairs)
    return sorted(pairs.values(), key=lambda pair: _order_key(pair[0]))


def _answers(message: InteractionFact, reply: InteractionFact) -> bool:
    """Whether ``reply`` can answer ``message`` at all."""
    return (
        message.awaits_reply
        and reply.direction is not message.direction
        and _order_key(reply) > _order_key(message)
    )


def _explicit_pairs(ordered: list[InteractionFact]) -> dict[int, _Pair]:
    """Pairs made by reply_to_id links, keyed by message id."""
    by_id = {fact.id: fact for fact in ordered}
    pairs: dict[int, _Pair] = {}
    for reply in ordered:
        message = by_id.get(reply.reply_to_id)
        if message is not None and message.id not in pairs and _answers(message, reply):
            pairs[message.id] = (message, reply)
    return pairs


def _add_implicit_pairs(ordered: list[InteractionFact], pairs: dict[int, _Pair]) -> None:
    """Answer still-waiting messages with the next unlinked opposite interaction."""
    waiting: list[InteractionFact] = []
    for fact in ordered:
        if fact.reply_to_id is None:
            for message in waiting:
                if message.direction is not fact.direction:
                    pairs[message.id] = (message, fact)
            waiting = [m for m in waiting if m.direction is fact.direction]
        if fact.awaits_reply and fact.id not in pairs:
            waiting.append(fact)


def reply_times(interactions: Facts, *, direction: Direction) -> list[timedelta]:
    """Reply delays for answered messages sent in ``direction``, oldest message first.

    ``Direction.OUT``: my messages, so how fast THEY reply to me.
    ``Direction.IN``: their messages, so how fast I reply to them.
    """
    direction = Direction(direction)
    pairs = [pair for pair in replies(interactions) if pair[0].direction is direction]
    return [_utc(reply.occurred_at) - _utc(message.occurred_at) for message, reply in pairs]


def reply_stats(
    interactions: Facts, *, direction: Direction, agreed: timedelta | None
) -> ReplyStats:
    """Count and median of reply times one way, and whether the median keeps to ``agreed``."""
    import statistics  # fractions, decimal and random: not worth loading at start-up

    delays = reply_times(interactions, direction=direction)
    median = statistics.median(delays) if delays else None
    within = None if median is None or agreed is None else median <= agreed
    return ReplyStats(count=len(delays), median=median, agreed=agreed, within_agreement=within)


def overdue_follow_ups(
    interactions: Facts, *, agreed_reply: timedelta, now: datetime
) -> list[InteractionFact]:
    """My unanswered messages and calls older than ``agreed_reply`` at ``now``, oldest first.

    Interactions after ``now`` are ignored. An age exactly equal to
    ``agreed_reply`` is not overdue yet; any longer is.
    """
    moment = _utc(now, "now")
    past = [fact for fact in interactions if _utc(fact.occurred_at) <= moment]
    answered = {message.id for message, _ in replies(past)}
    return [
        fact
        for fact in _chronological(past)
        if fact.direction is Direction.OUT
        and fact.awaits_reply
        and fact.id not in answered
        and moment - _utc(fact.occurred_at) > agreed_reply
    ]


def last_real_contact(
    interactions: Facts, meeting_times: Iterable[datetime], *, now: datetime
) -> datetime | None:
    """The latest interaction or held meeting at or before ``now``, or None."""
    moment = _utc(now, "now")
    times = [fact.occurred_at for fact in interactions]
    for when in meeting_times:
        _require_aware(when, "meeting time")
        times.append(when)
    past = [when for when in times if _utc(when) <= moment]
    return max(past, key=_utc, default=None)


def stay_in_touch_due(
    *,
    last_contact: datetime | None,
    cadence: timedelta | None,
    now: datetime,
    started: datetime | None = None,
) -> datetime | None:
    """When the next contact is due (UTC): cadence after the later of last contact and start.

    ``started`` is when the clock started (the agreement); with neither it is due ``now``.
    """
    moment = _utc(now, "now")
    if cadence is None:
        return None
    if cadence <= _ZERO:
        raise ValueError(f"cadence must be positive, got {cadence}")
    since = clock_start(last_contact, started)
    return moment if since is None else since + cadence


def clock_start(last_contact: datetime | None, started: datetime | None) -> datetime | None:
    """The stay-in-touch clock's start (UTC): the later of last contact and agreement, or None."""
    times = [_utc(last_contact, "last_contact")] if last_contact is not None else []
    if started is not None:
        times.append(_utc(started, "started"))
    return max(times, default=None)


def nudges(
    contacts: Iterable[ContactCadence], *, now: datetime, horizon: timedelta = timedelta(days=3)
) -> list[Nudge]:
    """Contacts overdue or due within ``horizon`` of ``now``, most overdue first.

    Each contact is ``(contact_id, last_contact, cadence)``; no cadence, no nudge.
    """
    if horizon < _ZERO:
        raise ValueError(f"horizon must not be negative, got {horizon}")
    cutoff = _utc(now, "now") + horizon
    found = [_nudge(contact, now=now) for contact in contacts]
    due = [nudge for nudge in found if nudge is not None and nudge.due <= cutoff]
    return sorted(due, key=lambda nudge: (nudge.due, nudge.contact_id))


def _nudge(contact: ContactCadence, *, now: datetime) -> Nudge | None:
    """The nudge for one contact, whatever its due date, or None without cadence."""
    contact_id, last, cadence = contact
    due = stay_in_touch_due(last_contact=last, cadence=cadence, now=now)
    if due is None:
        return None
    overdue_by = max(_utc(now) - due, _ZERO)
    return Nudge(contact_id=contact_id, due=due, overdue_by=overdue_by)


def _zone(zone: str) -> ZoneInfo:
    """The IANA zone named ``zone``, or a ValueError that says what is wrong."""
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError) as error:
        message = f"unknown time zone {zone!r}: expected an IANA name like 'Europe/Berlin'"
        raise ValueError(message) from error


def local_time(now: datetime, zone: str) -> datetime:
    """``now`` on the wall clock of the IANA zone ``zone``."""
    return _utc(now, "now").astimezone(_zone(zone))


def inside_window(now: datetime, zone: str, windows: Windows) -> bool:
    """Whether ``now`` falls in one of the windows (start included, end excluded)."""
    moment = _utc(now, "now")
    spans = _spans(moment, _zone(zone), tuple(windows))
    return any(start <= moment < end for start, end in spans)


def next_window_start(now: datetime, zone: str, windows: Windows) -> datetime | None:
    """The first window start strictly after ``now``, in the contact's zone, within 8 days.

    A window already open at ``now`` is not "next": ask inside_window for that.
    """
    moment, tz = _utc(now, "now"), _zone(zone)
    limit = moment + WINDOW_LOOKAHEAD
    starts = [s for s, _ in _spans(moment, tz, tuple(windows)) if moment < s <= limit]
    return min(starts).astimezone(tz) if starts else None


def _spans(
    moment: datetime, tz: ZoneInfo, windows: tuple[AvailabilityWindow, ...]
) -> Iterator[tuple[datetime, datetime]]:
    """UTC (start, end) of every window occurrence opening from yesterday to 9 days ahead."""
    today = moment.astimezone(tz).date()
    for day in (today + timedelta(days=n) for n in range(-1, WINDOW_LOOKAHEAD.days + 2)):
        for window in (w for w in windows if w.weekday == day.weekday()):
            end_day = day if window.end > window.start else day + timedelta(days=1)
            yield _wall_instant(day, window.start, tz), _wall_instant(end_day, window.end, tz)


def _wall_instant(day: date, wall: time, tz: ZoneInfo) -> datetime:
    """The first UTC instant at which the clock in ``tz`` shows ``wall`` on ``day``.

    A wall time repeated when clocks go back resolves to its first occurrence; one
    skipped when clocks go forward resolves to the moment of the jump.
    """
    local = datetime.combine(day, wall, tzinfo=tz)
    instant = local.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) == local.replace(tzinfo=None):
        return instant
    return _offset_change(local.replace(fold=1).astimezone(UTC), instant, tz)


def _offset_change(before: datetime, after: datetime, tz: ZoneInfo) -> datetime:
    """The UTC instant, to the second, at which ``tz`` changes offset in (before, after]."""
    offset = before.astimezone(tz).utcoffset()
    low, high = int(before.timestamp() // 1), int(after.timestamp() // 1) + 1
    while high - low > 1:
        middle = (low + high) // 2
        if datetime.fromtimestamp(middle, tz).utcoffset() == offset:
            low = middle
        else:
            high = middle
    return datetime.fromtimestamp(high, UTC)


def format_duration(delta: timedelta) -> str:
    """Compact text such as "45 min", "3 h", "3 h 15 min" or "2 d 4 h"."""
    minutes = abs(delta) // timedelta(minutes=1)
    if minutes == 0:
        return "0 min" if not delta else "< 1 min"
    hours, mins = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    units = [(days, "d"), (hours, "h"), (mins, "min")]
    first = next(index for index, (amount, _) in enumerate(units) if amount)
    parts = [f"{amount} {unit}" for amount, unit in units[first : first + 2] if amount]
    return ("-" if delta < _ZERO else "") + " ".join(parts)
