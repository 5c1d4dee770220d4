"""iCalendar feeds: valid, the same dates as the site, filtered, private, per language."""

from datetime import UTC, date, datetime, time, timedelta

import icalendar
import pytest
import recurring_ical_events
from django.contrib.auth.models import AnonymousUser, Group
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Locale, PageViewRestriction

from eventpages.feeds import event_feed
from eventpages.models import EventPage, Occurrence, Organiser
from home.models import HomePage

from .conftest import BERLIN

pytestmark = pytest.mark.django_db


def get_calendar(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def summaries(calendar):
    return sorted(str(event["SUMMARY"]) for event in calendar.walk("VEVENT"))


def local(day, hour=0, minute=0):
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN)


def today():
    return timezone.localdate(timezone.now(), BERLIN)


def weekday_on_or_after(day, weekday):
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def index_url(index, language="de"):
    return index.get_translation(Locale.objects.get(language_code=language)).url + "ical/"


def translation_of(page, language):
    return EventPage.objects.get(
        translation_key=page.translation_key, locale__language_code=language
    )


def arabic_alias(page):
    """Only the Arabic alias (quicker than all six); the index's alias comes with it."""
    alias = page.copy_for_translation(
        Locale.objects.get(language_code="ar"), copy_parents=True, alias=True
    )
    return EventPage.objects.get(pk=alias.pk)


# -- The same dates as the site ---------------------------------------------------------------


@pytest.fixture
def window():
    """From about half a year ago to a year ahead, cut where no event is running."""
    after = weekday_on_or_after(today() - timedelta(days=180), 2)  # a Wednesday
    before = weekday_on_or_after(today() + timedelta(days=360), 2)
    return local(after, 3), local(before, 3)


@pytest.fixture
def series_collection(make_event, window):
    """Series crossing both daylight-saving changes, with every kind of rule and exception."""
    origin = window[0].date() - timedelta(days=20)
    wednesday = weekday_on_or_after(origin, 2)
    thursdays = [weekday_on_or_after(today() + timedelta(days=days), 3) for days in (30, 150)]
    saturday = weekday_on_or_after(today() + timedelta(days=60), 5)
    sunday = weekday_on_or_after(origin, 6)
    first_31st = next(
        day
        for day in (origin + timedelta(days=n) for n in range(62))
        if day.day == 31 and day.month != 12
    )
    friday = weekday_on_or_after(today() + timedelta(days=40), 4)
    events = [
        # Starts on a Wednesday, repeats on Thursdays: the Wednesday itself is not a date.
        make_event(
            "Donnerstagstreff",
            local(wednesday, 18),
            frequency="weekly",
            weekdays=["TH"],
            cancelled=[thursdays[0], thursdays[1], thursdays[0] - timedelta(days=3)],
            # An extra date on a cancelled Thursday (same time) stays, as on the site.
            extra=[local(saturday, 10), local(thursdays[1], 18)],
        ),
        make_event(
            "Letzter Freitag",
            local(origin, 19),
            timedelta(hours=2, minutes=30),
            frequency="monthly_weekday",
            month_week=-1,
            month_weekday="FR",
        ),
        make_event(
            "Alle drei Tage",
            local(today() - timedelta(days=20), 9),
            None,
            frequency="daily",
            interval=3,
            ends="after_count",
            count=40,
        ),
        make_event(
            "Zweiwöchentlich",
            local(sunday, 17),
            timedelta(minutes=90),
            frequency="weekly",
            interval=2,
            weekdays=["MO", "WE"],
            ends="on_date",
            until=today() + timedelta(days=200),
        ),
        make_event(
            "Am 31.",
            local(first_31st, 10),
            frequency="monthly_date",
            ends="after_count",
            count=8,
        ),
        make_event("Einmalig", local(today() + timedelta(days=10), 15)),
        make_event(
            "Abgesagt",
            local(today() + timedelta(days=12), 15),
            cancelled=[today() + timedelta(days=12)],
        ),
        make_event(
            "Mit Zusatzterminen",
            local(today() + timedelta(days=14), 11),
            extra=[
                local(today() + timedelta(days=21), 11),
                local(today() + timedelta(days=35), 16),
            ],
        ),
        make_event(
            "Ganztägig samstags",
            local(weekday_on_or_after(origin, 5), 0),
            timedelta(days=1),
            all_day=True,
            frequency="weekly",
            weekdays=["SA"],
            ends="on_date",
            until=today() + timedelta(days=100),
            cancelled=[saturday],
        ),
        # The rule never matches before it ends; only the extra dates are left.
        make_event(
            "Nur Zusatztermine",
            local(friday, 18),
            frequency="weekly",
            weekdays=["TH"],
            ends="on_date",
            until=friday,
            extra=[local(friday + timedelta(days=8), 18), local(friday + timedelta(days=15), 18)],
        ),
    ]
    return events


