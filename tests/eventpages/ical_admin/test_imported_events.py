"""An imported event in the page editor: the source's fields read-only, "Quelle: …", detaching."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset

from eventpages.ical_import.models import ImportedEvent
from eventpages.ical_import.sync import sync
from eventpages.models import EventPage

from ..test_admin import event_form
from .conftest import partner_feed
from .test_calendars import text_of

pytestmark = pytest.mark.django_db

DETACH = "wagtailsnippets_eventpages_externalcalendar:detach"


def imported_page():
    record = ImportedEvent.objects.get(uid="kurs-1@vhs")
    return EventPage.objects.get(pk=record.page_id), record


def edit_post(page, category, **overrides):
    """The edit form as a coordinator sends it: another title and start, a category, an extra
    date added, and the other fields as they are."""
    data = event_form(
        page.venue_id or "",
        title="Ganz anderer Titel",
        slug=page.slug,
        start="2027-03-04 18:00",
        end="2027-03-04 20:00",
        frequency="none",
        ends="never",
        count="",
        **({"extra_dates": inline_formset([{"start": "2027-05-01 18:00"}])} | overrides),
        **{"action-publish": "1"},
    )
    data["categories"] = [str(category.pk)]
    return data


def test_source_fields_are_kept_and_the_rest_is_saved(synced_calendar, client_of, category):
    page, record = imported_page()
    source_title, source_start = page.title, page.start
    sprache = category("Sprache und Bildung", "sprache")
    client = client_of("koordination")
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    response = client.get(edit_url)
    assert response.status_code == 200
    text = text_of(response)
    assert "Quelle: VHS Burgenlandkreis" in text
    locked = "Kommt aus dem Kalender „VHS Burgenlandkreis“; ändern Sie es dort oder lösen Sie"
    assert f"{locked} die Verbindung." in text
    html = response.content.decode()
    assert 'href="https://vhs.example.org/kurse/1"' in html
    assert f'href="{reverse(DETACH, args=[page.pk])}"' in html
    before, after = html.split('id="id_title"', 1)
    title_input = before.rsplit("<", 1)[1] + after.split(">", 1)[0]
    assert "disabled" in title_input

    response = client.post(edit_url, edit_post(page, sprache))
    assert response.status_code == 302, text_of(response)[:3000]
    page = EventPage.objects.get(pk=page.pk)
    assert page.title == source_title
    assert page.start == source_start
    assert list(page.extra_dates.all()) == []
    assert list(page.categories.all()) == [sprache]
    # The next sync finds nothing of the source's changed.
    assert sync(synced_calendar, force=True).updated == 0


def test_our_own_events_stay_editable(make_event, client_of):
    event = make_event("Nähcafé")
    response = client_of("koordination").get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    text = text_of(response)
    assert "Quelle:" not in text and "Kommt aus dem Kalender" not in text
    assert client_of("koordination").get(reverse(DETACH, args=[event.pk])).status_code == 404


def test_detached_event_is_ours(synced_calendar, client_of, category, serve):
    page, record = imported_page()
    client = client_of("koordination")
    detach_url = reverse(DETACH, args=[page.pk])
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    response = client.get(detach_url)
    assert response.status_code == 200
    assert "kommt aus dem Kalender „VHS Burgenlandkreis“" in text_of(response)
    response = client.post(detach_url, follow=True)
    assert response.redirect_chain[0] == (edit_url, 302)
    text = text_of(response)
    assert "Die Verbindung zum Kalender „VHS Burgenlandkreis“ ist gelöst" in text
    assert "Kommt aus dem Kalender" not in text
    assert "Quelle: VHS Burgenlandkreis" in text and "Verbindung lösen" not in text
    record.refresh_from_db()
    assert record.detached_at is not None and record.detached_by.username == "koordination"

    response = client.post(edit_url, edit_post(page, category("Kultur", "kultur")))
    assert response.status_code == 302
    page = EventPage.objects.get(pk=page.pk)
    assert page.title == "Ganz anderer Titel"

    # The partner renames the event: the sync leaves ours alone.
    synced_calendar.url = serve(partner_feed(title="Sprachkurs Deutsch A2"), path="/neu.ics")
    synced_calendar.save()
    sync(synced_calendar, force=True)
    assert EventPage.objects.get(pk=page.pk).title == "Ganz anderer Titel"


def test_who_may_detach(synced_calendar, client_of):
    page, record = imported_page()
    url = reverse(DETACH, args=[page.pk])
    response = client_of("mitglied").post(url)
    assert response.status_code == 403
    record.refresh_from_db()
    assert record.detached_at is None
    assert client_of("redaktion").get(url).status_code == 200  # Redaktion edits every page
    record.detached_at = timezone.now()
    record.save()
    # Detached already: the form, not the question again.
    response = client_of("koordination").get(url)
    assert response.status_code == 302


def test_source_dates_cannot_be_changed_or_deleted(synced_calendar, client_of, category):
    """A date the source gave: a POST that moves it, deletes it and adds one changes nothing."""
    from datetime import timedelta

    from eventpages.models import ExtraDate

    page, record = imported_page()
    extra = (page.start + timedelta(days=14)).replace(microsecond=0)
    page.extra_dates = [ExtraDate(start=extra)]
    page.save_revision().publish()
    page = EventPage.objects.get(pk=page.pk)
    row = page.extra_dates.get()
    rows = inline_formset(
        [
            {"id": str(row.pk), "start": "2027-06-01 18:00", "DELETE": "1"},
            {"start": "2027-07-01 18:00"},
        ],
        initial=1,
    )
    data = edit_post(page, category("Kultur", "kultur"), extra_dates=rows)
    response = client_of("koordination").post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), data
    )
    assert response.status_code == 302
    page = EventPage.objects.get(pk=page.pk)
    assert [item.start for item in page.extra_dates.all()] == [extra]


def test_locked_text_and_place_read_as_text_not_as_editors(synced_calendar, client_of):
    """A disabled rich-text editor or chooser still looks editable: the body and the venue of
    an imported event are shown as they read, with nothing to type into."""
    page, _record = imported_page()
    html = client_of("koordination").get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'class="ical-source-value" id="id_venue" aria-readonly="true"' in html
    assert page.venue.name in html
    assert 'id="id_body" aria-readonly="true"' in html
    assert "Für Anfängerinnen und Anfänger." in html
    assert 'name="body-count"' not in html  # no StreamField editor to type into
