"""Event series as RFC 5545 rules, expanded in local wall-clock time with python-dateutil.

Rules are expanded on naive Europe/Berlin times and localised afterwards, so a weekly event at
18:00 stays at 18:00 across daylight-saving changes.

A date lasts the *elapsed* time between the start and end the editor typed, on every date: on a
change night an event from 02:30 to 03:30 lasts one hour too (it is an hour of people's time,
not of the clock face). This is what RFC 5545 §3.8.5.3 prescribes for DTSTART/DTEND, so calendar
programs compute the same ends as the site. Wall times a change night skips or repeats are
resolved as RFC 5545 §3.3.5 and zoneinfo's fold=0 do: a skipped time with the offset before the
gap (02:30 on the spring night is 03:30 summer time), a repeated one as the first of the two.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, rrule, rrulestr, weekday
from django.utils import timezone

from core.county_time import zone as local_zone  # the county's zone, by its old name here

WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

NONE = "none"
DAILY_RULE = "daily"
WEEKLY_RULE = "weekly"
MONTHLY_DATE = "monthly_date"
MONTHLY_WEEKDAY = "monthly_weekday"
ENDS_NEVER = "never"
ENDS_ON = "on_date"
ENDS_AFTER = "after_count"

MAX_OCCURRENCES = 1000


@dataclass
class Series:
    """The editor's plain choices for one event, from which the RRULE is made."""

    start: datetime  # aware
    end: datetime | None = None  # aware
    all_day: bool = False
    frequency: str = NONE
    interval: int = 1
    weekdays: list[str] = field(default_factory=list)
    month_week: int = 1  # 1..4, or -1 for the last
    month_weekday: str = "MO"
    ends: str = ENDS_NEVER
    until: date | None = None
    count: int | None = None
    cancelled: list[date] = field(default_factory=list)
    extra: list[datetime] = field(default_factory=list)  # aware starts

    @property
    def local_start(self):
        return timezone.localtime(self.start, local_zone()).replace(tzinfo=None)

    @property
    def duration(self):
        """How long every date lasts: elapsed time, or whole (nominal) days when all-day.

        All-day dates are calendar days, so a day is a day even when it has 23 or 25 hours.
        """
        start, end = self.start.astimezone(UTC), self.end.astimezone(UTC) if self.end else None
        if end and end > start:
            if self.all_day:
                local_end = timezone.localtime(end, local_zone()).replace(tzinfo=None)
                return local_end - self.local_start
            return end - start
        return timedelta(days=1) if self.all_day else timedelta(hours=2)

    def end_of(self, start):
        """The end of the date beginning at the aware `start`, in local time."""
        if self.all_day:
            local = timezone.localtime(start, local_zone()).replace(tzinfo=None)
            return instant(local + self.duration)
        return (start.astimezone(UTC) + self.duration).astimezone(local_zone())

    @property
    def is_recurring(self):
        return self.frequency != NONE

    def rule(self):
        """The dateutil rule (wall-clock, naive), or None for a single date."""
        if not self.is_recurring:
            return None
        kwargs = {"dtstart": self.local_start, "interval": max(1, int(self.interval or 1))}
        if self.frequency == DAILY_RULE:
            freq = DAILY
        elif self.frequency == WEEKLY_RULE:
            freq = WEEKLY
            days = [WEEKDAY_CODES.index(code) for code in self.weekdays if code in WEEKDAY_CODES]
            kwargs["byweekday"] = days or [self.local_start.weekday()]
        elif self.frequency == MONTHLY_DATE:
            freq = MONTHLY
            kwargs["bymonthday"] = self.local_start.day
        elif self.frequency == MONTHLY_WEEKDAY:
            freq = MONTHLY
            day = WEEKDAY_CODES.index(self.month_weekday)
            kwargs["byweekday"] = weekday(day)(int(self.month_week))
        else:
            raise ValueError(f"Unknown frequency {self.frequency!r}")
        if self.ends == ENDS_ON and self.until:
            kwargs["until"] = datetime.combine(self.until, time(23, 59, 59))
        elif self.ends == ENDS_AFTER and self.count:
            kwargs["count"] = int(self.count)
        return rrule(freq, **kwargs)

    def rrule_text(self):
        """The RFC 5545 RRULE value (without "RRULE:"), or "" for a single date."""
        rule = self.rule()
        if rule is None:
            return ""
        text = str(rule).split("\n")[-1].removeprefix("RRULE:")
        if self.ends == ENDS_ON and self.until:
            # RFC 5545: UNTIL is in UTC when DTSTART has a time zone.
            until_local = datetime.combine(self.until, time(23, 59, 59)).replace(
                tzinfo=local_zone()
            )
            utc = until_local.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
            text = ";".join(
                f"UNTIL={utc}" if part.startswith("UNTIL=") else part for part in text.split(";")
            )
        return text

    def starts_between(self, after, before):
        """Aware start times in [after, before), with cancellations removed and extras added."""
        zone = local_zone()
        starts = set()
        rule = self.rule()
        if rule is None:
            candidates = [self.local_start]
        else:
            local_after = timezone.localtime(after, zone).replace(tzinfo=None)
            local_before = timezone.localtime(before, zone).replace(tzinfo=None)
            candidates = rule.between(local_after - self.duration, local_before, inc=True)
            candidates = candidates[:MAX_OCCURRENCES]
        cancelled = set(self.cancelled)
        # Compared and de-duplicated in UTC: aware datetimes in one zone compare by wall time.
        for candidate in candidates:
            if candidate.date() in cancelled:
                continue
            starts.add(instant(candidate).astimezone(UTC))
        for extra in self.extra:
            starts.add(extra.astimezone(UTC))
        kept = (
            start
            for start in starts
            if self.end_of(start).astimezone(UTC) > after and start < before
        )
        return [start.astimezone(zone) for start in sorted(kept)]

    def occurrences_between(self, after, before):
        """(start, end) pairs, each end the exact duration after its start."""
        return [(start, self.end_of(start)) for start in self.starts_between(after, before)]


def aware(naive_local):
    """Attach Europe/Berlin to a wall-clock time (fold=0: the first of an ambiguous hour).

    The wall time is kept as it is, even one a change night skips: feeds write it like that,
    so calendar programs expand a rule from the time the editor chose.
    """
    return naive_local.replace(tzinfo=local_zone())


def instant(naive_local):
    """The real moment of a wall-clock time, as a normalised local datetime.

    fold=0 resolves it as RFC 5545 does; the round trip through UTC turns a skipped 02:30 into
    the 03:30 the clocks show, and marks the second of a repeated hour with fold=1.
    """
    return aware(naive_local).astimezone(UTC).astimezone(local_zone())


def parse_rrule(text, dtstart):
    """Read a stored RRULE back (used by tests and feeds to cross-check)."""
    return rrulestr(f"RRULE:{text}", dtstart=dtstart)