def occurrence_key(title, start, all_day):
    if all_day:
        return title, timezone.localtime(start, BERLIN).date()
    return title, start.astimezone(UTC)


def listed(index, language, after, before):
    """What the site lists for the index's events in that language and window."""
    rows = (
        Occurrence.objects.filter(
            locale__language_code=language,
            event__in=EventPage.objects.descendant_of(
                index.get_translation(Locale.objects.get(language_code=language))
            ),
        )
        .between(after, before)
        .select_related("event")
    )
    return {occurrence_key(row.event.title, row.start, row.event.all_day) for row in rows}


def expanded(calendar, after, before):
    """The dates that take place (a called-off single event stays in, STATUS:CANCELLED)."""
    result = set()
    for component in recurring_ical_events.of(calendar).between(after, before):
        if component.get("STATUS") == "CANCELLED":
            continue
        start = component["DTSTART"].dt
        if isinstance(start, datetime):
            result.add((str(component["SUMMARY"]), start.astimezone(UTC)))
        else:
            result.add((str(component["SUMMARY"]), start))
    return result


def test_feed_expands_to_exactly_the_listed_dates(client, event_index, series_collection, window):
    after, before = window
    calendar = get_calendar(client, index_url(event_index))
    expected = listed(event_index, "de", after, before)
    titles = {title for title, _start in expected}
    assert titles == {event.title for event in series_collection} - {"Abgesagt"}
    assert len(expected) > 150
    assert expanded(calendar, after, before) == expected
    # Daylight saving: the Thursday meeting stays at 18:00 local, in winter and summer.
    thursday_offsets = {
        timezone.localtime(start, BERLIN).utcoffset()
        for title, start in expected
        if title == "Donnerstagstreff"
    }
    assert thursday_offsets == {timedelta(hours=1), timedelta(hours=2)}
    assert {
        timezone.localtime(start, BERLIN).time()
        for title, start in expected
        if title == "Donnerstagstreff"
    } == {time(18), time(10)}


def test_arabic_feed_expands_to_the_arabic_listing(client, event_index, series_collection, window):
    after, before = window
    for event in series_collection:
        arabic_alias(event)
    calendar = get_calendar(client, index_url(event_index, "ar"))
    expected = listed(event_index, "ar", after, before)
    assert expected == listed(event_index, "de", after, before)
    assert expanded(calendar, after, before) == expected


