"""Fixtures of the import's admin: a partner's feed served locally, a calendar synced from it,
clients of the minimal site's users."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from eventpages.ical_import.sync import sync

from ..ical_sync.conftest import (  # noqa: F401  (fixtures)
    calendar,
    feed,
    municipality,
    serve,
    server,
)


def stamp(moment):
    return moment.strftime("%Y%m%dT%H%M%SZ")


def partner_feed(title="Sprachkurs Deutsch A1", start=None, location="Bürgerhaus, Markt 1"):
    """Two events and one without a start (skipped, with its reason)."""
    start = (start or timezone.now() + timedelta(days=10)).replace(
        minute=0, second=0, microsecond=0
    )
    later = start + timedelta(days=7)
    return feed(
        f"""
UID:kurs-1@vhs
DTSTAMP:20261201T100000Z
DTSTART:{stamp(start)}
DTEND:{stamp(start + timedelta(hours=2))}
SUMMARY:{title}
DESCRIPTION:Für Anfängerinnen und Anfänger.
LOCATION:{location}
URL:https://vhs.example.org/kurse/1
""",
        f"""
UID:vortrag-2@vhs
DTSTAMP:20261201T100000Z
DTSTART:{stamp(later)}
DTEND:{stamp(later + timedelta(hours=1))}
SUMMARY:Vortrag Mietrecht
LOCATION:Bürgerhaus, Markt 1
""",
        """
UID:ohne-beginn@vhs
DTSTAMP:20261201T100000Z
SUMMARY:Termin ohne Beginn
""",
    )


@pytest.fixture
def synced_calendar(serve, calendar):  # noqa: F811  (the fixtures imported above)
    """A calendar synced once from `partner_feed()` (2 new, 1 skipped)."""
    url = serve(partner_feed())
    made = calendar(url, website="https://vhs.example.org")
    sync(made, force=True)
    made.refresh_from_db()
    return made


@pytest.fixture
def client_of(site):
    def make(username):
        client = Client()
        client.force_login(get_user_model().objects.get(username=username))
        return client

    return make
