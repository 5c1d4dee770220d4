"""The dates of an event a visitor can register for, with their places left, in words.

One query for the dates (the page's own occurrence rows) and one for the figures
(seats.availability), however many dates are shown.
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import dates

from . import facts, seats
from .seats import Availability

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
    """The next dates of the event page (starts after now), with their figures."""
    now = now or timezone.now()
    starts = list(
        event.occurrences.filter(start__gt=now)
        .order_by("start")
        .values_list("start", flat=True)[:limit]
    )
    figures = seats.availability(event, starts, now=now)
    return [DatePlaces(start, facts.date_text(event, start), figures[start]) for start in starts]


def date_choices(rows):
    """The form's choices: the open dates, named with their places."""
    return [(row.value, f"{row.text} – {row.places}") for row in rows if row.figures.is_open]


def form_and_dates(event, request, data=None):
    """(the registration form, the coming dates with their figures) for an event page."""
    from .forms import RegistrationForm

    rows = coming_dates(event)
    user = getattr(request, "user", None)
    return RegistrationForm(event, date_choices(rows), data, user=user), rows
