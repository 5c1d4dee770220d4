"""The event page: every fact, the next dates, aliases in other languages, and its JSON-LD."""

import json
from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation

from eventpages.models import EventPage, Organiser
from eventpages.templatetags.event_page_tags import describe_series, format_range

from .conftest import BERLIN, berlin

pytestmark = pytest.mark.django_db

SCRIPT_TITLE = "</script><script>alert(1)</script>"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def facts(html):
    """{dt text: dd text} of the page's fact lists."""
    return {
        fact.dt.get_text(" ", strip=True): " ".join(fact.dd.get_text(" ", strip=True).split())
        for fact in html.select(".event-fact")
    }


def jsonld(html):
    scripts = html.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def next_weekday(weekday, hour, minute=0, weeks=1):
    """A Berlin time on the given weekday (0 = Monday) in a week or more."""
    today = timezone.localdate(timezone.now(), BERLIN)
    day = today + timedelta(days=(weekday - today.weekday()) % 7 + 7 * weeks)
    return berlin(day.year, day.month, day.day, hour, minute)


@pytest.fixture
def hybrid_event(make_event, venue, category):
    organiser = Organiser.objects.create(
        name="Caritas Naumburg",
        email="kontakt@caritas.example.org",
        phone="03445 12 34",
        website="https://caritas.example.org/",
    )
    start = next_weekday(3, 18)
    event = make_event(
        "Sprachcafé",
        start,
        teaser="Deutsch üben bei Kaffee und Kuchen.",
        venue=venue(
            "Bürgerhaus",
            "Naumburg",
            latitude="51.150000",
            longitude="11.810000",
            step_free=True,
            accessibility_notes="Eingang über den Hof.",
        ),
        online_url="https://meet.example.org/sprachcafe",
        registration_required=True,
        registration_url="https://anmeldung.example.org/sprachcafe",
        registration_deadline=start.date() - timedelta(days=1),
        is_free=True,
        organiser=organiser,
        languages=["de", "ar"],
        interpreting=True,
        target_groups=["women", "newcomers"],
        categories=[category("Sprache", "sprache")],
    )
    event.tags.add("Kaffee")
    event.save_revision().publish()
    return event


def test_single_event_shows_all_facts(client, hybrid_event):
    with translation.override("de"):
        html = soup(client.get(hybrid_event.url))
    assert html.h1.get_text(strip=True) == "Sprachcafé"
    assert "Deutsch üben bei Kaffee und Kuchen." in html.select_one(".event-teaser").text
    found = facts(html)
    when = hybrid_event.start.astimezone(BERLIN)
    assert found["Datum und Uhrzeit"].startswith("Donnerstag, ")
    assert found["Datum und Uhrzeit"].endswith(", 18:00–20:00 Uhr")
    assert html.select_one(".event-fact--when time")["datetime"] == when.isoformat(
        timespec="minutes"
    )
    assert "Bürgerhaus" in found["Ort"] and "Markt 1, 06618 Naumburg" in found["Ort"]
    assert found["Barrierefreiheit"] == "Stufenlos erreichbar Eingang über den Hof."
    map_link = html.select_one("a.event-venue__map")
    assert map_link["href"].startswith(
        "https://www.openstreetmap.org/?mlat=51.150000&mlon=11.810000"
    )
    assert not map_link.has_attr("target")
    assert html.select_one("a.event-online-link")["href"] == "https://meet.example.org/sprachcafe"
    assert found["Anmeldung"].startswith("Anmeldung erforderlich Anmeldeschluss:")
    register = html.select_one("a.event-register")
    assert register["href"] == "https://anmeldung.example.org/sprachcafe"
    assert register.get_text(strip=True) == "Jetzt anmelden"
    assert found["Kosten"] == "Kostenlos"
    assert found["Sprachen"] == "Deutsch und Arabisch Dolmetschen möglich"
    assert found["Veranstalter"].startswith("Caritas Naumburg kontakt@caritas.example.org")
    assert found["Zielgruppen"] == "Frauen und Neu Angekommene"
    assert found["Kategorien"] == "Sprache"
    assert html.select_one(".event-fact--categories a")["href"].endswith(
        "/de/termine-test/?category=sprache"
    )
    assert found["Schlagwörter"] == "Kaffee"
    ics = html.select_one("a.event-ics")
    assert ics["href"] == f"{hybrid_event.url}ical/"
    assert ics.get_text(strip=True) == "Zum Kalender hinzufügen (.ics)"
    # One list of facts is a <dl>, and nothing loads from other hosts.
    assert html.select(".event-facts dl dt")
    for element in html.select("[src]"):
        assert element["src"].startswith("/"), element
    assert html.select_one('link[href$="css/event-page.css"]') is not None


