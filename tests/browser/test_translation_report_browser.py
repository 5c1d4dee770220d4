"""The translation report and the page editor's line per language in the real admin, on the
demo (core.translation_report): reached from the reports menu, readable by axe."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_desk_browser import log_in

pytestmark = [pytest.mark.browser]


def assert_no_axe_violations(page, context=None):
    results = Axe().run(page, context=context)
    assert results.response["violations"] == [], results.generate_report()


def test_the_report_is_in_the_reports_menu_and_passes_axe(page):
    log_in(page, "koordination")
    page.goto("/admin/")
    page.get_by_role("button", name="Berichte").click()
    page.get_by_role("link", name="Übersetzungen", exact=True).click()
    page.wait_for_url("**/admin/reports/translations/")
    counts = page.locator(".cn-report-counts li")
    assert counts.count() == 6
    assert "% aktuell" in counts.first.inner_text()
    assert page.locator("table.cn-report tbody tr").count() > 10
    assert_no_axe_violations(page, "main")


def test_the_page_editor_shows_a_line_per_language(page):
    log_in(page, "redaktion")
    page.goto("/admin/reports/translations/?language=ar")
    page.locator("table.cn-report tbody tr th a").first.click()
    page.wait_for_load_state()
    line = page.get_by_role("navigation", name="Stand der Übersetzungen")
    assert line.is_visible()
    assert line.get_by_role("listitem").count() == 6
    assert "Arabisch:" in line.inner_text()
    assert_no_axe_violations(page, "nav.cn-status-line")
