"""Registration without an account (issue 19) on the demo, through Chromium.

A visitor registers in Arabic, confirms from the mail's link on a button page and gets the
confirmation with an .ics (the feed's UID) and a manage link; someone registers for the full
"Gemeinsam kochen" and waits; a seated participant cancels from their manage link and the first
waiting person moves up and is mailed; the organiser exports the list as CSV and the export is
logged; the online consultation's meeting link is on no public page and on a seated
participant's manage page only from its time. axe finds nothing on the form (empty, with
errors, full), the button page and the manage pages.

Mails land in django.core.mail.outbox (locmem mailer, tasks run at once in the test settings;
registration mails go out after the live server's request commits). The database is prepared
through the ORM where the browser is not the point.
"""

import csv
import io
import re

import icalendar
import pytest
from django.core import mail
from django.utils import translation

from tests.browser.test_forms_announce_browser import assert_announced
from tests.browser.test_site_in_browser import assert_no_axe_violations

pytestmark = [pytest.mark.browser]

WORKSHOP = "workshop-einfache-sprache"  # places left
COOKING = "gemeinsam-kochen-elsteraue"  # full, two waiting
ONLINE = "online-sprechstunde-einbuergerung"  # online only, through the meeting link
MEETING_URL = "https://meet.example.org/einbuergerung-sprechstunde"


def in_language(language, text):
    with translation.override(language):
        return translation.gettext(text)


def event_path(language, slug):
    return f"/{language}/veranstaltungen/{slug}/"


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


def links_in(message, server):
    """The registration links of a mail (absolute, on the live server)."""
    pattern = re.escape(server.url) + r"/[a-z]{2}/registration/[^\s\"<]+"
    return re.findall(pattern, message.body)


def confirm_link(message, server):
    (link,) = {link for link in links_in(message, server) if "/confirm/" in link}
    return link


def manage_link(message, server):
    links = {link for link in links_in(message, server) if "/confirm/" not in link}
    assert len(links) == 1, message.body
    return links.pop()


def ics_of(message):
    for filename, content, mimetype in message.attachments:
        if filename.endswith(".ics"):
            assert mimetype.startswith("text/calendar")
            return icalendar.Calendar.from_ical(content)
    return None


def registration_of(address):
    from eventpages.registration.models import Registration

    return Registration.objects.get(email=address)


def submit(page, form):
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    page.wait_for_load_state()


def press(page, action):
    """Press the manage page's button of `action` (confirm, persons, cancel, delete)."""
    form = page.locator(f"main form:has(input[name=action][value={action}])")
    submit(page, form)


def status_text(page):
    return page.locator("main .registration-status").inner_text()


def test_register_in_arabic_confirm_from_the_mail_and_get_the_ics(page, demo_server):
    from eventpages.registration.models import Registration

    address = "layla@example.org"
    page.goto(event_path("ar", WORKSHOP) + "#anmeldung")
    assert page.locator("html").get_attribute("dir") == "rtl"
    form = page.locator("main form.registration-form")
    # The button says "register", not the login's "Anmelden" (= "log in").
    assert form.locator("button[type=submit]").inner_text().strip() == in_language(
        "ar", "Jetzt anmelden"
    )
    assert_no_axe_violations(page)

    # Sent empty: the errors are announced, nothing is stored.
    submit(page, form)
    assert_announced(page, "ar")
    summary = page.locator("[data-error-summary]").inner_text()
    assert in_language("ar", "This field is required.") in summary  # Django's words
    assert page.locator("#id_name").get_attribute("aria-invalid") == "true"
    assert_no_axe_violations(page)
    assert not Registration.objects.filter(email=address).exists()

    form = page.locator("main form.registration-form")
    form.locator("#id_name").fill("ليلى حسن")
    form.locator("#id_email").fill("Layla@Example.org")
    form.locator("#id_phone").fill("0151 2345678")
    submit(page, form)
    assert page.locator("main h1").inner_text().strip() == in_language(
        "ar", "Bitte sehen Sie in Ihr Postfach"
    )
    assert address in page.locator("main").inner_text()
    registration = registration_of(address)
    assert (registration.status, registration.language, registration.phone) == (
        Registration.Status.PENDING,
        "ar",
        "0151 2345678",
    )

    (asking,) = mails_to(address)
    assert '<html lang="ar" dir="rtl">' in asking.alternatives[0][0]
    assert asking.attachments == []
    link = confirm_link(asking, demo_server)
    assert link.startswith(f"{demo_server.url}/ar/registration/confirm/")

    # Opening the link (as a mail scanner does) shows a button and confirms nothing.
    page.goto(link)
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("main h1").inner_text().strip() == in_language("ar", "Anmeldung bestätigen")
    assert_no_axe_violations(page)
    registration.refresh_from_db()
    assert registration.status == Registration.Status.PENDING
    submit(page, page.locator("main form"))

    assert "/ar/registration/" in page.url and "done=confirmed" in page.url
    assert in_language("ar", "Sie sind angemeldet.") in status_text(page)
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED

    (confirmed,) = mails_to(address)[1:]
    assert '<html lang="ar" dir="rtl">' in confirmed.alternatives[0][0]
    calendar = ics_of(confirmed)
    assert calendar is not None, confirmed.attachments
    assert calendar["METHOD"] == "PUBLISH"
    (vevent,) = calendar.walk("VEVENT")
    assert vevent.decoded("DTSTART") == registration.start
    feed = page.request.get(event_path("ar", WORKSHOP) + "ical/")
    assert feed.ok
    (feed_event,) = icalendar.Calendar.from_ical(feed.body()).walk("VEVENT")
    assert str(vevent["UID"]) == str(feed_event["UID"])

    # The mail's manage link opens the participant's page, in Arabic.
    page.goto(manage_link(confirmed, demo_server))
    assert page.locator("html").get_attribute("lang") == "ar"
    assert in_language("ar", "Sie sind angemeldet.") in status_text(page)
    assert "ليلى حسن" in page.locator("main").inner_text()
    assert_no_axe_violations(page)
    assert page.requests_to_other_hosts == []


