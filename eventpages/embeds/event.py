"""An event page in another website's frame (the interface embedding.hook describes)."""

from django.utils.translation import gettext_lazy as _

from ..registration.places import next_places
from ..templatetags.event_page_tags import event_schedule
from ..templatetags.event_tags import original_language
from . import absolute_url

template = "eventpages/embed/event.html"


def context(event, request, options):
    """The event's key facts: dates in words, place, registration (the next date's places left
    when it takes registrations here), and its original language."""
    schedule = event_schedule(event)
    upcoming = schedule["upcoming"]
    return {
        "schedule": schedule,
        "original": original_language(event),
        "venue": event.venue.localized if event.venue_id else None,
        "places": next_places(event, upcoming[0]["start"] if upcoming else None),
        # The registration form is on the event's page.
        "register_url": absolute_url(request, event),
    }


def feed_urls(event, request, query=None):
    return [(_("Kalender (iCal)"), f"{absolute_url(request, event)}ical/")]
