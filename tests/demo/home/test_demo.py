"""The demo loader: every language, real translations, idempotent."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from home.demo import DEMO_USERS, load_demo
from home.demo import data as demo_content
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_site_is_the_network():
    site = Site.objects.get(is_default_site=True)
    assert site.site_name == "Integrationsnetzwerk Burgenlandkreis"
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.locale.language_code == "de"


def test_every_demo_page_exists_in_every_language_as_a_translation():
    """Except easy-to-read German ("translate": False): an alias of the German page."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for spec in demo_content.PAGES:
        german = Page.objects.get(locale=locales["de"], slug=spec["slug"])
        assert german.title == spec["title"]
        for language in demo_content.LANGUAGES:
            translated = german.get_translation(locales[language])
            assert translated.live
            if spec.get("translate", True) is False:
                assert translated.alias_of_id == german.pk
                continue
            assert translated.alias_of_id is None
            assert translated.title == demo_content.TRANSLATIONS[spec["title"]][language]


def test_demo_translations_cover_every_language():
    for text, translations in demo_content.TRANSLATIONS.items():
        assert set(translations) >= set(demo_content.LANGUAGES), text


def test_demo_users_in_their_groups():
    User = get_user_model()
    for username, _first, group, _description in DEMO_USERS:
        user = User.objects.get(username=username)
        if group is None:
            assert user.is_superuser
        else:
            assert user.groups.filter(name=group).exists()


def test_load_demo_twice_changes_nothing():
    pages_before = Page.objects.count()
    users_before = get_user_model().objects.count()
    call_command("load_demo", stdout=open("/dev/null", "w"))
    load_demo()
    assert Page.objects.count() == pages_before
    assert get_user_model().objects.count() == users_before
