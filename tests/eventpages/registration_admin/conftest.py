"""Fixtures of the organiser's screens (test_admin_*.py): an event that takes registrations,
registrations in every state straight in the database, a stand-in for the mails."""

import sys
import types
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from eventpages.models import Registration
from eventpages.registration.admin_access import date_slug

Status = Registration.Status


@pytest.fixture
def seated_event(make_event):
    """A published event with 5 seats per date that asks for a phone number and a note."""
    start = (timezone.now() + timedelta(days=4)).replace(microsecond=0, second=0)
    return make_event(
        "Sprachcafé mit Anmeldung",
        start,
        takes_registrations=True,
        capacity=5,
        persons_per_registration=3,
        registration_questions=["phone", "note"],
    )


@pytest.fixture
def add_registrations():
    """add(event, count, status, persons=1, **fields): registrations of the event's first
    date, in arrival order after those already there."""

    def add(event, count, status=Status.CONFIRMED, persons=1, start=None, **fields):
        start = start or event.start
        before = Registration.objects.for_date(event.translation_key, start).count()
        made = []
        for number in range(before, before + count):
            made.append(
                Registration(
                    event_key=event.translation_key,
                    event=event,
                    start=start,
                    status=status,
                    persons=persons,
                    name=fields.get("name", f"Person {number}"),
                    email=f"person{number}@example.org",
                    phone=fields.get("phone", f"0345 {number}"),
                    note=fields.get("note", ""),
                    language=fields.get("language", "de"),
                    sequence=None if status == Status.PENDING else number + 1,
                    confirmed_at=None if status == Status.PENDING else timezone.now(),
                )
            )
        return Registration.objects.bulk_create(made)

    return add


@pytest.fixture
def client_of(site):
    """client_of("koordination"): a client logged in as one of the minimal site's users."""

    def make(username):
        client = Client()
        client.force_login(get_user_model().objects.get(username=username))
        return client

    return make


@pytest.fixture
def urls():
    """The screens' addresses of an event (and a date: its first by default)."""

    class Urls:
        def __init__(self, event, start=None):
            self.base = f"/admin/registrations/{event.pk}/"
            self.date = f"{self.base}{date_slug(start or event.start)}/"

        def export(self, format_):
            return f"{self.date}export/{format_}/"

        def cancel(self, registration):
            return f"{self.date}{registration.pk}/cancel/"

        def promote(self, registration):
            return f"{self.date}{registration.pk}/promote/"

    return Urls


@pytest.fixture
def sent(monkeypatch):
    """A stand-in for eventpages.registration.notices (another part of issue 19): records
    what the screens ask to send, so these tests assert the database and the calls, never
    mails."""
    import eventpages.registration as package

    calls = []

    def send(registration, kind, **context):
        calls.append((registration.pk, kind))
        return True

    def organiser_message(registrations, subject, text, sender):
        registrations = list(registrations)
        calls.append(("message", sorted(r.pk for r in registrations), subject, text, sender.pk))
        return len(registrations)

    fake = types.ModuleType("eventpages.registration.notices")
    fake.send = send
    fake.organiser_message = organiser_message
    monkeypatch.setitem(sys.modules, "eventpages.registration.notices", fake)
    monkeypatch.setattr(package, "notices", fake, raising=False)
    return calls
