"""Places left everywhere else than the event page: JSON-LD offers, the API, the embeds, the
list's "places free" filter; and the private meeting link nowhere public (JSON-LD, API, embeds,
feeds, search)."""

import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import county_time
from eventpages.jsonld import event_jsonld
from eventpages.models import EventPage
from eventpages.registration import seats
from tests.factories import make_event

pytestmark = pytest.mark.django_db

SCHEMA = "https://schema.org/"
MEETING = "https://meet.example.org/geheimraum-kiefer"


def fill(event, count, start=None, prefix="p"):
    """`count` confirmed registrations of one person each (beyond the seats: waiting)."""
    start = start or event.start
    for number in range(count):
        registration = seats.register(
            event,
            start,
            language="de",
            name=f"{prefix}{number}",
            email=f"{prefix}{number}@example.org",
        )
        seats.confirm(registration, event.capacity)


@pytest.fixture
def cafe(site):
    """Ten seats, three taken."""
    event = make_event(site.events, title="Sprachcafé Ahorn", takes_registrations=True, capacity=10)
    fill(event, 3)
    return event


@pytest.fixture
def full(site):
    """Two seats, both taken, one on the waiting list."""
    event = make_event(
        site.events,
        title="Nähkurs Birke",
        takes_registrations=True,
        capacity=2,
        start=timezone.now().replace(microsecond=0) + timedelta(days=4),
    )
    fill(event, 3)
    return event


@pytest.fixture
def meeting_only(site):
    """Online through the private meeting link alone: no public link."""
    return make_event(
        site.events,
        title="Infoabend Esche",
        online_url="",
        takes_registrations=True,
        capacity=30,
        meeting_url=MEETING,
        start=timezone.now().replace(microsecond=0) + timedelta(days=5),
    )


@pytest.fixture
def plain(site):
    """No registration on this site."""
    return make_event(
        site.events,
        title="Fest Linde",
        start=timezone.now().replace(microsecond=0) + timedelta(days=6),
    )


def embed_path(page):
    return "/embed" + page.url


# JSON-LD


def test_jsonld_offers_places_left_of_the_next_date(cafe):
    data = event_jsonld(cafe)
    assert data["maximumAttendeeCapacity"] == 10
    assert data["remainingAttendeeCapacity"] == 7
    offer = data["offers"]
    assert offer["availability"] == SCHEMA + "InStock"
    assert (offer["price"], offer["priceCurrency"]) == (0, "EUR")
    assert offer["url"] == data["url"] and offer["url"].endswith(cafe.url)

    fill(cafe, 5, prefix="q")  # two left of ten: a fifth
    data = event_jsonld(cafe)
    assert data["remainingAttendeeCapacity"] == 2
    assert data["offers"]["availability"] == SCHEMA + "LimitedAvailability"


def test_jsonld_full_or_closed_is_sold_out(full, cafe):
    data = event_jsonld(full)
    assert data["remainingAttendeeCapacity"] == 0
    assert data["offers"]["availability"] == SCHEMA + "SoldOut"

    # Registration closed yesterday: places are left, but nobody can take them.
    cafe.registration_deadline = county_time.today() - timedelta(days=1)
    data = event_jsonld(cafe)
    assert data["remainingAttendeeCapacity"] == 7
    assert data["offers"]["availability"] == SCHEMA + "SoldOut"
    assert data["offers"]["validThrough"].startswith(county_time.today().isoformat())


def test_jsonld_without_registration_here_is_as_before(plain):
    data = event_jsonld(plain)
    assert "remainingAttendeeCapacity" not in data
    assert data["offers"]["availability"] == SCHEMA + "InStock"


def test_jsonld_online_by_meeting_link_points_at_the_page_not_the_link(client, meeting_only):
    data = event_jsonld(meeting_only)
    assert data["eventAttendanceMode"] == SCHEMA + "OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": data["url"]}
    assert MEETING not in json.dumps(data)

    response = client.get(meeting_only.url)
    assert response.status_code == 200
    scripts = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    assert scripts and all("geheimraum" not in script for script in scripts)
    assert "geheimraum" not in response.content.decode()


# API


def test_api_events_show_places_left_per_date_and_nothing_personal(client, cafe, full, plain):
    response = client.get("/api/v2/events/", {"locale": "de"})
    assert response.status_code == 200
    items = {item["title"]: item for item in response.json()["items"]}
    assert items["Sprachcafé Ahorn"]["places"] == {
        "capacity": 10,
        "left": 7,
        "waiting": 0,
        "is_full": False,
        "is_open": True,
    }
    assert items["Nähkurs Birke"]["places"] == {
        "capacity": 2,
        "left": 0,
        "waiting": 1,
        "is_full": True,
        "is_open": True,
    }
    assert items["Fest Linde"]["places"] is None
    body = response.content.decode()
    assert "p0@example.org" not in body and '"p0"' not in body


