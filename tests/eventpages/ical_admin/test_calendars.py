"""The calendars' snippet screens: listing, status panel, "Jetzt abgleichen", who may."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from eventpages.ical_import import alerts, status
from eventpages.ical_import.models import ExternalCalendar, ImportedEvent, ImportRun

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_eventpages_externalcalendar:list"
ADD = "wagtailsnippets_eventpages_externalcalendar:add"
EDIT = "wagtailsnippets_eventpages_externalcalendar:edit"
SYNC = "wagtailsnippets_eventpages_externalcalendar:sync"


def text_of(response):
    """The page's text with tags and runs of white space collapsed."""
    html = response.content.decode()
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def make_calendar(site, name, **fields):
    return ExternalCalendar.objects.create(
        name=name, url="https://example.org/cal.ics", index=site.events, **fields
    )


# ------------------------------------------------------------------------------ words


def test_counts_in_plain_german():
    counts = {"created": 3, "updated": 1, "unchanged": 12, "skipped": 1, "cancelled": 0}
    assert status.counts_text(counts) == "3 neu, 1 geändert, 12 unverändert, 1 übersprungen"
    assert status.counts_text({}) == "keine Termine"
    assert status.result_text("ok", counts).startswith("Abgeglichen: 3 neu")
    assert status.result_text("unchanged", {"unchanged": 4}) == "Keine Änderungen: 4 unverändert"
    assert status.result_text("failed", {}) == "Fehlgeschlagen"
    assert status.result_text("", {}) == "Noch nicht abgeglichen"


# ------------------------------------------------------------------------------ listing


def test_listing_shows_each_calendars_last_run(site, client_of):
    when = timezone.datetime(2026, 12, 6, 14, 5, tzinfo=timezone.UTC)
    make_calendar(
        site,
        "VHS Zeitz",
        last_run_at=when,
        last_result="ok",
        last_counts={"created": 3, "updated": 1, "unchanged": 12, "skipped": 1},
    )
    make_calendar(
        site,
        "Stadtbibliothek",
        active=False,
        last_run_at=when,
        last_result="failed",
        last_error="Die Adresse liefert keinen iCal-Kalender.",
    )
    make_calendar(site, "Neu")
    response = client_of("koordination").get(reverse(LIST))
    assert response.status_code == 200
    text = text_of(response)
    assert "Abgeglichen: 3 neu, 1 geändert, 12 unverändert, 1 übersprungen" in text
    assert "Fehlgeschlagen" in text and "Die Adresse liefert keinen iCal-Kalender." in text
    assert "So., 6.12.2026, 15:05" in text  # county time (UTC+1 in December)
    assert "angehalten" in text and "aktiv" in text
    assert "noch nie" in text and "Noch nicht abgeglichen" in text
    # A sync button in each row, submitting the one sync form to that calendar's address.
    html = response.content.decode()
    assert html.count('form="ical-sync-form"') == 3
    assert 'id="ical-sync-form"' in html
    calendar = ExternalCalendar.objects.get(name="VHS Zeitz")
    assert f'formaction="{reverse(SYNC, args=[calendar.pk])}"' in html


@pytest.mark.parametrize("username", ["redaktion", "mitglied"])
def test_only_koordination_sees_calendars(site, client_of, username):
    calendar = make_calendar(site, "VHS Zeitz")
    client = client_of(username)
    for url in (reverse(LIST), reverse(ADD), reverse(EDIT, args=[calendar.pk])):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "VHS Zeitz" not in response.content.decode()
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Externe Kalender" not in menu
    assert (
        "Externe Kalender"
        in client_of("koordination").get(reverse("wagtailadmin_home")).content.decode()
    )


