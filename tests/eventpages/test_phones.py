"""Phones (issue 17), the markup side: the filters in a "Filter" disclosure that comes open
and counts them when filters are set, the three views with a short label each, and the month
calendar's days with events under a heading (weekday and date) that the phone's agenda shows.
How it looks is tested in tests/browser/test_no_sideways_scrolling_browser.py."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from core.listing import ListingFilterForm
from eventpages.filters import EventFilterForm

from .conftest import berlin
from .test_calendar import a_month_ahead, cell

pytestmark = pytest.mark.django_db

INDEX = "/de/termine-test/"


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def disclosure(html):
    details = html.select_one("details.filter-disclosure")
    assert details.select_one(":scope > form.event-filter") is not None
    return details, details.select_one(":scope > summary").get_text(strip=True)


def test_no_filter_keeps_the_disclosure_closed(client, event_index):
    details, summary = disclosure(get(client, INDEX))
    assert not details.has_attr("open")
    assert summary == "Filter"


def test_filters_open_the_disclosure_and_are_counted(client, event_index):
    details, summary = disclosure(get(client, INDEX, when="week", free="1", language="ar"))
    assert details.has_attr("open")
    assert summary == "Filter (3)"


def test_an_invalid_filter_opens_the_disclosure_to_show_its_error(client, event_index):
    details, summary = disclosure(get(client, INDEX, date_from="2026-13-45"))
    assert details.has_attr("open")
    assert summary == "Filter"
    assert details.select_one(".errorlist")


def test_the_calendar_counts_only_the_filters_it_applies(client, event_index):
    """The calendar chooses its own dates: a date filter in the address is not counted."""
    html = get(client, f"{INDEX}calendar/", date_from="2026-01-01", free="1")
    details, summary = disclosure(html)
    assert details.has_attr("open") and summary == "Filter (1)"
    details, summary = disclosure(get(client, f"{INDEX}calendar/", date_from="2026-01-01"))
    assert not details.has_attr("open") and summary == "Filter"


def test_count_active_leaves_out_empty_values_and_sorting():
    class Shelf(ListingFilterForm):
        filter_fields = ("q", "boxed", "sort")
        sorting_fields = ("sort",)

    from django import forms
    from django.http import QueryDict

    Shelf.base_fields = {
        "q": forms.CharField(required=False),
        "boxed": forms.BooleanField(required=False),
        "sort": forms.CharField(required=False),
    }
    assert Shelf(None).active_filter_count == 0
    assert Shelf(QueryDict("q=&boxed=&sort=title")).active_filter_count == 0
    assert Shelf(QueryDict("q=Apfel&boxed=on&sort=title")).active_filter_count == 2
    assert Shelf(QueryDict("q=Apfel&boxed=on")).count_active(["boxed"]) == 1
    form = EventFilterForm(QueryDict("when=week&category=nichtda"))
    assert form.active_filter_count == 1  # an invalid choice is not applied, so not counted


def test_each_view_has_a_long_and_a_short_label(client, event_index):
    links = get(client, INDEX).select("nav.event-views a")
    labels = [
        (
            a.select_one(".event-views__long").get_text(),
            a.select_one(".event-views__short").get_text(),
        )
        for a in links
    ]
    assert labels == [
        ("Kommende Veranstaltungen", "Liste"),
        ("Monatskalender", "Kalender"),
        ("Vergangene Veranstaltungen", "Archiv"),
    ]


def test_calendar_days_with_events_have_a_heading_with_weekday_and_date(client, make_event):
    first = a_month_ahead()
    day = first + timedelta(days=9)
    make_event("Sprachcafé Zeitz", berlin(day.year, day.month, day.day, 18))
    html = get(client, f"{INDEX}calendar/", month=f"{first:%Y-%m}")
    headings = html.select("table.calendar h2")
    assert len(headings) == 1
    heading = cell(html, day).select_one("h2.calendar__date")
    weekdays = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August"]
    months += ["September", "Oktober", "November", "Dezember"]
    long_date = heading.select_one(".calendar__date-long").get_text()
    assert long_date == f"{weekdays[day.weekday()]}, {day.day}. {months[day.month - 1]} {day.year}"
    short = heading.select_one(".calendar__date-short")
    assert short.get_text() == str(day.day) and short["aria-hidden"] == "true"
    # A day without events keeps its date, but no heading.
    idle = cell(html, day + timedelta(days=1))
    assert idle.select_one("h2") is None
    assert idle.select_one(".calendar__date-long").get_text().endswith(str(day.year))
    # One region for the whole calendar, none per day.
    assert len(html.select("main [role=region]")) == 1
