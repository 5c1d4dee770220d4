"""A form sent back with errors is announced: "Fehler:" starts the page title, and the one
error summary (includes/form_errors.html) is an alert that site.js focuses (tabindex=-1,
data-error-summary); each field's aria-describedby points at its error text."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.docpages.conftest import collection, make_library  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def assert_announced(response, prefix="Fehler:"):
    """The title starts with the prefix; exactly one summary, focusable, linking the fields."""
    page = soup(response)
    assert page.title.get_text(strip=True).startswith(prefix + " ")
    summaries = page.select("[data-error-summary]")
    assert len(summaries) == 1
    summary = summaries[0]
    assert summary["tabindex"] == "-1"
    assert summary["role"] == "alert"
    assert page.find(id=summary["aria-labelledby"]) is not None
    for link in summary.select("a[href^='#']"):
        assert page.find(id=link["href"][1:]) is not None, link["href"]
    assert_descriptions_exist(page)
    return page


def assert_descriptions_exist(page):
    """Every aria-describedby names elements that are on the page."""
    for element in page.select("[aria-describedby]"):
        for target in element["aria-describedby"].split():
            assert page.find(id=target) is not None, f"{element.get('name')}: #{target} missing"


def assert_not_announced(response):
    page = soup(response)
    assert not page.title.get_text(strip=True).startswith("Fehler")
    assert not page.select("[data-error-summary]")


# ------------------------------------------------------------------------------ login


def test_login_errors_are_described_and_summarised(client):
    assert_not_announced(client.get("/de/login/"))
    response = client.post("/de/login/", {"username": "", "password": ""})
    page = assert_announced(response)
    username = page.find("input", attrs={"name": "username"})
    assert username["aria-invalid"] == "true"
    error = page.find(id=username["aria-describedby"])
    assert error["id"] == "id_username_error"
    assert "Pflichtfeld" in error.get_text() or error.get_text(strip=True)
    # The summary links the field.
    assert page.select_one("[data-error-summary] a[href='#id_username']")


def test_a_wrong_password_is_summarised(client):
    response = client.post("/de/login/", {"username": "mitglied", "password": "falsch"})
    page = assert_announced(response)
    assert page.select_one("[data-error-summary] li")


def test_the_prefix_is_translated(client):
    response = client.post("/ar/login/", {"username": "", "password": ""})
    # LEAD: passes once /tmp/notes/a11y-translations.json ("Fehler:" → "خطأ:") is merged.
    title = soup(response).title.get_text(strip=True)
    assert title.startswith("خطأ: ")


# ------------------------------------------------------------------------------ newsletter


def test_newsletter_errors_are_announced(client):
    assert_not_announced(client.get("/de/newsletter/"))
    data = {"email": "person@example", "language": "de", "frequency": "weekly"}
    page = assert_announced(client.post("/de/newsletter/", data))
    assert page.select_one("[data-error-summary] a[href='#id_email']")


# ------------------------------------------------------------------------------ share form


@pytest.fixture
def library(collection, make_library):  # noqa: F811 (fixtures imported above)
    return make_library("Bibliothek Teilen", collections=[collection("Geteilte Handreichungen")])


def test_share_form_errors_are_announced(client, library):
    client.force_login(get_user_model().objects.get(username="mitglied"))
    assert_not_announced(client.get("/de/share-document/"))
    data = {
        "title": "Handreichung",
        "language": "de",
        "library": str(library.pk),
        "file": SimpleUploadedFile("kurse.pdf", b"<html>not a pdf</html>"),
    }
    page = assert_announced(client.post("/de/share-document/", data))
    assert page.select_one("[data-error-summary] a[href='#id_file']")


# ------------------------------------------------------------------------------ one include


def test_every_form_page_uses_the_shared_summary():
    """No template writes its own summary: one include, one title prefix."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    own = []
    for template in root.glob("*/templates/**/*.html"):
        if ".venv" in template.parts or template.name == "form_errors.html":
            continue
        text = template.read_text()
        if 'class="form-errors" role="alert" aria-labelledby' in text:
            own.append(str(template.relative_to(root)))
        if "includes/form_errors.html" in text:
            # A form rendered inside a page (the event page's registration panel) gets its
            # title prefix from that page's template.
            page = TITLE_FROM_PAGE.get(template.relative_to(root).as_posix())
            titled = (root / page).read_text() if page else text
            assert "includes/error_title.html" in titled, template.name
    assert own == []


# Templates of a form shown inside a page: the page template that sets the title's prefix.
TITLE_FROM_PAGE = {
    "eventpages/templates/eventpages/registration/panel.html": (
        "eventpages/templates/eventpages/event_page.html"
    ),
}
