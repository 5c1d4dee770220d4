"""Bidi embedding, override and isolate controls are removed from titles, as from file names.

"Rechnung\u202efdp.exe" shows as "Rechnungexe.pdf": the right-to-left override (U+202E)
reverses what follows. Direction marks (U+200E, U+200F, U+061C) only place neutral
characters and belong to Arabic and Persian text; they stay.
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.roles import COORDINATION, EDITORS, MEMBERS
from docpages.models import DocumentSubmission, NetworkDocument
from docpages.validators import remove_bidi_controls, validate_upload
from tests.docpages.files import pdf_bytes

pytestmark = pytest.mark.django_db

CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
SPOOFED = "Rechnung\u202efdp.exe"
PERSIAN = "راهنمای\u200cمشاوره\u200f (PDF)\u200e 2026\u061c"


def test_every_embedding_override_and_isolate_is_removed():
    assert remove_bidi_controls(f"a{CONTROLS}b") == "ab"


def test_marks_and_joiners_stay():
    assert remove_bidi_controls(PERSIAN) == PERSIAN


def test_file_names_lose_them_the_same_way():
    name = "Bericht\u202ecod.pdf"
    assert validate_upload(SimpleUploadedFile(name, pdf_bytes())) == "berichtcod.pdf"
    # An override inside the extension does not hide the real type.
    assert validate_upload(SimpleUploadedFile("flyer.p\u202adf", pdf_bytes())) == "flyer.pdf"


def test_a_document_saved_in_code_loses_them(collection):
    document = NetworkDocument(title=SPOOFED, collection=collection("Bidi Code"))
    document.file.save("x.pdf", SimpleUploadedFile("x.pdf", pdf_bytes()), save=False)
    document._set_document_file_metadata()
    document.save()
    document.refresh_from_db()
    assert document.title == "Rechnungfdp.exe"


# --- admin ---


def admin_add(client, user_in_group, title, group=COORDINATION):
    from .test_uploads import add_document, login

    user = login(client, user_in_group, group)
    return add_document(client, user, "rechnung.pdf", pdf_bytes(), title=title)


def test_admin_add_removes_them_from_the_title(client, user_in_group, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    response = admin_add(client, user_in_group, f"  {SPOOFED} ")
    assert response.status_code == 302
    assert NetworkDocument.objects.filter(title="Rechnungfdp.exe").exists()
    assert not NetworkDocument.objects.filter(title__contains="\u202e").exists()


def test_admin_keeps_persian_marks(client, user_in_group, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    assert admin_add(client, user_in_group, PERSIAN).status_code == 302
    assert NetworkDocument.objects.filter(title=PERSIAN).exists()


def test_admin_refuses_a_title_of_controls_only(client, user_in_group, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    before = NetworkDocument.objects.count()
    response = admin_add(client, user_in_group, "\u202e\u2067 \u202c")
    assert response.status_code == 200
    assert response.context["form"].errors["title"] == ["Dieses Feld muss ausgefüllt werden."]
    assert NetworkDocument.objects.count() == before


def test_admin_edit_and_multiple_upload_remove_them(
    client, user_in_group, make_document, collection, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    from .test_uploads import collection_for, login

    user = login(client, user_in_group, EDITORS)
    target = collection_for(user)
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "files[]": SimpleUploadedFile("Protokoll.pdf", pdf_bytes()),
            "title": "Protokoll\u2066 Mai\u2069",
            "collection": target.pk,
        },
    )
    data = json.loads(response.content)
    document = NetworkDocument.objects.get(pk=data["doc_id"])
    assert document.title == "Protokoll Mai"

    prefix = f"doc-{document.pk}-"
    response = client.post(
        reverse("wagtaildocs:edit_multiple", args=[document.pk]),
        {
            prefix + "title": "\u202dProtokoll Juni",
            prefix + "collection": target.pk,
            prefix + "language": "de",
            prefix + "tags": "",
        },
    )
    assert json.loads(response.content)["success"] is True
    document.refresh_from_db()
    assert document.title == "Protokoll Juni"

    response = client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": SPOOFED, "collection": target.pk, "language": "de"},
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Rechnungfdp.exe"


# --- members' share form ---


@pytest.fixture
def library(collection, make_library):
    return make_library("Bibliothek Bidi", collections=[collection("Geteilte Bidi")])


def share(client, library, title):
    return client.post(
        "/de/share-document/",
        {
            "title": title,
            "description": "",
            "language": "de",
            "category": "",
            "library": str(library.pk),
            "file": SimpleUploadedFile("rechnung.pdf", pdf_bytes()),
        },
    )


def test_share_form_removes_them_from_title_and_submission(
    client, user_in_group, library, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(user_in_group("bidi-mitglied", MEMBERS))
    response = share(client, library, SPOOFED)
    assert response.status_code == 302
    submission = DocumentSubmission.objects.get(title="Rechnungfdp.exe")
    assert submission.document.title == "Rechnungfdp.exe"


def test_share_form_refuses_a_title_of_controls_only(
    client, user_in_group, library, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(user_in_group("bidi-mitglied", MEMBERS))
    before = NetworkDocument.objects.count()
    response = share(client, library, "\u202e\u202c")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find(id="id_title_error").get_text(strip=True) == (
        "Dieses Feld muss ausgefüllt werden."
    )
    assert NetworkDocument.objects.count() == before
