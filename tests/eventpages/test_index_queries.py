"""The list, calendar and archive of an event index cost as many queries for 5 events as for 60."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from .conftest import BERLIN, berlin

pytestmark = pytest.mark.django_db

TOWNS = ["Naumburg", "Zeitz", "Osterfeld", "Teuchern"]


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, locales)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context)


def event_day():
    """Two days ahead, so every future event of a test lies in one (known) month."""
    return timezone.localdate(timezone.now(), BERLIN) + timedelta(days=2)


def add_events(make_event, venue, category, numbers, pictures):
    """Events alternating between the future and the past, with their own venues and facts,
    and a picture each (one of several): the cards' renditions are prefetched."""
    course = category("Sprache", "sprache")
    day = event_day()
    # Past ones two days ago in the morning: at any time the test runs, none crosses a
    # midnight (dates spanning days are read by a query of their own, asked only when some
    # exist, so they would change the count by the clock, not by the number of events).
    past = timezone.localdate(timezone.now(), BERLIN) - timedelta(days=2)
    for number in numbers:
        future = number % 2 == 0
        start = (
            berlin(day.year, day.month, day.day, 8 + number % 12, number % 60)
            if future
            else berlin(past.year, past.month, past.day, 9, number % 60)
        )
        make_event(
            f"Termin {number}",
            start,
            venue=venue(f"Ort {number}", TOWNS[number % len(TOWNS)]),
            online_url="https://example.org/online" if number % 3 == 0 else "",
            categories=[course],
            languages=["de", "ar"],
            target_groups=["women"],
            is_free=True,
            # Some events are only aliases in the other languages (the untranslated notice).
            aliases=number % 5 in (0, 1),
            image=pictures[number % len(pictures)],
        )


@pytest.mark.slow
def test_query_count_does_not_grow_with_events(client, make_event, venue, category):
    month = f"{event_day():%Y-%m}"
    urls = [
        "/de/termine-test/",
        "/de/termine-test/?category=sprache&municipality=naumburg&language=ar&group=women"
        "&attendance=in_person&free=1",
        "/de/termine-test/?when=month&attendance=online",
        "/de/termine-test/?page=2",
        "/de/termine-test/archive/",
        "/de/termine-test/archive/?category=sprache&free=1",
        f"/de/termine-test/calendar/?month={month}",
        f"/de/termine-test/calendar/?month={month}&language=de",
        "/ar/termine-test/",
        "/ar/termine-test/archive/",
        f"/ar/termine-test/calendar/?month={month}",
        "/de/",
    ]
    pictures = [
        get_image_model().objects.create(title=f"Bild {number}", file=get_test_image_file())
        for number in range(4)
    ]
    add_events(make_event, venue, category, range(5), pictures)
    few = {url: count_queries(client, url) for url in urls}
    assert "Termin 0" in client.get("/ar/termine-test/").content.decode()
    add_events(make_event, venue, category, range(5, 60), pictures)
    many = {url: count_queries(client, url) for url in urls}
    print("\nqueries with 5 and 60 events:")
    for url in urls:
        print(f"  {few[url]:3d} {many[url]:3d}  {url}")
    assert many == few
