"""Forms sent back with errors are announced: the title starts with "Fehler:" (translated) and
the focus is on the error summary, so a screen reader reads it first; axe finds nothing on
those pages, in German and Arabic. Also the easy-to-read page and the statement pass axe."""

import pytest
from django.utils import translation

from tests.browser.test_site_in_browser import assert_no_axe_violations

pytestmark = [pytest.mark.browser]


def error_prefix(language):
    with translation.override(language):
        return translation.gettext("Fehler:")


def assert_announced(page, language):
    assert page.evaluate("document.title").startswith(error_prefix(language) + " ")
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert page.evaluate("document.activeElement.getAttribute('role')") == "alert"
    assert page.locator("[data-error-summary] li").count() >= 1


@pytest.mark.parametrize("language", ["de", "ar"])
def test_login_errors_are_announced(page, language):
    page.goto(f"/{language}/login/")
    assert not page.evaluate("document.title").startswith(error_prefix(language))
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()
    assert_announced(page, language)
    username = page.locator("#id_username")
    described = username.get_attribute("aria-describedby")
    assert described == "id_username_error"
    assert page.locator(f"#{described}").inner_text().strip()
    assert_no_axe_violations(page)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_newsletter_errors_are_announced(page, language):
    page.goto(f"/{language}/newsletter/")
    page.fill("#id_email", "person@example")
    page.locator("form.subscribe-form button[type=submit]").click()
    page.wait_for_load_state()
    assert_announced(page, language)
    # The summary's link leads to the field.
    page.locator("[data-error-summary] a[href='#id_email']").click()
    assert page.evaluate("location.hash") == "#id_email"
    assert_no_axe_violations(page)


def test_german_title_prefix(page):
    page.goto("/de/login/")
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.evaluate("document.title").startswith("Fehler: Anmeldung für Mitglieder")


@pytest.mark.parametrize(
    "url",
    [
        "/de/leichte-sprache/",
        "/ar/leichte-sprache/",
        "/de/barrierefreiheit/",
        "/ar/barrierefreiheit/",
        "/de/search/?q=&leichte_sprache=1",
    ],
)
def test_easy_language_and_statement_pass_axe(page, url):
    page.goto(url)
    assert_no_axe_violations(page)
    assert page.requests_to_other_hosts == []
