"""A directory below the minimal site's home page, and organisations made as an editor would:
German pages with places and offers, published, with aliases in the other languages."""

from datetime import time

import pytest

from core.models import Municipality
from directory.checking import mark_checked
from directory.models import (
    Audience,
    DirectoryIndexPage,
    OfferPage,
    OpeningException,
    OpeningHours,
    OrganisationPage,
    Place,
    Topic,
)
from tests.factories import add_child, locale, publish


@pytest.fixture
def town():
    def make(slug, name):
        return Municipality.objects.get_or_create(slug=slug, defaults={"name": name})[0]

    return make


@pytest.fixture
def categories():
    german = locale("de")
    return {
        "residence": Topic.objects.create(name="Aufenthalt", slug="aufenthalt", locale=german),
        "language": Topic.objects.create(name="Sprachkurs", slug="sprachkurs", locale=german),
        "women": Audience.objects.create(name="Frauen", slug="frauen", locale=german),
        "families": Audience.objects.create(name="Familien", slug="familien", locale=german),
    }


@pytest.fixture
def directory(site):
    index = DirectoryIndexPage(
        title="Wegweiser", slug="wegweiser", intro="Wer hilft wo.", locale=locale("de")
    )
    return add_child(site.home, index)


def make_place(municipality, hours=(), exceptions=(), **fields):
    """A place; hours as (weekday, "09:00", "12:00"), exceptions as OpeningException kwargs."""
    return Place(
        street=fields.pop("street", "Markt 1"),
        postcode=fields.pop("postcode", "06712"),
        municipality=municipality,
        opening_hours=[
            OpeningHours(weekday=day, opens=time.fromisoformat(a), closes=time.fromisoformat(b))
            for day, a, b in hours
        ],
        opening_exceptions=[OpeningException(**spec) for spec in exceptions],
        **fields,
    )


def make_organisation(directory, title, places=(), offers=(), aliases=True, **fields):
    """An organisation with its places and offers (dicts of OfferPage fields; `audiences` a
    list), each published with its aliases; `last_checked_at` as given, not the publishing day.

    `aliases=False` leaves out the other languages' aliases: for the query-count tests, which
    make dozens of organisations and read only the German directory (six times faster).
    """
    add = add_child if aliases else add_german_child
    page = OrganisationPage(title=title, locale=locale("de"), **fields)
    page.places = list(places)
    page = add(directory, page)
    if fields.get("last_checked_at"):
        # Publishing counts as a check (directory.checking): the given date is set after it.
        mark_checked(page, fields["last_checked_at"])
    for spec in offers:
        spec = dict(spec)
        audiences = spec.pop("audiences", [])
        offer = OfferPage(locale=locale("de"), **spec)
        offer.audiences = audiences
        add(page, offer)
    return page


def add_german_child(parent, page):
    parent.add_child(instance=page)
    return publish(page)
