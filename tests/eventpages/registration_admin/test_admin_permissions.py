"""Who sees an event's participants (eventpages.registration.admin_access): Koordination,
superusers and who may edit the event (Redaktion; a member who proposed it); everyone else
gets a 403 that says why on every screen, export and action, and nothing is read or changed."""

import pytest
from django.contrib.auth import get_user_model

from eventpages.models import Registration, RegistrationLog

pytestmark = pytest.mark.django_db

Status = Registration.Status
ALLOWED = ["admin", "koordination", "redaktion", "owner"]
REFUSED_TEXT = "Die Anmeldungen einer Veranstaltung sehen nur die Koordination"


@pytest.fixture
def member_event(seated_event, add_registrations):
    """The event with two seated and one waiting; its owner is the member "mitglied" when
    the test asks for "owner" (members edit the events they proposed)."""
    seated = add_registrations(seated_event, 2, name="Amira Haddad")
    waiting = add_registrations(seated_event, 1, Status.WAITING, name="Milan Novak")
    return seated_event, seated, waiting


def login(client_of, event, username):
    if username == "owner":
        member = get_user_model().objects.get(username="mitglied")
        type(event).objects.filter(pk=event.pk).update(owner=member)
        username = "mitglied"
    return client_of(username)


def get_routes(urls, event, seated, waiting):
    u = urls(event)
    return [
        u.base,
        u.date,
        u.export("csv"),
        u.export("xlsx"),
        u.export("print"),
        f"{u.date}message/",
        u.cancel(seated[0]),
    ]


def post_routes(urls, event, seated, waiting):
    u = urls(event)
    return [
        (u.promote(waiting[0]), {}),
        (u.cancel(seated[0]), {}),
        (f"{u.date}message/", {"recipients": "seated", "subject": "Raum", "text": "Saal 2"}),
    ]


@pytest.mark.parametrize("username", ALLOWED)
def test_allowed_users_open_every_screen(member_event, client_of, urls, username, sent):
    event, seated, waiting = member_event
    client = login(client_of, event, username)
    for url in get_routes(urls, event, seated, waiting):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        assert "no-cache" in response.get("Cache-Control", "") or "max-age=0" in response.get(
            "Cache-Control", ""
        )
    page = client.get(urls(event).date).content.decode()
    assert "Amira Haddad" in page and "Milan Novak" in page
    exports = RegistrationLog.objects.filter(action="exported").values_list("detail", flat=True)
    assert sorted(exports) == ["csv", "print", "xlsx"]


@pytest.mark.parametrize("username", ALLOWED)
def test_allowed_users_may_act(member_event, client_of, urls, username, sent):
    event, seated, waiting = member_event
    client = login(client_of, event, username)
    for url, data in post_routes(urls, event, seated, waiting):
        response = client.post(url, data)
        assert response.status_code == 302, (url, response.status_code)
        assert response["Location"] == urls(event).date
    assert Registration.objects.get(pk=seated[0].pk).status == Status.CANCELLED
    assert Registration.objects.get(pk=waiting[0].pk).status == Status.CONFIRMED
    assert sent[:2] == [(waiting[0].pk, "promoted"), (seated[0].pk, "cancelled_by_organiser")]
    assert sent[2][0] == "message" and sent[2][1] == [seated[1].pk, waiting[0].pk]


def test_a_member_who_did_not_propose_the_event_is_refused_everywhere(
    member_event, client_of, urls, sent
):
    event, seated, waiting = member_event
    client = client_of("mitglied")
    for url in get_routes(urls, event, seated, waiting):
        response = client.get(url)
        assert response.status_code == 403, url
        page = response.content.decode()
        assert REFUSED_TEXT in page
        assert "Amira" not in page and "person0@example.org" not in page
    for url, data in post_routes(urls, event, seated, waiting):
        assert client.post(url, data).status_code == 403, url
    # Nothing was exported, changed or sent.
    assert not RegistrationLog.objects.filter(action="exported").exists()
    statuses = Registration.objects.order_by("pk").values_list("status", flat=True)
    assert list(statuses) == [Status.CONFIRMED, Status.CONFIRMED, Status.WAITING]
    assert sent == []


def test_the_overview_lists_only_the_events_a_member_may_see(
    member_event, make_event, client_of, sent
):
    event, _seated, _waiting = member_event
    other = make_event("Workshop der Koordination", takes_registrations=True, capacity=8)
    make_event("Ohne Anmeldung")
    coordinator = client_of("koordination").get("/admin/registrations/").content.decode()
    assert "Sprachcafé mit Anmeldung" in coordinator and "Workshop der Koordination" in coordinator
    assert "Ohne Anmeldung" not in coordinator

    member = client_of("mitglied")
    page = member.get("/admin/registrations/").content.decode()
    assert "Noch nimmt keine Ihrer Veranstaltungen Anmeldungen an" in page
    assert "Workshop der Koordination" not in page
    login(client_of, event, "owner")
    page = member.get("/admin/registrations/").content.decode()
    assert "Sprachcafé mit Anmeldung" in page and "Workshop der Koordination" not in page
    assert member.get(f"/admin/registrations/{other.pk}/").status_code == 403


def test_anonymous_visitors_are_sent_to_the_login(member_event, client, urls):
    event, _seated, _waiting = member_event
    response = client.get(urls(event).date)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_registration_of_another_event_or_date_is_not_found(
    member_event, make_event, add_registrations, client_of, urls, sent
):
    event, seated, _waiting = member_event
    other = make_event("Anderes", takes_registrations=True, capacity=3)
    theirs = add_registrations(other, 1)[0]
    client = client_of("koordination")
    # The other event's registration under this event's (permitted) address.
    assert client.get(urls(event).cancel(theirs)).status_code == 404
    assert client.post(urls(event).cancel(theirs)).status_code == 404
    assert Registration.objects.get(pk=theirs.pk).status == Status.CONFIRMED
    # A seated registration cannot be "moved up"; a date that does not exist is not found.
    assert client.post(urls(event).promote(seated[0])).status_code == 404
    assert client.get(f"/admin/registrations/{event.pk}/20000101T000000Z/").status_code == 404
    assert client.get(f"/admin/registrations/{event.pk}/morgen/").status_code == 404
    assert client.get(urls(event).export("pdf")).status_code == 404


def test_the_event_editor_links_to_the_registrations(member_event, make_event, client_of):
    event, _seated, _waiting = member_event
    link = f'href="/admin/registrations/{event.pk}/"'
    assert link in client_of("koordination").get(f"/admin/pages/{event.pk}/edit/").content.decode()
    plain = make_event("Ohne Anmeldung")
    page = client_of("koordination").get(f"/admin/pages/{plain.pk}/edit/").content.decode()
    assert f"/admin/registrations/{plain.pk}/" not in page
