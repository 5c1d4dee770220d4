"""wagtail-localize's translation screens in the admin's language (our catalogue carries the
strings the dependencies leave untranslated, core/dependency_strings.py), dates in that
language, and the editor's script for right-to-left fields (core/translation_editor.py).

The German and Persian assertions need the compiled catalogues (`make messages`)."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, TranslationSource

from core import dates
from core.translation_editor import rtl_languages, translation_comment
from tests.factories import make_event, make_user

pytestmark = pytest.mark.django_db

ENGLISH_MONTHS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def admin_in(language):
    user = make_user(f"admin-{language}", superuser=True)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def arabic_translation(site, client):
    """An event with its Arabic translation started in the admin, the title translated."""
    event = make_event(site.events, title="Sprachcafé am Markt")
    arabic = site.locales["ar"]
    client.force_login(make_user("starterin", superuser=True))
    response = client.post(f"/admin/localize/submit/page/{event.pk}/", {"locales": [arabic.pk]})
    assert response.status_code == 302
    client.logout()
    source = TranslationSource.objects.get_for_instance(event)
    title = source.stringsegment_set.select_related("string", "context").get(context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string,
        locale=arabic,
        context=title.context,
        data="مقهى اللغة",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    return event.get_translation(arabic)


def editor(client, page, language):
    client.force_login(admin_in(language))
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    props = json.loads(soup.select_one(".js-translation-editor")["data-props"])
    for hidden in soup(["script", "style", "svg", "template"]):
        hidden.decompose()
    return html, soup.get_text(" "), props


def test_german_admin_reads_german(client, arabic_translation):
    html, text, props = editor(client, arabic_translation, "de")
    assert "Sprache:" in text and "Locale:" not in text
    assert "Locales umschalten" not in html and "Sprache wechseln" in html
    [comment] = [item["comment"] for item in props["initialStringTranslations"]]
    updated = StringTranslation.objects.get(data="مقهى اللغة").updated_at
    with translation.override("de"):
        day = dates.day(updated)
    assert comment == f"Manuell übersetzt am {day}"
    assert not ENGLISH_MONTHS.search(comment)


def test_persian_admin_reads_persian(client, arabic_translation):
    html, text, props = editor(client, arabic_translation, "fa")
    assert "زبان:" in text and "Locale:" not in text
    assert "وضعیت:" in text and "Status:" not in text
    assert "Breite der Seitenleiste" not in html  # no German fallback either
    [comment] = [item["comment"] for item in props["initialStringTranslations"]]
    assert comment.startswith("ترجمهٔ دستی در ")
    assert not ENGLISH_MONTHS.search(comment)


def test_the_editor_script_knows_the_right_to_left_languages(client, arabic_translation):
    html, _text, props = editor(client, arabic_translation, "de")
    assert props["locale"]["code"] == "ar"
    assert rtl_languages() == ["ar", "fa"]
    assert re.search(
        r'<script src="[^"]*core/js/translation-editor\.js" data-rtl-languages="ar fa">', html
    )


@pytest.mark.parametrize(
    ("language", "kind", "tool", "expected"),
    [
        ("de", StringTranslation.TRANSLATION_TYPE_MANUAL, "", "Manuell übersetzt am "),
        ("ar", StringTranslation.TRANSLATION_TYPE_MACHINE, "", "تمت الترجمة آليًا في "),
        (
            "tr",
            StringTranslation.TRANSLATION_TYPE_MACHINE,
            "DeepL",
            " tarihinde DeepL ile çevrildi",
        ),
    ],
)
def test_comments_name_the_date_in_the_admin_language(language, kind, tool, expected):
    item = StringTranslation(
        translation_type=kind, tool_name=tool, updated_at=timezone.now(), data="x"
    )
    with translation.override(language):
        comment = item.get_comment()
        day = dates.day(item.updated_at)
        assert comment == translation_comment(item)
    assert expected in comment and day in comment
    assert not ENGLISH_MONTHS.search(comment)


@pytest.mark.parametrize(
    ("language", "ours"),
    [
        ("fa", "توقف ترجمهٔ همگام"),  # Stop Synced translation
        ("tr", "Eşitlenmiş çeviriyi durdur"),
        ("en", "More actions"),  # our label for the bundle's hard-coded one
    ],
)
def test_the_editors_javascript_catalogue_is_ours(client, language, ours):
    client.force_login(admin_in(language))
    response = client.get("/admin/localize/jsi18n/")
    assert response.status_code == 200
    assert json.dumps(ours)[1:-1] in response.content.decode()  # the catalogue is JSON
