"""The desk counts this week's events without a translation in the languages the network
serves most (core.desk; the languages: core.models.DeskSettings)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale, Site
from wagtail_localize.models import TranslationSource

from core import county_time
from core.models import DeskSettings
from tests.core.test_desk import count_of, desk, items, login
from tests.factories import make_event

pytestmark = pytest.mark.django_db


def later_this_week():
    """A moment still in this county week (or the first minutes after now on a Sunday night)."""
    now = county_time.now()
    end = county_time.midnight(
        county_time.today() + timedelta(days=7 - county_time.today().weekday())
    )
    return min(now + timedelta(hours=1), now + (end - now) / 2).replace(microsecond=0)


def translate(event, language):
    source, _created = TranslationSource.get_or_create_from_instance(event)
    source.create_or_update_translation(
        Locale.objects.get(language_code=language), publish=True, fallback=True
    )


def test_this_weeks_event_counts_until_translated_into_every_priority_language(site, client):
    event = make_event(site.events, title="Elterncafé", start=later_this_week())
    login(client, "koordination")
    shown = items(desk(client))["untranslated-events"]
    assert shown["count"] == 1  # only aliases (German text) in Arabic, Persian, Ukrainian
    assert shown["href"] == "/admin/events/?locale=de&when=this_week"
    listing = client.get(shown["href"])
    assert listing.status_code == 200
    assert "Elterncafé" in listing.content.decode()

    translate(event, "ar")
    translate(event, "fa")
    assert count_of(client, "untranslated-events") == 1
    translate(event, "uk")
    assert count_of(client, "untranslated-events") == 0


def test_the_coordinators_choose_the_languages(site, client):
    event = make_event(site.events, title="Elterncafé", start=later_this_week())
    translate(event, "ar")
    settings = DeskSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.languages() == ["ar", "fa", "uk"]
    settings.priority_languages = ["ar"]
    settings.save()
    assert count_of(login(client, "redaktion"), "untranslated-events") == 0
    settings.priority_languages = ["ar", "tr"]
    settings.save()
    assert count_of(client, "untranslated-events") == 1


def test_events_after_this_week_or_past_are_not_counted(site, client):
    make_event(site.events, title="Nächste Woche", start=timezone.now() + timedelta(days=8))
    make_event(site.events, title="Vorbei", start=timezone.now() - timedelta(days=1))
    assert count_of(login(client, "koordination"), "untranslated-events") == 0


def test_koordination_edits_the_languages_in_the_settings(site, client):
    login(client, "koordination")
    site_id = Site.objects.get(is_default_site=True).pk
    url = f"/admin/settings/core/desksettings/{site_id}/"
    page = client.get(url)
    assert page.status_code == 200
    assert 'type="checkbox"' in page.content.decode()
    response = client.post(url, {"priority_languages": ["ar", "ru"]})
    assert response.status_code == 302
    assert DeskSettings.for_site(Site.objects.get(pk=site_id)).languages() == ["ar", "ru"]