def test_api_filters_places_free(client, cafe, full, plain, meeting_only):
    response = client.get("/api/v2/events/", {"locale": "de", "places": "1"})
    assert response.status_code == 200
    titles = sorted(item["title"] for item in response.json()["items"])
    assert titles == ["Infoabend Esche", "Sprachcafé Ahorn"]
    response = client.get("/api/v2/events/", {"locale": "de", "places": "0"})
    assert len(response.json()["items"]) == 4


def test_api_never_shows_the_meeting_link(client, meeting_only):
    for params in ({"locale": "de"}, {"locale": "ar"}, {"attendance": "online"}):
        response = client.get("/api/v2/events/", params)
        assert response.status_code == 200
        assert "geheimraum" not in response.content.decode()
    online = client.get("/api/v2/events/", {"locale": "de", "attendance": "online"}).json()
    assert [item["title"] for item in online["items"]] == ["Infoabend Esche"]

    detail = client.get(f"/api/v2/pages/{meeting_only.pk}/", {"fields": "*"})
    assert detail.status_code == 200
    assert detail.json()["takes_registrations"] is True and detail.json()["capacity"] == 30
    assert "geheimraum" not in detail.content.decode()
    asked = client.get(f"/api/v2/pages/{meeting_only.pk}/", {"fields": "meeting_url"})
    assert asked.status_code == 400
    listing = client.get("/api/v2/pages/", {"type": "eventpages.EventPage", "fields": "*"})
    assert listing.status_code == 200 and "geheimraum" not in listing.content.decode()


# Embeds


def test_index_embed_shows_places_left(client, site, cafe, full, plain, meeting_only):
    response = client.get(embed_path(site.events))
    assert response.status_code == 200
    html = response.content.decode()
    assert "noch 7 Plätze" in html
    assert "noch 30 Plätze" in html
    assert "ausgebucht – Warteliste" in html
    assert html.count('class="event-places') == 3  # not for the event without registration
    assert "geheimraum" not in html

    compact = client.get(embed_path(site.events), {"compact": "1"}).content.decode()
    assert "noch 7 Plätze" in compact and "geheimraum" not in compact


@pytest.mark.slow
def test_index_embed_queries_do_not_grow_with_registering_events(client, site, cafe):
    client.get(embed_path(site.events))  # warm up (site, locales)
    with CaptureQueriesContext(connection) as few:
        client.get(embed_path(site.events))
    for number in range(4):
        event = make_event(
            site.events,
            title=f"Kurs {number}",
            takes_registrations=True,
            capacity=5,
            start=timezone.now().replace(microsecond=0) + timedelta(days=7 + number),
        )
        fill(event, 2, prefix=f"k{number}-")
    client.get(embed_path(site.events))  # the new content generation's values read again
    with CaptureQueriesContext(connection) as many:
        html = client.get(embed_path(site.events)).content.decode()
    assert html.count("noch 3 Plätze") == 4
    assert len(many.captured_queries) == len(few.captured_queries)


def test_event_embed_shows_the_next_dates_places_and_a_way_to_register(client, cafe, full):
    html = client.get(embed_path(cafe)).content.decode()
    assert "noch 7 Plätze" in html
    assert "Jetzt anmelden" in html and cafe.full_url in html
    assert "Keine Anmeldung nötig" not in html

    html = client.get(embed_path(full)).content.decode()
    assert "ausgebucht – Warteliste" in html and "Auf die Warteliste" in html


def test_event_embed_in_arabic_and_without_the_meeting_link(client, site, meeting_only):
    arabic = meeting_only.get_translation(site.locales["ar"])
    html = client.get(embed_path(arabic)).content.decode()
    assert re.search(r'<p class="event-places">[^<]*30[^<]*</p>', html)  # as the German event
    assert "geheimraum" not in html


# The list's filter


def test_list_filter_places_free(client, site, cafe, full, plain, meeting_only):
    html = client.get(site.events.url, {"places": "on"}).content.decode()
    assert "Sprachcafé Ahorn" in html and "Infoabend Esche" in html
    assert "Nähkurs Birke" not in html and "Fest Linde" not in html
    assert 'name="places"' in html
    assert "geheimraum" not in client.get(site.events.url).content.decode()


