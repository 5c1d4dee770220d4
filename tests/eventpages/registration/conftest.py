"""Fixtures for the visitor's side of registration: an event taking registrations, a client
that registers through the form, the mails sent to an address."""

import re
from datetime import timedelta

import icalendar
import pytest
from django.core import mail
from django.utils import timezone

from eventpages.models import EventPage


@pytest.fixture
def seated_event(make_event, site):
    """A single event in three days, 2 seats, up to 2 persons, with an Arabic alias."""
    return make_event(
        "Sprachcafé",
        start=timezone.now().replace(microsecond=0) + timedelta(days=3),
        takes_registrations=True,
        capacity=2,
        persons_per_registration=2,
        registration_questions=["phone", "note"],
        aliases=True,
    )


def version(event, language):
    return EventPage.objects.get(
        translation_key=event.translation_key, locale__language_code=language
    )


def form_data(event, email="amira@example.org", name="Amira", **extra):
    data = {"name": name, "email": email, "persons": "1", "website": ""}
    data["dates"] = [event.start.isoformat()]
    data.update(extra)
    return data


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


LINK = re.compile(r"http://testserver(/[a-z]{2}/registration/[^\s\"<]+)")


def links_in(message):
    return LINK.findall(message.body)


def manage_link(message):
    return [link for link in links_in(message) if "/confirm/" not in link][0]


def html_of(message):
    return message.alternatives[0][0]


def ics_of(message):
    """The parsed calendar attached to a message, or None."""
    for filename, content, mimetype in message.attachments:
        if filename.endswith(".ics"):
            assert mimetype.startswith("text/calendar")
            return icalendar.Calendar.from_ical(content)
    return None


@pytest.fixture
def register(client):
    """POST the form on an event page (the language version given) and return the answer."""

    def post(event, **data):
        return client.post(event.url + "anmelden/", form_data(event, **data))

    return post


@pytest.fixture(autouse=True)
def requests_commit(monkeypatch, django_capture_on_commit_callbacks):
    """Each test-client request ends as a real request's transaction does: its on-commit
    callbacks (the mails, core.mail.send_after_commit) run when it is answered."""
    from django.test import Client

    original = Client.request

    def request(self, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return original(self, **kwargs)

    monkeypatch.setattr(Client, "request", request)


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): ...` runs the block's on-commit callbacks at its end."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
