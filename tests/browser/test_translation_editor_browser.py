"""wagtail-localize's translation editor as a coordinator meets it: Arabic is typed right to
left, Ukrainian left to right (core/static/core/js/translation-editor.js), and the labels the
editor's bundle writes in English read German."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser]


def log_in(page, username):
    page.goto("/de/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "netzwerk-demo")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def translated_page(language):
    """A demo page's translation that wagtail-localize keeps in sync (an event where there is
    one)."""
    from wagtail.models import Page
    from wagtail_localize.models import Translation

    pages = Page.objects.filter(
        locale__language_code=language, alias_of__isnull=True, depth__gt=2
    ).order_by("-content_type__model", "path")  # eventpage first
    for candidate in pages:
        if Translation.objects.filter(
            source__object_id=candidate.translation_key,
            target_locale=candidate.locale,
            enabled=True,
        ).exists():
            return candidate
    raise AssertionError(f"the demo has no synced {language} page")


def open_editor(page, language):
    translation = translated_page(language)
    log_in(page, "koordination")
    page.goto(f"/admin/pages/{translation.pk}/edit/")
    editor = page.locator(".js-translation-editor")
    # The segment list is React's: wait for it, then open the title's segment.
    editor.get_by_role("button", name="Bearbeiten").first.click()
    return editor


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("fa", "rtl"), ("uk", "ltr")])
def test_translation_is_typed_in_the_target_languages_direction(page, language, direction):
    editor = open_editor(page, language)
    field = editor.locator("textarea").first
    expect(field).to_be_visible()
    expect(field).to_have_attribute("dir", direction)
    expect(field).to_have_attribute("lang", language)


def test_the_editors_english_labels_read_german(page):
    editor = open_editor(page, "ar")
    expect(editor.locator("section h3").first).to_have_text("Übersetzung: Deutsch → العربية")
    expect(editor.locator(".w-sr-only", has_text="Weitere Aktionen").first).to_be_attached()
    expect(editor.locator(".w-sr-only", has_text="More actions")).to_have_count(0)


def test_an_arabic_translation_is_typed_and_published_without_warnings(page):
    import re

    from wagtail.models import Page

    editor = open_editor(page, "ar")
    field = editor.locator("textarea").first
    expect(field).to_have_attribute("dir", "rtl")
    field.fill("مقهى اللغة في السوق")
    editor.get_by_role("button", name="Speichern").first.click()
    expect(editor.get_by_text("مقهى اللغة في السوق").first).to_be_visible()

    translation = translated_page("ar")
    publish = page.get_by_role("button", name=re.compile("veröffentlichen", re.I)).first
    if not publish.is_visible():
        page.locator("footer [aria-label], footer button.dropdown-toggle").last.click()
    with page.expect_navigation():
        publish.click()
    page.wait_for_load_state("networkidle")
    messages = page.locator(".messages")
    expect(messages).to_contain_text("veröffentlicht")
    expect(page.locator(".messages .warning, .messages .error")).to_have_count(0)
    assert Page.objects.get(pk=translation.pk).title == "مقهى اللغة في السوق"
