"""The directory in the public JSON API (network_site/api.py).

`/api/v2/directory/` lists the public live organisations of one language with their places
(addresses, towns, coordinates, accessibility, opening hours and the exceptions still ahead)
and their offers, chosen by the visitor's list's own filter form (directory.filters), in a
fixed number of queries whatever their number. `OrganisationPages` and `OfferPages` are what
the pages endpoint shows of the two page types (PAGE_FIELDS and for_pages_api).
"""

from django.db.models import Prefetch, Q
from django.http import QueryDict
from django.urls import path
from django.utils import translation
from django.utils.cache import patch_cache_control
from rest_framework.fields import Field
from wagtail.api import APIField
from wagtail.api.v2.utils import BadRequestError, get_object_detail_url
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.models import Page

from core import county_time
from core.api_language import requested_locale
from core.visibility import public_visitor, visible_pages

from . import queries
from .filters import FILTER_FIELDS, DirectoryFilterForm
from .models import (
    Audience,
    DirectoryIndexPage,
    OfferPage,
    OpeningException,
    OrganisationPage,
    Place,
)

BOOLEAN_FILTERS = ("remote", "open_now")
ACCESSIBILITY = ("wheelchair_access", "accessible_toilet", "hearing_loop")


# ------------------------------------------------------------------------------ what is shown


def time_text(value):
    return value.strftime("%H:%M") if value else None


def municipality_data(municipality):
    return {"slug": municipality.slug, "name": municipality.name}


def place_data(place):
    """A place with its hours and the exceptions from today on (read at once by `places`)."""
    today = county_time.today()
    exceptions = [item for item in place.opening_exceptions.all() if item.date >= today]
    return {
        "name": place.name,
        "street": place.street,
        "postcode": place.postcode,
        "municipality": municipality_data(place.municipality),
        "latitude": float(place.latitude) if place.latitude is not None else None,
        "longitude": float(place.longitude) if place.longitude is not None else None,
        "accessibility": {name: getattr(place, name) for name in ACCESSIBILITY},
        # Python's weekday numbers: 0 is Monday.
        "opening_hours": [
            {
                "weekday": hours.weekday,
                "opens": time_text(hours.opens),
                "closes": time_text(hours.closes),
            }
            for hours in place.opening_hours.all()
        ],
        "exceptions": [
            {
                "date": exception.date.isoformat(),
                "closed": exception.closed,
                "opens": None if exception.closed else time_text(exception.opens),
                "closes": None if exception.closed else time_text(exception.closes),
                "note": exception.note,
            }
            for exception in exceptions
        ],
    }


def places(ahead=True):
    """The Prefetch of organisations' places with towns and hours; exceptions from today on."""
    exceptions = OpeningException.objects.all()
    if ahead:
        exceptions = exceptions.filter(date__gte=county_time.today())
    return Prefetch(
        "places",
        queryset=Place.objects.select_related("municipality").prefetch_related(
            "opening_hours", Prefetch("opening_exceptions", queryset=exceptions)
        ),
    )


class PlacesField(Field):
    def to_representation(self, places):
        return [place_data(place) for place in places.all()]


class SlugField(Field):
    def to_representation(self, category):
        return category.slug if category is not None else None


class SlugsField(Field):
    def to_representation(self, categories):
        return [category.slug for category in categories.all()]


class CodeListField(Field):
    def to_representation(self, codes):
        return list(codes)


class OrganisationPages:
    """What the pages endpoint shows of an organisation page."""

    PAGE_FIELDS = [
        APIField("kind"),
        APIField("phone"),
        APIField("email"),
        APIField("website"),
        APIField("messenger"),
        APIField("is_member"),
        APIField("last_checked_at"),
        APIField("places", serializer=PlacesField(read_only=True)),
    ]

    @staticmethod
    def for_pages_api(pages):
        return pages.prefetch_related(places())


class OfferPages:
    """What the pages endpoint shows of an offer page (topic and audiences as slugs)."""

    PAGE_FIELDS = [
        APIField("topic", serializer=SlugField(read_only=True)),
        APIField("audiences", serializer=SlugsField(read_only=True)),
        APIField("languages", serializer=CodeListField(read_only=True)),
        APIField("at_places"),
        APIField("online"),
        APIField("by_phone"),
        APIField("home_visits"),
        APIField("cost"),
        APIField("access"),
        APIField("access_note"),
    ]

    @staticmethod
    def for_pages_api(pages):
        return pages.select_related("topic").prefetch_related("audiences")


# ------------------------------------------------------------------------------ the endpoint


