"""What an event index and an event page show in another website's frame (see embedding.pages).

The index's embed is its list: the same selection, filters and order as the page
(views.upcoming_occurrences), only the first few, read in a fixed number of queries.
The request is anonymous: embeds never show what only members may see.
"""

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from .filters import EventFilterForm
from .templatetags.event_page_tags import event_schedule
from .templatetags.event_tags import original_language
from .views import first_occurrences, group_by_day, local_date, upcoming_occurrences

DEFAULT_LIMIT = 10


def absolute_url(request, page):
    """A page's full address on the host the frame was served from (as the frame's own link)."""
    return request.build_absolute_uri(page.get_url(request))


def filter_form(index, data=None):
    return EventFilterForm(data or None, locale=index.locale)


def index_context(index, request, options):
    form = filter_form(index, request.GET)
    occurrences, after = upcoming_occurrences(request, index, form)
    items = first_occurrences(occurrences, options.limit or DEFAULT_LIMIT)
    for occurrence in items:
        occurrence.event.embed_url = absolute_url(request, occurrence.event)
    return {
        "occurrences": items,
        "days": group_by_day(items, earliest=local_date(after)),
        "is_filtered": form.is_filtered,
    }


def feed_query(index, query):
    """The valid filters of `query` (a QueryDict, dict or query string) as a query string."""
    if isinstance(query, str):
        query = QueryDict(query)
    return filter_form(index, query).query_string()


def index_feed_urls(index, request, query):
    """The iCal feed of the same selection (the feed takes the listing's filters)."""
    filters = feed_query(index, query)
    address = f"{absolute_url(request, index)}ical/" + (f"?{filters}" if filters else "")
    return [(_("Kalender (iCal)"), address)]


def event_context(event, request, options):
    """The event's key facts: dates in words, place, registration, and its original language."""
    return {
        "schedule": event_schedule(event),
        "original": original_language(event),
        "venue": event.venue.localized if event.venue_id else None,
    }


def event_feed_urls(event, request, query=None):
    return [(_("Kalender (iCal)"), f"{absolute_url(request, event)}ical/")]