def test_cost_email_registration_and_passed_deadline(client, make_event):
    paid = make_event(
        "Kochkurs",
        next_weekday(4, 17),
        is_free=False,
        cost="5 €, ermäßigt 2 €",
        registration_required=True,
        registration_email="kochen@example.org",
    )
    html = soup(client.get(paid.url))
    assert facts(html)["Kosten"] == "5 €, ermäßigt 2 €"
    assert html.select_one("a.event-register")["href"] == (
        "mailto:kochen@example.org?subject=Anmeldung%3A%20Kochkurs"
    )
    late = make_event(
        "Ausflug",
        next_weekday(5, 9),
        registration_url="https://example.org/anmeldung",
        registration_deadline=date.today() - timedelta(days=2),
    )
    html = soup(client.get(late.url))
    assert html.select_one("a.event-register") is None
    assert "Die Anmeldefrist ist abgelaufen." in html.select_one(".event-actions").text
    assert facts(html)["Anmeldung"].startswith("Anmeldung erwünscht")


def test_online_only_event(client, make_event):
    event = make_event(
        "Online-Beratung", next_weekday(1, 10), online_url="https://meet.example.org/b"
    )
    html = soup(client.get(event.url))
    found = facts(html)
    assert "Ort" not in found and found["Online"] == "Link zur Online-Teilnahme"
    data = jsonld(html)
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/b"}


def test_series_shows_rule_next_dates_and_cancelled_dates(client, make_event):
    start = next_weekday(3, 18, weeks=0) - timedelta(weeks=3)
    cancelled = (start + timedelta(weeks=5)).date()
    event = make_event(
        "Frauencafé",
        start,
        frequency="weekly",
        weekdays=["TH"],
        cancelled=[cancelled, (start - timedelta(weeks=1)).date()],
    )
    with translation.override("de"):
        html = soup(client.get(event.url))
    found = facts(html)
    assert found["Termine"].startswith("jeden Donnerstag, 18:00–20:00 Uhr ab ")
    dates = html.select(".event-dates__list time")
    assert len(dates) == 5
    expected = [occurrence.start for occurrence in event.upcoming_occurrences(5)]
    assert [item["datetime"] for item in dates] == [
        moment.astimezone(BERLIN).isoformat(timespec="minutes") for moment in expected
    ]
    assert all(item.text.endswith("18:00–20:00 Uhr") for item in dates)
    assert cancelled.isoformat() not in [item["datetime"][:10] for item in dates]
    # Only cancellations still ahead are worth telling.
    assert [item["datetime"] for item in html.select(".event-cancelled__list time")] == [
        cancelled.isoformat()
    ]
    data = jsonld(html)
    assert data["startDate"] == expected[0].astimezone(BERLIN).isoformat()
    assert data["endDate"] == (expected[0] + timedelta(hours=2)).astimezone(BERLIN).isoformat()


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"frequency": "weekly", "weekdays": ["TH"]}, "jeden Donnerstag, 18:00–20:00 Uhr"),
        (
            {"frequency": "weekly", "weekdays": ["WE", "MO"], "interval": 2},
            "alle 2 Wochen am Montag und Mittwoch, 18:00–20:00 Uhr",
        ),
        (
            {"frequency": "weekly", "weekdays": ["MO", "WE", "FR"]},
            "jeden Montag, Mittwoch und Freitag, 18:00–20:00 Uhr",
        ),
        ({"frequency": "daily"}, "täglich, 18:00–20:00 Uhr"),
        ({"frequency": "daily", "interval": 3}, "alle 3 Tage, 18:00–20:00 Uhr"),
        ({"frequency": "monthly_date"}, "jeden Monat am 5., 18:00–20:00 Uhr"),
        (
            {"frequency": "monthly_weekday", "month_week": -1, "month_weekday": "FR"},
            "jeden letzten Freitag im Monat, 18:00–20:00 Uhr",
        ),
        (
            {"frequency": "monthly_weekday", "month_week": 1, "month_weekday": "TU"},
            "jeden ersten Dienstag im Monat, 18:00–20:00 Uhr",
        ),
        (
            {"frequency": "monthly_weekday", "month_week": 3, "month_weekday": "SA", "interval": 2},
            "alle 2 Monate am dritten Samstag, 18:00–20:00 Uhr",
        ),
        ({"frequency": "weekly", "weekdays": ["SA"], "all_day": True}, "jeden Samstag, ganztägig"),
    ],
)
def test_series_description(fields, expected):
    event = EventPage(title="x", start=berlin(2026, 3, 5, 18), end=berlin(2026, 3, 5, 20), **fields)
    with translation.override("de"):
        assert describe_series(event) == expected


