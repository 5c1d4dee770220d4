"""A busy month in the calendar: a few dates per day, "+N weitere" to that day's whole list,
counted by the database (the same queries for 10 dates a day or 40)."""

from datetime import datetime, time, timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import dates
from eventpages.views import CALENDAR_PER_DAY

from .conftest import BERLIN

pytestmark = pytest.mark.django_db

CALENDAR = "/de/termine-test/calendar/"


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def local(day, hour, minute=0):
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN)


def busy_day():
    """A day next month (always in the future, in a month of its own)."""
    today = timezone.localdate(timezone.now(), BERLIN)
    first = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first + timedelta(days=9)


def cell(html, day):
    found = html.select_one(f'table.calendar td time[datetime="{day.isoformat()}"]')
    return found.find_parent("td")


@pytest.fixture
def crowded(make_event):
    """One event with `count` dates on the busy day (its start and extra dates)."""

    def make(count, title="Sprachcafé", day=None):
        day = day or busy_day()
        moments = [local(day, 8) + timedelta(minutes=15 * number) for number in range(count)]
        return make_event(title, moments[0], timedelta(minutes=10), extra=moments[1:])

    return make


def test_a_busy_day_shows_the_first_dates_and_a_link_to_the_rest(client, crowded):
    day = busy_day()
    crowded(10)
    html = soup(client.get(CALENDAR, {"month": f"{day:%Y-%m}"}))
    td = cell(html, day)
    times = [item.get_text(strip=True) for item in td.select(".calendar__events .calendar__time")]
    assert times == ["08:00", "08:15", "08:30"][:CALENDAR_PER_DAY]
    link = td.select_one(".calendar__more a")
    assert link.get_text(" ", strip=True) == f"+7 weitere Veranstaltungen am {dates.day(day, 'de')}"
    hidden = link.select_one(".visually-hidden").get_text(strip=True)
    assert hidden == f"Veranstaltungen am {dates.day(day, 'de')}"
    assert link["href"] == f"{CALENDAR}?month={day:%Y-%m}&day={day:%Y-%m-%d}#calendar-day"
    # A quiet day of the same month: no link.
    assert cell(html, day + timedelta(days=1)).select_one(".calendar__more") is None


def test_the_link_leads_to_the_whole_day(client, crowded, make_event):
    day = busy_day()
    crowded(10)
    make_event("Am Tag davor", local(day - timedelta(days=1), 18))
    html = soup(client.get(CALENDAR, {"month": f"{day:%Y-%m}", "day": f"{day:%Y-%m-%d}"}))
    section = html.select_one("section#calendar-day")
    heading = section.select_one("h2").get_text(" ", strip=True)
    assert heading == f"Alle Veranstaltungen am {dates.day_with_weekday(day, 'de')}"
    items = section.select(".event-list .event-item")
    assert len(items) == 10
    assert "Am Tag davor" not in section.get_text()
    assert section.select_one(".event-count").get_text(strip=True) == "10 Termine"
    # Still the month around it.
    assert cell(html, day).select_one(".calendar__more a")


def test_a_past_day_is_listed_too(client, make_event):
    """The upcoming list could not show it (it starts now): the calendar's own day list can."""
    day = timezone.localdate(timezone.now(), BERLIN) - timedelta(days=40)
    moments = [local(day, 8) + timedelta(minutes=15 * number) for number in range(5)]
    make_event("Vergangen", moments[0], timedelta(minutes=10), extra=moments[1:])
    html = soup(client.get(CALENDAR, {"day": f"{day:%Y-%m-%d}"}))
    assert html.select_one("table.calendar caption").get_text(strip=True) == dates.month_year(
        day, "de"
    )
    assert (
        cell(html, day)
        .select_one(".calendar__more a")
        .get_text(" ", strip=True)
        .startswith("+2 weitere")
    )
    assert len(html.select("section#calendar-day .event-item")) == 5


def test_dates_over_several_days_count_on_each_day(client, crowded, make_event):
    day = busy_day()
    crowded(3)
    # Begins the evening before and ends in the morning of the busy day's next day.
    make_event("Nachtwanderung", local(day - timedelta(days=1), 22), timedelta(hours=34))
    html = soup(client.get(CALENDAR, {"month": f"{day:%Y-%m}"}))
    td = cell(html, day)
    titles = [a.get_text(" ", strip=True) for a in td.select(".calendar__events a")]
    # The overnight walk began before the day's first date: it is listed first.
    assert len(titles) == CALENDAR_PER_DAY and titles[0] == "Nachtwanderung"
    assert td.select_one(".calendar__more a").get_text(" ", strip=True).startswith("+1 weitere")
    following = cell(html, day + timedelta(days=1))
    assert [a.get_text(strip=True) for a in following.select(".calendar__events a")] == [
        "Nachtwanderung"
    ]
    assert following.select_one(".calendar__more") is None


def test_filters_apply_to_the_counts_and_the_link_keeps_them(client, crowded, make_event, venue):
    day = busy_day()
    crowded(6, "Sprachcafé")
    for hour in (12, 13, 14, 15, 16):
        make_event(f"In Zeitz {hour}", local(day, hour), venue=venue("Rathaus", "Zeitz"))
    html = soup(client.get(CALENDAR, {"month": f"{day:%Y-%m}", "municipality": "zeitz"}))
    link = cell(html, day).select_one(".calendar__more a")
    assert link.get_text(" ", strip=True).startswith("+2 weitere")
    assert "municipality=zeitz" in link["href"]
    day_html = soup(client.get(link["href"].split("#")[0]))
    titles = [a.get_text(strip=True) for a in day_html.select("#calendar-day .event-item__title")]
    assert titles == [f"In Zeitz {hour}" for hour in (12, 13, 14, 15, 16)]


def test_queries_do_not_grow_with_the_dates_of_a_day(client, crowded):
    day = busy_day()
    month = {"month": f"{day:%Y-%m}"}
    whole_day = {**month, "day": f"{day:%Y-%m-%d}"}

    def count(params):
        client.get(CALENDAR, params)  # Wagtail's caches (site root paths)
        with CaptureQueriesContext(connection) as queries:
            html = soup(client.get(CALENDAR, params))
        return len(queries), html

    event = crowded(10)
    few_month, html = count(month)
    few_day, _html = count(whole_day)
    assert "+7 weitere" in cell(html, day).get_text(" ", strip=True)
    event.delete()
    crowded(40, "Noch mehr")
    many_month, html = count(month)
    many_day, _html = count(whole_day)
    assert "+37 weitere" in cell(html, day).get_text(" ", strip=True)
    assert len(cell(html, day).select(".calendar__events li")) == CALENDAR_PER_DAY
    assert (few_month, few_day) == (many_month, many_day)
