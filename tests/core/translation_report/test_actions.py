"""The report's bulk action "In <Sprache> übersetzen" (core.translation_report.actions):
aliases become wagtail-localize translations, existing ones are left alone, permissions hold,
and the coordinator is told what was done."""

import pytest
from django.contrib.auth.models import Permission
from wagtail.models import Locale
from wagtail_localize.models import Translation

from eventpages.models import EventCategory
from home.models import ContentPage

from .helpers import REPORT, german_page, login, report, rows, states

pytestmark = pytest.mark.django_db
TRANSLATE = REPORT + "translate/"


def key(page):
    return f"wagtailcore.page:{page.pk}"


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_chosen_pages_are_translated_into_one_language(site, client):
    first = german_page(site.home, "Beratung")
    second = german_page(site.events, "Sprachcafé")
    already = german_page(site.home, "Kurse", languages=["uk"])
    login(client)
    response = client.post(
        TRANSLATE,
        {"item": [key(first), key(second), key(already)], "target": "uk", "state": "alias"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == REPORT + "?state=alias"  # back, filters kept
    assert messages_of(response) == [
        # in the tree's order, as the report lists them (the events come first)
        "In Ukrainisch übersetzt: 2 Einträge (Sprachcafé, Beratung).",
        "Schon übersetzt, unverändert: Kurse.",
    ]
    ukrainian = Locale.objects.get(language_code="uk")
    for page in (first, second):
        version = ContentPage.objects.get(translation_key=page.translation_key, locale=ukrainian)
        assert version.alias_of_id is None  # the alias became a translation
        assert Translation.objects.filter(
            source__object_id=page.translation_key, target_locale=ukrainian, enabled=True
        ).exists()
    # Started, not yet typed: the report says so until a translator fills the segments.
    table = rows(report(client, language="uk"))
    assert states(table["Beratung"]) == {"uk": "incomplete"}
    assert states(table["Sprachcafé"]) == {"uk": "incomplete"}


def test_snippets_are_translated_too(site, client):
    course = EventCategory.objects.create(
        name="Sprachkurs", slug="sprachkurs", locale=Locale.objects.get(language_code="de")
    )
    login(client)
    response = client.post(
        TRANSLATE, {"item": [f"eventpages.eventcategory:{course.pk}"], "target": "ar"}, follow=True
    )
    assert messages_of(response) == ["In Arabisch übersetzt: 1 Eintrag (Sprachkurs)."]
    assert EventCategory.objects.filter(
        translation_key=course.translation_key, locale__language_code="ar"
    ).exists()


def test_nothing_chosen_or_no_language_is_said(site, client):
    page = german_page(site.home, "Beratung")
    login(client)
    for data in ({"target": "ar"}, {"item": [key(page)]}, {"item": [key(page)], "target": "de"}):
        response = client.post(TRANSLATE, data, follow=True)
        assert messages_of(response) == ["Bitte wählen Sie Einträge und eine Sprache."]
    assert not Translation.objects.exists()


def test_members_cannot_use_the_action(site, client):
    page = german_page(site.home, "Beratung")
    login(client, "mitglied")
    assert client.post(TRANSLATE, {"item": [key(page)], "target": "ar"}).status_code == 403
    assert not Translation.objects.exists()


def test_who_may_not_edit_a_page_or_submit_translations_translates_nothing(site, user_in_group):
    """Koordination and Redaktion may edit every page (core.roles); the action still asks, as
    wagtail-localize and Wagtail would for anyone else."""
    from django.contrib.auth.models import Group

    from core.translation_report.actions import translate_into

    page = german_page(site.home, "Beratung")
    course = EventCategory.objects.create(
        name="Fest", slug="fest", locale=Locale.objects.get(language_code="de")
    )
    keys = [key(page), f"eventpages.eventcategory:{course.pk}"]
    arabic, german = Locale.objects.get(language_code="ar"), Locale.objects.get(language_code="de")
    translators = Group.objects.create(name="Nur Übersetzen")
    translators.permissions.add(Permission.objects.get(codename="submit_translation"))
    translator = user_in_group("uebersetzerin")
    translator.groups.add(translators)

    outcome = translate_into(keys, arabic, german, translator)
    assert outcome.translated == []
    assert sorted(outcome.refused) == ["Beratung", "Fest"]

    nobody = user_in_group("niemand")
    assert translate_into(keys, arabic, german, nobody).refused == []  # not even asked
    assert not Translation.objects.exists()
