"""Issue 21's coordinator, end to end in the real admin on the demo: she changes a German page
and publishes it; the report "Übersetzungen" shows it outdated in Arabic and Ukrainian; she
brings the translations up to date, lets the machine (the fake LibreTranslate server of
tests/fake_translator.py) draft the Arabic, corrects one segment, publishes, and the report
shows Arabic current while Ukrainian still waits ("unvollständig": in step with the German
original, its new title not translated yet)."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from tests.browser.test_desk_browser import log_in

pytestmark = [pytest.mark.browser]

NEW_TITLE = "Beratung zur Anerkennung von Abschlüssen"
CORRECTED = "استشارة حول الاعتراف بالشهادات"


def german_page_translated_into(*languages):
    """A demo content page in German that wagtail-localize keeps translated into `languages`."""
    for candidate in Page.objects.filter(
        locale__language_code="de", depth__gt=2, content_type__model="contentpage"
    ).order_by("path"):
        translated = Translation.objects.filter(
            source__object_id=candidate.translation_key,
            target_locale__language_code__in=languages,
            enabled=True,
        ).count()
        if translated == len(languages):
            return candidate
    raise AssertionError(f"the demo has no content page translated into {languages}")


def report_cell(page, original, language):
    row = page.locator(f"table.cn-report tbody tr[data-item='wagtailcore.page:{original.pk}']")
    return row.locator(f"td.cn-report__cell[data-language='{language}']")


def test_a_coordinator_keeps_arabic_in_step_with_a_changed_german_page(page, fake_translator):
    original = german_page_translated_into("ar", "uk")
    arabic = Page.objects.get(translation_key=original.translation_key, locale__language_code="ar")
    log_in(page, "koordination")

    # The German original changes and is published.
    page.goto(f"/admin/pages/{original.pk}/edit/")
    page.fill("#id_title", NEW_TITLE)
    with page.expect_navigation():
        page.locator("button[name='action-publish']").first.dispatch_event("click")
    expect(page.locator(".messages")).to_contain_text("veröffentlicht")

    # The report: outdated in Arabic and Ukrainian, with the change to see.
    page.goto("/admin/reports/translations/?state=outdated")
    expect(report_cell(page, original, "ar")).to_have_attribute("data-state", "outdated")
    expect(report_cell(page, original, "uk")).to_have_attribute("data-state", "outdated")
    expect(report_cell(page, original, "ar")).to_contain_text("veraltet")

    # Bring the translations up to date with the original (wagtail-localize's sync).
    row = page.locator(f"table.cn-report tbody tr[data-item='wagtailcore.page:{original.pk}']")
    row.locator("a[data-update]").click()
    page.wait_for_load_state()
    with page.expect_navigation():
        page.locator("main form input[type=submit], main form button[type=submit]").first.click()
    # In step with the original now, but the new title is not translated yet anywhere.
    page.goto("/admin/reports/translations/?state=incomplete")
    expect(report_cell(page, original, "ar")).to_have_attribute("data-state", "incomplete")
    expect(report_cell(page, original, "uk")).to_have_attribute("data-state", "incomplete")

    # The Arabic translation: the machine drafts what is new, a person corrects the title.
    page.goto(f"/admin/pages/{arabic.pk}/edit/")
    editor = page.locator(".js-translation-editor")
    with page.expect_navigation():
        editor.get_by_role(
            "button", name=re.compile("Maschinell übersetzen mit LibreTranslate")
        ).click()
    expect(page.locator(".messages")).to_contain_text("LibreTranslate")
    assert fake_translator.requests_to("/translate"), "the machine was asked"
    draft = StringTranslation.objects.get(locale__language_code="ar", data=f"[ar] {NEW_TITLE}")
    assert draft.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
    editor = page.locator(".js-translation-editor")
    expect(editor.get_by_text(f"[ar] {NEW_TITLE}").first).to_be_visible()

    editor.get_by_role("button", name="Bearbeiten").first.click()
    field = editor.locator("textarea").first
    expect(field).to_have_attribute("dir", "rtl")
    field.fill(CORRECTED)
    with page.expect_response(lambda response: response.request.method == "PUT") as saved:
        editor.get_by_role("button", name="Speichern").first.click()
    assert saved.value.ok
    expect(editor.get_by_text(CORRECTED).first).to_be_visible()
    draft.refresh_from_db()
    assert draft.data == CORRECTED
    assert draft.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL

    publish = page.get_by_role("button", name=re.compile("veröffentlichen", re.I)).first
    if not publish.is_visible():
        page.locator("footer [aria-label], footer button.dropdown-toggle").last.click()
    with page.expect_navigation():
        publish.click()
    expect(page.locator(".messages")).to_contain_text("veröffentlicht")
    assert Page.objects.get(pk=arabic.pk).title == CORRECTED

    # The report: Arabic current, Ukrainian still to do.
    page.goto("/admin/reports/translations/?language=ar&state=translated")
    expect(report_cell(page, original, "ar")).to_have_attribute("data-state", "translated")
    page.goto("/admin/reports/translations/?language=uk&state=incomplete")
    expect(report_cell(page, original, "uk")).to_have_attribute("data-state", "incomplete")
    expect(report_cell(page, original, "uk")).to_contain_text("unvollständig")
