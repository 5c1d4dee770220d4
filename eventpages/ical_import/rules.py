"""A source event's dates: its RRULE/RDATE/EXDATE expanded as RFC 5545 says, and mapped onto
our recurrence fields when those say exactly the same.

Expansion runs on the source's own wall clock (dateutil with the DTSTART's zone attached), so a
weekly 18:00 in Europe/Berlin stays at 18:00 across both change days, and a rule written in UTC
keeps its UTC time, as every calendar program shows it. DTSTART always counts as a date (RFC
5545 §3.8.5.3), even where the rule would not produce it.

The mapping is proven, not trusted: a candidate `recurrence.Series` is built from the rule's
parts and kept only if it yields the very same instants as the source within the horizon.
Everything else (BYSETPOS combinations, hourly rules, a rule in another zone than the county's,
a fifth Monday, several RRULEs) becomes an explicit list of dates within the horizon.
"""

import warnings
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from dateutil.rrule import rruleset, rrulestr
from icalendar import vRecur

from core import county_time
from eventpages import recurrence

FREQUENCIES_TOO_FINE = {"MINUTELY", "SECONDLY"}
SMALL_INTEGER = 32767  # the model's PositiveSmallIntegerField


class RuleError(ValueError):
    """A rule that cannot be read or would cost too much to expand; `reason` is for people."""

    def __init__(self, reason):
        super().__init__(str(reason))
        self.reason = reason


@dataclass
class Budget:
    """How many rule steps a whole feed may take: a hostile feed cannot keep a worker busy."""

    steps: int

    def spend(self, count=1):
        self.steps -= count
        return self.steps >= 0


@dataclass
class Recurrence:
    """Our recurrence fields (see `eventpages.models.EventPage`), ready to be copied."""

    frequency: str = recurrence.NONE
    interval: int = 1
    weekdays: list[str] = field(default_factory=list)
    month_week: int = 1
    month_weekday: str = "MO"
    ends: str = recurrence.ENDS_NEVER
    until: date | None = None
    count: int | None = None
    cancelled: list[date] = field(default_factory=list)
    extra: list[datetime] = field(default_factory=list)  # aware starts, county time
    explicit: bool = False  # True: the source's rule did not fit, its dates are listed in `extra`


def wall(value):
    """A naive datetime for dateutil: all-day dates at midnight, aware times kept aware."""
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, time.min)


def _same_kind(value, start):
    """An RDATE/EXDATE value in the DTSTART's kind (date or datetime, aware like it)."""
    if not isinstance(start, datetime):  # all-day
        if isinstance(value, datetime):
            value = county_time.local(value).date() if value.tzinfo else value.date()
        return wall(value)
    if not isinstance(value, datetime):
        value = datetime.combine(value, start.timetz().replace(tzinfo=None))
    if value.tzinfo is None:
        value = value.replace(tzinfo=start.tzinfo)
    return value


def _until(value, start):
    if value is None:
        return None
    if not isinstance(start, datetime):
        if isinstance(value, datetime):
            value = county_time.local(value).date() if value.tzinfo else value.date()
        return wall(value)
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(23, 59, 59))
    if value.tzinfo is None:
        value = value.replace(tzinfo=start.tzinfo)
    return value


def rule_parts(vevent):
    """The RRULE properties as vRecur dicts (a VEVENT may carry several)."""
    rules = vevent.get("RRULE")
    if rules is None:
        return []
    return list(rules) if isinstance(rules, list) else [rules]


def _dateutil_rule(parts, start, before):
    parts = dict(parts)
    frequency = str(parts.get("FREQ", [""])[0]).upper()
    if frequency in FREQUENCIES_TOO_FINE:
        raise RuleError("too_fine")
    until = _until(parts.pop("UNTIL", [None])[0], start)
    try:
        rule = rrulestr(vRecur(parts).to_ical().decode(), dtstart=wall(start))
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as error:
        raise RuleError("unreadable") from error
    # Bounded by the horizon, so a rule that never matches stops there, not in the year 9999.
    bound = wall(before)
    until = min(until, bound) if until is not None else bound
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # COUNT together with our bound
        return rule.replace(until=until)


def source_starts(vevent, start, duration, after, before, *, cap, budget):
    """The source's starts that are still running at `after` and begin before `before`.

    Returns (starts, capped): aware datetimes, or dates for all-day events; at most `cap`.
    """
    before = before if isinstance(start, datetime) else county_time.local(before).date()
    rules = rule_parts(vevent)
    dates = rruleset()
    for parts in rules:
        dates.rrule(_dateutil_rule(parts, start, before))
    dates.rdate(wall(start))
    for value, _end in vevent.rdates:
        dates.rdate(_same_kind(value, start))
    exdates_by_day = set()
    for value in vevent.exdates:
        if isinstance(start, datetime) and not isinstance(value, datetime):
            exdates_by_day.add(value)  # EXDATE;VALUE=DATE on a timed series: the whole day
        else:
            dates.exdate(_same_kind(value, start))
    found, capped = [], False
    for moment in dates:
        if not budget.spend():
            raise RuleError("too_costly")
        if moment >= wall(before):
            break
        value = moment if isinstance(start, datetime) else moment.date()
        if exdates_by_day and county_time.local(value).date() in exdates_by_day:
            continue
        if not _still_running(value, duration, after):
            continue
        if len(found) == cap:
            capped = True
            break
        found.append(value)
    return found, capped


