"""Documents in the browser: a member shares a file, a coordinator approves it, it is listed.

Also axe audits of the library and of the share form, in German and in Arabic.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail

from tests.docpages.files import pdf_bytes

pytestmark = [pytest.mark.browser]

LIBRARY = {"de": "/de/dokumente/", "ar": "/ar/dokumente/"}
TITLE = "Wegbeschreibung zum Begegnungscafé Zeitz"


def assert_no_axe_violations(page):
    results = Axe().run(page)
    assert results.response["violations"] == [], results.generate_report()


def log_in(page, language, username):
    page.goto(f"/{language}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "netzwerk-demo")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_library_reads_filters_and_passes_axe(page, language):
    page.goto(LIBRARY[language])
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("main h1").inner_text().strip()
    documents = page.locator("main li.document")
    assert documents.count() > 3
    assert_no_axe_violations(page)

    page.locator("main form select[name=file_type]").select_option("pdf")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**file_type=pdf**")
    assert page.locator("main li.document").count() > 0
    assert_no_axe_violations(page)
    assert page.requests_to_other_hosts == []


def test_member_shares_coordinator_approves_document_appears(page, browser, demo_server):
    log_in(page, "de", "mitglied")
    page.goto(LIBRARY["de"])
    page.get_by_role("link", name="Dokument teilen").click()
    page.wait_for_url("**/de/share-document/**")
    assert_no_axe_violations(page)

    page.get_by_label("Titel").fill(TITLE)
    page.get_by_label("Beschreibung").fill("Mit Bus und Bahn vom Bahnhof Zeitz.")
    page.locator("#id_language").select_option("de")
    page.locator("#id_file").set_input_files(
        files=[
            {
                "name": "Wegbeschreibung Café.pdf",
                "mimeType": "application/pdf",
                "buffer": pdf_bytes("Bahnhof Zeitz Bus 401"),
            }
        ]
    )
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert "Danke" in page.locator("main").inner_text()
    assert any(TITLE in message.subject for message in mail.outbox)

    # Not public yet: the library does not list it.
    page.goto(LIBRARY["de"])
    assert TITLE not in page.locator("main").inner_text()

    coordinator = browser.new_context(base_url=demo_server.url, locale="de-DE")
    admin = coordinator.new_page()
    log_in(admin, "de", "koordination")
    admin.goto("/admin/shared-documents/")
    admin.get_by_role("link", name=TITLE, exact=True).click()
    admin.get_by_role("button", name="Freigeben").click()
    admin.wait_for_load_state("networkidle")
    coordinator.close()

    page.goto(LIBRARY["de"])
    assert TITLE in page.locator("main").inner_text()
    member_mails = [message for message in mail.outbox if "mitglied" in " ".join(message.to)]
    assert member_mails, [message.to for message in mail.outbox]


@pytest.mark.parametrize("language", ["de", "ar"])
def test_share_form_with_errors_passes_axe(page, language):
    log_in(page, language, "mitglied")
    page.goto(f"/{language}/share-document/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert_no_axe_violations(page)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("main [role=alert]").count() == 1
    assert_no_axe_violations(page)