def test_date_ranges_in_words():
    with translation.override("de"):
        assert format_range(berlin(2026, 3, 29, 10), None, False) == "Sonntag, 29. März 2026, 10:00"
        assert (
            format_range(berlin(2026, 3, 5), berlin(2026, 3, 6), True)
            == "Donnerstag, 5. März 2026, ganztägig"
        )
        assert (
            format_range(berlin(2026, 3, 5), berlin(2026, 3, 8), True)
            == "Donnerstag, 5. März 2026 bis Samstag, 7. März 2026"
        )
        assert format_range(berlin(2026, 3, 6, 20), berlin(2026, 3, 7, 2), False) == (
            "Freitag, 6. März 2026, 20:00 bis Samstag, 7. März 2026, 02:00"
        )


def test_alias_says_text_is_in_the_original_language(client, make_event):
    event = make_event("Sprachcafé", next_weekday(3, 18), teaser="Deutsch üben.", aliases=True)
    arabic = EventPage.objects.get(
        translation_key=event.translation_key, locale__language_code="ar"
    )
    assert arabic.alias_of_id == event.pk
    html = soup(client.get(arabic.url))
    assert html.html["lang"] == "ar" and html.html["dir"] == "rtl"
    notice = html.select_one(".event-alias-notice")
    assert notice is not None and notice.find_parent(attrs={"lang": "de"}) is None
    header = html.select_one(".event-header")
    assert header["lang"] == "de" and header["dir"] == "ltr"
    assert header.h1.get_text(strip=True) == "Sprachcafé"
    # The facts are in the visitor's language, outside the German wrapper.
    assert html.select_one(".event-facts").find_parent(attrs={"lang": "de"}) is None
    assert html.select_one("a.event-ics")["href"] == f"{arabic.url}ical/"
    german = soup(client.get(event.url))
    assert german.select_one(".event-alias-notice") is None
    assert not german.select_one(".event-header").has_attr("lang")


def test_alias_notice_names_the_original_language_in_the_visitors_language(client, make_event):
    """The wrapper follows the original language, the page the visitor's language."""
    event = make_event("Sprachcafé", next_weekday(3, 18), aliases=True)
    english = EventPage.objects.get(
        translation_key=event.translation_key, locale__language_code="en"
    )
    html = soup(client.get(english.url))
    assert html.html["dir"] == "ltr"
    assert html.select_one(".event-header")["lang"] == "de"
    assert "German" in html.select_one(".event-alias-notice").text


