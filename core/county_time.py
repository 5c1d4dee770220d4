"""County time: the one clock and calendar every listing, feed and page of the site reads.

The county lives in one time zone (settings.TIME_ZONE, Europe/Berlin), whatever the visitor's
or the server's: "today", "this week" and the day an event is shown under are the county's.
Everything is worked out here, so the list, the calendar, the event page, its JSON-LD, the
iCal feeds and the API agree on every date, on the change nights too.

- `now()` reads the clock when called (tests hold it still by patching
  `django.utils.timezone.now`);
- `local`, `local_date`, `wall_clock`: a moment in county time, its date, its naive wall time;
- `today()` and `midnight(day)`: the county's date, and the moment a county day begins;
- `repeated_hour_offset(moment)`: "+2" for the first 02:30 of the autumn night, which comes
  twice (only the offset tells the two apart);
- `last_day(start, end, all_day=...)`: the date an occurrence ends on; an end at midnight
  belongs to the day before (an evening until 00:00 is one evening, not two days);
- `group_by_day(items)`: the items of a listing under the county day they start on.
"""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

DAY = timedelta(days=1)
# An end is exclusive: the last moment an occurrence still takes place is just before it.
INSTANT = timedelta(microseconds=1)


def zone():
    """The county's time zone (settings.TIME_ZONE)."""
    return ZoneInfo(settings.TIME_ZONE)


def now():
    """The current moment (aware); read on each call, so tests can hold the clock still."""
    return timezone.now()


def local(moment):
    """An aware datetime in county time."""
    return timezone.localtime(moment, zone())


def local_date(moment):
    """The county's calendar date of an aware moment."""
    return local(moment).date()


def wall_clock(moment):
    """What the county's clocks show at `moment`, as a naive datetime."""
    return local(moment).replace(tzinfo=None)


def today():
    """The county's date now."""
    return local_date(now())


def midnight(day):
    """The moment a county day begins (midnight: no change night skips or repeats it here)."""
    return datetime.combine(day, time.min).replace(tzinfo=zone())


def repeated_hour_offset(moment):
    """ "+2" when `moment` falls in the hour a change night repeats, else "" (UTC offset)."""
    moment = local(moment)
    other = moment.replace(fold=1 - moment.fold)
    if other.utcoffset() == moment.utcoffset():
        return ""
    minutes = int(moment.utcoffset().total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def whole_days(span):
    """How many calendar days an all-day date lasting `span` (wall-clock time) covers.

    A begun day counts as a whole one, and an all-day date covers at least its start day;
    counted on the clock, so the 23- and 25-hour days of the change nights are one day each.
    """
    return max(1, -(-span // DAY))  # rounded up


def last_day(start, end, *, all_day=False):
    """The county date an occurrence from `start` to `end` (aware; end may be None) ends on.

    An end at midnight is exclusive: 20:00 to 00:00 ends on the day it began. An all-day
    date lasts whole days from its start date: one day without an end or however late it
    starts, more when its end lies a further (wall-clock) day or more after its start.
    """
    first = local_date(start)
    # As instants: within one zone Python compares wall times, and the second 02:30 of the
    # autumn night is not "after" the first by the clock.
    if not end or end.astimezone(UTC) <= start.astimezone(UTC):
        return first
    if all_day:
        return first + (whole_days(wall_clock(end) - wall_clock(start)) - 1) * DAY
    return local_date(end - INSTANT)


def group_by_day(items, earliest=None):
    """[(date, [item, ...]), ...] in the given order, by the county date of each `item.start`.

    Items that began before `earliest` (still running) are shown under that day.
    """
    days = []
    for item in items:
        day = local_date(item.start)
        if earliest is not None and day < earliest:
            day = earliest
        if days and days[-1][0] == day:
            days[-1][1].append(item)
        else:
            days.append((day, [item]))
    return days
