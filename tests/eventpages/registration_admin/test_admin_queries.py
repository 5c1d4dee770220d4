"""The organiser's screens and exports cost the same number of queries for 10 registrations as
for 100 (and the overview for 2 events as for 12), for a coordinator, a superuser and the
member who proposed the event."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model

from eventpages.models import Registration
from tests.admin_queries import assert_same_queries, client_for, queries_of

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

Status = Registration.Status
USERS = ["admin", "koordination", "mitglied"]


def add_mix(add_registrations, event, tens):
    """Per ten: 6 seated, 2 waiting, 1 unconfirmed, 1 cancelled, with answers."""
    for _ in range(tens):
        add_registrations(event, 6, note="Ich bringe Kuchen mit")
        add_registrations(event, 2, Status.WAITING)
        add_registrations(event, 1, Status.PENDING)
        add_registrations(event, 1, Status.CANCELLED)


def owned_by_member(event):
    member = get_user_model().objects.get(username="mitglied")
    type(event).objects.filter(pk=event.pk).update(owner=member)


@pytest.mark.parametrize("username", USERS)
@pytest.mark.parametrize("screen", ["date", "csv", "xlsx", "print", "message", "event"])
def test_a_date_costs_the_same_for_10_and_100_registrations(
    seated_event, add_registrations, urls, username, screen
):
    owned_by_member(seated_event)
    type(seated_event).objects.filter(pk=seated_event.pk).update(capacity=200)
    u = urls(seated_event)
    url = {
        "date": u.date,
        "event": u.base,
        "message": f"{u.date}message/",
    }.get(screen) or u.export(screen)
    client = client_for(username)
    add_mix(add_registrations, seated_event, 1)
    client.get(u.export("csv"))  # a row in the date's log
    response, few = queries_of(client, url)
    add_mix(add_registrations, seated_event, 9)
    for _ in range(5):
        client.get(u.export("xlsx"))
    response, many = queries_of(client, url)
    if screen == "date":
        page = response.content.decode()
        assert page.count('<tr id="registration-') == 100
        assert "Mit Platz (60)" in page and "Warteliste (20)" in page
    assert_same_queries(few, many)
    print(f"{screen} as {username}: {len(many)} queries for 100 registrations")


@pytest.mark.parametrize("username", ["admin", "koordination", "mitglied"])
def test_the_overview_costs_the_same_for_2_and_12_events(
    make_event, add_registrations, seated_event, username
):
    owned_by_member(seated_event)

    def add_events(count, offset):
        for number in range(offset, offset + count):
            event = make_event(
                f"Kurs {number}",
                seated_event.start + timedelta(hours=number + 1),
                takes_registrations=True,
                capacity=10,
            )
            owned_by_member(event)
            add_registrations(event, 3)
            add_registrations(event, 1, Status.WAITING)

    add_events(1, 0)
    client = client_for(username)
    response, few = queries_of(client, "/admin/registrations/")
    assert response.content.decode().count("Plätze belegt:") == 2
    add_events(10, 1)
    response, many = queries_of(client, "/admin/registrations/")
    assert response.content.decode().count("Plätze belegt:") == 12
    assert_same_queries(few, many)
    print(f"overview as {username}: {len(many)} queries for 12 events")
