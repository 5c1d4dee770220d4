"""The visitor registers without an account: the form on the event page with places left, the
double opt-in through a button page, the confirmation mail with its .ics, the manage page."""

from datetime import timedelta

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone

from eventpages.models import Registration, RegistrationNotice
from eventpages.registration import notices, seats

from .conftest import html_of, ics_of, links_in, mails_to, version

pytestmark = pytest.mark.django_db

Status = Registration.Status


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def confirm_from_mail(client, message):
    (path,) = [link for link in links_in(message) if "/confirm/" in link]
    page = client.get(path)
    assert page.status_code == 200
    return client.post(path)


def test_event_page_shows_places_left_and_the_form(client, seated_event):
    seats.confirm(
        seats.register(seated_event, seated_event.start, language="de", name="A", email="a@x.org"),
        2,
    )
    html = soup(client.get(seated_event.url))
    panel = html.select_one("#anmeldung")
    assert "noch 1 Platz" in panel.select_one(".registration-places").get_text()
    form = panel.select_one("form.registration-form")
    assert form["action"] == seated_event.url + "anmelden/"
    names = {field["name"] for field in form.select("input, select, textarea")}
    assert {"name", "email", "persons", "phone", "note", "dates", "website"} <= names
    assert "children" not in names  # not a chosen question
    assert "30 Tage" in panel.select_one(".registration-consent").get_text()
    # Not the login's "Anmelden" (translated "Log in").
    assert form.select_one("button[type=submit]").get_text(strip=True) == "Jetzt anmelden"


def test_register_in_arabic_confirm_from_the_mail_and_get_the_ics(client, seated_event, register):
    arabic = version(seated_event, "ar")
    answer = register(arabic, email="Amira@Example.org", phone="0151 1234")
    assert answer.status_code == 200
    assert "amira@example.org" in answer.content.decode()
    registration = Registration.objects.get()
    assert (registration.status, registration.language, registration.phone) == (
        Status.PENDING,
        "ar",
        "0151 1234",
    )
    (message,) = mails_to("amira@example.org")
    assert '<html lang="ar" dir="rtl">' in html_of(message)
    assert all(link.startswith("/ar/registration/") for link in links_in(message))
    assert message.attachments == []

    # The GET a mail scanner makes confirms nothing.
    (path,) = [link for link in links_in(message) if "/confirm/" in link]
    client.get(path)
    assert Registration.objects.get().status == Status.PENDING
    done = client.post(path)
    assert done.status_code == 302 and "/ar/registration/" in done["Location"]
    assert Registration.objects.get().status == Status.CONFIRMED

    (confirmed,) = mails_to("amira@example.org")[1:]
    calendar = ics_of(confirmed)
    assert calendar["METHOD"] == "PUBLISH"
    (vevent,) = calendar.walk("VEVENT")
    feed = icalendar.Calendar.from_ical(client.get(arabic.url + "ical/").content)
    (feed_event,) = feed.walk("VEVENT")
    assert vevent["UID"] == feed_event["UID"]
    assert vevent.decoded("DTSTART") == seated_event.start
    manage_links = [link for link in links_in(confirmed) if "/confirm/" not in link]
    assert manage_links and client.get(manage_links[0]).status_code == 200
    # Confirming twice sends nothing more.
    client.post(path)
    assert len(mails_to("amira@example.org")) == 2


