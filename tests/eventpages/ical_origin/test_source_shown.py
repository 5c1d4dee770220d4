"""An imported event says where it comes from: "Quelle: <calendar>" on its page (linked to the
original), `source` in the JSON API; our own events say nothing and cost no query for it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from eventpages.ical_import.models import ExternalCalendar, ImportedEvent
from tests.factories import make_event


@pytest.fixture
def imported(site):
    calendar = ExternalCalendar.objects.create(
        name="Caritas <Zeitz>",
        url="https://caritas.example/cal.ics",
        index=site.events,
        website="https://caritas.example/termine",
    )
    record = ImportedEvent.objects.create(calendar=calendar, uid="abc@caritas")
    event = make_event(site.events, title="Beratung importiert")
    event.import_source = record
    event.save_revision().publish()
    record.page = event
    record.save()
    return event, record


def test_the_page_names_its_source_with_a_link(client, imported):
    event, record = imported
    html = client.get(event.url).content.decode()
    assert "Quelle" in html
    assert '<a href="https://caritas.example/termine" rel="nofollow noopener">' in html
    assert "<bdi>Caritas &lt;Zeitz&gt;</bdi>" in html  # escaped, isolated
    record.source_url = "https://caritas.example/termine/42"
    record.save()
    html = client.get(event.url).content.decode()
    assert 'href="https://caritas.example/termine/42"' in html


def test_our_own_events_name_no_source_and_ask_nothing(client, site):
    event = make_event(site.events, title="Unser Sprachcafé")
    client.get(event.url)  # warm caches that are not ours to count
    with CaptureQueriesContext(connection) as queries:
        html = client.get(event.url).content.decode()
    assert "event-fact--source" not in html
    assert not [q for q in queries if "importedevent" in q["sql"].lower()]


def test_the_api_names_the_source(client, imported, site):
    event, _record = imported
    make_event(site.events, title="Eigenes")
    items = client.get("/api/v2/events/", {"locale": "de"}).json()["items"]
    by_title = {item["title"]: item for item in items}
    assert by_title["Beratung importiert"]["source"] == {
        "name": "Caritas <Zeitz>",
        "url": "https://caritas.example/termine",
    }
    assert by_title["Eigenes"]["source"] is None
