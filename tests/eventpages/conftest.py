"""Factories for event tests: an index of their own, venues in the county's towns, events."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from eventpages.models import (
    CancelledDate,
    EventCategory,
    EventIndexPage,
    EventPage,
    ExtraDate,
    Municipality,
    Venue,
)
from home.locales import add_aliases_in_other_languages
from home.models import HomePage

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(*args):
    return datetime(*args, tzinfo=BERLIN)


@pytest.fixture
def event_index(db):
    home = HomePage.objects.get(locale__language_code="de")
    index = EventIndexPage(title="Termine im Test", slug="termine-test", intro="Alle Termine.")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def town(db):
    def make(name):
        slug = name.lower().replace("ß", "ss").replace(" ", "-")
        return Municipality.objects.get_or_create(slug=slug, defaults={"name": name})[0]

    return make


@pytest.fixture
def venue(db, town):
    def make(name="Bürgerhaus", municipality="Naumburg", **fields):
        return Venue.objects.create(
            name=name, municipality=town(municipality), street="Markt 1", postcode="06618", **fields
        )

    return make


@pytest.fixture
def category(db):
    def make(name, slug):
        from wagtail.models import Locale

        return EventCategory.objects.get_or_create(
            slug=slug, locale=Locale.objects.get(language_code="de"), defaults={"name": name}
        )[0]

    return make


@pytest.fixture
def make_event(event_index, venue):
    """Create (and by default publish) an event below the test index."""

    def make(
        title="Sprachcafé",
        start=None,
        duration=timedelta(hours=2),
        *,
        parent=None,
        publish=True,
        aliases=False,
        cancelled=(),
        extra=(),
        categories=(),
        **fields,
    ):
        start = start or timezone.now() + timedelta(days=3)
        fields.setdefault("end", start + duration if duration else None)
        if "venue" not in fields and not fields.get("online_url"):
            fields["venue"] = venue()
        fields.setdefault("live", publish)  # Wagtail pages are live unless told otherwise
        event = EventPage(
            title=title,
            start=start,
            cancelled_dates=[CancelledDate(date=day) for day in cancelled],
            extra_dates=[ExtraDate(start=moment) for moment in extra],
            **fields,
        )
        (parent or event_index).add_child(instance=event)
        if categories:
            event.categories.set(categories)
        revision = event.save_revision()
        if publish:
            revision.publish()
            event.refresh_from_db()
        if aliases:
            add_aliases_in_other_languages(event_index)
            add_aliases_in_other_languages(event)
        return event

    return make
