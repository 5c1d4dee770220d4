"""The month calendar of an event index: an accessible table, month navigation and filters."""

import calendar
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from core import dates

from .conftest import BERLIN, berlin

pytestmark = pytest.mark.django_db

CALENDAR = "/de/termine-test/calendar/"
GERMAN_WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def get(client, url=CALENDAR, **params):
    return soup(client.get(url, params))


def today():
    return timezone.localdate(timezone.now(), BERLIN)


def next_month(first):
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


def a_month_ahead():
    """The first of next month: dates in it are always in the future."""
    return next_month(today().replace(day=1))


def cell(html, day):
    """The table cell of a day."""
    time = html.select_one(f'table.calendar td time[datetime="{day.isoformat()}"]')
    return time.find_parent("td") if time else None


def cell_titles(html, day):
    found = cell(html, day)
    return [a.get_text(" ", strip=True) for a in found.select(".calendar__events a")]


def test_calendar_is_a_table_with_caption_and_weekday_headers(client, event_index):
    month = today().replace(day=1)
    html = get(client)
    table = html.select_one("table.calendar")
    caption = table.select_one("caption").get_text(strip=True)
    months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"]
    months += ["September", "Oktober", "November", "Dezember"]
    assert caption == f"{months[month.month - 1]} {month.year}"
    headers = table.select("thead th")
    assert [th["scope"] for th in headers] == ["col"] * 7
    assert [th.select_one(".calendar__weekday-long").get_text() for th in headers] == (
        GERMAN_WEEKDAYS
    )
    weeks = table.select("tbody tr")
    assert len(weeks) == len(calendar.Calendar().monthdatescalendar(month.year, month.month))
    assert all(len(week.select("td")) == 7 for week in weeks)
    days = [time["datetime"] for time in table.select("tbody td time")]
    last = calendar.monthrange(month.year, month.month)[1]
    assert days == [month.replace(day=number).isoformat() for number in range(1, last + 1)]
    first_cell = cell(html, month)
    assert first_cell.find_parent("tr").select("td").index(first_cell) == month.weekday()
    # The full date for screen readers (shown on phones, events.css), the number for the eye.
    long_date = first_cell.select_one(".calendar__date-long").get_text(strip=True)
    assert long_date == dates.day_with_weekday(month, "de")
    assert first_cell.select_one(".calendar__date-short[aria-hidden=true]").get_text() == "1"
    region = html.select_one(".calendar-scroll")
    assert region["role"] == "region" and region["aria-labelledby"] == caption_id(table)


def caption_id(table):
    return table.select_one("caption")["id"]


def test_today_is_marked(client, event_index):
    html = get(client)
    current = html.select("td[aria-current]")
    assert len(current) == 1
    assert current[0]["aria-current"] == "date"
    assert current[0].select_one("time")["datetime"] == today().isoformat()
    other = get(client, month=f"{a_month_ahead():%Y-%m}")
    assert other.select("td[aria-current]") == []


def test_events_appear_on_their_days_as_links(client, make_event):
    first = a_month_ahead()
    day = first + timedelta(days=9)
    event = make_event("Sprachcafé Zeitz", berlin(day.year, day.month, day.day, 18))
    make_event(
        "Ausstellung",
        berlin(first.year, first.month, 2, 0, 0),
        duration=timedelta(days=3),
        all_day=True,
    )
    make_event("Nächster Monat", berlin(*next_month(first).timetuple()[:3], 10))
    html = get(client, month=f"{first:%Y-%m}")
    link = cell(html, day).select_one(".calendar__events a")
    assert link["href"] == event.url
    assert link.get_text(" ", strip=True) == "18:00 Sprachcafé Zeitz"
    assert "calendar__day--busy" in cell(html, day)["class"]
    for offset in range(1, 4):
        assert cell_titles(html, first + timedelta(days=offset)) == ["Ausstellung"]
    assert cell_titles(html, first) == [] and cell_titles(html, first + timedelta(days=4)) == []
    all_text = html.select_one("table.calendar").get_text()
    assert "Nächster Monat" not in all_text


def test_occurrences_overlapping_the_month_edges(client, make_event):
    first = a_month_ahead()
    before = first - timedelta(days=1)
    make_event(
        "Über den Monatswechsel",
        berlin(before.year, before.month, before.day, 20),
        duration=timedelta(hours=26),
    )
    make_event(
        "Endet um Mitternacht",
        berlin(before.year, before.month, before.day, 22),
        duration=timedelta(hours=2),
    )
    html = get(client, month=f"{first:%Y-%m}")
    assert cell_titles(html, first) == ["Über den Monatswechsel"]
    assert cell_titles(html, first + timedelta(days=1)) == []


