"""Places left per date: the event page's dates with their figures in words, and for listings
(the API, the embeds, the "places free" filter) in one query for a whole page of dates.

A date is (event translation key, start), so every language version of an event shows the same
figures. The event page reads its coming dates and their figures in two queries
(`coming_dates`); listings read them for a page of dates in one query (`places_by_date`) or
filter on them in SQL (`with_places_free`), so their query count does not grow with the dates.
Only counts leave here, never who registered.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, F, IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import county_time, dates, memo

from . import facts, seats
from .models import Registration
from .seats import Availability, availability, is_open

Status = Registration.Status

# Dates of a series offered at once (the next ones; later dates come as these pass).
DATES_SHOWN = 8


@dataclass(frozen=True)
class DatePlaces:
    start: datetime
    text: str  # "Donnerstag, 12. März 2026, 18:00–20:00 Uhr"
    figures: Availability

    @property
    def places(self):
        return places_text(self.figures)

    @property
    def state(self):
        """For the CSS and tests: "open", "waiting" or "closed"."""
        if not self.figures.is_open:
            return "closed"
        return "waiting" if self.figures.is_full else "open"

    @property
    def value(self):
        return self.start.isoformat()


def places_text(figures):
    """ "noch 4 Plätze", "ausgebucht – Warteliste", "Anmeldung geschlossen"."""
    if not figures.is_open:
        return _("Anmeldung geschlossen")
    if figures.is_full:
        return _("ausgebucht – Warteliste")
    left = figures.left
    return ngettext("noch %(count)s Platz", "noch %(count)s Plätze", left) % {
        "count": dates.number(left)
    }


def coming_dates(event, limit=DATES_SHOWN, now=None):
    """The next dates of the event page (starts after now), with their figures: one query for
    the dates (their ends are in the occurrence rows, so the series is not rebuilt), one for the
    figures. Kept on the page object for the request, so the page's JSON-LD (next_places) and
    its form share them (until this process changes seats: core.memo.local_changes)."""
    stamp = (limit, memo.local_changes())
    kept = event.__dict__.get("_coming_dates")
    if kept is not None and kept[0] == stamp and now is None:
        return kept[1]
    moment = now or timezone.now()
    spans = list(
        event.occurrences.filter(start__gt=moment)
        .order_by("start")
        .values_list("start", "end")[:limit]
    )
    figures = seats.availability(event, [start for start, _end in spans], now=moment)
    rows = [
        DatePlaces(start, _date_text(event, start, end), figures[start]) for start, end in spans
    ]
    if now is None:
        event.__dict__["_coming_dates"] = (stamp, rows)
    return rows


def _date_text(event, start, end):
    """ "Donnerstag, 12. März 2026, 18:00–20:00 Uhr" in the active language."""
    return facts.format_range(start, end if (event.end or event.all_day) else None, event.all_day)


def date_choices(rows):
    """The form's choices: the open dates, named with their places."""
    return [(row.value, f"{row.text} – {row.places}") for row in rows if row.figures.is_open]


def form_and_dates(event, request, data=None):
    """(the registration form, the coming dates with their figures) for an event page."""
    from .forms import RegistrationForm

    rows = coming_dates(event)
    user = getattr(request, "user", None)
    return RegistrationForm(event, date_choices(rows), data, user=user), rows


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
    if now is None:
        for row in coming_dates(event):
            if row.start == start:
                return row.figures
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
