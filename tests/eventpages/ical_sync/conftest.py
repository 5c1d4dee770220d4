"""A partner's calendar served locally and a calendar snippet pointing at it."""

from pathlib import Path

import pytest

from eventpages.ical_import.models import ExternalCalendar
from eventpages.models import Municipality

from ..ical_import.feed_server import FeedServer, respond

CORPUS = Path(__file__).parent.parent / "ical_corpus"


@pytest.fixture
def server(settings):
    settings.ICAL_IMPORT_ALLOWED_HOSTS = ["127.0.0.1"]
    with FeedServer() as feeds:
        yield feeds


@pytest.fixture
def serve(server):
    """serve(body or corpus name, path="/cal.ics", headers=None) → the feed's address."""

    def serve(content, path="/cal.ics", headers=None):
        if isinstance(content, str) and content.endswith(".ics"):
            content = (CORPUS / content).read_bytes()
        elif isinstance(content, str):
            content = content.replace("\n", "\r\n").encode()
        headers = {"Content-Type": "text/calendar", **(headers or {})}
        server.routes[path] = respond(content, headers=headers)
        return server.url(path)

    return serve


@pytest.fixture
def municipality(db):
    return Municipality.objects.get_or_create(name="Zeitz", defaults={"slug": "zeitz"})[0]


@pytest.fixture
def calendar(site, municipality, server):
    def make(url, **fields):
        fields.setdefault("publish_directly", True)
        return ExternalCalendar.objects.create(
            name="VHS Burgenlandkreis",
            url=url,
            index=site.events,
            municipality=municipality,
            **fields,
        )

    return make


def feed(*events, head=""):
    """A small calendar around VEVENT bodies (CRLF, as producers write it)."""
    body = "".join(f"BEGIN:VEVENT\n{text.strip()}\nEND:VEVENT\n" for text in events)
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n{head}{body}END:VCALENDAR\n"
    return text.replace("\n", "\r\n").encode()
