"""Keep the occurrence table in step with what is published.

Each language version of an event (translation or alias) has its own rows, so a listing in any
language is one indexed range query on (locale, start).
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from wagtail.models import Page

from core import county_time

from .models import EventPage, Occurrence

# How far ahead open-ended series are expanded; `extend_occurrences` (daily) moves the window.
HORIZON_DAYS = settings.EVENTS_HORIZON_DAYS
# How far back occurrences are kept for the archive.
HISTORY_DAYS = settings.EVENTS_HISTORY_DAYS


def window(now=None):
    now = now or county_time.now()
    return now - timedelta(days=HISTORY_DAYS), now + timedelta(days=HORIZON_DAYS)


@transaction.atomic
def rebuild(event, now=None):
    """Replace the event's rows by its live series (none if it is not live)."""
    Occurrence.objects.filter(event=event).delete()
    if not event.live or not event.start:
        return 0
    after, before = window(now)
    venue = event.venue
    index_id = (
        Page.objects.filter(path=event.path[: -Page.steplen]).values_list("pk", flat=True).first()
    )
    rows = [
        Occurrence(
            event=event,
            index_id=index_id,
            locale_id=event.locale_id,
            start=start,
            end=end,
            municipality_id=venue.municipality_id if venue else None,
            is_online=event.is_online,
            is_in_person=event.is_in_person,
            is_free=event.is_free,
        )
        for start, end in event.series().occurrences_between(after, before)
    ]
    Occurrence.objects.bulk_create(rows)
    return len(rows)


def rebuild_with_aliases(event, now=None):
    """The event and every alias of it in the other languages (they show the same dates)."""
    count = rebuild(event, now)
    for alias in EventPage.objects.filter(alias_of=event):
        count += rebuild(alias, now)
    return count


def rebuild_all(now=None):
    """Rebuild every event (the daily job): moves the horizon of open-ended series."""
    total = 0
    events = EventPage.objects.select_related("venue").prefetch_related(
        "cancelled_dates", "extra_dates"
    )
    for event in events.iterator(chunk_size=200):
        total += rebuild(event, now)
    return total