def test_series_properties(client, series_collection):
    treff = series_collection[0]
    calendar = get_calendar(client, treff.url + "ical/")
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["RRULE"].to_ical() == b"FREQ=WEEKLY;BYDAY=TH"
    start = vevent["DTSTART"]
    assert start.params["TZID"] == "Europe/Berlin"
    # The first Thursday, not the Wednesday the editor started from.
    assert start.dt.weekday() == 3 and start.dt.time() == time(18)
    assert start.dt.date() > timezone.localdate(treff.start, BERLIN)
    assert vevent["DTEND"].dt - start.dt == timedelta(hours=2)
    exdates = [moment.dt for item in [vevent["EXDATE"]] for moment in item.dts]
    assert all(moment.time() == time(18) for moment in exdates)
    assert len(exdates) == 2  # the third cancelled Thursday has an extra date at 18:00
    assert len(vevent["RDATE"].dts) == 2
    assert b"EXDATE;TZID=Europe/Berlin:" in calendar.to_ical()

    all_day = get_calendar(client, series_collection[8].url + "ical/")
    (vevent,) = all_day.walk("VEVENT")
    assert type(vevent["DTSTART"].dt) is date
    assert vevent["DTEND"].dt - vevent["DTSTART"].dt == timedelta(days=1)
    assert vevent["RRULE"]["UNTIL"] == [today() + timedelta(days=100)]
    assert b"DTSTART;VALUE=DATE:" in all_day.to_ical()
    assert b"EXDATE;VALUE=DATE:" in all_day.to_ical()

    counted = get_calendar(client, series_collection[4].url + "ical/")
    (vevent,) = counted.walk("VEVENT")
    assert vevent["RRULE"]["COUNT"] == [8] and vevent["DTSTART"].dt.day == 31

    cancelled = get_calendar(client, series_collection[6].url + "ical/")
    (vevent,) = cancelled.walk("VEVENT")
    assert vevent["STATUS"] == "CANCELLED"


# -- One event ---------------------------------------------------------------------------------


def test_event_feed_is_a_download_with_all_properties(client, make_event, venue, category):
    organiser = Organiser.objects.create(name="Caritas", email="kontakt@caritas.example.org")
    event = make_event(
        "Sprachcafé",
        local(today() + timedelta(days=5), 18),
        teaser="Deutsch üben, bei Kaffee; und Kuchen.",
        venue=venue("Bürgerhaus", "Zeitz", latitude="51.050000", longitude="12.130000"),
        online_url="https://meet.example.org/cafe",
        organiser=organiser,
        categories=[category("Sprache", "sprache"), category("Treffen", "treffen")],
    )
    response = client.get(event.url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="sprachcafe.ics"'
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["X-WR-CALNAME"]) == "Sprachcafé"
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["UID"]) == f"{event.translation_key}-de@testserver"
    assert str(vevent["SUMMARY"]) == "Sprachcafé"
    description = str(vevent["DESCRIPTION"])
    assert description.startswith("Deutsch üben, bei Kaffee; und Kuchen.")
    assert "https://meet.example.org/cafe" in description
    assert str(vevent["URL"]) == f"http://testserver{event.url}"
    assert str(vevent["LOCATION"]) == "Bürgerhaus, Markt 1, 06618 Zeitz"
    assert vevent["GEO"].latitude == 51.05 and vevent["GEO"].longitude == 12.13
    assert sorted(vevent.categories) == ["Sprache", "Treffen"]
    assert str(vevent["ORGANIZER"]) == "mailto:kontakt@caritas.example.org"
    assert vevent["DTSTART"].dt == event.start
    assert "RRULE" not in vevent
    assert vevent["DTSTAMP"].dt == event.last_published_at.replace(microsecond=0)
    timezones = calendar.walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in timezones] == ["Europe/Berlin"]
    assert b"DTSTART;TZID=Europe/Berlin:" in response.content


def test_online_event_location_is_its_link(client, make_event):
    event = make_event("Online", online_url="https://meet.example.org/x")
    (vevent,) = get_calendar(client, event.url + "ical/").walk("VEVENT")
    assert str(vevent["LOCATION"]) == "https://meet.example.org/x"
    assert "GEO" not in vevent


def test_feeds_are_stable_between_requests(client, event_index, make_event):
    event = make_event("Sprachcafé", frequency="weekly", weekdays=["TH"], aliases=True)
    first = client.get(index_url(event_index)).content
    assert client.get(index_url(event_index)).content == first
    german = get_calendar(client, index_url(event_index)).walk("VEVENT")[0]
    arabic = get_calendar(client, index_url(event_index, "ar")).walk("VEVENT")[0]
    assert str(german["UID"]) == f"{event.translation_key}-de@testserver"
    assert str(arabic["UID"]) == f"{event.translation_key}-ar@testserver"
    single = get_calendar(client, event.url + "ical/").walk("VEVENT")[0]
    assert single["UID"] == german["UID"]


