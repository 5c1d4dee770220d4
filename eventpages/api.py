"""Events in the public JSON API (network_site/api.py): event pages' fields and the dates.

`PAGE_FIELDS` are what the pages endpoint shows of an event page. The events endpoint lists
occurrences (one row per date and language, as the listings show them) in a date range, with
the listing's own filter form, for anyone: only live events nobody has restricted.
"""

import re
from datetime import date, timedelta

from django.http import QueryDict
from django.urls import path
from django.utils import translation
from rest_framework.fields import Field
from wagtail.api import APIField
from wagtail.api.v2.utils import BadRequestError, get_object_detail_url
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.models import Page

from core import county_time
from core.api_language import requested_locale
from core.visibility import public_visitor, visible_pages

from .filters import EventFilterForm
from .models import EventCategory, EventIndexPage, ImportedEvent, Occurrence, Venue
from .registration.places import as_data as places_data
from .registration.places import places_by_date

DEFAULT_DAYS = 90
MAX_DAYS = 400
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The listing's filters the API takes as they are (its own dates are `from` and `to`).
FILTERS = ("category", "municipality", "language", "group", "attendance", "free", "places")


# Fields of an event page (pages endpoint)


def venue_data(venue):
    if venue is None:
        return None
    return {
        "name": venue.name,
        "street": venue.street,
        "postcode": venue.postcode,
        "municipality": municipality_data(venue.municipality),
        "latitude": float(venue.latitude) if venue.latitude is not None else None,
        "longitude": float(venue.longitude) if venue.longitude is not None else None,
        "step_free": venue.step_free,
    }


def municipality_data(municipality):
    if municipality is None:
        return None
    return {"slug": municipality.slug, "name": municipality.name}


class VenueField(Field):
    """The venue as the page names it (name, address, town, coordinates)."""

    def to_representation(self, venue):
        return venue_data(venue)


class SlugsField(Field):
    """Categories by their slug: the same in every language, as in the listing's filters."""

    def to_representation(self, categories):
        return [category.slug for category in categories.all()]


class TagNamesField(Field):
    """Tag names, from the tags read for the whole page of results (Wagtail's reads each)."""

    def to_representation(self, tags):
        return sorted(tag.name for tag in tags.all())


class CodeListField(Field):
    """A ChoiceListField's codes (spoken languages, target groups)."""

    def to_representation(self, codes):
        return list(codes)


PAGE_FIELDS = [
    APIField("teaser"),
    APIField("start"),
    APIField("end"),
    APIField("all_day"),
    APIField("rrule"),
    APIField("venue", serializer=VenueField(read_only=True)),
    APIField("online_url"),
    APIField("is_free"),
    APIField("cost"),
    APIField("registration_required"),
    APIField("registration_url"),
    APIField("registration_deadline"),
    # Registration on this site: the seats per date; each date's places left are in the events
    # endpoint. The meeting link for registered participants is never shown.
    APIField("takes_registrations"),
    APIField("capacity"),
    APIField("categories", serializer=SlugsField(read_only=True)),
    APIField("tags", serializer=TagNamesField(read_only=True)),
    APIField("target_groups", serializer=CodeListField(read_only=True)),
    APIField("languages", serializer=CodeListField(read_only=True)),
    APIField("interpreting"),
]


def for_pages_api(pages):
    """What PAGE_FIELDS read, for a whole page of results at once."""
    return pages.select_related("venue__municipality").prefetch_related("categories", "tags")


# The events endpoint


class EventQuery:
    """The checked parameters of one request: dates, language, index and the filter form."""

    def __init__(self, request):
        params = request.GET
        self.index = self.parse_index(params.get("index"))
        self.locale = self.parse_locale(request, params.get("locale"))
        if self.index is not None and self.index.locale_id != self.locale.pk:
            self.index = self.index_in_language(self.index, self.locale)
        self.first_day, self.last_day = self.parse_range(params.get("from"), params.get("to"))
        self.form = self.parse_filters(params)
        # Without `from`, like the listing: what is still running or still to come.
        self.after = county_time.midnight(self.first_day) if "from" in params else county_time.now()
        self.before = county_time.midnight(self.last_day + timedelta(days=1))

    @staticmethod
    def parse_index(value):
        if value is None:
            return None
        if not value.isdigit():
            raise BadRequestError("index must be the id of an event index page")
        indexes = EventIndexPage.objects.live().filter(pk=int(value)).select_related("locale")
        index = visible_pages(indexes, public_visitor()).first()
        if index is None:
            raise BadRequestError(f"no public event index page with id {value}")
        return index

    @staticmethod
    def index_in_language(index, locale):
        """The same index in the language asked for (its translation or alias)."""
        versions = EventIndexPage.objects.live().filter(
            translation_key=index.translation_key, locale=locale
        )
        version = visible_pages(versions, public_visitor()).select_related("locale").first()
        if version is None:
            raise BadRequestError(f"event index {index.pk} has no version in {locale}")
        return version

    def parse_locale(self, request, code):
        return requested_locale(request, code, self.index)

    @staticmethod
    def parse_range(first, last):
        today = county_time.today()
        first_day = parse_day(first, "from") if first else today
        last_day = parse_day(last, "to") if last else first_day + timedelta(days=DEFAULT_DAYS)
        if last_day < first_day:
            raise BadRequestError("to must not be before from")
        if (last_day - first_day).days > MAX_DAYS:
            raise BadRequestError(f"the range from … to may span at most {MAX_DAYS} days")
        return first_day, last_day

    def parse_filters(self, params):
        data = QueryDict(mutable=True)
        for name in FILTERS:
            value = params.get(name, "")
            if name in ("free", "places") and value.lower() in ("0", "false"):
                value = ""  # a checkbox takes any value as "on"
            if value:
                data[name] = value
        form = EventFilterForm(data, locale=self.locale)
        if not form.is_valid():
            with translation.override("en"):
                message = "; ".join(
                    f"{name}: {' '.join(error['message'] for error in errors)}"
                    for name, errors in form.errors.get_json_data().items()
                )
            raise BadRequestError(f"invalid filter: {message}")
        return form


