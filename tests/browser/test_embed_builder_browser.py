"""The embed builder in the browser: the codes and the preview follow the form without a
reload, the copy button copies, and the form passes axe."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser]


def log_in(page, username):
    page.goto("/de/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "netzwerk-demo")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def open_builder(page):
    from eventpages.models import EventIndexPage

    index = EventIndexPage.objects.get(locale__language_code="de", slug="veranstaltungen")
    log_in(page, "koordination")
    page.goto(f"/admin/embed/{index.pk}/")
    page.wait_for_load_state("networkidle")


def test_codes_and_preview_follow_the_form(page):
    open_builder(page)
    page.evaluate("window.notReloaded = true")
    script = page.locator("#embed-output-script")
    assert "municipality" not in script.input_value()

    page.select_option("select[name=municipality]", "zeitz")
    page.fill("input[name=limit]", "3")
    page.locator("input[name=layout][value=compact]").check()
    # Locator assertions, not wait_for_function: the admin's CSP forbids eval.
    expect(script).to_have_value(re.compile("layout=compact"))
    code = script.input_value()
    assert "municipality=zeitz" in code and "layout=compact" in code
    assert page.evaluate("window.notReloaded") is True
    assert "municipality=zeitz" in page.url
    assert "date_from" not in page.url  # empty fields stay out of the address

    preview = page.locator("[data-builder-preview]")
    expect(preview).to_have_attribute("src", re.compile("layout=compact"))
    assert "/embed-preview/de/veranstaltungen/" in preview.get_attribute("src")
    frame = page.frame_locator("[data-builder-preview]")
    assert frame.locator("main").inner_text()

    # Another language version: the address changes to /embed/en/.
    page.select_option("select[name=translation]", "en")
    expect(page.locator("#embed-output-url")).to_have_value(re.compile("/embed/en/"))
    assert page.evaluate("window.notReloaded") is True


def test_invalid_limit_is_named_next_to_the_field(page):
    open_builder(page)
    page.fill("input[name=limit]", "99")
    page.wait_for_selector("[data-contentpath=limit] .error-message")
    assert "limit=99" not in page.locator("#embed-output-url").input_value()


def test_copy_button_copies_the_code(page):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_builder(page)
    button = page.locator("[data-copy=embed-output-iframe]")
    assert button.is_visible()
    button.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#embed-output-iframe").input_value()
    assert copied.startswith("<iframe ")
    expect(page.locator("[data-builder-status]")).not_to_have_text("")


def test_builder_passes_axe(page):
    open_builder(page)
    results = Axe().run(page, context={"include": [["main"]]})
    assert results.response["violations"] == [], results.generate_report()