class DirectoryQuery:
    """The checked parameters of one request: language, directory page(s), filter form."""

    def __init__(self, request):
        params = request.GET
        self.index = self.parse_index(params.get("index"))
        self.locale = self.parse_locale(request, params.get("locale"))
        self.indexes = self.directories()
        self.form = self.parse_filters(params)

    @staticmethod
    def parse_index(value):
        if value is None:
            return None
        if not value.isdigit():
            raise BadRequestError("index must be the id of a directory page")
        pages = DirectoryIndexPage.objects.live().filter(pk=int(value)).select_related("locale")
        index = visible_pages(pages, public_visitor()).first()
        if index is None:
            raise BadRequestError(f"no public directory page with id {value}")
        return index

    def parse_locale(self, request, code):
        return requested_locale(request, code, self.index)

    def directories(self):
        """The public directory pages in the language asked for (`index`'s version there)."""
        pages = DirectoryIndexPage.objects.live().filter(locale=self.locale)
        if self.index is not None:
            pages = pages.filter(translation_key=self.index.translation_key)
            if not pages.exists():
                raise BadRequestError(
                    f"directory {self.index.pk} has no version in {self.locale.language_code}"
                )
        return list(visible_pages(pages, public_visitor()))

    def parse_filters(self, params):
        data = QueryDict(mutable=True)
        for name in FILTER_FIELDS:
            value = params.get(name, "")
            if name in BOOLEAN_FILTERS and value.lower() in ("0", "false"):
                value = ""  # a checkbox takes any value as "on"
            if value:
                data[name] = value
        form = DirectoryFilterForm(data, **queries.filter_choices(self.locale))
        if not form.is_valid():
            with translation.override("en"):
                message = "; ".join(
                    f"{name}: {' '.join(error['message'] for error in errors)}"
                    for name, errors in form.errors.get_json_data().items()
                )
            raise BadRequestError(f"invalid filter: {message}")
        return form

    def organisations(self):
        """The chosen organisations of every directory asked for, by name (one queryset)."""
        visitor = public_visitor()
        selections = [queries.selected(index, visitor, self.form) for index in self.indexes]
        if not selections:
            return OrganisationPage.objects.none()
        if len(selections) == 1:
            return selections[0]
        chosen = Q()
        for selection in selections:
            chosen |= Q(pk__in=selection.values("pk"))
        return OrganisationPage.objects.filter(chosen).order_by("title", "pk")


class DirectoryAPIViewSet(BaseAPIViewSet):
    """/api/v2/directory/: public organisations with places and offers, by name, paged with
    limit/offset.

    `?locale=` (default: the directory page's language, else Accept-Language, else de),
    `?index=<id of a directory page>`, and the list's filters: q, topic, municipality,
    language, audience (slugs and codes as in the list's addresses), remote, open_now.
    """

    name = "directory"
    model = OrganisationPage
    known_query_parameters = frozenset(
        ["limit", "offset", "locale", "index", "format", "_", *FILTER_FIELDS]
    )

    def check_query_parameters(self, queryset=None):
        unknown = set(self.request.GET) - self.known_query_parameters
        if unknown:
            raise BadRequestError(
                "query parameter is not an operation or a recognised field: "
                + ", ".join(sorted(unknown))
            )

    def get_queryset(self):
        return (
            self.query.organisations()
            .select_related("locale", "alias_of__locale")
            .prefetch_related(places())
        )

    def listing_view(self, request):
        self.check_query_parameters()
        self.query = DirectoryQuery(request)
        organisations = list(self.paginate_queryset(self.get_queryset()))
        with translation.override(self.query.locale.language_code):
            items = Items(request, self.query.locale, organisations).data()
        response = self.get_paginated_response(items)
        response.data["meta"]["locale"] = self.query.locale.language_code
        if self.query.form.values.get("open_now"):
            # "Open now" changes with the clock: not for any cache (as the list, views.py).
            patch_cache_control(response, max_age=0)
        return response

    @classmethod
    def get_urlpatterns(cls):
        # Each organisation's own page is in the pages endpoint (each item's detail_url).
        return [path("", cls.as_view({"get": "listing_view"}), name="listing")]


class Items:
    """The JSON of a page of organisations with their public live offers, topic and audience
    names in the language asked for (three queries: offers, their audiences, the names)."""

    def __init__(self, request, locale, organisations):
        self.request = request
        self.locale = locale
        self.organisations = organisations
        self.router = getattr(request, "wagtailapi_router", None)
        self.offers = {page.path: [] for page in organisations}
        if organisations:
            offers = visible_pages(
                queries.with_parent_path(OfferPage.objects.live()).filter(
                    parent_path__in=list(self.offers)
                ),
                public_visitor(),
            )
            offers = offers.select_related("topic").prefetch_related("audiences")
            for offer in offers.order_by("title", "pk"):
                self.offers[offer.parent_path].append(offer)
        self.topic_names = queries.topic_names_by_pk(locale)
        self.audience_names = Audience.objects.names_by_key(locale) if organisations else {}

    def data(self):
        return [self.item(page) for page in self.organisations]

    def url(self, page):
        return page.get_full_url(self.request)

    def item(self, page):
        return {
            "id": page.pk,
            "title": page.title,
            "url": self.url(page),
            "detail_url": self.router
            and get_object_detail_url(self.router, self.request, Page, page.pk),
            "kind": {"slug": page.kind, "name": str(page.kind_name)},
            "contact": {
                "phone": page.phone,
                "email": page.email,
                "website": page.website,
                "messenger": page.messenger,
            },
            "is_member": page.is_member,
            "last_checked_at": page.last_checked_at.isoformat() if page.last_checked_at else None,
            "places": [place_data(place) for place in page.places.all()],
            "offers": [self.offer(offer) for offer in self.offers.get(page.path, [])],
            "locale": self.locale.language_code,
            "original_language": (page.alias_of.locale.language_code if page.alias_of_id else None),
        }

    def offer(self, offer):
        topic = offer.topic
        return {
            "id": offer.pk,
            "title": offer.title,
            "url": self.url(offer),
            "topic": topic
            and {"slug": topic.slug, "name": self.topic_names.get(topic.pk, topic.name)},
            "audiences": [
                {"slug": a.slug, "name": self.audience_names.get(a.translation_key, a.name)}
                for a in offer.audiences.all()
            ],
            "languages": list(offer.languages),
            "at_places": offer.at_places,
            "online": offer.online,
            "by_phone": offer.by_phone,
            "home_visits": offer.home_visits,
            "cost": offer.cost,
            "access": {"slug": offer.access, "name": str(offer.get_access_display())},
            "access_note": offer.access_note,
        }
