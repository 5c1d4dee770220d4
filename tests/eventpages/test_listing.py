"""The upcoming list and the archive of an event index: filters, days, pages, languages."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import override
from wagtail.models import Locale, PageViewRestriction

from core import dates
from eventpages.models import EventIndexPage, EventPage, Occurrence
from home.languages import SPOKEN_LANGUAGE_NAMES

from .conftest import BERLIN, berlin

pytestmark = pytest.mark.django_db

INDEX = "/de/termine-test/"
GERMAN_WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
GERMAN_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def get(client, url, **params):
    return soup(client.get(url, params))


def titles(html):
    return [link.get_text(strip=True) for link in html.select(".event-item__title a")]


def today():
    return timezone.localdate(timezone.now(), BERLIN)


def at(days, hour=12, minute=0):
    """A local time `days` after today."""
    day = today() + timedelta(days=days)
    return berlin(day.year, day.month, day.day, hour, minute)


def ongoing():
    """Started an hour ago, ends in an hour: inside today, this week and this month."""
    return {"start": timezone.now() - timedelta(hours=1), "duration": timedelta(hours=2)}


# The list


def test_index_lists_upcoming_occurrences_in_order(client, make_event):
    make_event("Später", at(5, 9))
    make_event("Nachmittag", at(3, 15))
    make_event("Vormittag", at(3, 10))
    html = get(client, INDEX)
    assert titles(html) == ["Vormittag", "Nachmittag", "Später"]
    assert html.select_one(".event-count").get_text(strip=True) == "3 Termine"


def test_occurrences_are_grouped_by_local_day_with_german_headings(client, make_event):
    make_event("Früh", at(3, 0, 30))  # 00:30 in Berlin is the day before in UTC
    make_event("Abends", at(3, 23, 30))
    make_event("Danach", at(4, 10))
    html = get(client, INDEX)
    days = html.select(".event-day")
    assert len(days) == 2
    first, second = (today() + timedelta(days=offset) for offset in (3, 4))
    for section, day in zip(days, [first, second], strict=True):
        heading = section.select_one("h2")
        expected = (
            f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. {GERMAN_MONTHS[day.month - 1]} "
            f"{day.year}"
        )
        assert heading.get_text(strip=True) == expected
        assert heading.select_one("time")["datetime"] == day.isoformat()
    assert titles(days[0]) == ["Früh", "Abends"]
    assert titles(days[1]) == ["Danach"]


def test_day_headings_follow_the_active_language(client, make_event):
    make_event("Sprachkurs", at(3, 10), aliases=True)
    day = today() + timedelta(days=3)
    html = get(client, "/ar/termine-test/")
    heading = html.select_one(".event-day h2").get_text(strip=True)
    with override("ar"):
        assert heading == dates.day_with_weekday(day)
    assert GERMAN_WEEKDAYS[day.weekday()] not in heading


def test_list_item_shows_time_title_teaser_place_and_badges(client, make_event, venue):
    event = make_event(
        "Elterncafé",
        at(3, 18),
        duration=timedelta(hours=2),
        teaser="Austausch bei Kaffee und Kuchen.",
        venue=venue("Stadtbibliothek", "Zeitz"),
        online_url="https://example.org/raum",
        languages=["de", "ar"],
        is_free=True,
    )
    item = get(client, INDEX).select_one(".event-item")
    link = item.select_one(".event-item__title a")
    assert link["href"] == event.url
    assert link.get_text(strip=True) == "Elterncafé"
    assert not link.has_attr("lang")
    times = item.select(".event-item__time time")
    assert [t.get_text(strip=True) for t in times] == ["18:00", "20:00"]
    assert times[0]["datetime"].startswith(f"{at(3).date().isoformat()}T18:00")
    assert item.select_one(".event-item__teaser").get_text() == "Austausch bei Kaffee und Kuchen."
    assert item.select_one(".event-item__place").get_text(strip=True) == "Stadtbibliothek, Zeitz"
    badges = [badge.get_text(" ", strip=True) for badge in item.select(".event-badge")]
    assert badges == ["Kostenlos", "Vor Ort und online", "Sprachen: Deutsch und Arabisch"]
    assert item.select_one(".event-item__notice") is None


def test_online_only_all_day_and_paid_events(client, make_event):
    make_event(
        "Webinar",
        at(3, 10),
        venue=None,
        online_url="https://example.org/webinar",
        is_free=False,
        cost="5 €",
        languages=["en"],
    )
    make_event("Fest", at(4, 0, 0), duration=timedelta(days=1), all_day=True)
    make_event("Ausstellung", at(5, 0, 0), duration=timedelta(days=3), all_day=True)
    items = get(client, INDEX).select(".event-item")
    webinar, fest, exhibition = items
    assert webinar.select_one(".event-item__place").get_text(strip=True) == "Online"
    badges = [badge.get_text(" ", strip=True) for badge in webinar.select(".event-badge")]
    assert badges == ["Online", "Sprache: Englisch"]
    assert fest.select_one(".event-item__time").get_text(strip=True) == "ganztägig"
    exhibition_time = exhibition.select_one(".event-item__time")
    assert [t["datetime"] for t in exhibition_time.select("time")] == [
        (today() + timedelta(days=5)).isoformat(),
        (today() + timedelta(days=7)).isoformat(),
    ]
    assert "ganztägig" in exhibition_time.get_text()


def test_running_event_is_listed_under_today_and_past_ones_are_not(client, make_event):
    make_event("Läuft gerade", **ongoing())
    make_event("Vorbei", timezone.now() - timedelta(days=2))
    make_event("Gleich vorbei", timezone.now() - timedelta(hours=3), duration=timedelta(hours=1))
    html = get(client, INDEX)
    assert titles(html) == ["Läuft gerade"]
    assert html.select_one(".event-day time")["datetime"] == today().isoformat()


def test_recurring_event_lists_every_date(client, make_event):
    make_event("Deutschkurs", at(2, 17), frequency="daily", ends="after_count", count=3)
    html = get(client, INDEX)
    assert titles(html) == ["Deutschkurs"] * 3
    assert len(html.select(".event-day")) == 3


def test_drafts_unpublished_and_other_indexes_are_never_listed(client, make_event, site):
    make_event("Entwurf", at(3), publish=False)
    withdrawn = make_event("Zurückgezogen", at(3))
    withdrawn.unpublish()
    changed = make_event("Veröffentlicht", at(3))
    changed.title = "Geänderter Entwurf"
    changed.save_revision()  # a draft change: the live title stays
    other_index = EventIndexPage(title="Andere Termine", slug="andere-termine")
    site.home.add_child(instance=other_index)
    other_index.save_revision().publish()
    make_event("Woanders", at(3), parent=other_index)
    html = get(client, INDEX)
    assert titles(html) == ["Veröffentlicht"]
    assert titles(get(client, "/de/andere-termine/")) == ["Woanders"]
    # Even a stale occurrence row of an unpublished event stays hidden.
    Occurrence.objects.create(
        event=withdrawn, locale=withdrawn.locale, start=at(4), end=at(4, 14), is_free=True
    )
    assert titles(get(client, INDEX)) == ["Veröffentlicht"]


def test_events_under_a_view_restriction_are_only_listed_for_members(
    client, make_event, user_in_group
):
    make_event("Offen", at(3, 10))
    secret = make_event("Intern", at(3, 12))
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Netzwerk-Mitglieder"))
    assert titles(get(client, INDEX)) == ["Offen"]
    client.force_login(user_in_group("test-ohne-gruppe"))
    assert titles(get(client, INDEX)) == ["Offen"]
    client.force_login(user_in_group("test-mitglied-liste", "Netzwerk-Mitglieder"))
    assert titles(get(client, INDEX)) == ["Offen", "Intern"]
    client.force_login(user_in_group("test-admin-liste", is_superuser=True))
    assert titles(get(client, INDEX)) == ["Offen", "Intern"]


# Filters


@pytest.fixture
def assorted(make_event, category, venue):
    """Five events that differ in one filterable fact each."""
    language_course = category("Sprache", "sprache")
    meeting = category("Begegnung", "begegnung")
    return {
        "Sprachkurs": make_event(
            "Sprachkurs",
            at(3, 10),
            categories=[language_course],
            languages=["de"],
            target_groups=["newcomers"],
            venue=venue("Volkshochschule", "Zeitz"),
            is_free=False,
        ),
        "Frauencafé": make_event(
            "Frauencafé",
            at(3, 14),
            categories=[meeting],
            languages=["de", "ar"],
            target_groups=["women"],
            venue=venue("Bürgerhaus", "Naumburg"),
            is_free=True,
        ),
        "Online-Beratung": make_event(
            "Online-Beratung",
            at(4, 10),
            categories=[meeting],
            languages=["uk"],
            target_groups=["newcomers"],
            venue=None,
            online_url="https://example.org/beratung",
            is_free=True,
        ),
        "Hybrid-Treffen": make_event(
            "Hybrid-Treffen",
            at(5, 10),
            categories=[language_course, meeting],
            languages=["ar"],
            target_groups=["volunteers"],
            venue=venue("Rathaus", "Zeitz"),
            online_url="https://example.org/hybrid",
            is_free=False,
        ),
        "Frauensport": make_event(
            "Frauensport",
            at(6, 10),
            languages=["de"],
            target_groups=["women"],
            venue=venue("Sporthalle", "Naumburg"),
            is_free=True,
        ),
    }


ALL = ["Sprachkurs", "Frauencafé", "Online-Beratung", "Hybrid-Treffen", "Frauensport"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ALL),
        ({"category": "sprache"}, ["Sprachkurs", "Hybrid-Treffen"]),
        ({"category": "begegnung"}, ["Frauencafé", "Online-Beratung", "Hybrid-Treffen"]),
        ({"municipality": "zeitz"}, ["Sprachkurs", "Hybrid-Treffen"]),
        ({"municipality": "naumburg"}, ["Frauencafé", "Frauensport"]),
        ({"language": "ar"}, ["Frauencafé", "Hybrid-Treffen"]),
        ({"language": "uk"}, ["Online-Beratung"]),
        ({"group": "women"}, ["Frauencafé", "Frauensport"]),
        ({"group": "newcomers"}, ["Sprachkurs", "Online-Beratung"]),
        ({"attendance": "online"}, ["Online-Beratung", "Hybrid-Treffen"]),
        (
            {"attendance": "in_person"},
            ["Sprachkurs", "Frauencafé", "Hybrid-Treffen", "Frauensport"],
        ),
        ({"free": "1"}, ["Frauencafé", "Online-Beratung", "Frauensport"]),
        ({"free": "on"}, ["Frauencafé", "Online-Beratung", "Frauensport"]),
        ({"category": "begegnung", "free": "1"}, ["Frauencafé", "Online-Beratung"]),
        ({"municipality": "zeitz", "attendance": "online"}, ["Hybrid-Treffen"]),
        ({"group": "women", "language": "ar", "municipality": "naumburg"}, ["Frauencafé"]),
        ({"category": "sprache", "free": "1"}, []),
    ],
)
def test_each_filter_alone_and_combined(client, assorted, params, expected):
    html = get(client, INDEX, **params)
    assert titles(html) == expected
    form = html.select_one("form.event-filter")
    for name, value in params.items():
        field = form.select_one(f"[name={name}]")
        if field.name == "select":
            assert field.select_one("option[selected]")["value"] == value
        else:
            assert field.has_attr("checked")


def test_time_filters_today_week_and_month(client, make_event):
    make_event("Jetzt", **ongoing())
    make_event("Übermorgen", at(2, 12))
    make_event("In acht Tagen", at(8, 12))
    make_event("In 32 Tagen", at(32, 12))
    assert titles(get(client, INDEX, when="today")) == ["Jetzt"]
    week = titles(get(client, INDEX, when="week"))
    assert week[0] == "Jetzt" and "In acht Tagen" not in week and "In 32 Tagen" not in week
    assert ("Übermorgen" in week) == (today().weekday() <= 4)  # Saturday: Monday is next week
    month = titles(get(client, INDEX, when="month"))
    assert month[0] == "Jetzt" and "In 32 Tagen" not in month
    assert ("In acht Tagen" in month) == ((today() + timedelta(days=8)).month == today().month)
    assert titles(get(client, INDEX)) == ["Jetzt", "Übermorgen", "In acht Tagen", "In 32 Tagen"]


def test_date_range_filters(client, make_event):
    for offset in (10, 12, 14):
        make_event(f"Tag {offset}", at(offset, 12))
    day = today()
    iso = lambda offset: (day + timedelta(days=offset)).isoformat()  # noqa: E731
    assert titles(get(client, INDEX, date_from=iso(11), date_to=iso(13))) == ["Tag 12"]
    assert titles(get(client, INDEX, date_from=iso(12))) == ["Tag 12", "Tag 14"]
    assert titles(get(client, INDEX, date_to=iso(12))) == ["Tag 10", "Tag 12"]
    assert titles(get(client, INDEX, date_from=iso(12), date_to=iso(12))) == ["Tag 12"]
    # date_from in the past still lists only what has not ended
    assert titles(get(client, INDEX, date_from=iso(-30), date_to=iso(10))) == ["Tag 10"]


def test_invalid_dates_redisplay_with_error_and_values(client, make_event):
    make_event("Irgendwann", at(3))
    day = today()
    later, earlier = (day + timedelta(days=9)).isoformat(), (day + timedelta(days=2)).isoformat()
    html = get(client, INDEX, date_from=later, date_to=earlier, category="nichtda")
    form = html.select_one("form.event-filter")
    assert form.select_one("[role=alert]") is not None
    date_to = form.select_one("input[name=date_to]")
    assert date_to["value"] == earlier
    assert date_to["aria-invalid"] == "true"
    error = form.select_one(f"#{date_to['aria-describedby']}")
    assert "Das Enddatum liegt vor dem Anfangsdatum." in error.get_text()
    assert form.select_one("input[name=date_from]")["value"] == later
    assert form.select_one("select[name=category]")["aria-invalid"] == "true"
    # The filters are not applied, so the visitor still sees what is coming up.
    assert titles(html) == ["Irgendwann"]
    assert html.select_one(".event-filter__reset")["href"] == INDEX


def test_malformed_dates_do_not_break_the_page(client, make_event):
    make_event("Irgendwann", at(3))
    html = get(client, INDEX, date_from="2025-13-45", when="gestern", free="vielleicht")
    assert html.select_one("input[name=date_from]")["value"] == "2025-13-45"
    assert html.select("form.event-filter .errorlist")
    assert titles(html) == ["Irgendwann"]


def test_a_bad_date_is_named_and_the_category_still_applies(client, assorted):
    html = get(client, INDEX, category="sprache", date_from="2025-13-45")
    form = html.select_one("form.event-filter")
    assert form.select_one("[role=alert]") is not None
    assert form.select_one("input[name=date_from]")["aria-invalid"] == "true"
    assert form.select_one("select[name=category] option[selected]")["value"] == "sprache"
    assert titles(html) == ["Sprachkurs", "Hybrid-Treffen"]
    # Page links and feeds keep the valid filter and leave out the bad date.
    links = {a.get_text(strip=True): a["href"] for a in html.select(".event-subscribe a")}
    assert links["Kalender abonnieren (iCal)"].endswith("ical/?category=sprache")


def test_empty_result_says_so_and_offers_to_clear_filters(client, assorted):
    html = get(client, INDEX, category="sprache", free="1")
    empty = html.select_one(".event-empty")
    assert "Keine Veranstaltungen gefunden." in empty.get_text()
    assert empty.select_one("a")["href"] == INDEX
    assert html.select_one(".event-count").get_text(strip=True) == "0 Termine"


def test_empty_index_without_filters_has_no_clear_link(client, event_index):
    empty = get(client, INDEX).select_one(".event-empty")
    assert "Keine Veranstaltungen gefunden." in empty.get_text()
    assert "Neue Termine kommen laufend dazu." in empty.get_text()
    # No filters to clear: the way on is the home page.
    assert [a["href"] for a in empty.select("a")] == ["/de/"]


def test_filter_form_is_a_labelled_get_form(client, event_index):
    form = get(client, INDEX).select_one("form.event-filter")
    assert form["method"] == "get"
    assert form["action"] == INDEX
    assert form.select_one("fieldset > legend").get_text(strip=True) == "Veranstaltungen filtern"
    controls = form.select("select, input")
    assert {control["name"] for control in controls} == {
        "when",
        "date_from",
        "date_to",
        "category",
        "municipality",
        "language",
        "group",
        "attendance",
        "free",
        "places",
    }
    for control in controls:
        assert form.select_one(f"label[for={control['id']}]").get_text(strip=True)
    assert form.select_one("button[type=submit]").get_text(strip=True) == "Filtern"
    reset = form.select_one("a.event-filter__reset")
    assert reset.get_text(strip=True) == "Filter zurücksetzen"
    assert reset["href"] == INDEX


def test_feed_calendar_and_archive_links_keep_the_filters(client, assorted):
    html = get(client, INDEX, category="begegnung", free="1", when="week")
    views = {
        a.select_one(".event-views__long").get_text(): a["href"]
        for a in html.select("nav.event-views a")
    }
    assert views == {
        "Kommende Veranstaltungen": f"{INDEX}?category=begegnung&free=1",
        "Monatskalender": f"{INDEX}calendar/?category=begegnung&free=1",
        "Vergangene Veranstaltungen": f"{INDEX}archive/?category=begegnung&free=1",
    }
    assert html.select_one("nav.event-views a[aria-current=page]")["href"].startswith(INDEX)
    links = {a.get_text(strip=True): a["href"] for a in html.select(".event-subscribe a")}
    query = "when=week&category=begegnung&free=1"
    assert links["Kalender abonnieren (iCal)"] == f"webcal://testserver{INDEX}ical/?{query}"
    assert links["Als iCal-Datei herunterladen"] == f"{INDEX}ical/?{query}"
    feed = html.select_one('link[rel=alternate][type="text/calendar"]')
    assert feed["href"] == f"{INDEX}ical/?{query}"


# Pages


def test_pagination_twenty_per_page_and_out_of_range_pages(client, make_event):
    make_event("Täglich", at(1, 9), frequency="daily", ends="after_count", count=25)
    first = get(client, INDEX)
    assert len(first.select(".event-item")) == 20
    assert first.select_one(".event-count").get_text(strip=True) == "25 Termine"
    pagination = first.select_one("nav.pagination")
    assert pagination.select_one("[aria-current=page]").get_text(strip=True) == "Seite 1 von 2"
    assert pagination.select_one("a[rel=next]")["href"] == "?page=2"
    second = get(client, INDEX, page="2")
    assert len(second.select(".event-item")) == 5
    assert second.select_one("nav.pagination a[rel=prev]")["href"] == "?page=1"
    first_days = [t["datetime"] for t in first.select(".event-day h2 time")]
    second_days = [t["datetime"] for t in second.select(".event-day h2 time")]
    assert first_days[-1] < second_days[0]
    for wrong, expected in [("999", 5), ("0", 20), ("-1", 20), ("abc", 20), ("", 20)]:
        response = client.get(INDEX, {"page": wrong})
        assert response.status_code == 200
        assert len(soup(response).select(".event-item")) == expected, wrong


def test_pagination_links_keep_the_filters(client, make_event, category):
    course = category("Sprache", "sprache")
    make_event(
        "Täglich", at(1, 9), frequency="daily", ends="after_count", count=25, categories=[course]
    )
    html = get(client, INDEX, category="sprache", page="1", unknown="x")
    assert html.select_one("nav.pagination a[rel=next]")["href"] == "?category=sprache&page=2"


def test_few_events_have_no_pagination(client, make_event):
    make_event("Einmal", at(3))
    assert get(client, INDEX).select_one("nav.pagination") is None


# Languages


def test_untranslated_event_shows_notice_and_original_language(client, make_event):
    make_event("Sprachcafé am Markt", at(3, 10), teaser="Deutsch üben.", aliases=True)
    html = get(client, "/ar/termine-test/")
    assert html.html["lang"] == "ar" and html.html["dir"] == "rtl"
    item = html.select_one(".event-item")
    link = item.select_one(".event-item__title a")
    assert link.get_text(strip=True) == "Sprachcafé am Markt"
    assert link["lang"] == "de" and link["dir"] == "ltr"
    assert link["href"].startswith("/ar/termine-test/")
    teaser = item.select_one(".event-item__teaser")
    assert teaser["lang"] == "de" and teaser.get_text() == "Deutsch üben."
    assert item.select_one(".event-item__notice").get_text(strip=True)


@pytest.mark.parametrize("language", ["en", "fa", "uk", "ru", "tr"])
def test_untranslated_events_are_marked_in_every_other_language(client, make_event, language):
    make_event("Sprachcafé am Markt", at(3, 10), aliases=True)
    item = get(client, f"/{language}/termine-test/").select_one(".event-item")
    assert item.select_one(".event-item__title a")["lang"] == "de"
    assert item.select_one(".event-item__notice").get_text(strip=True)


def test_notice_names_the_original_language():
    context = {"original": {"code": "de", "name": SPOKEN_LANGUAGE_NAMES["de"]}}
    with override("de"):
        text = render_to_string("eventpages/includes/translation_notice.html", context)
    assert BeautifulSoup(text, "html.parser").get_text(strip=True) == "Nur auf Deutsch verfügbar"


def test_translated_event_shows_its_own_text(client, make_event):
    make_event("Unübersetzt", at(3, 10), aliases=True)
    german = make_event("Übersetzt", at(4, 10), teaser="Auf Deutsch.")
    arabic_locale = Locale.objects.get(language_code="ar")
    arabic = german.copy_for_translation(arabic_locale, copy_parents=True)
    arabic.title = "مترجم"
    arabic.teaser = "بالعربية."
    arabic.slug = "mutarjam"
    arabic.save_revision().publish()
    assert EventPage.objects.get(pk=arabic.pk).alias_of_id is None

    html = get(client, "/ar/termine-test/")
    untranslated, translated = html.select(".event-item")
    assert untranslated.select_one(".event-item__title a")["lang"] == "de"
    assert untranslated.select_one(".event-item__notice") is not None
    link = translated.select_one(".event-item__title a")
    assert link.get_text(strip=True) == "مترجم"
    assert not link.has_attr("lang")
    assert link["href"] == "/ar/termine-test/mutarjam/"
    assert translated.select_one(".event-item__teaser").get_text() == "بالعربية."
    assert not translated.select_one(".event-item__teaser").has_attr("lang")
    assert translated.select_one(".event-item__notice") is None
    # The German list is untouched.
    assert titles(get(client, INDEX)) == ["Unübersetzt", "Übersetzt"]


def test_only_events_of_the_index_language_are_listed(client, make_event):
    make_event("Nur deutsch", at(3))
    make_event("Überall", at(4), aliases=True)
    assert titles(get(client, INDEX)) == ["Nur deutsch", "Überall"]
    assert titles(get(client, "/ar/termine-test/")) == ["Überall"]
    assert titles(get(client, "/fa/termine-test/")) == ["Überall"]


# Archive


def test_archive_lists_past_occurrences_newest_first(client, make_event):
    make_event("Vor drei Tagen", at(-3, 10))
    make_event("Vorgestern", at(-2, 10))
    make_event("Gestern", at(-1, 10))
    make_event("Läuft noch", **ongoing())
    make_event("Morgen", at(1, 10))
    html = get(client, f"{INDEX}archive/")
    assert titles(html) == ["Gestern", "Vorgestern", "Vor drei Tagen"]
    days = [t["datetime"] for t in html.select(".event-day h2 time")]
    assert days == sorted(days, reverse=True)
    assert html.select_one("nav.event-views a[aria-current=page]")["href"] == f"{INDEX}archive/"
    assert html.select_one("h1 .events__view-name").get_text(strip=True) == (
        "Vergangene Veranstaltungen"
    )


def test_archive_filters_but_has_no_date_fields(client, make_event, category, venue):
    course = category("Sprache", "sprache")
    make_event("Kurs", at(-2, 10), categories=[course], venue=venue("VHS", "Zeitz"))
    make_event("Fest", at(-3, 10))
    html = get(client, f"{INDEX}archive/", category="sprache")
    assert titles(html) == ["Kurs"]
    form = html.select_one("form.event-filter")
    assert form["action"] == f"{INDEX}archive/"
    assert form.select_one("[name=date_from]") is None
    assert form.select_one("[name=when]") is None
    assert titles(get(client, f"{INDEX}archive/", municipality="zeitz")) == ["Kurs"]
    # Date filters in the address do not hide the past.
    assert titles(get(client, f"{INDEX}archive/", when="today")) == ["Kurs", "Fest"]
    empty = get(client, f"{INDEX}archive/", category="sprache", municipality="naumburg")
    assert empty.select_one(".event-empty a")["href"] == f"{INDEX}archive/"


def test_archive_paginates(client, make_event):
    make_event("Täglich", at(-30, 9), frequency="daily", ends="after_count", count=25)
    assert len(get(client, f"{INDEX}archive/").select(".event-item")) == 20
    last = get(client, f"{INDEX}archive/", page="999")
    assert len(last.select(".event-item")) == 5
    assert last.select_one("nav.pagination a[rel=prev]")["href"] == "?page=1"


# Home page


def test_home_page_shows_the_next_events_in_its_language(client, make_event):
    Occurrence.objects.all().delete()  # leave the demo's events out of this test
    make_event("Erstes", at(2, 10), aliases=True)
    make_event("Zweites", at(3, 10), aliases=True)
    make_event("Drittes", at(4, 10))
    make_event("Viertes", at(5, 10))
    make_event("Vorbei", at(-1, 10))
    html = get(client, "/de/")
    section = html.select_one("section.upcoming-events")
    assert section.select_one("h2").get_text(strip=True) == "Nächste Veranstaltungen"
    assert [a.get_text(strip=True) for a in section.select("h3 a")] == [
        "Erstes",
        "Zweites",
        "Drittes",
    ]
    first_index = (
        EventIndexPage.objects.live().filter(locale__language_code="de").order_by("path").first()
    )
    assert section.select_one(".upcoming-events__more a")["href"] == first_index.url

    arabic = get(client, "/ar/").select_one("section.upcoming-events")
    links = arabic.select("h3 a")
    assert [a.get_text(strip=True) for a in links] == ["Erstes", "Zweites"]
    assert all(a["lang"] == "de" and a["href"].startswith("/ar/") for a in links)
    assert arabic.select_one(".upcoming-events__more a")["href"].startswith("/ar/")


def test_home_page_without_events_shows_no_section(client, event_index):
    Occurrence.objects.all().delete()
    assert get(client, "/de/").select_one("section.upcoming-events") is None


def test_home_page_hides_restricted_events(client, make_event):
    Occurrence.objects.all().delete()
    secret = make_event("Intern", at(2, 10))
    make_event("Offen", at(3, 10))
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    section = get(client, "/de/").select_one("section.upcoming-events")
    assert [a.get_text(strip=True) for a in section.select("h3 a")] == ["Offen"]
