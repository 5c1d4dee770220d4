"""The library in other languages: the German fallback says so, texts carry their language,
sizes and dates are written per language (core.dates)."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def page_in(library, language):
    return Page.objects.get(
        translation_key=library.translation_key, locale__language_code=language
    ).specific


def test_german_fallback_library_says_german_only_and_marks_its_text(
    client, collection, make_document, make_library
):
    place = collection("Formulare")
    make_document(
        "Antrag auf Wohngeld",
        place,
        language="de",
        description="Das Formular für den Antrag.",
    )
    library = make_library("Dokumente", collections=[place])
    persian = page_in(library, "fa")
    response = client.get(persian.get_url())
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    notice = html.select_one(".document-notice")
    assert notice is not None and notice["role"] == "note"
    heading = html.select_one("h1")
    assert heading["lang"] == "de" and heading["dir"] == "ltr"
    assert html.select_one(".intro")["lang"] == "de"
    document = html.select_one(".document")
    assert document.select_one(".document__title")["lang"] == "de"
    assert document.select_one(".document__description")["lang"] == "de"
    assert document.select_one(".document__download .visually-hidden span")["lang"] == "de"
    # the page's own language stays on the page: German nowhere marked on the German page
    german = BeautifulSoup(client.get(library.get_url()).content.decode(), "html.parser")
    assert german.select_one(".document-notice") is None
    assert not german.select_one("h1").has_attr("lang")


def test_a_persian_document_in_the_german_library_is_marked_persian(
    client, collection, make_document, make_library
):
    place = collection("Formulare")
    make_document("راهنمای مدرسه", place, language="fa", description="برای والدین")
    library = make_library("Dokumente", collections=[place])
    html = BeautifulSoup(client.get(library.get_url()).content.decode(), "html.parser")
    document = html.select_one(".document")
    assert document.select_one(".document__title")["lang"] == "fa"
    assert document.select_one(".document__description")["lang"] == "fa"


@pytest.mark.parametrize(
    ("language", "size"),
    [("de", "10 kB"), ("fa", "۱۰ kB"), ("ar", "10 كيلوبايت"), ("uk", "10 кБ")],
)
def test_file_sizes_in_the_language_of_the_page(
    client, collection, make_document, make_library, language, size
):
    place = collection("Formulare")
    make_document("Antrag", place, language="de", content=b"%PDF-1.4\n" + b"0" * 10230)
    library = make_library("Dokumente", collections=[place])
    response = client.get(page_in(library, language).get_url())
    facts = BeautifulSoup(response.content.decode(), "html.parser").select_one(".document__facts")
    text = facts.get_text(" ", strip=True)
    assert size in text