def test_full_date_waits_and_a_cancellation_promotes_with_a_mail(client, seated_event, register):
    register(seated_event, email="a@example.org", persons="2")
    register(seated_event, email="b@example.org")
    confirm_from_mail(client, mails_to("a@example.org")[0])
    confirm_from_mail(client, mails_to("b@example.org")[0])
    b = Registration.objects.get(email="b@example.org")
    assert b.status == Status.WAITING
    waiting_mail = mails_to("b@example.org")[-1]
    assert ics_of(waiting_mail) is None
    html = soup(client.get(seated_event.url))
    assert "ausgebucht – Warteliste" in html.select_one(".registration-places").get_text()
    button = html.select_one("form.registration-form button[type=submit]")
    assert button.get_text(strip=True) == "Auf die Warteliste"

    manage = [link for link in links_in(waiting_mail) if "/confirm/" not in link][0]
    assert "Warteliste, an Stelle 1" in soup(client.get(manage)).get_text(" ")

    a_manage = [link for link in links_in(mails_to("a@example.org")[-1]) if "/confirm/" not in link]
    client.post(a_manage[0], {"action": "cancel"})
    assert Registration.objects.get(email="a@example.org").status == Status.CANCELLED
    assert Registration.objects.get(email="b@example.org").status == Status.CONFIRMED
    promoted = mails_to("b@example.org")[-1]
    assert "Sie haben einen Platz" in promoted.subject
    assert ics_of(promoted) is not None
    cancelled = mails_to("a@example.org")[-1]
    assert cancelled.subject.startswith("Abgesagt")


def test_same_address_again_gets_its_link_by_mail_and_the_same_page(client, seated_event, register):
    first = register(seated_event)
    again = register(seated_event, name="Someone else")
    assert first.status_code == again.status_code == 200
    assert soup(first).h1.get_text() == soup(again).h1.get_text()
    assert Registration.objects.count() == 1
    repeated = mails_to("amira@example.org")[-1]
    assert repeated.subject.startswith("Ihre Anmeldung")
    assert any("/confirm/" in link for link in links_in(repeated))  # still pending: confirm


def test_bad_input_comes_back_with_errors_and_keeps_what_was_typed(client, seated_event, register):
    answer = register(seated_event, email="not-an-address", note="Ich bringe Kuchen mit")
    assert answer.status_code == 400
    html = soup(answer)
    assert html.select_one(".form-errors[role=alert]")
    assert html.select_one("textarea[name=note]").get_text().strip() == "Ich bringe Kuchen mit"
    assert html.select_one("input[name=email]")["value"] == "not-an-address"
    assert html.title.get_text().startswith("Fehler:")
    assert Registration.objects.count() == 0 and mail.outbox == []


def test_honeypot_stores_nothing(client, seated_event, register):
    answer = register(seated_event, website="http://spam.example")
    assert answer.status_code == 400
    assert Registration.objects.count() == 0 and mail.outbox == []


def test_rate_limit_counts_only_accepted_forms(client, seated_event, register):
    for _ in range(5):
        assert register(seated_event, email="broken").status_code == 400
    for number in range(10):
        assert register(seated_event, email=f"p{number}@example.org").status_code == 200
    assert register(seated_event, email="late@example.org").status_code == 429
    assert not Registration.objects.filter(email="late@example.org").exists()


def test_each_notice_goes_out_once(seated_event, committed):
    registration = seats.register(
        seated_event, seated_event.start, language="en", name="Jo", email="jo@example.org"
    )
    with committed():
        assert notices.send(registration, "confirm_address") is True
        assert notices.send(registration, "confirm_address") is False
        assert notices.send(registration, "manage_link") is True
        assert notices.send(registration, "manage_link") is True  # the one kind that repeats
    assert len(mails_to("jo@example.org")) == 3
    assert list(RegistrationNotice.objects.values_list("kind", flat=True)) == ["confirm_address"]


def test_more_persons_than_places_says_so_and_changes_nothing(client, seated_event, register):
    register(seated_event, email="a@example.org")
    register(seated_event, email="b@example.org")
    confirm_from_mail(client, mails_to("a@example.org")[0])
    confirm_from_mail(client, mails_to("b@example.org")[0])
    manage = [link for link in links_in(mails_to("a@example.org")[-1]) if "/confirm/" not in link]
    answer = client.post(manage[0], {"action": "persons", "persons": "2"})
    assert answer.status_code == 400
    assert (
        "So viele Plätze sind nicht mehr frei" in soup(answer).select_one("[role=alert]").get_text()
    )
    assert Registration.objects.get(email="a@example.org").persons == 1


