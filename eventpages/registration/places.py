"""Places left per date for listings: the API, the embeds and the "places free" filter.

A date is (event translation key, start), so every language version of an event shows the same
figures. Listings read them for a whole page of dates in one query (`places_by_date`) or filter
on them in SQL (`with_places_free`), so their query count does not grow with the dates. The
event page and the organiser ask seats.availability for one event. Only counts leave here,
never who registered.
"""

from django.db.models import Exists, F, IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from core import county_time

from .models import Registration
from .seats import Availability, availability, is_open

Status = Registration.Status


def _at_date(prefix):
    """Registrations of the row's date, the row being an occurrence (prefix "event__") or an
    event page's field set (prefix "")."""
    return Registration.objects.filter(
        event_key=OuterRef(f"{prefix}translation_key"), start=OuterRef("start")
    )


def with_places_free(occurrences, now=None):
    """Occurrences whose event takes registrations here and whose date has a place left that a
    visitor can still take: registration open (not started, deadline not passed), fewer seats
    taken than there are, nobody on the waiting list (they come first)."""
    now = now or county_time.now()
    taken = (
        _at_date("event__")
        .filter(status=Status.CONFIRMED)
        .order_by()
        .values("event_key")
        .annotate(total=Sum("persons"))
        .values("total")
    )
    waiting = _at_date("event__").filter(status=Status.WAITING)
    return (
        occurrences.filter(event__takes_registrations=True, start__gt=now)
        .filter(
            Q(event__registration_deadline__isnull=True)
            | Q(event__registration_deadline__gte=county_time.local_date(now))
        )
        .alias(seats_taken=Coalesce(Subquery(taken), Value(0), output_field=IntegerField()))
        .filter(event__capacity__gt=F("seats_taken"))
        .exclude(Exists(waiting))
    )


def places_by_date(occurrences, now=None):
    """{occurrence pk: Availability} for the occurrences whose event takes registrations (the
    others have no entry), in one query whatever their number."""
    now = now or county_time.now()
    taking = [item for item in occurrences if item.event.takes_registrations]
    if not taking:
        return {}
    rows = (
        Registration.objects.filter(
            event_key__in={item.event.translation_key for item in taking},
            start__in={item.start for item in taking},
        )
        .active()
        .order_by()
        .values("event_key", "start")
        .annotate(
            taken=Sum("persons", filter=Q(status=Status.CONFIRMED)),
            waiting=Sum(Value(1), filter=Q(status=Status.WAITING)),
        )
    )
    figures = {(row["event_key"], row["start"]): row for row in rows}
    places = {}
    for item in taking:
        row = figures.get((item.event.translation_key, item.start), {})
        places[item.pk] = Availability(
            capacity=item.event.capacity or 0,
            taken=row.get("taken") or 0,
            waiting=row.get("waiting") or 0,
            is_open=is_open(item.event, item.start, now),
        )
    return places


def next_places(event, start, now=None):
    """The Availability of one date of an event, or None if it takes no registrations here."""
    if not event.takes_registrations or start is None:
        return None
    return availability(event, [start], now)[start]


def as_data(places):
    """What the public may know of a date's places (the API): counts, no names."""
    if places is None:
        return None
    return {
        "capacity": places.capacity,
        "left": places.left,
        "waiting": places.waiting,
        "is_full": places.is_full,
        "is_open": places.is_open,
    }