def parse_day(value, name):
    try:
        if not DAY.match(value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise BadRequestError(f"{name} must be a date as YYYY-MM-DD") from None


class EventsAPIViewSet(BaseAPIViewSet):
    """/api/v2/events/: the dates of public events, ordered by start, paged with limit/offset.

    `?from=YYYY-MM-DD&to=YYYY-MM-DD` (default: from now, 90 days; at most 400 days),
    `?locale=` (default: the index's language, else Accept-Language, else de),
    `?index=<id of an event index page>`, and the listing's filters: category, municipality,
    language, group, attendance (in_person|online), free, places (only dates with a place
    left to register for on this site).
    """

    name = "events"
    model = Occurrence
    known_query_parameters = frozenset(
        ["limit", "offset", "from", "to", "locale", "index", "format", "_", *FILTERS]
    )

    def check_query_parameters(self, queryset=None):
        unknown = set(self.request.GET) - self.known_query_parameters
        if unknown:
            raise BadRequestError(
                "query parameter is not an operation or a recognised field: "
                + ", ".join(sorted(unknown))
            )

    def get_queryset(self):
        query = self.query
        occurrences = Occurrence.objects.for_listing().filter(locale=query.locale)
        if query.index is not None:
            occurrences = occurrences.filter(index_id=query.index.pk)
        occurrences = occurrences.visible_to(public_visitor()).between(query.after, query.before)
        occurrences = query.form.filter_occurrences(occurrences)
        return occurrences.with_categories().order_by("start", "pk")

    def listing_view(self, request):
        self.check_query_parameters()
        self.query = EventQuery(request)
        occurrences = list(self.paginate_queryset(self.get_queryset()))
        items = Items(request, self.query.locale, occurrences).data()
        response = self.get_paginated_response(items)
        response.data["meta"].update(
            {
                "from": self.query.first_day.isoformat(),
                "to": self.query.last_day.isoformat(),
                "locale": self.query.locale.language_code,
            }
        )
        return response

    @classmethod
    def get_urlpatterns(cls):
        # Occurrences are rebuilt on every publish: their ids are not addresses. An event's
        # own page is in the pages endpoint (each item's detail_url).
        return [path("", cls.as_view({"get": "listing_view"}), name="listing")]


class Items:
    """The JSON of a page of occurrences, names in the language asked for, places left on
    the dates that take registrations (three queries)."""

    def __init__(self, request, locale, occurrences):
        self.request = request
        self.locale = locale
        self.occurrences = occurrences
        events = [occurrence.event for occurrence in occurrences]
        keys = {c.translation_key for event in events for c in event.categories.all()}
        self.category_names = EventCategory.objects.filter(translation_key__in=keys).names_by_key(
            locale
        )
        venue_keys = {event.venue.translation_key for event in events if event.venue_id}
        self.venues = {
            venue.translation_key: venue
            for venue in Venue.objects.filter(
                locale=locale, translation_key__in=venue_keys
            ).select_related("municipality")
        }
        self.places = places_by_date(occurrences)
        # Imported events name their source (one query, and only if the page has any).
        sources = {event.import_source_id for event in events if event.import_source_id}
        self.sources = (
            {
                item.pk: item
                for item in ImportedEvent.objects.select_related("calendar").filter(pk__in=sources)
            }
            if sources
            else {}
        )

    def data(self):
        return [self.item(occurrence) for occurrence in self.occurrences]

    def item(self, occurrence):
        event = occurrence.event
        venue = event.venue
        if venue is not None:
            venue = self.venues.get(venue.translation_key, venue)
        router = getattr(self.request, "wagtailapi_router", None)
        return {
            "id": event.pk,
            "title": event.title,
            "teaser": event.teaser,
            "url": event.get_full_url(self.request),
            "detail_url": router and get_object_detail_url(router, self.request, Page, event.pk),
            "start": localtime(occurrence.start),
            "end": localtime(occurrence.end),
            "all_day": event.all_day,
            "venue": venue_data(venue),
            "municipality": municipality_data(venue.municipality if venue else None),
            "online_url": event.online_url or None,
            "is_online": occurrence.is_online,
            "is_in_person": occurrence.is_in_person,
            "is_free": occurrence.is_free,
            # Places left on this date if it takes registrations here, else null (counts only).
            "places": places_data(self.places.get(occurrence.pk)),
            "categories": [
                {"slug": c.slug, "name": self.category_names.get(c.translation_key, c.name)}
                for c in event.categories.all()
            ],
            "languages": list(event.languages),
            "target_groups": list(event.target_groups),
            "locale": self.locale.language_code,
            "original_language": (
                event.alias_of.locale.language_code if event.alias_of_id else None
            ),
            "source": source_data(self.sources.get(event.import_source_id)),
        }


def source_data(origin):
    """The partner's calendar an imported event comes from; null for our own events."""
    if origin is None:
        return None
    return {"name": origin.calendar.name, "url": origin.link or None}


def localtime(moment):
    """ISO 8601 in the county's time, with its offset."""
    return county_time.local(moment).isoformat() if moment else None
