"""Replacing a document's file keeps the old one as a version; editors can list and restore it."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from core.roles import COORDINATION, MEMBERS
from docpages.models import DocumentVersion, NetworkDocument

from .files import docx_bytes, pdf_bytes, png_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def coordinator(client, user_in_group):
    user = user_in_group("kora", COORDINATION, first_name="Kora", last_name="Koordinatorin")
    client.force_login(user)
    return user


@pytest.fixture
def document(make_document, collection, media):
    return make_document("Satzung", collection("Verein"), text="Alte Fassung")


def edit_data(document, **overrides):
    data = {
        "title": document.title,
        "collection": document.collection_id,
        "tags": "",
        "description": document.description,
        "category": "",
        "language": document.language,
        "original": "",
        "publisher": document.publisher,
        "as_of": "",
        "version_note": "",
    }
    data.update(overrides)
    return data


def replace_file(client, document, content, name="satzung-neu.pdf", note=""):
    url = reverse("wagtaildocs:edit", args=[document.pk])
    data = edit_data(document, file=SimpleUploadedFile(name, content), version_note=note)
    return client.post(url, data)


def current_bytes(document):
    document = NetworkDocument.objects.get(pk=document.pk)
    with document.open_file() as stored:
        return stored.read()


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200, response
    return b"".join(response.streaming_content)


def test_replacing_the_file_keeps_the_old_one_as_a_version(client, coordinator, document):
    old, new = pdf_bytes("Alte Fassung"), pdf_bytes("Neue Fassung")
    old_name = document.file.name
    response = replace_file(client, document, new, note="Beitrag auf 5 Euro gesenkt")
    assert response.status_code == 302

    version = DocumentVersion.objects.get(document=document)
    with version.file.open("rb") as stored:
        assert stored.read() == old
    assert version.note == "Beitrag auf 5 Euro gesenkt"
    assert version.created_by == coordinator
    assert version.file_size == len(old)
    assert version.filename == "satzung.pdf"

    document.refresh_from_db()
    assert current_bytes(document) == new
    assert document.file.name != old_name
    assert not document.file.storage.exists(old_name)  # Wagtail removed it; the copy remains
    assert document.file_updated_at is not None
    assert document.file_size == len(new)

    assert download(Client(), document.url) == new


def test_saving_without_a_new_file_makes_no_version(client, coordinator, document):
    url = reverse("wagtaildocs:edit", args=[document.pk])
    response = client.post(url, edit_data(document, title="Satzung 2026", version_note="egal"))
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Satzung 2026"
    assert not document.versions.exists()
    assert document.file_updated_at is None


def test_a_refused_replacement_changes_nothing(client, coordinator, document):
    old_name = document.file.name
    response = replace_file(client, document, png_bytes(), name="satzung.pdf")
    assert response.status_code == 200
    assert "passt nicht zur Endung" in response.content.decode()
    document.refresh_from_db()
    assert document.file.name == old_name
    assert current_bytes(document) == pdf_bytes("Alte Fassung")
    assert not document.versions.exists()


def test_a_lost_file_can_still_be_replaced(client, coordinator, document):
    document.file.storage.delete(document.file.name)
    response = replace_file(client, document, pdf_bytes("Ersatz"), note="Datei fehlte")
    assert response.status_code == 302
    assert current_bytes(document) == pdf_bytes("Ersatz")
    assert not document.versions.exists()


def test_the_edit_page_links_to_the_versions(client, coordinator, document):
    replace_file(client, document, pdf_bytes("Zwei"), note="erste Änderung")
    page = BeautifulSoup(
        client.get(reverse("wagtaildocs:edit", args=[document.pk])).content, "html.parser"
    )
    link = page.find("a", href=reverse("docpages_versions:index", args=[document.pk]))
    assert link is not None
    assert " ".join(link.get_text().split()) == "1 Fassung anzeigen"


def test_the_versions_page_lists_date_user_note_size_and_download(client, coordinator, document):
    old = pdf_bytes("Alte Fassung")
    replace_file(client, document, pdf_bytes("Neu"), note="Adresse korrigiert")
    version = document.versions.get()

    response = client.get(reverse("docpages_versions:index", args=[document.pk]))
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    rows = page.select("table.listing tbody tr")
    assert len(rows) == 1
    cells = [" ".join(cell.get_text().split()) for cell in rows[0].find_all("td")]
    assert cells[1] == "Kora Koordinatorin"
    assert cells[2] == "Adresse korrigiert"
    assert cells[3] == "satzung.pdf"
    assert cells[4] == f"{len(old)} Byte"  # CLDR German
    assert page.find("h1").get_text(strip=True).startswith("Frühere Fassungen")

    link = rows[0].find(
        "a", href=reverse("docpages_versions:download", args=[document.pk, version.pk])
    )
    response = client.get(link["href"])
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == old
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"
    # The old file has no public address: the page links only to the admin view.
    hrefs = [a["href"] for a in page.find_all("a", href=True)]
    assert not [href for href in hrefs if version.file.name in href]


def test_versions_page_without_versions_says_so(client, coordinator, document):
    response = client.get(reverse("docpages_versions:index", args=[document.pk]))
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select("table.listing") == []
    assert "noch keine früheren Fassungen" in page.get_text()


def test_restore_asks_then_brings_the_old_file_back(client, coordinator, document):
    old, new = pdf_bytes("Alte Fassung"), pdf_bytes("Neue Fassung")
    replace_file(client, document, new, note="Neu")
    version = document.versions.get()
    url = reverse("docpages_versions:restore", args=[document.pk, version.pk])

    confirm = BeautifulSoup(client.get(url).content, "html.parser")
    form = confirm.find("form", action=url)
    assert form["method"].lower() == "post"
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"}) is not None
    assert current_bytes(document) == new  # asking changes nothing

    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("docpages_versions:index", args=[document.pk])
    messages = [str(m).strip() for m in get_messages(response.wsgi_request)]
    assert messages == ["Fassung wiederhergestellt"]

    document.refresh_from_db()
    assert current_bytes(document) == old
    assert download(Client(), document.url) == old
    versions = list(document.versions.all())
    assert len(versions) == 2
    with versions[0].file.open("rb") as stored:
        assert stored.read() == new  # the replaced file is itself kept
    assert versions[0].created_by == coordinator


def test_restore_needs_post(client, coordinator, document):
    replace_file(client, document, pdf_bytes("Neu"))
    version = document.versions.get()
    client.get(reverse("docpages_versions:restore", args=[document.pk, version.pk]))
    assert document.versions.count() == 1
    assert current_bytes(document) == pdf_bytes("Neu")


def test_a_version_of_another_document_is_not_found(client, coordinator, document, make_document):
    other = make_document("Anderes", document.collection, text="Anderes")
    replace_file(client, other, pdf_bytes("Anderes neu"))
    foreign = other.versions.get()
    for name in ("download", "restore"):
        url = reverse(f"docpages_versions:{name}", args=[document.pk, foreign.pk])
        # (LocaleMiddleware first redirects an admin 404 to /de/admin/…, which is a 404 too.)
        assert client.get(url, follow=True).status_code == 404
    client.post(reverse("docpages_versions:restore", args=[document.pk, foreign.pk]))
    assert current_bytes(document) == pdf_bytes("Alte Fassung")
    assert not document.versions.exists()


@pytest.mark.parametrize("group", [MEMBERS, None])
def test_users_who_cannot_change_the_document_are_turned_away(
    client, coordinator, user_in_group, document, group
):
    replace_file(client, document, docx_bytes(), name="satzung.docx")
    version = document.versions.get()
    outsider = Client()
    outsider.force_login(user_in_group("otto", group, is_staff=False))
    urls = [
        reverse("docpages_versions:index", args=[document.pk]),
        reverse("docpages_versions:download", args=[document.pk, version.pk]),
        reverse("docpages_versions:restore", args=[document.pk, version.pk]),
    ]
    for url in urls:
        response = outsider.get(url)
        assert response.status_code in (302, 403)
        assert not hasattr(response, "streaming_content")
    response = outsider.post(urls[2])
    assert response.status_code in (302, 403)
    assert current_bytes(document) == docx_bytes()
    assert document.versions.count() == 1


def test_anonymous_visitors_are_sent_to_the_admin_login(document, client, coordinator):
    replace_file(client, document, pdf_bytes("Neu"))
    version = document.versions.get()
    url = reverse("docpages_versions:download", args=[document.pk, version.pk])
    response = Client().get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_editor_without_rights_on_the_collection_is_refused(
    client, coordinator, user_in_group, document
):
    """The inbox is closed to editors; so are the versions of its documents."""
    from docpages.collections import inbox_collection

    document.collection = inbox_collection()
    document.save()
    replace_file(client, document, pdf_bytes("Neu"))
    editor = Client()
    editor.force_login(user_in_group("erik", "Redaktion"))
    response = editor.get(reverse("docpages_versions:index", args=[document.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_the_edit_page_says_in_words_when_there_are_no_earlier_versions(
    client, coordinator, document
):
    page = BeautifulSoup(
        client.get(reverse("wagtaildocs:edit", args=[document.pk])).content, "html.parser"
    )
    assert page.find("a", href=reverse("docpages_versions:index", args=[document.pk])) is None
    stats = " ".join(page.find("dt", string="Frühere Fassungen").find_next("dd").get_text().split())
    assert stats == "Noch keine früheren Fassungen"