def test_recurring_event_fills_its_days(client, make_event):
    first = a_month_ahead()
    make_event(
        "Deutschkurs",
        berlin(first.year, first.month, 1, 17),
        frequency="daily",
        interval=2,
        ends="after_count",
        count=4,
    )
    html = get(client, month=f"{first:%Y-%m}")
    busy = [td.select_one("time")["datetime"] for td in html.select("td.calendar__day--busy")]
    assert busy == [(first + timedelta(days=offset)).isoformat() for offset in (0, 2, 4, 6)]


def test_month_navigation(client, event_index):
    html = get(client, month="2026-12")
    assert html.select_one("caption").get_text(strip=True) == "Dezember 2026"
    nav = html.select_one("nav.calendar-nav")
    assert nav.select_one("a[rel=prev]")["href"] == f"{CALENDAR}?month=2026-11"
    assert nav.select_one("a[rel=next]")["href"] == f"{CALENDAR}?month=2027-01"
    assert "November 2026" in nav.select_one("a[rel=prev]").get_text()
    assert "Januar 2027" in nav.select_one("a[rel=next]").get_text()
    january = get(client, month="2027-01")
    assert january.select_one("a[rel=prev]")["href"] == f"{CALENDAR}?month=2026-12"
    current = today().replace(day=1)
    assert january.select_one(f'nav.calendar-nav a[href="{CALENDAR}?month={current:%Y-%m}"]')


@pytest.mark.parametrize("value", ["", "2026-13", "2026-00", "abc", "0000-01", "99999-01", "1-1"])
def test_invalid_month_shows_the_current_month(client, event_index, value):
    response = client.get(CALENDAR, {"month": value})
    assert response.status_code == 200
    html = soup(response)
    current = today().replace(day=1)
    assert html.select_one("table.calendar tbody td time")["datetime"] == current.isoformat()
    assert html.select("td[aria-current=date]")


def test_filters_apply_and_navigation_keeps_them(client, make_event, category):
    course = category("Sprache", "sprache")
    first = a_month_ahead()
    day = first + timedelta(days=4)
    make_event("Kurs", berlin(day.year, day.month, day.day, 10), categories=[course])
    make_event("Fest", berlin(day.year, day.month, day.day, 15), is_free=False)
    html = get(client, month=f"{first:%Y-%m}", category="sprache", free="1", when="today")
    assert cell_titles(html, day) == ["10:00 Kurs"]
    nav = html.select_one("nav.calendar-nav")
    previous = (first - timedelta(days=1)).replace(day=1)
    assert nav.select_one("a[rel=prev]")["href"] == (
        f"{CALENDAR}?month={previous:%Y-%m}&category=sprache&free=1"
    )
    assert nav.select_one("a[rel=next]")["href"] == (
        f"{CALENDAR}?month={next_month(first):%Y-%m}&category=sprache&free=1"
    )
    form = html.select_one("form.event-filter")
    assert form["action"] == CALENDAR
    assert form.select_one("input[type=hidden][name=month]")["value"] == f"{first:%Y-%m}"
    assert form.select_one("[name=date_from]") is None
    assert form.select_one("select[name=category] option[selected]")["value"] == "sprache"
    assert form.select_one(".event-filter__reset")["href"] == f"{CALENDAR}?month={first:%Y-%m}"
    views = {
        a.select_one(".event-views__long").get_text(): a["href"]
        for a in html.select("nav.event-views a")
    }
    assert views["Kommende Veranstaltungen"] == "/de/termine-test/?category=sprache&free=1"
    unfiltered = get(client, month=f"{first:%Y-%m}")
    assert cell_titles(unfiltered, day) == ["10:00 Kurs", "15:00 Fest"]


def test_empty_month_says_so(client, event_index):
    html = get(client, month="2026-02", category="nichtda")
    assert html.select_one(".event-empty") is not None
    assert html.select_one("table.calendar") is not None


def test_past_days_of_the_month_still_show_their_events(client, make_event):
    yesterday = today() - timedelta(days=1)
    make_event("Gestern", berlin(yesterday.year, yesterday.month, yesterday.day, 10))
    html = get(client, month=f"{yesterday:%Y-%m}")
    assert cell_titles(html, yesterday) == ["10:00 Gestern"]


def test_calendar_in_arabic_marks_untranslated_titles(client, make_event):
    first = a_month_ahead()
    day = first + timedelta(days=2)
    make_event("Sprachcafé", berlin(day.year, day.month, day.day, 10), aliases=True)
    html = get(client, "/ar/termine-test/calendar/", month=f"{first:%Y-%m}")
    assert html.html["dir"] == "rtl"
    link = cell(html, day).select_one(".calendar__events a")
    assert link["href"].startswith("/ar/termine-test/")
    assert link.select_one("[lang]")["lang"] == "de"
    assert html.select_one("thead th .calendar__weekday-long").get_text() != "Montag"


def test_calendar_handles_the_edge_years(client, event_index):
    assert get(client, month="1900-01").select_one("a[rel=prev]") is None
    assert get(client, month="2999-12").select_one("a[rel=next]") is None
