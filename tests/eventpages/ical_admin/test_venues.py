"""The places the import created: the list to check them, "Geprüft", the desk's count."""

import pytest
from django.urls import reverse
from django.utils import timezone

from core.desk import counted, items_for
from eventpages.ical_import.models import ImportedVenue

from .test_calendars import text_of

pytestmark = pytest.mark.django_db

INDEX = "imported_venues:index"


def desk_count(user, request):
    items = [item for item in items_for(user) if item.name == "imported-venues"]
    return counted(items, request)[0].count if items else None


def test_new_places_wait_for_a_check(synced_calendar, client_of, rf):
    waiting = ImportedVenue.objects.get()
    assert waiting.location == "Bürgerhaus, Markt 1"
    client = client_of("koordination")
    response = client.get(reverse(INDEX))
    assert response.status_code == 200
    text = text_of(response)
    assert "Neue Orte aus Kalendern" in text
    assert "Bürgerhaus, Markt 1" in text and "VHS Burgenlandkreis" in text
    html = response.content.decode()
    venue_url = reverse("wagtailsnippets_eventpages_venue:edit", args=[waiting.venue_id])
    assert f'href="{venue_url}"' in html
    reviewed_url = reverse("imported_venues:reviewed", args=[waiting.pk])
    assert f'action="{reviewed_url}"' in html

    from django.contrib.auth import get_user_model

    coordinator = get_user_model().objects.get(username="koordination")
    assert desk_count(coordinator, rf.get("/")) == 1
    assert (
        client.get(reverse("wagtailadmin_home")).content.decode().count("desk-imported-venues") == 1
    )

    response = client.post(reviewed_url, follow=True)
    assert "„Bürgerhaus“ ist geprüft." in text_of(response)
    assert "Keine neuen Orte zu prüfen" in text_of(response)
    waiting.refresh_from_db()
    assert waiting.reviewed_at is not None
    assert desk_count(coordinator, rf.get("/")) == 0


def test_only_koordination_checks_places(synced_calendar, client_of):
    waiting = ImportedVenue.objects.get()
    for username in ("redaktion", "mitglied"):
        client = client_of(username)
        response = client.get(reverse(INDEX))
        assert response.status_code == 403
        assert "Bürgerhaus, Markt 1" not in response.content.decode()
        assert (
            client.post(reverse("imported_venues:reviewed", args=[waiting.pk])).status_code == 403
        )
        assert (
            "Neue Orte aus Kalendern"
            not in client.get(reverse("wagtailadmin_home")).content.decode()
        )
    waiting.refresh_from_db()
    assert waiting.reviewed_at is None
    assert (
        client_of("koordination")
        .get(reverse("imported_venues:reviewed", args=[waiting.pk]))
        .status_code
        == 405
    )


def test_checked_places_leave_the_list(synced_calendar, client_of):
    ImportedVenue.objects.update(reviewed_at=timezone.now())
    response = client_of("koordination").get(reverse(INDEX))
    assert "Bürgerhaus, Markt 1" not in text_of(response)
