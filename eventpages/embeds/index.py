"""An event index in another website's frame (the interface embedding.hook describes).

The embed is the index's list: the same selection, filters and order as the page
(Occurrence.objects.upcoming_for), only the first few, read in a fixed number of queries,
with the places left on the dates that take registrations here.
The request is anonymous: embeds never show what only members may see.
"""

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core.county_time import group_by_day, local_date, now

from ..filters import EventFilterForm
from ..models import Occurrence
from ..registration.places import places_by_date
from . import absolute_url

DEFAULT_LIMIT = 10
template = "eventpages/embed/event_index.html"


def filter_form(index, data=None):
    return EventFilterForm(data or None, locale=index.locale)


def context(index, request, options):
    form = filter_form(index, request.GET)
    after, before = form.date_window(now())
    occurrences = Occurrence.objects.upcoming_for(
        index, request, after=after, before=before, filters=form
    )
    items = occurrences.first_listed(options.limit or DEFAULT_LIMIT)
    places = places_by_date(items)
    for occurrence in items:
        occurrence.event.embed_url = absolute_url(request, occurrence.event)
        occurrence.places = places.get(occurrence.pk)
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


def feed_urls(index, request, query):
    """The iCal feed of the same selection (the feed takes the listing's filters)."""
    filters = feed_query(index, query)
    address = f"{absolute_url(request, index)}ical/" + (f"?{filters}" if filters else "")
    return [(_("Kalender (iCal)"), address)]