def test_full_date_waits_and_a_cancellation_promotes_the_first_waiting(page, demo_server):
    from eventpages.registration import links
    from eventpages.registration.models import Registration

    Status = Registration.Status
    address = "jonas@example.org"
    # The full date's form in Arabic (the German follows).
    page.goto(event_path("ar", COOKING) + "#anmeldung")
    assert page.locator("main .registration-places__date--waiting").count() >= 1
    assert_no_axe_violations(page)

    page.goto(event_path("de", COOKING) + "#anmeldung")
    full_date = page.locator("main .registration-places__date--waiting").first
    assert "ausgebucht – Warteliste" in full_date.inner_text()
    start = full_date.locator("time").get_attribute("datetime")
    form = page.locator("main form.registration-form")
    assert (
        "ausgebucht – Warteliste" in form.locator(f"label:has(input[value='{start}'])").inner_text()
    )
    assert_no_axe_violations(page)

    # Sent empty in German: the same announcement.
    submit(page, form)
    assert_announced(page, "de")
    assert page.evaluate("document.title").startswith("Fehler: ")
    assert_no_axe_violations(page)

    form = page.locator("main form.registration-form")
    form.locator(f"input[name=dates][value='{start}']").check()
    form.locator("#id_name").fill("Jonas Weber")
    form.locator("#id_email").fill(address)
    form.locator("#id_persons").select_option("1")
    submit(page, form)
    assert page.locator("main h1").inner_text().strip() == "Bitte sehen Sie in Ihr Postfach"
    (asking,) = mails_to(address)
    page.goto(confirm_link(asking, demo_server))
    submit(page, page.locator("main form"))

    # Two were waiting before: Jonas is third, and the manage page says so.
    registration = registration_of(address)
    assert registration.status == Status.WAITING
    assert "Sie stehen auf der Warteliste, an Stelle 3." in status_text(page)
    (waiting_mail,) = mails_to(address)[1:]
    assert ics_of(waiting_mail) is None  # no seat, no calendar entry yet
    jonas_page = manage_link(waiting_mail, demo_server)
    assert_no_axe_violations(page)

    # Amira (two seats) cancels from her manage link; Maryam (two persons, first in line)
    # takes the seats, Dmytro (second) stays waiting.
    amira = Registration.objects.get(email="amira@example.org", start=registration.start)
    maryam = Registration.objects.get(email="maryam@example.org", start=registration.start)
    dmytro = Registration.objects.get(email="dmytro@example.org", start=registration.start)
    assert (amira.status, maryam.status, dmytro.status) == (
        Status.CONFIRMED,
        Status.WAITING,
        Status.WAITING,
    )
    mail.outbox.clear()
    page.goto(links.manage_url(amira))
    assert page.locator("html").get_attribute("lang") == "ar"
    press(page, "cancel")
    assert "done=cancelled" in page.url
    assert in_language("ar", "Diese Anmeldung ist abgesagt.") in status_text(page)

    amira.refresh_from_db()
    maryam.refresh_from_db()
    dmytro.refresh_from_db()
    assert (amira.status, maryam.status, dmytro.status) == (
        Status.CANCELLED,
        Status.CONFIRMED,
        Status.WAITING,
    )
    (promoted,) = mails_to("maryam@example.org")
    assert in_language("fa", "Sie haben einen Platz") in promoted.body
    assert '<html lang="fa" dir="rtl">' in promoted.alternatives[0][0]
    assert ics_of(promoted) is not None  # now she has a seat: the date for her calendar
    assert len(mails_to("amira@example.org")) == 1  # "cancelled"
    assert mails_to("dmytro@example.org") == [] and mails_to(address) == []

    # Jonas moved up one place.
    page.goto(jonas_page)
    assert "Sie stehen auf der Warteliste, an Stelle 2." in status_text(page)