# -- Language ----------------------------------------------------------------------------------


def test_arabic_feed_names_itself_in_arabic_and_keeps_the_german_text(
    client, event_index, make_event
):
    event = make_event("Sprachcafé", teaser="Deutsch üben.", aliases=True)
    calendar = get_calendar(client, index_url(event_index, "ar"))
    arabic_home = HomePage.objects.get(locale__language_code="ar")
    with translation.override("ar"):
        expected = f"{translation.gettext('Veranstaltungen')} – {arabic_home.title}"
    assert str(calendar["X-WR-CALNAME"]) == expected
    assert any("\u0600" <= char <= "\u06ff" for char in expected)
    (vevent,) = calendar.walk("VEVENT")
    alias = translation_of(event, "ar")
    assert alias.alias_of_id == event.pk
    assert str(vevent["SUMMARY"]) == "Sprachcafé"
    assert str(vevent["DESCRIPTION"]).startswith("Deutsch üben.")
    assert str(vevent["URL"]) == f"http://testserver{alias.url}"
    assert alias.url.startswith("/ar/")
    german = get_calendar(client, index_url(event_index))
    german_home = HomePage.objects.get(locale__language_code="de")
    assert str(german["X-WR-CALNAME"]) == f"Termine im Test – {german_home.title}"


# -- Filters -----------------------------------------------------------------------------------


@pytest.fixture
def filter_events(make_event, venue, category):
    return {
        "language_cafe": make_event(
            "Sprachcafé",
            languages=["de", "ar"],
            categories=[category("Sprache", "sprache")],
            venue=venue("Bürgerhaus", "Zeitz"),
        ),
        "online": make_event(
            "Online-Beratung",
            online_url="https://meet.example.org/b",
            is_free=False,
            cost="5 €",
            languages=["de"],
        ),
        "hybrid": make_event(
            "Frauensport",
            online_url="https://meet.example.org/s",
            target_groups=["women"],
            categories=[category("Sport", "sport")],
            venue=venue("Turnhalle", "Weißenfels"),
        ),
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["Frauensport", "Online-Beratung", "Sprachcafé"]),
        ({"category": "sprache"}, ["Sprachcafé"]),
        ({"language": "ar"}, ["Sprachcafé"]),
        ({"attendance": "online"}, ["Frauensport", "Online-Beratung"]),
        ({"attendance": "in_person"}, ["Frauensport", "Sprachcafé"]),
        ({"free": "1"}, ["Frauensport", "Sprachcafé"]),
        ({"group": "women"}, ["Frauensport"]),
        ({"municipality": "zeitz"}, ["Sprachcafé"]),
        ({"free": "1", "attendance": "online"}, ["Frauensport"]),
    ],
)
def test_filtered_feed_has_only_matching_events(
    client, event_index, filter_events, params, expected
):
    assert summaries(get_calendar(client, index_url(event_index), **params)) == expected


# -- Privacy -----------------------------------------------------------------------------------


def test_drafts_and_unpublished_events_never_appear(client, event_index, make_event):
    # live=False: Wagtail creates pages live unless told (the fixture does not say so).
    make_event("Entwurf", publish=False, live=False)
    gone = make_event("Zurückgezogen")
    gone.unpublish()
    changed = make_event("Veröffentlicht")
    changed.title = "Noch nicht freigegeben"
    changed.save_revision()
    make_event("Sichtbar")
    assert summaries(get_calendar(client, index_url(event_index))) == ["Sichtbar", "Veröffentlicht"]
    draft = EventPage.objects.get(title="Entwurf")
    assert client.get(draft.url + "ical/").status_code == 404
    assert client.get(gone.url + "ical/").status_code == 404


