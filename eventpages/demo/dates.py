"""When a demo event first takes place, worked out from the day the demo is loaded.

Demo events name no fixed dates (eventpages/demo/data.py, "first"): a number of days ahead,
a weekday some weeks ahead, or the nth weekday of a month. So the calendar is never empty,
whenever the demo is loaded.
"""

from calendar import monthrange
from datetime import date, datetime, time, timedelta

from .. import recurrence


def first_date(today, spec):
    """The first date of an event, from the loading day (see data.EVENTS)."""
    if "days" in spec:
        day = today + timedelta(days=spec["days"])
        return day.replace(day=min(day.day, 28))
    weekday = recurrence.WEEKDAY_CODES.index(spec["weekday"])
    if "month_week" in spec:
        year, month = today.year, today.month
        while True:
            day = nth_weekday(year, month, weekday, spec["month_week"])
            if day > today:
                return day
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    base = today + timedelta(weeks=spec.get("weeks", 0))
    return base + timedelta(days=(weekday - base.weekday()) % 7 or 7)


def nth_weekday(year, month, weekday, week):
    """The first..fourth (week 1..4) or last (week -1) weekday of a month."""
    if week == -1:
        last = date(year, month, monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7, weeks=week - 1)


def local_datetime(day, clock):
    """A day and an "HH:MM" clock time in the county's time zone."""
    hour, minute = (int(part) for part in clock.split(":"))
    return datetime.combine(day, time(hour, minute)).replace(tzinfo=recurrence.local_zone())
