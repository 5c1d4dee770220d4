"""LOCATION becomes one of our venues, a new venue to check, or the online address."""

import pytest

from eventpages.ical_import.models import ImportedVenue
from eventpages.models import Municipality, Venue
from tests.factories import locale

from .conftest import feed, page_of, run

pytestmark = pytest.mark.django_db


def event(uid, location, more=""):
    location = location.replace(",", "\\,")
    return f"""
UID:{uid}
SUMMARY:Treffen {uid}
DTSTART;TZID=Europe/Berlin:20270310T100000
DURATION:PT2H
LOCATION:{location}
{more}"""


@pytest.fixture
def buergerhaus(municipality):
    return Venue.objects.create(
        name="Bürgerhaus",
        street="Marktstraße 3",
        postcode="06712",
        municipality=municipality,
        locale=locale("de"),
    )


def test_an_existing_venue_is_found_by_its_name(serve, calendar, clock, buergerhaus):
    cal = calendar(
        serve(
            feed(
                event("a", "Bürgerhaus, Marktstr. 3, 06712 Zeitz"),
                event("b", "bürgerhaus"),
                event("c", "  BÜRGERHAUS  "),
            )
        )
    )
    venues = Venue.objects.count()
    run(cal)
    for uid in "abc":
        assert page_of(cal, uid).venue == buergerhaus, uid
    assert Venue.objects.count() == venues
    assert not ImportedVenue.objects.exists()


def test_an_unknown_place_becomes_a_venue_to_check(serve, calendar, clock, municipality):
    place = "Jugendclub Tröglitz, Bahnhofstr. 5, 06729 Elsteraue"
    cal = calendar(
        serve(
            feed(
                event("a", place, more="GEO:51.0501;12.1801"),
                event("b", place),
            )
        )
    )
    run(cal)
    venue = page_of(cal, "a").venue
    assert venue is not None
    assert (venue.name, venue.street, venue.postcode) == (
        "Jugendclub Tröglitz",
        "Bahnhofstr. 5",
        "06729",
    )
    assert venue.municipality == municipality  # the calendar's town for new places
    assert venue.locale == locale("de")
    assert (float(venue.latitude), float(venue.longitude)) == (51.0501, 12.1801)
    assert page_of(cal, "b").venue == venue  # the same text: the same venue, once
    # In every language, like the admin's venues (a name is a name).
    assert Venue.objects.filter(translation_key=venue.translation_key).count() == 7
    review = ImportedVenue.objects.get()
    assert (review.venue, review.calendar_id, review.location) == (venue, cal.pk, place)
    assert review.reviewed_at is None


def test_a_coordinators_correction_of_a_new_venue_holds(
    serve, calendar, clock, municipality, buergerhaus
):
    cal = calendar(serve(feed(event("a", "BGH Zeitz"))))
    run(cal)
    made = page_of(cal, "a").venue
    assert made.name == "BGH Zeitz"
    # A coordinator sees it is the Bürgerhaus and points the imported place there.
    ImportedVenue.objects.filter(venue=made).update(venue=buergerhaus)
    venues = Venue.objects.count()
    serve(feed(event("a", "BGH Zeitz"), event("b", "BGH Zeitz")))
    run(cal)
    assert page_of(cal, "b").venue == buergerhaus
    assert Venue.objects.count() == venues  # no new place for the text


def test_a_link_is_the_online_address(serve, calendar, clock):
    cal = calendar(serve(feed(event("a", "https://meet.example.org/sprachcafe"))))
    venues = Venue.objects.count()
    run(cal)
    page = page_of(cal, "a")
    assert page.venue is None
    assert page.online_url == "https://meet.example.org/sprachcafe"
    assert page.is_online and not page.is_in_person
    assert Venue.objects.count() == venues


def test_without_a_town_the_place_stays_in_no_venue(serve, site, server, clock):
    """A calendar without a municipality files a new place under the town its text names,
    or nowhere: the page then has no venue (allowed for imported events)."""
    from eventpages.ical_import.models import ExternalCalendar

    naumburg = Municipality.objects.get_or_create(name="Naumburg", defaults={"slug": "naumburg"})[0]
    url = serve(feed(event("a", "Kulturhaus, Markt 1, 06618 Naumburg"), event("b", "Irgendwo")))
    cal = ExternalCalendar.objects.create(
        name="Ohne Ort", url=url, index=site.events, publish_directly=True
    )
    run(cal)
    assert page_of(cal, "a").venue.municipality == naumburg
    assert page_of(cal, "a").venue.name == "Kulturhaus"
    page = page_of(cal, "b")
    assert page.live and page.venue is None and page.online_url == ""