def test_restricted_events_only_for_those_allowed(client, event_index, make_event, user_in_group):
    make_event("Öffentlich")
    members = make_event("Nur für Mitglieder")
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    group_only = make_event("Nur Koordination")
    restriction = PageViewRestriction.objects.create(
        page=group_only, restriction_type=PageViewRestriction.GROUPS
    )
    coordination = Group.objects.create(name="Testkoordination")
    restriction.groups.add(coordination)

    assert summaries(get_calendar(client, index_url(event_index))) == ["Öffentlich"]
    response = client.get(members.url + "ical/")
    assert response.status_code in (302, 404)
    assert b"BEGIN:VCALENDAR" not in response.content

    client.force_login(user_in_group("milan"))
    assert summaries(get_calendar(client, index_url(event_index))) == [
        "Nur für Mitglieder",
        "Öffentlich",
    ]
    assert get_calendar(client, members.url + "ical/").walk("VEVENT")
    kim = user_in_group("kim")
    kim.groups.add(coordination)
    client.force_login(kim)
    assert summaries(get_calendar(client, index_url(event_index))) == [
        "Nur Koordination",
        "Nur für Mitglieder",
        "Öffentlich",
    ]


def test_restricted_event_feed_is_not_found_for_anonymous(make_event):
    event = make_event("Nur für Mitglieder")
    PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.LOGIN)
    request = RequestFactory().get(event.url + "ical/")
    request.user = AnonymousUser()
    with pytest.raises(Http404):
        event_feed(request, event)


def test_restricted_alias_is_hidden_from_the_arabic_feed(client, event_index, make_event):
    event = make_event("Nur für Mitglieder", aliases=True)
    PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.LOGIN)
    make_event("Öffentlich", aliases=True)
    assert summaries(get_calendar(client, index_url(event_index, "ar"))) == ["Öffentlich"]


# -- Queries -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_queries_do_not_grow_with_the_number_of_events(
    client, event_index, make_event, venue, category
):
    organiser = Organiser.objects.create(name="Caritas", email="kontakt@caritas.example.org")
    categories = [category("Sprache", "sprache"), category("Sport", "sport")]
    start = local(today() + timedelta(days=2), 18)

    def add(count):
        for number in range(count):
            make_event(
                f"Termin {number}",
                start + timedelta(days=number),
                frequency="weekly",
                weekdays=["TH"],
                cancelled=[today() + timedelta(days=30)],
                extra=[start + timedelta(days=100)],
                categories=categories,
                organiser=organiser,
                venue=venue("Ort", "Zeitz", latitude="51.0", longitude="12.0"),
                online_url="https://meet.example.org/x" if number % 2 else "",
            )

    def count_queries():
        client.get(index_url(event_index))  # fill Wagtail's caches (site root paths)
        with CaptureQueriesContext(connection) as queries:
            calendar = get_calendar(client, index_url(event_index), category="sprache")
        return len(queries), len(calendar.walk("VEVENT"))

    add(5)
    few, events = count_queries()
    assert events == 5
    add(55)
    many, events = count_queries()
    assert events == 60
    assert few == many, (few, many)
    print(f"index feed: {few} queries for 5 and 60 events")


@pytest.mark.demo
@pytest.mark.parametrize("language", ["de", "ar", "uk"])
def test_demo_index_feeds_match_their_listing(client, language):
    """Whatever events the demo brings: each index feed expands to what the site lists."""
    from eventpages.models import EventIndexPage

    start = today() + timedelta(days=1)
    after, before = local(start, 3), local(start + timedelta(days=120), 3)
    indexes = EventIndexPage.objects.live().public().filter(locale__language_code=language)
    compared = 0
    for index in indexes:
        calendar = get_calendar(client, index.url + "ical/")
        events = EventPage.objects.live().public().descendant_of(index)
        rows = (
            Occurrence.objects.filter(locale=index.locale, event__in=events)
            .between(after, before)
            .select_related("event")
        )
        expected = {occurrence_key(row.event.title, row.start, row.event.all_day) for row in rows}
        assert expanded(calendar, after, before) == expected
        compared += len(expected)
    assert indexes and compared, "the demo has event indexes with upcoming events to compare"