def test_koordination_adds_a_calendar(site, client_of):
    client = client_of("koordination")
    response = client.get(reverse(ADD))
    assert response.status_code == 200
    assert "Noch nicht abgeglichen – speichern und „Jetzt abgleichen“ wählen." in text_of(response)
    data = {
        "name": "VHS Zeitz",
        "url": "https://vhs.example.org/termine.ics",
        "website": "",
        "index": str(site.events.pk),
        "language": "de",
        "category": "",
        "municipality": "",
        "organiser": "",
        "on_removal": "cancel",
        "active": "on",
        "category_mappings-TOTAL_FORMS": "0",
        "category_mappings-INITIAL_FORMS": "0",
        "category_mappings-MIN_NUM_FORMS": "0",
        "category_mappings-MAX_NUM_FORMS": "1000",
    }
    response = client.post(reverse(ADD), data)
    assert response.status_code == 302, text_of(response)[:2000]
    assert ExternalCalendar.objects.filter(name="VHS Zeitz").exists()


def test_listing_queries_do_not_grow_with_calendars(site, client_of):
    client = client_of("koordination")
    url = reverse(LIST)

    def queries():
        client.get(url)  # warm: session, permissions, content types
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured)

    for number in range(2):
        make_calendar(site, f"Kalender {number}", last_run_at=timezone.now(), last_result="ok")
    few = queries()
    for number in range(2, 12):
        make_calendar(site, f"Kalender {number}", last_run_at=timezone.now(), last_result="ok")
    assert ExternalCalendar.objects.count() == 12
    assert queries() == few


# ------------------------------------------------------------------------------ status panel


def test_edit_view_shows_the_status_of_the_last_runs(synced_calendar, client_of):
    response = client_of("koordination").get(reverse(EDIT, args=[synced_calendar.pk]))
    assert response.status_code == 200
    text = text_of(response)
    assert "Stand des Abgleichs" in text
    assert "Abgeglichen: 2 neu, 1 übersprungen" in text
    assert "Übersprungene Termine und Hinweise des letzten Abgleichs" in text
    assert "Der Termin hat keinen Beginn (DTSTART)." in text
    assert "Die letzten Abgleiche mit Änderungen oder Fehlern" in text
    html = response.content.decode()
    # "Jetzt abgleichen" in the header and in the panel, both submitting the sync form.
    sync_url = reverse(SYNC, args=[synced_calendar.pk])
    assert html.count(f'formaction="{sync_url}"') == 2
    assert 'id="ical-sync-form"' in html


def test_status_panel_shows_the_error_and_only_ten_runs(site, client_of):
    calendar = make_calendar(
        site,
        "VHS Zeitz",
        last_run_at=timezone.now(),
        last_result="failed",
        last_error="Der Server antwortet nicht.",
        failures=3,
    )
    for number in range(12):
        ImportRun.objects.create(
            calendar=calendar,
            started_at=timezone.now() - timezone.timedelta(hours=number),
            result="ok",
            created=number + 1,
        )
    response = client_of("koordination").get(reverse(EDIT, args=[calendar.pk]))
    text = text_of(response)
    assert "Der Server antwortet nicht." in text and "Zum 3. Mal hintereinander." in text
    html = response.content.decode()
    runs_table = html.split("data-ical-runs", 1)[1].split("</table>", 1)[0]
    assert runs_table.count("<tr>") == 11  # the head and the last ten
    assert "1 neu" in runs_table and "12 neu" not in runs_table


# ------------------------------------------------------------------------------ sync now


def test_sync_now_runs_and_says_what_it_did(serve, calendar, client_of):
    from .conftest import partner_feed

    made = calendar(serve(partner_feed()))
    client = client_of("koordination")
    edit_url = reverse(EDIT, args=[made.pk])
    response = client.post(reverse(SYNC, args=[made.pk]), {"next": edit_url}, follow=True)
    assert response.redirect_chain[0] == (edit_url, 302)
    text = text_of(response)
    assert "„VHS Burgenlandkreis“ – Abgeglichen: 2 neu, 1 übersprungen." in text
    assert "Welche Termine übersprungen wurden und warum" in text
    assert ImportedEvent.objects.filter(calendar=made).count() == 2
    made.refresh_from_db()
    assert made.last_result == "ok"

    # Again at once: forced (no conditional request), nothing changed.
    response = client.post(reverse(SYNC, args=[made.pk]), follow=True)
    assert response.redirect_chain[0] == (edit_url, 302)
    assert "Keine Änderungen: 2 unverändert, 1 übersprungen" in text_of(response)


