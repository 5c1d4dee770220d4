"""Downloads: always attachments, never sniffed, members-only files only for members."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from core.roles import COORDINATION, EDITORS, MEMBERS
from docpages.collections import inbox_collection

from .files import pdf_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def file_bytes(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_public_document_downloads_as_attachment(client, make_document, collection, media):
    document = make_document("Flyer", collection("Öffentlich"), text="Sommerfest")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert 'filename="flyer.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert file_bytes(response) == pdf_bytes("Sommerfest")


def test_images_and_text_download_too_never_inline(client, make_document, collection, media):
    document = make_document(
        "Notiz", collection("Öffentlich"), filename="notiz.txt", content=b"<b>Hallo</b>"
    )
    response = client.get(document.url)
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_after_a_replace_the_new_file_is_served(
    client, make_document, collection, user_in_group, media
):
    document = make_document("Satzung", collection("Öffentlich"), text="Alt")
    admin = logged_in(user_in_group("kim", COORDINATION))
    response = admin.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": "Satzung",
            "collection": document.collection_id,
            "language": "de",
            "file": SimpleUploadedFile("Satzung.pdf", pdf_bytes("Neu")),
        },
    )
    assert response.status_code == 302
    document.refresh_from_db()
    response = client.get(document.url)
    assert response.status_code == 200
    assert file_bytes(response) == pdf_bytes("Neu")


def test_members_only_document(client, make_document, collection, user_in_group, media):
    document = make_document("Protokoll", collection("Intern", members_only=True), text="Geheim")
    secret = pdf_bytes("Geheim")

    response = client.get(document.url)
    assert response.status_code == 302
    assert reverse("login") in response["Location"]
    assert secret not in response.content

    outsider = logged_in(user_in_group("olga"))
    response = outsider.get(document.url)
    assert response.status_code == 403
    assert not response.streaming and secret not in response.content

    member = logged_in(user_in_group("mia", MEMBERS))
    response = member.get(document.url)
    assert response.status_code == 200
    assert file_bytes(response) == secret
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_logged_in_outsider_is_not_sent_round_in_circles(
    make_document, collection, user_in_group, media
):
    """A login page would send someone already logged in straight back to the file."""
    document = make_document("Liste", collection("Intern", members_only=True))
    outsider = logged_in(user_in_group("olaf"))
    response = outsider.get(document.url, follow=True)
    assert response.status_code == 403
    assert len(response.redirect_chain) == 0


def test_public_document_may_be_cached(client, make_document, collection, media):
    document = make_document("Plakat", collection("Öffentlich"))
    response = client.get(document.url)
    assert "no-store" not in response.get("Cache-Control", "")


def test_inbox_documents_are_for_coordinators_only(make_document, user_in_group, media):
    document = make_document("Geteilt", inbox_collection(), text="Eingang")
    for user in (user_in_group("max", MEMBERS), user_in_group("eva", EDITORS)):
        response = logged_in(user).get(document.url)
        assert response.status_code == 403
        assert not response.streaming

    response = logged_in(user_in_group("kai", COORDINATION)).get(document.url)
    assert response.status_code == 200
    assert file_bytes(response) == pdf_bytes("Eingang")
    assert "no-store" in response["Cache-Control"]


def test_wrong_filename_is_not_found(client, make_document, collection, media):
    document = make_document("Flyer", collection("Öffentlich"))
    response = client.get(f"/documents/{document.pk}/anders.pdf")
    assert response.status_code == 404
