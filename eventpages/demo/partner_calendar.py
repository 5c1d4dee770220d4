"""The demo's partner calendar: what an imported calendar looks like, without a request.

A fictional adult education centre's feed, written as Outlook writes one (Windows zone names,
an HTML description beside the plain one, a series with one called-off date, a LOCATION that
matches one of our venues and one that does not), dated from today so it stays current. It is
imported through the same sync as a real feed (`sync.sync_content`); the calendar itself is
paused and its address is on example.org, so the demo never fetches anything. Coordinators see
its events with "Quelle", its status in the admin and its new place in the review list.
"""

from datetime import datetime, time, timedelta

import icalendar

from core import county_time
from eventpages.ical_import.models import CategoryMapping, ExternalCalendar
from eventpages.ical_import.sync import sync_content
from eventpages.models import EventCategory, Municipality

NAME = "Volkshochschule Burgenlandkreis (Beispiel)"
URL = "https://kalender.example.org/vhs-burgenlandkreis.ics"
WEBSITE = "https://vhs.example.org/kurse"
ZONE = "W. Europe Standard Time"  # as Outlook/Exchange names Europe/Berlin


def _next(today, weekday, weeks=0):
    return today + timedelta(days=(weekday - today.weekday()) % 7 + 7 * weeks)


def feed(today):
    """The feed's bytes for a demo loaded on `today`."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", NAME)

    def event(uid, summary, start, end, **extra):
        item = icalendar.Event()
        item.add("uid", uid)
        item.add("summary", summary)
        item.add("dtstamp", datetime(2026, 1, 1, tzinfo=county_time.zone()))
        if isinstance(start, datetime):
            item.add("dtstart", start.replace(tzinfo=None), parameters={"TZID": ZONE})
            item.add("dtend", end.replace(tzinfo=None), parameters={"TZID": ZONE})
        else:
            item.add("dtstart", start)
            item.add("dtend", end)
        for name, value in extra.items():
            item.add(name.replace("_", "-"), value)
        calendar.add_component(item)
        return item

    monday = _next(today, 0, weeks=1)
    course = datetime.combine(monday, time(18, 0))
    event(
        "deutschkurs-b1-abend@vhs.example.org",
        "Deutschkurs B1 am Abend",
        course,
        course + timedelta(hours=1, minutes=30),
        rrule={"freq": "weekly", "count": 12},
        location="Mehrgenerationenhaus Naumburg",
        categories=["Sprachkurs"],
        description="Zwölf Abende Deutsch auf B1-Niveau.\n\nAnmeldung: https://vhs.example.org/b1",
        x_alt_desc="<p>Zwölf Abende Deutsch auf <b>B1-Niveau</b>.</p>"
        '<p>Anmeldung: <a href="https://vhs.example.org/b1">vhs.example.org/b1</a></p>',
    )
    # The third evening falls out (a teacher's training day): RECURRENCE-ID, STATUS:CANCELLED.
    cancelled = course + timedelta(weeks=2)
    item = event(
        "deutschkurs-b1-abend@vhs.example.org",
        "Deutschkurs B1 am Abend",
        cancelled,
        cancelled + timedelta(hours=1, minutes=30),
        status="CANCELLED",
    )
    item.add("recurrence-id", cancelled.replace(tzinfo=None), parameters={"TZID": ZONE})
    evening = datetime.combine(_next(today, 3, weeks=2), time(19, 0))
    event(
        "infoabend-integrationskurs@vhs.example.org",
        "Infoabend: Wie finde ich einen Integrationskurs?",
        evening,
        evening + timedelta(hours=2),
        location="VHS-Haus Zeitz, Schützenstraße 7, 06712 Zeitz",
        geo=(51.0489, 12.1383),
        categories=["Information"],
        description="Wir erklären Anmeldung, Kosten und Kinderbetreuung. Dolmetschen möglich.",
    )
    open_day = _next(today, 5, weeks=4)
    event(
        "tag-der-offenen-tuer@vhs.example.org",
        "Tag der offenen Tür",
        open_day,
        open_day + timedelta(days=1),
        location="VHS-Haus Zeitz, Schützenstraße 7, 06712 Zeitz",
        categories=["Fest"],
    )
    return calendar.to_ical()


def load(index, today):
    """The paused demo calendar with its events imported (once; a second load adds nothing)."""
    calendar = ExternalCalendar.objects.filter(url=URL).first()
    if calendar is None:
        calendar = ExternalCalendar.objects.create(
            name=NAME,
            url=URL,
            website=WEBSITE,
            index=index,
            municipality=Municipality.objects.filter(slug="zeitz").first(),
            category=EventCategory.objects.filter(slug="information", locale=index.locale).first(),
            publish_directly=True,
            active=False,  # nothing to fetch: example.org
        )
        categories = {
            category.slug: category
            for category in EventCategory.objects.filter(locale=index.locale)
        }
        for source_name, slug in (("Fest", "fest"), ("Information", "information")):
            if slug in categories:
                CategoryMapping.objects.create(
                    calendar=calendar, source_name=source_name, category=categories[slug]
                )
    if not calendar.events.exists():
        sync_content(calendar, feed(today))
    return calendar
