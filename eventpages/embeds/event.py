"""An event page in another website's frame (the interface embedding.hook describes)."""

from django.utils.translation import gettext_lazy as _

from ..templatetags.event_page_tags import event_schedule
from ..templatetags.event_tags import original_language
from . import absolute_url

template = "eventpages/embed/event.html"


def context(event, request, options):
    """The event's key facts: dates in words, place, registration, and its original language."""
    return {
        "schedule": event_schedule(event),
        "original": original_language(event),
        "venue": event.venue.localized if event.venue_id else None,
    }


def feed_urls(event, request, query=None):
    return [(_("Kalender (iCal)"), f"{absolute_url(request, event)}ical/")]