def test_places_free_leaves_out_closed_and_started_dates(client, site, cafe):
    cafe.registration_deadline = county_time.today() - timedelta(days=1)
    cafe.save_revision().publish()
    html = client.get(site.events.url, {"places": "on"}).content.decode()
    assert "Sprachcafé Ahorn" not in html


def test_places_free_counts_persons_not_registrations(client, site):
    event = make_event(site.events, title="Ausflug Ulme", takes_registrations=True, capacity=4)
    registration = seats.register(
        event, event.start, language="uk", name="Olena", email="olena@example.org", persons=4
    )
    seats.confirm(registration, event.capacity)
    html = client.get(site.events.url, {"places": "on"}).content.decode()
    assert "Ausflug Ulme" not in html
    seats.change_persons(registration, 3, event.capacity)
    html = client.get(site.events.url, {"places": "on"}).content.decode()
    assert "Ausflug Ulme" in html


@pytest.mark.slow
def test_places_free_list_queries_do_not_grow(client, site, cafe):
    client.get(site.events.url, {"places": "on"})
    with CaptureQueriesContext(connection) as few:
        client.get(site.events.url, {"places": "on"})
    for number in range(3):
        make_event(
            site.events,
            title=f"Runde {number}",
            takes_registrations=True,
            capacity=3,
            start=timezone.now().replace(microsecond=0) + timedelta(days=8 + number),
        )
    client.get(site.events.url, {"places": "on"})  # the new content generation's values
    with CaptureQueriesContext(connection) as many:
        html = client.get(site.events.url, {"places": "on"}).content.decode()
    assert "Runde 2" in html
    assert len(many.captured_queries) == len(few.captured_queries)


# Feeds and search


def test_feed_leaves_out_the_meeting_link_and_filters_online_and_places(
    client, site, meeting_only, full, plain
):
    feed = client.get(site.events.url + "ical/")
    assert feed.status_code == 200
    body = b"".join(feed) if feed.streaming else feed.content
    text = body.decode()
    assert "Infoabend Esche" in text and "geheimraum" not in text

    online = client.get(site.events.url + "ical/", {"attendance": "online"})
    text = (b"".join(online) if online.streaming else online.content).decode()
    # The meeting-only event counts as online (EventPage.is_online), the others have a link.
    assert "Infoabend Esche" in text

    free = client.get(site.events.url + "ical/", {"places": "on"})
    text = (b"".join(free) if free.streaming else free.content).decode()
    assert "Infoabend Esche" in text
    assert "Nähkurs Birke" not in text and "Fest Linde" not in text

    event_feed = client.get(meeting_only.url + "ical/")
    assert (
        "geheimraum"
        not in (b"".join(event_feed) if event_feed.streaming else event_feed.content).decode()
    )


def test_search_does_not_find_the_meeting_link(meeting_only):
    assert EventPage.objects.live().search("Esche").count() >= 1
    assert list(EventPage.objects.live().search("geheimraum")) == []
    assert "meeting_url" not in {field.field_name for field in EventPage.get_search_fields()}


def test_kept_embed_and_api_show_the_new_figure_after_a_seat_is_taken(
    client, site, cafe, settings, django_capture_on_commit_callbacks
):
    """The page cache keeps listings, embeds and the API; a seat taken purges it once the
    confirmation commits, so the next visitor sees the new figure, not a kept one."""
    from core.cache import HEADER

    # The fixtures' changes end as committed ones would: their pending callbacks run now.
    pending, connection.run_on_commit[:] = list(connection.run_on_commit), []
    for _savepoints, callback, _robust in pending:
        callback()
    settings.PAGE_CACHE_SECONDS = 600
    paths = [embed_path(site.events), "/api/v2/events/?locale=de"]
    for path in paths:
        client.get(path)
        kept = client.get(path)
        assert kept[HEADER] == "hit", path
    registration = seats.register(
        cafe, cafe.start, language="de", name="Neu", email="neu@example.org"
    )
    # An unconfirmed registration changes no figure: the kept answers stay.
    assert client.get(paths[0])[HEADER] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        seats.confirm(registration, cafe.capacity)
    embed = client.get(paths[0])
    assert embed[HEADER] == "miss" and "noch 6 Plätze" in embed.content.decode()
    places = [
        item["places"]
        for item in client.get(paths[1]).json()["items"]
        if item["places"] is not None
    ]
    assert {"capacity": 10, "left": 6} in [
        {"capacity": p["capacity"], "left": p["left"]} for p in places
    ]
