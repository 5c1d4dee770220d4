"""One organisation in another website's frame: what it is, how to reach it, its places with
opening hours (exceptions from today on) and its public offers with their languages.

A fixed number of queries; no clock-dependent content ("open now" is the list's filter), so
the embed is cached like every other.
"""

from django.db.models import Prefetch

from core import county_time
from core.visibility import visible_pages

from ..models import OfferPage, OpeningException, Place

template = "directory/embed/organisation.html"


def places(organisation):
    """The places with towns, hours and the exceptions still ahead (three queries)."""
    ahead = OpeningException.objects.filter(date__gte=county_time.today())
    return list(
        Place.objects.filter(page=organisation)
        .select_related("municipality")
        .prefetch_related("opening_hours", Prefetch("opening_exceptions", queryset=ahead))
    )


def context(organisation, request, options):
    offers = visible_pages(
        OfferPage.objects.live().child_of(organisation), request, within=organisation.path
    ).order_by("title")
    if options.limit:
        offers = offers[: options.limit]
    return {"places": places(organisation), "offers": list(offers)}
