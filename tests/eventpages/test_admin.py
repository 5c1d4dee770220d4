"""Editors and members in the admin: tabs, validation, moderation, listing filters, snippets."""

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from eventpages.models import EventPage

pytestmark = pytest.mark.django_db


def event_form(venue_id, **overrides):
    data = {
        "title": "Nähcafé",
        "slug": "naehcafe",
        "teaser": "Gemeinsam nähen.",
        "body": streamfield([]),
        "start": "2027-03-04 18:00",
        "end": "2027-03-04 20:00",
        "frequency": "weekly",
        "interval": "1",
        "weekdays": ["TH"],
        "month_week": "1",
        "month_weekday": "MO",
        "ends": "after_count",
        "count": "4",
        "venue": str(venue_id),
        "cost": "",
        "is_free": "on",
        "cancelled_dates": inline_formset([]),
        "extra_dates": inline_formset([]),
        "tags": "",
        # The registration tab's numbers, as the form shows them filled in (their defaults).
        "persons_per_registration": "1",
        "meeting_link_minutes": "60",
    }
    lists = {"weekdays": ["TH"], "languages": ["de", "prs"], "target_groups": ["women"]}
    for name in lists:
        if name in overrides:
            lists[name] = overrides.pop(name)
    data.update(overrides)
    form_data = nested_form_data(data)
    form_data.update(lists)  # multiple checkboxes: the test client sends one value each
    return form_data


def login(client, username, group):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(username=username, password="pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return user


def test_edit_form_has_the_four_tabs(admin_client, event_index):
    response = admin_client.get(f"/admin/pages/add/eventpages/eventpage/{event_index.pk}/")
    assert response.status_code == 200
    body = response.content.decode()
    for tab in ["Inhalt", "Datum und Ort", "Anmeldung", "Veröffentlichung"]:
        assert tab in body
    assert "RRULE" not in body  # editors never type rule text


def test_member_creates_event_and_submits_but_cannot_publish(client, event_index, venue):
    login(client, "mira", "Netzwerk-Mitglieder")
    url = f"/admin/pages/add/eventpages/eventpage/{event_index.pk}/"
    response = client.post(url, event_form(venue().pk, **{"action-publish": "1"}))
    assert not EventPage.objects.filter(slug="naehcafe", live=True).exists()
    response = client.post(url, event_form(venue().pk, slug="naehcafe-2", **{"action-submit": "1"}))
    assert response.status_code == 302
    event = EventPage.objects.get(slug="naehcafe-2", locale__language_code="de")
    assert not event.live
    assert event.current_workflow_state is not None
    assert event.weekdays == ["TH"] and event.languages == ["de", "prs"]


def test_editor_publishes_event_with_series(client, event_index, venue):
    login(client, "rena", "Redaktion")
    url = f"/admin/pages/add/eventpages/eventpage/{event_index.pk}/"
    response = client.post(url, event_form(venue().pk, **{"action-publish": "1"}))
    assert response.status_code == 302
    event = EventPage.objects.get(slug="naehcafe", locale__language_code="de")
    assert event.live
    assert event.rrule == "FREQ=WEEKLY;COUNT=4;BYDAY=TH"
    assert event.occurrences.count() == 4


def test_bad_series_input_redisplays_with_errors(admin_client, event_index, venue):
    url = f"/admin/pages/add/eventpages/eventpage/{event_index.pk}/"
    data = event_form(venue().pk, weekdays=[], ends="on_date", count="", **{"action-publish": "1"})
    response = admin_client.post(url, data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Wählen Sie mindestens einen Wochentag, z. B. Dienstag." in body
    assert "Geben Sie das Datum des letzten Termins an, z. B. 30.06.2027." in body
    assert "Nähcafé" in body  # nothing typed is lost
    assert not EventPage.objects.filter(slug="naehcafe").exists()


@pytest.mark.parametrize(
    "model",
    ["eventpages/venue", "eventpages/organiser", "eventpages/eventcategory", "core/municipality"],
)
def test_snippets_are_in_the_admin(admin_client, model):
    response = admin_client.get(f"/admin/snippets/{model}/")
    assert response.status_code == 200


def test_event_index_only_takes_events():
    from eventpages.models import EventIndexPage

    assert EventIndexPage.allowed_subpage_models() == [EventPage]
    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