def test_jsonld_for_hybrid_free_event(client, hybrid_event):
    html = soup(client.get(hybrid_event.url))
    data = jsonld(html)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Event"
    assert data["name"] == "Sprachcafé"
    assert data["description"] == "Deutsch üben bei Kaffee und Kuchen."
    start = hybrid_event.start.astimezone(BERLIN)
    assert data["startDate"] == start.isoformat()
    assert data["startDate"].endswith(("+01:00", "+02:00"))
    assert data["endDate"] == (start + timedelta(hours=2)).isoformat()
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, virtual = data["location"]
    assert place == {
        "@type": "Place",
        "name": "Bürgerhaus",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Markt 1",
            "postalCode": "06618",
            "addressLocality": hybrid_event.venue.municipality.name,
            "addressCountry": "DE",
        },
        "geo": {"@type": "GeoCoordinates", "latitude": 51.15, "longitude": 11.81},
    }
    assert virtual == {"@type": "VirtualLocation", "url": "https://meet.example.org/sprachcafe"}
    assert data["inLanguage"] == ["de", "ar"]
    assert data["organizer"]["name"] == "Caritas Naumburg"
    assert data["url"] == f"http://testserver{hybrid_event.url}"
    assert data["offers"] == {
        "@type": "Offer",
        "price": 0,
        "priceCurrency": "EUR",
        "availability": "https://schema.org/InStock",
        "url": "https://anmeldung.example.org/sprachcafe",
    }


def test_jsonld_paid_event_has_no_free_offer(client, make_event):
    event = make_event("Kochkurs", next_weekday(4, 17), is_free=False, cost="5 €")
    data = jsonld(soup(client.get(event.url)))
    assert "offers" not in data
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"


def test_jsonld_cannot_break_out_of_its_script_element(client, make_event):
    event = make_event(
        SCRIPT_TITLE, next_weekday(3, 18), teaser="Tom & Jerry <b>fett</b> </SCRIPT>"
    )
    response = client.get(event.url)
    text = response.content.decode()
    assert "<script>alert(1)" not in text
    assert "</SCRIPT>" not in text
    start = text.index('<script type="application/ld+json">')
    end = text.index("</script>", start)
    raw = text[start:end]
    assert "<" not in raw[1:] and ">" not in raw[raw.index(">") + 1 :]
    assert "\\u003C/script\\u003E" in raw and "\\u0026" in raw
    data = jsonld(soup(response))
    assert data["name"] == SCRIPT_TITLE
    assert data["description"] == "Tom & Jerry <b>fett</b> </SCRIPT>"
    html = soup(response)
    assert html.h1.get_text() == SCRIPT_TITLE
    assert html.select('script:not([type="application/ld+json"])') == html.select("script[src]")


def test_image_uses_its_description_as_alt_and_in_jsonld(client, make_event):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(
        title="Café", file=get_test_image_file(), description="Menschen am Tisch mit Kaffee"
    )
    event = make_event("Sprachcafé", next_weekday(3, 18), image=image)
    html = soup(client.get(event.url))
    img = html.select_one(".event-image img")
    assert img["alt"] == "Menschen am Tisch mit Kaffee"
    assert img["src"].startswith("/")
    assert jsonld(html)["image"].startswith("http://testserver/")


def test_past_event_says_so(client, make_event):
    event = make_event("Vorbei", timezone.now() - timedelta(days=10))
    html = soup(client.get(event.url))
    assert "Diese Veranstaltung hat bereits stattgefunden." in html.select_one(".event-notice").text


def test_every_demo_event_renders_with_jsonld_and_feed_in_every_language(client):
    """The demo may hold events (translated, aliased, series): each page and feed must work."""
    import icalendar

    events = EventPage.objects.live().public().select_related("locale")
    for event in events:
        response = client.get(event.url)
        html = soup(response)
        assert html.html["lang"] == event.locale.language_code
        data = jsonld(html)
        assert data["@type"] == "Event" and data["name"] == event.title
        if event.alias_of_id:
            assert html.select_one(".event-header")["lang"] != event.locale.language_code
        feed = client.get(f"{event.url}ical/")
        assert feed.status_code == 200
        assert icalendar.Calendar.from_ical(feed.content).walk("VEVENT")