def test_organiser_exports_the_list_and_the_export_is_logged(page, demo_server):
    from django.contrib.auth import get_user_model

    from eventpages.models import EventPage
    from eventpages.registration.models import Registration, RegistrationLog

    from .test_admin_publish_browser import log_in_admin

    event = EventPage.objects.get(slug=COOKING, locale__language_code="de")
    seated = set(
        Registration.objects.filter(
            event_key=event.translation_key, status="confirmed"
        ).values_list("name", flat=True)
    )
    waiting = list(
        Registration.objects.filter(event_key=event.translation_key, status="waiting")
        .order_by("sequence")
        .values_list("name", flat=True)
    )
    assert len(seated) == 5 and waiting == ["Maryam Ahmadi", "Dmytro Bondarenko"]

    log_in_admin(page)
    page.goto("/admin/registrations/")
    page.get_by_role("link", name=event.title).first.click()
    page.wait_for_load_state()
    page.locator("main table a").first.click()  # the next date
    page.wait_for_load_state()
    main = page.locator("main").inner_text()
    assert all(name in main for name in seated | set(waiting))
    assert "Noch hat niemand diese Liste exportiert" in main

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Liste als CSV herunterladen").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    with open(download.path(), encoding="utf-8-sig") as file:
        rows = list(csv.reader(io.StringIO(file.read()), delimiter=";"))
    heading, *people = rows
    assert heading[:2] == ["Name", "E-Mail"]
    names = [row[0] for row in people]
    # The seated in arrival order, then the waiting list in its order.
    assert set(names[: len(seated)]) == seated
    assert names[len(seated) :] == waiting
    assert "amira@example.org" in [row[1] for row in people]

    coordinator = get_user_model().objects.get(username="koordination")
    (entry,) = RegistrationLog.objects.filter(action=RegistrationLog.Action.EXPORTED)
    assert (entry.by, entry.detail, entry.event_key) == (coordinator, "csv", event.translation_key)
    page.reload()
    log = page.locator("main table.registration-log").inner_text()
    assert "Liste exportiert: CSV" in log
    assert (coordinator.get_full_name() or coordinator.username) in log


def test_meeting_link_only_for_the_seated_and_only_from_its_time(page, demo_server):
    from eventpages.models import EventPage
    from eventpages.registration import links, seats
    from eventpages.registration.models import Registration

    event = EventPage.objects.get(slug=ONLINE, locale__language_code="de")
    natalia = Registration.objects.get(email="natalia@example.org")  # seated, Russian
    assert natalia.status == Registration.Status.CONFIRMED
    pending = seats.register(
        event, natalia.start, language="de", name="Noch Offen", email="offen@example.org"
    )

    # Public: the event page in German and Arabic and its calendar feed never carry it.
    for language in ("de", "ar"):
        page.goto(event_path(language, ONLINE))
        assert MEETING_URL not in page.content()
        feed = page.request.get(event_path(language, ONLINE) + "ical/")
        assert feed.ok and MEETING_URL not in feed.text()

    # Nine days before the date: the seated participant is told from when, not the link.
    page.goto(links.manage_url(natalia))
    assert page.locator("html").get_attribute("lang") == "ru"
    assert MEETING_URL not in page.content()
    assert page.locator("main .registration-meeting").count() == 1
    assert page.locator("main .registration-meeting a").count() == 0

    # Its time has come: the link is shown from an hour before now instead of 30 minutes
    # before the start (a small integer on PostgreSQL: up to 32,767 minutes).
    from django.utils import timezone

    minutes = int((natalia.start - timezone.now()).total_seconds() // 60) + 60
    assert minutes <= 32767
    EventPage.objects.filter(translation_key=event.translation_key).update(
        meeting_link_minutes=minutes
    )
    page.reload()
    link = page.locator("main .registration-meeting a")
    assert link.get_attribute("href") == MEETING_URL
    assert_no_axe_violations(page)

    # Still only for the seated: not on a page whose address is unconfirmed, nor in public.
    page.goto(links.manage_url(pending))
    assert MEETING_URL not in page.content()
    page.goto(event_path("de", ONLINE))
    assert MEETING_URL not in page.content()
    assert page.requests_to_other_hosts == []