def test_delete_my_data_now(client, seated_event, register):
    register(seated_event)
    confirm_from_mail(client, mails_to("amira@example.org")[0])
    manage = [
        link for link in links_in(mails_to("amira@example.org")[-1]) if "/confirm/" not in link
    ]
    assert client.post(manage[0], {"action": "delete"}).status_code == 200
    assert Registration.objects.count() == 0
    assert client.get(manage).status_code == 404


def test_meeting_link_only_to_the_registered_and_only_from_its_time(
    client, make_event, site, register, settings
):
    secret = "https://meet.example.org/geheim-123"
    event = make_event(
        "Infoabend",
        start=timezone.now().replace(microsecond=0) + timedelta(minutes=90),
        takes_registrations=True,
        capacity=5,
        meeting_url=secret,
        meeting_link_minutes=60,
        venue=None,
    )
    register(event)
    confirm_from_mail(client, mails_to("amira@example.org")[0])
    confirmed = mails_to("amira@example.org")[-1]
    assert secret not in confirmed.body + html_of(confirmed)
    assert secret not in (ics_of(confirmed).to_ical().decode())
    manage = [link for link in links_in(confirmed) if "/confirm/" not in link][0]
    assert secret not in client.get(manage).content.decode()
    for url in [event.url, event.url + "ical/"]:
        assert secret not in client.get(url).content.decode()
    # Within the hour before the start the manage page shows it.
    Registration.objects.update(start=timezone.now() + timedelta(minutes=30))
    EventPageStart = timezone.now() + timedelta(minutes=30)  # noqa: N806
    from eventpages.models import EventPage

    EventPage.objects.filter(pk=event.pk).update(start=EventPageStart)
    assert secret in client.get(manage).content.decode()


def test_page_of_an_event_with_registration_is_never_kept_by_the_page_cache(
    client, seated_event, settings
):
    from core.cache import HEADER

    settings.PAGE_CACHE_SECONDS = 600
    assert client.get(seated_event.url)[HEADER] == "bypass"
    assert client.get(seated_event.url)[HEADER] == "bypass"


def test_organiser_cancels_in_the_admin_and_both_get_their_mail(client, seated_event, register):
    """The admin's cancel (eventpages.registration.admin_views) with the real mails: the
    cancelled person is told in their language, the first waiting one gets the seat and a
    mail with the .ics, each once."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    from eventpages.registration.admin_access import date_slug

    register(version(seated_event, "ar"), email="a@example.org", persons="2")
    register(seated_event, email="b@example.org")
    confirm_from_mail(client, mails_to("a@example.org")[0])
    confirm_from_mail(client, mails_to("b@example.org")[0])
    a = Registration.objects.get(email="a@example.org")
    assert (a.status, a.language) == (Status.CONFIRMED, "ar")

    organiser = Client()
    organiser.force_login(get_user_model().objects.get(username="koordination"))
    url = f"/admin/registrations/{seated_event.pk}/{date_slug(seated_event.start)}/{a.pk}/cancel/"
    assert organiser.post(url).status_code == 302
    organiser.post(url)  # a second click changes and sends nothing more

    assert Registration.objects.get(pk=a.pk).status == Status.CANCELLED
    assert Registration.objects.get(email="b@example.org").status == Status.CONFIRMED
    # Asked to confirm, confirmed, then told (in Arabic) that the organisers cancelled.
    assert len(mails_to("a@example.org")) == 3
    told = mails_to("a@example.org")[-1]
    assert 'lang="ar"' in html_of(told) and ics_of(told) is None
    promoted = mails_to("b@example.org")
    assert len(promoted) == 3 and "Sie haben einen Platz" in promoted[-1].subject
    assert ics_of(promoted[-1]) is not None
