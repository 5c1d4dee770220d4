"""A coordinator imports a partner's calendar (issue 20), through Chromium on the demo.

The partner's feed is served by a local server (tests/eventpages/ical_import/feed_server.py,
admitted by ICAL_IMPORT_ALLOWED_HOSTS) in Outlook's shapes: a Windows zone name, a weekly course
across the spring change day with one evening called off (RECURRENCE-ID, STATUS:CANCELLED), a
festival on the spring change day itself and a market on the autumn change day written in UTC.
The coordinator adds the calendar in the admin, syncs it, finds the events in German and Arabic
at the times the partner meant (the `datetime` attributes carry the offsets, the texts are the
site's own CLDR formatting), sees the called-off evening crossed out, gives the course a
category, and the next sync (a new title at the partner) keeps it.
"""

import pytest
from django.utils import translation

from tests.browser.test_admin_one_language_browser import (
    assert_no_axe_violations as assert_admin_part_passes_axe,
)
from tests.browser.test_site_in_browser import assert_no_axe_violations
from tests.eventpages.ical_import.feed_server import FeedServer, respond

from .test_admin_publish_browser import log_in_admin

pytestmark = [pytest.mark.browser]

ZONE = "W. Europe Standard Time"


def partner_feed(course_title="Deutschkurs A2", sequence=0):
    body = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
X-WR-CALNAME:Familienzentrum Zeitz
BEGIN:VEVENT
UID:kurs-a2@familienzentrum.example
SEQUENCE:{sequence}
SUMMARY:{course_title}
DTSTART;TZID={ZONE}:20270316T180000
DTEND;TZID={ZONE}:20270316T193000
RRULE:FREQ=WEEKLY;COUNT=5
LOCATION:Mehrgenerationenhaus Naumburg
DESCRIPTION:Deutsch für den Alltag.\\n\\nMit Kinderbetreuung.
END:VEVENT
BEGIN:VEVENT
UID:kurs-a2@familienzentrum.example
RECURRENCE-ID;TZID={ZONE}:20270330T180000
SUMMARY:{course_title}
DTSTART;TZID={ZONE}:20270330T180000
DTEND;TZID={ZONE}:20270330T193000
STATUS:CANCELLED
END:VEVENT
BEGIN:VEVENT
UID:fruehlingsfest@familienzentrum.example
SUMMARY:Frühlingsfest
DTSTART;TZID={ZONE}:20270328T140000
DTEND;TZID={ZONE}:20270328T170000
LOCATION:Familienzentrum Zeitz, Altmarkt 3, 06712 Zeitz
END:VEVENT
BEGIN:VEVENT
UID:herbstmarkt@familienzentrum.example
SUMMARY:Herbstmarkt
DTSTART:20271031T130000Z
DTEND:20271031T160000Z
LOCATION:Familienzentrum Zeitz, Altmarkt 3, 06712 Zeitz
END:VEVENT
END:VCALENDAR
"""
    return body.replace("\n", "\r\n").encode()


@pytest.fixture
def partner(settings):
    settings.ICAL_IMPORT_ALLOWED_HOSTS = ["127.0.0.1"]
    with FeedServer() as server:
        server.routes["/familienzentrum.ics"] = respond(
            partner_feed(), headers={"Content-Type": "text/calendar"}
        )
        yield server


def times_on(page, path):
    """The `datetime` attributes of the dates on an event page, and the dates' texts."""
    page.goto(path)
    dates = page.locator(".event-dates__list time, .event-fact--when time")
    return [
        (dates.nth(i).get_attribute("datetime"), dates.nth(i).inner_text().strip())
        for i in range(dates.count())
    ]


def expected_text(language, start, end):
    from eventpages.templatetags.event_page_tags import format_range

    with translation.override(language):
        return format_range(start, end, False)


def sync_now(page):
    page.locator("header button[formaction]").first.click()
    page.wait_for_load_state()
    return page.locator(".messages").inner_text()


