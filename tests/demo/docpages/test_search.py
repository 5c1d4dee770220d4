"""Documents in the site search: found by title, description, tags, publisher and PDF text."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from core.roles import COORDINATION
from docpages.collections import inbox_collection
from docpages.models import DocumentLibraryPage

pytestmark = pytest.mark.django_db


def search(client, query, language="de", **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def found(html):
    return [a.get_text(strip=True) for a in html.select(".search-document__title a")]


def status(html):
    return html.select_one("[role=status]").get_text(strip=True)


@pytest.fixture
def public(collection):
    return collection("Öffentliche Dokumente")


@pytest.mark.parametrize(
    "query",
    ["Wohnsitzauflage", "Residenzpflicht", "Zeitzberg", "Aufenthaltsrecht"],
    ids=["pdf-text", "description", "publisher", "tag"],
)
def test_document_found_by_text_description_publisher_and_tag(client, public, make_document, query):
    document = make_document(
        "Merkblatt Umzug",
        public,
        text="Hinweise zur Wohnsitzauflage",
        description="Was die Residenzpflicht bedeutet.",
        publisher="Netzwerkstelle Zeitzberg",
    )
    document.tags.add("Aufenthaltsrecht")
    document.save()
    make_document("Anderes Merkblatt", public, text="Sprachkurse")
    html = search(client, query)
    assert found(html) == ["Merkblatt Umzug"]
    link = html.select_one(".search-document__title a")
    assert link["href"] == document.url
    assert status(html).startswith("1 Ergebnis")
    section = html.select_one("section.search-section")
    assert section.select_one("h2").get_text(strip=True) == "Dokumente"
    assert section["aria-labelledby"] == section.select_one("h2")["id"]
    assert html.find("link", href="/static/css/docpages.css")


def test_document_result_links_its_library_in_the_visitors_language(
    client, public, make_document, make_library
):
    make_document("Merkblatt Umzug", public, text="Wohnsitzauflage")
    library = make_library("Bibliothek", collections=[public])
    html = search(client, "Wohnsitzauflage")
    library_link = html.select_one(".search-document a[href='/de/bibliothek/']")
    assert library_link.get_text(strip=True) == library.title
    arabic = DocumentLibraryPage.objects.get(alias_of=library, locale__language_code="ar")
    html = search(client, "Wohnsitzauflage", language="ar")
    assert found(html) == ["Merkblatt Umzug"]
    assert html.select_one(f".search-document a[href='{arabic.url}']")


def test_pages_and_documents_are_counted_together(client, public, make_document):
    pages = int(status(search(client, "Datenschutz")).split()[0])
    assert pages >= 1
    make_document("Datenschutz im Netzwerk", public)
    html = search(client, "Datenschutz")
    assert html.select(".search-results li")
    assert found(html) == ["Datenschutz im Netzwerk"]
    assert status(html).startswith(f"{pages + 1} Ergebnisse")


def test_no_document_section_without_a_matching_document(client, public, make_document):
    make_document("Merkblatt", public, text="Sprachkurse")
    html = search(client, "Datenschutz")
    assert not html.select(".search-section")
    assert html.select(".search-results li")


def test_only_documents_found_still_counts_and_no_try_again_hint(client, public, make_document):
    make_document("Quittungsvorlage", public)
    html = search(client, "Quittungsvorlage")
    assert status(html).startswith("1 Ergebnis")
    assert not html.select(".search-results")
    assert "Versuchen Sie" not in html.select_one("main").get_text()


def test_documents_are_limited_and_the_total_is_said(client, public, make_document):
    for number in range(23):
        make_document(f"Formular {number}", public, text="Familiennachzug")
    html = search(client, "Familiennachzug")
    assert len(found(html)) == 20
    assert "Die ersten 20 von 23 Dokumenten." in html.select_one(".search-section").get_text()
    assert status(html).startswith("23 Ergebnisse")


def test_documents_in_the_inbox_are_never_found(client, user_in_group, public, make_document):
    make_document("Wartet Wohnsitzauflage", inbox_collection())
    make_document("Freigegeben Wohnsitzauflage", public)
    assert found(search(client, "Wohnsitzauflage")) == ["Freigegeben Wohnsitzauflage"]
    client.force_login(user_in_group("kora", COORDINATION))
    assert found(search(client, "Wohnsitzauflage")) == ["Freigegeben Wohnsitzauflage"]


def test_documents_only_on_the_first_page_of_page_results(client, public, make_document):
    from home.models import ContentPage, HomePage

    home = HomePage.objects.get(locale__language_code="de")
    for number in range(12):
        home.add_child(instance=ContentPage(title=f"Quittenkurs {number}", slug=f"kurs-{number}"))
    make_document("Quittenkurs Anmeldung", public)
    first = search(client, "Quittenkurs")
    assert len(first.select(".search-results li")) == 10
    assert found(first) == ["Quittenkurs Anmeldung"]
    second = search(client, "Quittenkurs", page=2)
    assert len(second.select(".search-results li")) == 2
    assert not found(second)
    assert status(second).startswith("13 Ergebnisse")
    assert Page.objects.filter(title__startswith="Quittenkurs").count() == 12


@pytest.mark.parametrize("known_backend", [True, False], ids=["fulltext", "wagtail-search"])
def test_documents_ranked_and_counted_as_wagtail_ranks_them(
    client, monkeypatch, collection, public, make_document, known_backend
):
    """The site search reads the backend's own scores: the order and the count are those of
    Wagtail's .search() over the documents the visitor may see (which it uses itself for a
    search backend docpages.fulltext does not know)."""
    from docpages import fulltext
    from docpages.models import NetworkDocument

    if not known_backend:
        monkeypatch.setattr(fulltext, "supported", lambda: False)

    make_document("Wohnsitzauflage", public, text="Sprachkurse")
    make_document("Merkblatt", public, description="Zur Wohnsitzauflage im Kreis.")
    make_document("Formular", public, text="Wohnsitzauflage Wohnsitzauflage Wohnsitzauflage")
    make_document("Hinweise", public, text="Wohnsitzauflage und vieles andere mehr dazu")
    private = collection("Intern", members_only=True)
    make_document("Wohnsitzauflage intern", private)
    make_document("Anderes", public, text="Sprachkurse")
    html = search(client, "Wohnsitzauflage")
    visible = NetworkDocument.objects.exclude(collection=private)
    expected = [document.title for document in visible.search("Wohnsitzauflage")]
    assert len(expected) == 4
    assert found(html) == expected
    assert status(html).startswith("4 Ergebnisse")
    # Two words: both must occur, in any field.
    html = search(client, "Merkblatt Wohnsitzauflage")
    assert found(html) == ["Merkblatt"]


def test_quotes_in_the_query_are_words(client, public, make_document):
    make_document("Merkblatt", public, text="Hinweise zur Wohnsitzauflage")
    assert found(search(client, '"Wohnsitzauflage"')) == ["Merkblatt"]
