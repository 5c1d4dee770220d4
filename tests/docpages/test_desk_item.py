"""The desk counts documents members shared until Koordination decides (core.desk)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from core.roles import MEMBERS
from docpages.models import DocumentSubmission
from docpages.sharing import approve_submission
from tests.core.test_desk import count_of, desk, items, login

from .files import pdf_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(collection, make_library):
    return make_library("Bibliothek Desk", collections=[collection("Handreichungen Desk")])


def share_through_the_form(client, member, library, title="Handreichung Wohnungssuche"):
    client.force_login(member)
    data = {
        "title": title,
        "description": "Tipps für die Suche.",
        "language": "de",
        "category": "",
        "library": str(library.pk),
        "file": SimpleUploadedFile("handreichung.pdf", pdf_bytes("Wohnung")),
    }
    response = client.post("/de/share-document/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return DocumentSubmission.objects.get(title=title)


def test_a_shared_document_is_counted_until_it_is_decided(site, client, library, user_in_group):
    member = user_in_group("teilt-desk", MEMBERS, email="teilt-desk@example.org")
    assert count_of(login(client, "koordination"), "shared-documents") == 0

    submission = share_through_the_form(client, member, library)
    shown = items(desk(login(client, "koordination")))["shared-documents"]
    assert shown["count"] == 1
    assert shown["text"] == "Geteilte Dokumente zur Freigabe: 1"
    assert shown["href"] == "/admin/shared-documents/?status=pending"
    listing = client.get(shown["href"])
    assert "Handreichung Wohnungssuche" in listing.content.decode()

    approve_submission(submission, get_user_model().objects.get(username="koordination"))
    assert count_of(client, "shared-documents") == 0


def test_redaktion_does_not_see_the_members_documents(site, client, library, user_in_group):
    member = user_in_group("teilt-desk", MEMBERS, email="teilt-desk@example.org")
    share_through_the_form(client, member, library)
    assert "shared-documents" not in items(desk(login(client, "redaktion")))