def _still_running(value, duration, after):
    if isinstance(value, datetime):
        return (value.astimezone(UTC) + duration) > after
    ends = value + max(duration, timedelta(days=1))
    return ends > county_time.local(after).date()


WEEKDAYS = recurrence.WEEKDAY_CODES
PLAIN_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"}


def _weekday(code):
    """("TU", None) for "TU", ("TU", -1) for "-1TU"; None for anything else."""
    code = str(code).upper()
    day, ordinal = code[-2:], code[:-2]
    if day not in WEEKDAYS:
        return None
    try:
        return day, (int(ordinal) if ordinal else None)
    except ValueError:
        return None


def candidate(parts, local_start):
    """Our recurrence fields for one RRULE, or None when the rule has no counterpart there.

    `local_start` is DTSTART on the county's wall clock.
    """
    parts = {key.upper(): list(values) for key, values in dict(parts).items()}
    frequency = str(parts.get("FREQ", [""])[0]).upper()
    keys = set(parts)
    try:
        interval = int(parts.get("INTERVAL", [1])[0])
    except (TypeError, ValueError):
        return None
    if not 1 <= interval <= SMALL_INTEGER:
        return None
    fields = Recurrence(interval=interval)
    days = [_weekday(code) for code in parts.get("BYDAY", [])]
    if None in days:
        return None
    if frequency in ("DAILY", "WEEKLY") and keys <= PLAIN_PARTS | {"BYDAY"}:
        if any(ordinal is not None for _day, ordinal in days):
            return None
        if frequency == "DAILY" and not days:
            fields.frequency = recurrence.DAILY_RULE
        elif frequency == "DAILY" and interval != 1:
            return None
        else:
            # A WKST other than Monday matters only for some day sets; the proof decides.
            fields.frequency = recurrence.WEEKLY_RULE
            fields.weekdays = [day for day in WEEKDAYS if day in {d for d, _o in days}] or [
                WEEKDAYS[local_start.weekday()]
            ]
    elif frequency == "MONTHLY" and keys <= PLAIN_PARTS | {"BYDAY", "BYMONTHDAY", "BYSETPOS"}:
        month_days = parts.get("BYMONTHDAY", [])
        positions = parts.get("BYSETPOS", [])
        if not days and not positions and month_days in ([], [local_start.day]):
            fields.frequency = recurrence.MONTHLY_DATE
        elif len(days) == 1 and not month_days:
            ((day, ordinal),) = days
            if positions:
                if ordinal is not None or len(positions) != 1:
                    return None
                ordinal = int(positions[0])
            if ordinal not in (1, 2, 3, 4, -1):
                return None
            fields.frequency = recurrence.MONTHLY_WEEKDAY
            fields.month_week, fields.month_weekday = ordinal, day
        else:
            return None
    elif frequency == "YEARLY" and keys <= PLAIN_PARTS | {"BYMONTH", "BYMONTHDAY"}:
        if parts.get("BYMONTH", [local_start.month]) != [local_start.month]:
            return None
        if parts.get("BYMONTHDAY", [local_start.day]) != [local_start.day]:
            return None
        if interval * 12 > SMALL_INTEGER:
            return None
        fields.frequency = recurrence.MONTHLY_DATE
        fields.interval = interval * 12
    else:
        return None
    if "COUNT" in parts:
        count = int(parts["COUNT"][0])
        if not 1 <= count <= SMALL_INTEGER:
            return None
        fields.ends, fields.count = recurrence.ENDS_AFTER, count
    elif "UNTIL" in parts:
        fields.ends, fields.until = recurrence.ENDS_ON, _until_day(parts["UNTIL"][0], local_start)
    return fields


def _until_day(until, local_start):
    """Our "ends on" date: the county date of the last start the source's UNTIL still allows.

    Our end date keeps the whole day; an UNTIL earlier that day than the event's time ends the
    series the day before.
    """
    if not isinstance(until, datetime):
        return until
    if until.tzinfo is None:
        until = until.replace(tzinfo=county_time.zone())
    local_until = county_time.wall_clock(until)
    if local_until.time() < local_start.time():
        return local_until.date() - timedelta(days=1)
    return local_until.date()


def series(start, end, all_day, fields):
    """The `recurrence.Series` our pages would build from these fields."""
    return recurrence.Series(
        start=start,
        end=end,
        all_day=all_day,
        frequency=fields.frequency,
        interval=fields.interval,
        weekdays=list(fields.weekdays),
        month_week=fields.month_week,
        month_weekday=fields.month_weekday,
        ends=fields.ends,
        until=fields.until,
        count=fields.count,
        cancelled=list(fields.cancelled),
        extra=list(fields.extra),
    )
