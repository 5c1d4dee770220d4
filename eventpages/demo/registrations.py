"""Demo registrations: people who registered for the next date of the demo's events that take
registrations on this site, in their languages (eventpages/demo/data.py, "registrants").

They go through the seats service as a visitor's would (registered, then the address
confirmed, in arrival order), so the seats, the waiting list and the log are what the site
itself makes. The seats service sends no e-mail (its callers do, through notices), so loading
the demo sends none. Running it again adds nothing once the date has registrations.
"""

from core import county_time

from ..models import Registration
from ..registration import seats


def demo_address(name):
    """An address nobody receives: the name's first word at example.org."""
    first = name.split()[0].lower()
    return f"{first.translate(str.maketrans('äöüşı', 'aousi'))}@example.org"


def ensure_registrations(event, registrants):
    """Register and confirm `registrants` (name, language, persons, answers) for the event's
    next date; nothing if it takes no registrations or that date already has some."""
    if not registrants or not event.takes_registrations:
        return []
    occurrence = event.occurrences.filter(start__gt=county_time.now()).order_by("start").first()
    if occurrence is None:
        return []
    start = occurrence.start
    if Registration.objects.for_date(event.translation_key, start).exists():
        return []
    made = []
    for name, language, persons, answers in registrants:
        registration = seats.register(
            event,
            start,
            language=language,
            name=name,
            email=demo_address(name),
            persons=persons,
            **answers,
        )
        made.append(seats.confirm(registration, event.capacity))
    return made
