"""Event series as RFC 5545 rules, expanded in local wall-clock time with python-dateutil.

Rules are expanded on naive Europe/Berlin times and localised afterwards, so a weekly event at
18:00 stays at 18:00 across daylight-saving changes.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, rrule, rrulestr, weekday
from django.conf import settings
from django.utils import timezone

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


def local_zone():
    return ZoneInfo(settings.TIME_ZONE)


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
        if self.end and self.end > self.start:
            return (
                timezone.localtime(self.end, local_zone()).replace(tzinfo=None) - self.local_start
            )
        return timedelta(days=1) if self.all_day else timedelta(hours=2)

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
        for candidate in candidates:
            if candidate.date() in cancelled:
                continue
            starts.add(aware(candidate))
        for extra in self.extra:
            starts.add(extra)
        return sorted(s for s in starts if s + self.duration > after and s < before)

    def occurrences_between(self, after, before):
        """(start, end) pairs, each end the same wall-clock duration after its start."""
        zone = local_zone()
        result = []
        for start in self.starts_between(after, before):
            local = timezone.localtime(start, zone).replace(tzinfo=None)
            result.append((start, aware(local + self.duration)))
        return result


def aware(naive_local):
    """Attach Europe/Berlin to a wall-clock time (fold=0: the first of an ambiguous hour)."""
    return naive_local.replace(tzinfo=local_zone())


def parse_rrule(text, dtstart):
    """Read a stored RRULE back (used by tests and feeds to cross-check)."""
    return rrulestr(f"RRULE:{text}", dtstart=dtstart)
