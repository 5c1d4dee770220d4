"""Documents of an organisation of the directory (issue 22): the document's admin form links it
to an organisation page, and the organisation's page lists its public documents (never
members-only ones, never those waiting in the inbox) in a constant number of queries."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.translation import override

from directory.models import DirectoryIndexPage, OrganisationPage
from docpages.collections import inbox_collection
from docpages.models import NetworkDocument
from tests.factories import add_child, locale

pytestmark = pytest.mark.django_db

BACKEND = "django.contrib.auth.backends.ModelBackend"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def organisation(site):
    directory = add_child(
        site.home, DirectoryIndexPage(title="Wegweiser", slug="wegweiser", locale=locale("de"))
    )
    return add_child(
        directory,
        OrganisationPage(title="Kreisvolkshochschule", slug="vhs", locale=locale("de")),
    )


def listed(client, url):
    """(titles, line texts) of the page's documents section."""
    html = soup(client.get(url))
    items = html.select(".organisation-documents__item")
    return [item.a.get_text() for item in items], [item.get_text(" ", strip=True) for item in items]


def test_the_organisation_lists_its_public_documents_only(
    client, organisation, collection, make_document
):
    public = collection("Öffentlich")
    members = collection("Mitglieder", members_only=True)
    make_document("Übersicht Sprachkurse", public, organisation=organisation)
    make_document("Kursplan", public, organisation=organisation, language="ar")
    make_document("Protokoll", members, organisation=organisation)
    make_document("Eingang", inbox_collection(), organisation=organisation)
    make_document("Fremd", public)

    titles, lines = listed(client, organisation.url)
    assert titles == ["Kursplan", "Übersicht Sprachkurse"]
    assert lines[0].startswith("Kursplan (Arabisch, PDF, ")
    html = soup(client.get(organisation.url))
    assert html.select_one("#organisation-documents-heading").get_text() == "Dokumente"
    first = html.select_one(".organisation-documents__item a")
    assert first["lang"] == "ar" and first["href"].startswith("/documents/")

    # A member sees the page the public sees: the members-only protocol is not there.
    client.force_login(get_user_model().objects.get(username="mitglied"), BACKEND)
    assert listed(client, organisation.url)[0] == ["Kursplan", "Übersicht Sprachkurse"]


def test_the_arabic_page_lists_the_documents_of_the_german_one(
    client, organisation, collection, make_document
):
    make_document("Übersicht Sprachkurse", collection("Öffentlich"), organisation=organisation)
    arabic = organisation.get_translation(locale("ar"))
    titles, lines = listed(client, arabic.url)
    assert titles == ["Übersicht Sprachkurse"]
    assert "ألمانية" in lines[0]  # the document's language, in the visitor's


def test_no_heading_without_documents(client, organisation):
    html = soup(client.get(organisation.url))
    assert html.select_one(".organisation-documents") is None
    assert "Dokumente" not in html.select_one("article").get_text()


def page_queries(client, url):
    """Queries of the first request after a content change (the section is built) and of
    the next one (kept per content generation, core.fragments)."""
    counts = []
    for _request in ("built", "kept"):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    return counts


def test_documents_cost_the_same_for_3_and_15(client, organisation, collection, make_document):
    client.get(organisation.url)  # what a process keeps for good (the site, the locales)
    public = collection("Öffentlich")
    for number in range(3):
        make_document(f"Dokument {number}", public, organisation=organisation)
    few = page_queries(client, organisation.url)
    for number in range(3, 15):
        make_document(f"Dokument {number}", public, organisation=organisation)
    many = page_queries(client, organisation.url)
    assert len(listed(client, organisation.url)[0]) == 15
    assert few == many


def test_the_document_form_links_an_organisation_through_a_page_chooser(
    client, organisation, collection, make_document
):
    document = make_document("Kursplan", collection("Öffentlich"))
    client.force_login(get_user_model().objects.get(username="koordination"), BACKEND)
    url = f"/admin/documents/edit/{document.pk}/"
    response = client.get(url)
    assert response.status_code == 200
    html = soup(response)
    assert html.select_one("input[name=organisation]") is not None
    assert "directory.organisationpage" in response.content.decode()

    with override("de"):
        response = client.post(
            url,
            {
                "title": "Kursplan",
                "collection": document.collection_id,
                "language": "de",
                "organisation": organisation.pk,
                "tags": "",
            },
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    document.refresh_from_db()
    assert document.organisation_id == organisation.pk
    assert list(NetworkDocument.objects.filter(organisation=organisation)) == [document]


def test_deleting_the_organisation_keeps_the_document(organisation, collection, make_document):
    document = make_document("Kursplan", collection("Öffentlich"), organisation=organisation)
    organisation.delete()
    assert NetworkDocument.objects.get(pk=document.pk).organisation is None
