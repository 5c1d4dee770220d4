"""The coordinators' desk in the real admin (core.desk): it counts what waits, and the count
follows a member sharing a document; axe finds nothing on the panel or the listing it opens.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.docpages.files import pdf_bytes

pytestmark = [pytest.mark.browser]

TITLE = "Fahrplan Bürgerbus Landkreis"


def assert_no_axe_violations(page, context=None):
    results = Axe().run(page, context=context)
    assert results.response["violations"] == [], results.generate_report()


def log_in(page, username):
    page.goto("/de/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "netzwerk-demo")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def shared_documents(page):
    item = page.locator("#desk-section li[data-desk-item=shared-documents]")
    return int(item.get_attribute("data-count")), item


def test_the_desk_counts_a_document_a_member_shares(page, browser, demo_server):
    log_in(page, "koordination")
    page.goto("/admin/")
    desk = page.get_by_role("region", name="Was auf Sie wartet")
    assert desk.is_visible()
    assert desk.get_by_role("list").get_by_role("listitem").count() == 8
    before, item = shared_documents(page)
    assert "Geteilte Dokumente zur Freigabe" in item.inner_text()
    assert_no_axe_violations(page, "#desk-section")

    member_context = browser.new_context(base_url=demo_server.url, locale="de-DE")
    member = member_context.new_page()
    log_in(member, "mitglied")
    member.goto("/de/share-document/")
    member.get_by_label("Titel").fill(TITLE)
    member.locator("#id_language").select_option("de")
    member.locator("#id_library").select_option(index=1)
    member.locator("#id_file").set_input_files(
        files=[
            {
                "name": "fahrplan.pdf",
                "mimeType": "application/pdf",
                "buffer": pdf_bytes("Bürgerbus"),
            }
        ]
    )
    member.locator("main form button[type=submit]").click()
    member.wait_for_load_state()
    assert "Danke" in member.locator("main").inner_text()
    member_context.close()

    page.reload()
    after, item = shared_documents(page)
    assert after == before + 1
    item.get_by_role("link").click()
    page.wait_for_url("**/admin/shared-documents/?status=pending")
    assert page.get_by_role("link", name=TITLE, exact=True).is_visible()


def test_the_outdated_translations_listing_passes_axe(page):
    """The desk's link opens the translation report filtered to what is outdated."""
    log_in(page, "koordination")
    page.goto("/admin/")
    page.locator("#desk-section li[data-desk-item=outdated-translations] a").click()
    page.wait_for_url("**/admin/reports/translations/?state=outdated")
    assert page.locator("h1").inner_text().strip() == "Übersetzungen"
    assert_no_axe_violations(page, "main")
