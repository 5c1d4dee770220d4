"""The demo's partner calendar: imported through the sync without a request, paused, its
events on the site with their source, a called-off evening, a place to check."""

import pytest

from eventpages.demo.partner_calendar import NAME, URL, WEBSITE
from eventpages.ical_import.models import ExternalCalendar, ImportedVenue
from eventpages.models import EventPage
from home.demo import load_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def calendar(demo_site):
    return ExternalCalendar.objects.get(url=URL)


def test_the_calendar_is_paused_and_says_how_its_import_went(calendar):
    assert calendar.name == NAME and not calendar.active
    assert calendar.last_result == "ok"
    assert calendar.last_counts["created"] == 3 and calendar.last_counts["skipped"] == 0
    assert calendar.runs.count() == 1


def test_its_events_are_live_in_every_language_with_their_source(client, calendar):
    course = EventPage.objects.get(
        import_source__calendar=calendar,
        import_source__uid="deutschkurs-b1-abend@vhs.example.org",
        alias_of=None,
    )
    assert course.live and course.frequency == "weekly" and course.count == 12
    assert len(course.cancelled_dates.all()) == 1  # the RECURRENCE-ID with STATUS:CANCELLED
    assert course.venue.name == "Mehrgenerationenhaus Naumburg"  # matched, not created
    versions = EventPage.objects.filter(translation_key=course.translation_key, live=True)
    assert versions.count() == 7
    html = client.get(course.url).content.decode()
    assert f'href="{WEBSITE}"' in html and NAME in html
    assert "Diese Termine fallen aus" in html
    arabic = client.get(course.url.replace("/de/", "/ar/", 1)).content.decode()
    assert NAME in arabic and 'lang="de"' in arabic


def test_a_new_place_waits_for_review(calendar):
    (review,) = ImportedVenue.objects.filter(calendar=calendar)
    assert review.reviewed_at is None
    assert review.venue.name == "VHS-Haus Zeitz" and review.venue.postcode == "06712"
    assert review.venue.street == "Schützenstraße 7"
    assert review.venue.municipality.slug == "zeitz"


def test_loading_again_imports_nothing_twice(calendar):
    pages = EventPage.objects.count()
    load_demo()
    assert EventPage.objects.count() == pages
    assert ExternalCalendar.objects.count() == 1
