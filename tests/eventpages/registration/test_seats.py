"""Seats and the waiting list (eventpages.registration.seats): capacity is never exceeded,
the waiting list moves up strictly in arrival order, nothing changes twice."""

from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from eventpages.models import Registration, RegistrationLog
from eventpages.registration import seats

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.fixture
def seated_event(make_event):
    return make_event(takes_registrations=True, capacity=3, persons_per_registration=3)


def confirmed(event, name, persons=1):
    registration = seats.register(
        event, event.start, language="de", name=name, email=f"{name}@example.org", persons=persons
    )
    return seats.confirm(registration, event.capacity)


def test_pending_holds_no_seat_and_confirming_gives_one(seated_event):
    pending = seats.register(
        seated_event, seated_event.start, language="ar", name="Amira", email="Amira@Example.org"
    )
    assert pending.status == Status.PENDING and pending.email == "amira@example.org"
    assert seats.availability(seated_event, [seated_event.start])[seated_event.start].taken == 0
    done = seats.confirm(pending, seated_event.capacity)
    assert (done.status, done.sequence) == (Status.CONFIRMED, 1)
    figures = seats.availability(seated_event, [seated_event.start])[seated_event.start]
    assert (figures.capacity, figures.taken, figures.left, figures.waiting) == (3, 1, 2, 0)
    # A second click on the confirmation changes nothing.
    again = seats.confirm(pending, seated_event.capacity)
    assert (again.status, again.sequence) == (Status.CONFIRMED, 1)
    actions = list(RegistrationLog.objects.values_list("action", flat=True))
    assert actions == ["registered", "confirmed"]


def test_full_date_puts_people_on_the_waiting_list_in_order(seated_event):
    first = confirmed(seated_event, "a", persons=2)
    second = confirmed(seated_event, "b", persons=2)  # does not fit: waits
    third = confirmed(seated_event, "c", persons=1)  # would fit, but b waits: no overtaking
    assert [first.status, second.status, third.status] == [
        Status.CONFIRMED,
        Status.WAITING,
        Status.WAITING,
    ]
    assert seats.waiting_position(second) == 1 and seats.waiting_position(third) == 2
    figures = seats.availability(seated_event, [seated_event.start])[seated_event.start]
    assert figures.is_full and figures.waiting == 2

    _, promoted = seats.cancel(first, seated_event.capacity)
    assert [registration.name for registration in promoted] == ["b", "c"]
    assert Registration.objects.get(pk=third.pk).status == Status.CONFIRMED
    # Cancelling again frees nothing more.
    assert seats.cancel(first, seated_event.capacity)[1] == []


def test_more_persons_than_left_changes_nothing(seated_event):
    registration = confirmed(seated_event, "a", persons=1)
    confirmed(seated_event, "b", persons=1)
    with pytest.raises(seats.NotEnoughPlaces):
        seats.change_persons(registration, 3, seated_event.capacity)
    assert Registration.objects.get(pk=registration.pk).persons == 1
    registration, _ = seats.change_persons(registration, 2, seated_event.capacity)
    assert registration.persons == 2


def test_fewer_persons_free_seats_for_the_waiting_list(seated_event):
    big = confirmed(seated_event, "a", persons=3)
    waiting = confirmed(seated_event, "b", persons=1)
    assert waiting.status == Status.WAITING
    _, promoted = seats.change_persons(big, 2, seated_event.capacity)
    assert promoted == [waiting] and Registration.objects.get(pk=waiting.pk).status == (
        Status.CONFIRMED
    )


def test_one_registration_per_address_and_date(seated_event):
    confirmed(seated_event, "a")
    with pytest.raises(IntegrityError):
        seats.register(
            seated_event, seated_event.start, language="de", name="A", email="A@example.org"
        )


def test_deleting_frees_the_seat_and_keeps_only_the_log(seated_event):
    first = confirmed(seated_event, "a", persons=3)
    waiting = confirmed(seated_event, "b")
    promoted = seats.delete_personal_data(first)
    assert promoted == [waiting]
    assert not Registration.objects.filter(email="a@example.org").exists()
    log = RegistrationLog.objects.filter(action="deleted").get()
    assert log.registration is None and log.start == seated_event.start


def test_closed_after_the_deadline_and_once_started(seated_event):
    now = timezone.now()
    assert seats.is_open(seated_event, seated_event.start, now)
    seated_event.registration_deadline = (now - timedelta(days=1)).date()
    assert not seats.is_open(seated_event, seated_event.start, now)
    seated_event.registration_deadline = None
    assert not seats.is_open(seated_event, seated_event.start, seated_event.start)
