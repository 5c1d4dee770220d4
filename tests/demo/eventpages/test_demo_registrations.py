"""The demo's registrations: one date with places left, one full with a waiting list, one
online through a private meeting link, people registered in several languages, and loading
the demo sends no e-mail."""

import pytest
from wagtail.models import Locale

from eventpages.models import EventPage, Registration, RegistrationDate, RegistrationLog
from eventpages.registration import seats
from home.demo import load_demo

pytestmark = pytest.mark.django_db

Status = Registration.Status


def german_event(slug):
    return EventPage.objects.get(locale__language_code="de", slug=slug)


def next_date(event):
    registration = Registration.objects.filter(event_key=event.translation_key).first()
    assert registration is not None, event.slug
    return registration.start, seats.availability(event, [registration.start])[registration.start]


def test_one_date_has_places_left():
    workshop = german_event("workshop-einfache-sprache")
    _start, places = next_date(workshop)
    assert (places.capacity, places.taken, places.left, places.waiting) == (15, 5, 10, 0)
    assert places.is_open and not places.is_full


def test_one_date_is_full_with_a_waiting_list_in_arrival_order():
    cooking = german_event("gemeinsam-kochen-elsteraue")
    start, places = next_date(cooking)
    assert (places.capacity, places.taken, places.left, places.waiting) == (8, 8, 0, 2)
    assert places.is_full
    waiting = Registration.objects.for_date(cooking.translation_key, start).waiting()
    assert [(item.name, seats.waiting_position(item)) for item in waiting] == [
        ("Maryam Ahmadi", 1),
        ("Dmytro Bondarenko", 2),
    ]
    sequences = Registration.objects.for_date(cooking.translation_key, start).values_list(
        "sequence", flat=True
    )
    assert sorted(sequences) == list(range(1, 8))


def test_one_online_event_has_a_private_meeting_link(client):
    online = german_event("online-sprechstunde-einbuergerung")
    assert online.venue is None and online.online_url == ""
    assert online.meeting_url.startswith("https://meet.example.org/")
    assert online.attendance_mode == "online" and online.occurrences.filter(is_online=True).exists()
    _start, places = next_date(online)
    assert places.left == 37

    secret = online.meeting_url
    arabic = online.get_translation(Locale.objects.get(language_code="ar"))
    for url in (online.url, arabic.url, "/api/v2/events/?attendance=online", "/embed" + online.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert secret not in response.content.decode(), url


def test_registrations_in_several_languages():
    languages = set(Registration.objects.values_list("language", flat=True))
    assert {"de", "ar", "uk", "fa", "ru", "tr"} <= languages
    assert Registration.objects.filter(status=Status.PENDING).count() == 0
    assert RegistrationLog.objects.filter(action=RegistrationLog.Action.WAITING).count() == 2


def test_loading_the_demo_sends_no_mail(mailoutbox, django_capture_on_commit_callbacks):
    count = Registration.objects.count()
    assert count == 15
    Registration.objects.all().delete()
    RegistrationDate.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        load_demo()

    assert mailoutbox == []
    assert Registration.objects.count() == count
    # Again: nothing added, still no mail.
    with django_capture_on_commit_callbacks(execute=True):
        load_demo()
    assert Registration.objects.count() == count and mailoutbox == []