def test_coordinator_imports_a_partner_calendar(page, partner, demo_server):
    from core import county_time
    from eventpages.ical_import.models import ExternalCalendar
    from eventpages.models import EventPage

    feed_url = partner.url("/familienzentrum.ics")
    log_in_admin(page)
    page.goto("/admin/snippets/eventpages/externalcalendar/add/")
    page.locator("#id_name").fill("Familienzentrum Zeitz")
    page.locator("#id_url").fill(feed_url)
    page.locator("#id_index").select_option(label="Veranstaltungen")
    page.locator("#id_publish_directly").check()
    page.locator("button[type=submit]").filter(has_text="Speichern").first.click()
    page.wait_for_load_state()
    calendar = ExternalCalendar.objects.get(name="Familienzentrum Zeitz")
    assert calendar.url == feed_url and calendar.publish_directly
    page.goto(f"/admin/snippets/eventpages/externalcalendar/edit/{calendar.pk}/")
    assert_admin_part_passes_axe(page, "main")
    message = sync_now(page)
    assert "3 neu" in message, message
    calendar.refresh_from_db()
    assert calendar.last_result == "ok" and calendar.last_counts["created"] == 3

    course = EventPage.objects.get(
        import_source__uid="kurs-a2@familienzentrum.example", alias_of=None
    )
    fest = EventPage.objects.get(
        import_source__uid="fruehlingsfest@familienzentrum.example", alias_of=None
    )
    market = EventPage.objects.get(
        import_source__uid="herbstmarkt@familienzentrum.example", alias_of=None
    )

    # Both change days, in German and in Arabic (an alias: the German text, marked as such).
    berlin = county_time.zone()
    from datetime import datetime

    fest_start = datetime(2027, 3, 28, 14, 0, tzinfo=berlin)  # summer time from 02:00
    market_start = datetime(2027, 10, 31, 14, 0, tzinfo=berlin)  # winter time again
    for language in ("de", "ar"):
        prefix = f"/{language}/"
        fest_dates = times_on(page, fest.url.replace("/de/", prefix, 1))
        assert any(
            stamp.startswith("2027-03-28T14:00") and "+02:00" in stamp for stamp, _t in fest_dates
        ), fest_dates
        text = page.locator(".event-fact--when").inner_text()
        assert expected_text(language, fest_start, fest_start.replace(hour=17)) in text
        assert "Familienzentrum Zeitz" in page.locator(".event-fact--source").inner_text()
        market_dates = times_on(page, market.url.replace("/de/", prefix, 1))
        assert any(
            stamp.startswith("2027-10-31T14:00") and "+01:00" in stamp for stamp, _t in market_dates
        ), market_dates
        assert expected_text(language, market_start, market_start.replace(hour=17)) in (
            page.locator(".event-fact--when").inner_text()
        )
        # The course: 18:00 before and after the spring change, 30 March called off.
        course_dates = times_on(page, course.url.replace("/de/", prefix, 1))
        stamps = [stamp for stamp, _text in course_dates]
        assert any(s.startswith("2027-03-23T18:00") and "+01:00" in s for s in stamps), stamps
        assert any(s.startswith("2027-04-06T18:00") and "+02:00" in s for s in stamps), stamps
        assert not any(s.startswith("2027-03-30") for s in stamps), stamps
        crossed = page.locator(".event-cancelled__list time").first
        assert crossed.get_attribute("datetime").startswith("2027-03-30")
        decoration = crossed.evaluate("node => getComputedStyle(node).textDecorationLine")
        assert decoration == "line-through"
        if language == "ar":
            assert page.locator("html").get_attribute("dir") == "rtl"
            assert_no_axe_violations(page)

    # The coordinator gives the course a category; the partner's title is locked.
    page.goto(f"/admin/pages/{course.pk}/edit/")
    assert page.locator("[data-ical-source]").is_visible()
    assert page.locator("#id_title").is_disabled()
    page.get_by_role("tab", name="Veröffentlichung").click()
    page.get_by_label("Sprachcafé", exact=True).check()
    with page.expect_navigation():
        page.locator("button[name='action-publish']").first.dispatch_event("click")
    page.wait_for_load_state()
    course.refresh_from_db()
    assert [category.slug for category in course.categories.all()] == ["sprachcafe"]

    # The partner renames the course; the next sync follows it and keeps the category.
    partner.routes["/familienzentrum.ics"] = respond(
        partner_feed("Deutschkurs A2 am Abend", sequence=1),
        headers={"Content-Type": "text/calendar"},
    )
    page.goto(f"/admin/snippets/eventpages/externalcalendar/edit/{calendar.pk}/")
    message = sync_now(page)
    assert "1 geändert" in message, message
    course.refresh_from_db()
    assert course.title == "Deutschkurs A2 am Abend"
    assert [category.slug for category in course.categories.all()] == ["sprachcafe"]
    page.goto(course.url)
    assert page.locator("h1").inner_text().strip() == "Deutschkurs A2 am Abend"
    assert "Sprachcafé" in page.locator(".event-details").inner_text()