def test_sync_now_says_why_it_failed(serve, calendar, client_of):
    url = serve("<html><body>Kein Kalender</body></html>", headers={"Content-Type": "text/html"})
    made = calendar(url)
    response = client_of("koordination").post(reverse(SYNC, args=[made.pk]), follow=True)
    text = text_of(response)
    assert "„VHS Burgenlandkreis“ konnte nicht abgeglichen werden:" in text
    made.refresh_from_db()
    assert made.last_result == "failed" and made.last_error
    assert f"werden: {made.last_error}" in text


def test_sync_now_while_running(site, client_of):
    made = make_calendar(site, "VHS Zeitz")
    cache.add(f"ical-import:{made.pk}", 1, 60)
    response = client_of("koordination").post(reverse(SYNC, args=[made.pk]), follow=True)
    assert "Der Abgleich von „VHS Zeitz“ läuft bereits." in text_of(response)
    made.refresh_from_db()
    assert made.last_run_at is None


def test_sync_now_from_the_listing_comes_back_to_it(site, client_of):
    made = make_calendar(site, "VHS Zeitz")
    cache.add(f"ical-import:{made.pk}", 1, 60)
    response = client_of("koordination").post(
        reverse(SYNC, args=[made.pk]), {"next": reverse(LIST)}
    )
    assert response.status_code == 302 and response["Location"] == reverse(LIST)
    response = client_of("koordination").post(
        reverse(SYNC, args=[made.pk]), {"next": "https://elsewhere.example/"}
    )
    assert response["Location"] == reverse(EDIT, args=[made.pk])


def test_sync_now_is_a_post_for_koordination_only(site, client_of):
    made = make_calendar(site, "VHS Zeitz")
    url = reverse(SYNC, args=[made.pk])
    assert client_of("koordination").get(url).status_code == 405
    for username in ("redaktion", "mitglied"):
        response = client_of(username).post(url)
        assert response.status_code == 403
        assert "Kalender abgleichen darf nur die Koordination." in text_of(response)
    assert Client().post(url).status_code in (302, 403)
    made.refresh_from_db()
    assert made.last_run_at is None


def test_sync_now_needs_the_csrf_token(site):
    from django.contrib.auth import get_user_model

    made = make_calendar(site, "VHS Zeitz")
    client = Client(enforce_csrf_checks=True)
    client.force_login(get_user_model().objects.get(username="koordination"))
    assert client.post(reverse(SYNC, args=[made.pk])).status_code == 403
    made.refresh_from_db()
    assert made.last_run_at is None


def test_failure_mail_links_to_the_calendar(site, mailoutbox, django_capture_on_commit_callbacks):
    made = make_calendar(site, "VHS Zeitz", failures=3)
    with django_capture_on_commit_callbacks(execute=True):
        alerts.send(made)
    assert any(reverse(EDIT, args=[made.pk]) in message.body for message in mailoutbox)


def test_sync_now_is_queued_where_a_worker_runs_tasks(site, client_of, settings):
    """With a task queue (production: TASKS_BACKEND=database) the button does not hold the
    request for a large first import: it queues the sync and says so."""
    from django_tasks import default_task_backend

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    made = make_calendar(site, "VHS Zeitz")
    response = client_of("koordination").post(reverse(SYNC, args=[made.pk]), follow=True)
    assert "Der Abgleich von „VHS Zeitz“ ist gestartet." in text_of(response)
    (queued,) = default_task_backend.results
    assert queued.task.name == "sync_calendar" and list(queued.args) == [made.pk, True]
    made.refresh_from_db()
    assert made.last_run_at is None  # not run in the request
