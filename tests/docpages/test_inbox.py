"""Coordinators decide about shared documents in the admin inbox; members hear by email."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

from core.roles import COORDINATION, EDITORS, MEMBERS
from docpages.collections import inbox_collection
from docpages.models import DocumentSubmission, NetworkDocument
from docpages.sharing import DecisionError, approve_submission, reject_submission

pytestmark = pytest.mark.django_db

INBOX = "/admin/shared-documents/"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def library_collection(collection):
    return collection("Handreichungen Teilen")


@pytest.fixture
def library(library_collection, make_library):
    return make_library("Bibliothek Teilen", collections=[library_collection])


@pytest.fixture
def member(user_in_group):
    return user_in_group("teilerin", MEMBERS, email="teilerin@example.org", first_name="Mira")


@pytest.fixture
def coordinator(user_in_group, client):
    user = user_in_group("koord-inbox", COORDINATION, email="koord-inbox@example.org")
    client.force_login(user)
    return user


@pytest.fixture
def share(make_document, member, library):
    """A pending submission as the share form leaves it: the document in the inbox."""

    def make(title="Handreichung Sprachkurse", language_code="de", **fields):
        document = make_document(
            title, inbox_collection(), text="Sprachkurse", uploaded_by_user=member
        )
        return DocumentSubmission.objects.create(
            document=document,
            title=title,
            library=library,
            submitted_by=member,
            language_code=language_code,
            **fields,
        )

    return make


def body_bytes(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def localized(language_code, msgid, **params):
    """What the member's mail should say: the msgid in the member's language."""
    with translation.override(language_code):
        return gettext(msgid) % params


# Who sees the inbox


def test_coordinators_see_the_listing_with_pending_first(share, coordinator, client, member):
    pending = share()
    decided = share("Alter Flyer", status=DocumentSubmission.APPROVED)
    response = client.get(INBOX)
    assert response.status_code == 200
    rows = soup(response).select("table tbody tr")
    titles = [row.find("td").get_text(" ", strip=True) for row in rows]
    assert any("Handreichung Sprachkurse" in t for t in titles)
    statuses = [
        "Wartet auf Freigabe" in row.get_text(" ", strip=True) for row in rows
    ]  # pending rows come first, although the decided one is newer
    assert statuses == sorted(statuses, reverse=True)
    assert titles.index(next(t for t in titles if "Alter Flyer" in t)) > titles.index(
        next(t for t in titles if "Handreichung Sprachkurse" in t)
    )
    row = next(r for r in rows if "Handreichung Sprachkurse" in r.get_text())
    text = row.get_text(" ", strip=True)
    assert "Mira" in text and "Bibliothek Teilen" in text
    assert row.find("a", href=f"{INBOX}{pending.pk}/") is not None
    assert row.find("a", href=pending.document.url) is not None
    assert decided.pk != pending.pk


def test_the_listing_costs_the_same_queries_for_more_submissions(
    share, coordinator, client, django_assert_num_queries
):
    share("Erstes")
    client.get(INBOX)  # warm caches (content types, site)
    with CaptureQueriesContext(connection) as few:
        assert client.get(INBOX).status_code == 200
    few = len(few.captured_queries)  # the log is emptied by the next request
    for number in range(4):
        share(f"Weiteres {number}")
    client.get(INBOX)  # what is kept per content generation, after the change (core.memo)
    with django_assert_num_queries(few):
        assert client.get(INBOX).status_code == 200


def test_a_coordinator_can_download_a_pending_document(share, coordinator, client):
    submission = share()
    response = client.get(submission.document.url)
    assert response.status_code == 200
    assert body_bytes(response).startswith(b"%PDF")


def test_the_menu_item_counts_pending_documents_for_coordinators_only(
    share, coordinator, client, user_in_group
):
    share()
    waiting = DocumentSubmission.objects.filter(status=DocumentSubmission.PENDING).count()
    assert f"Geteilte Dokumente ({waiting})" in client.get("/admin/").content.decode()

    client.force_login(user_in_group("redakteurin", EDITORS))
    assert "Geteilte Dokumente" not in client.get("/admin/").content.decode()


@pytest.mark.parametrize("group", [MEMBERS, EDITORS])
def test_members_and_editors_are_refused(
    share, client, user_in_group, group, django_capture_on_commit_callbacks
):
    submission = share()
    client.force_login(user_in_group("neugierig", group))
    for url in (INBOX, f"{INBOX}{submission.pk}/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == "/admin/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{INBOX}{submission.pk}/approve/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{INBOX}{submission.pk}/reject/", {"reason": "Nein."})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    submission.refresh_from_db()
    assert submission.status == DocumentSubmission.PENDING
    assert submission.document.collection == inbox_collection()
    assert mail.outbox == []


def test_the_review_page_shows_the_details_and_both_decisions(share, coordinator, client):
    submission = share()
    page = soup(client.get(f"{INBOX}{submission.pk}/"))
    text = page.get_text(" ", strip=True)
    assert "Handreichung Sprachkurse" in text and "Mira" in text
    assert "Handreichungen Teilen" in text  # where approval puts it
    assert page.find("form", action=f"{INBOX}{submission.pk}/approve/") is not None
    reject = page.find("form", action=f"{INBOX}{submission.pk}/reject/")
    assert reject.find("textarea", attrs={"name": "reason"}) is not None
    assert page.find("a", href=submission.document.url) is not None


# Approving


def test_approving_moves_the_document_into_the_library_and_tells_the_member(
    share, coordinator, client, library, library_collection, django_capture_on_commit_callbacks
):
    submission = share(language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{INBOX}{submission.pk}/approve/")
    assert response.status_code == 302
    assert response["Location"] == INBOX

    submission.refresh_from_db()
    assert submission.status == DocumentSubmission.APPROVED
    assert submission.decided_by == coordinator
    assert submission.decided_at is not None
    document = NetworkDocument.objects.get(pk=submission.document_id)
    assert document.collection == library_collection

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["teilerin@example.org"]
    english = library.get_translation(Locale.objects.get(language_code="en"))
    assert "/en/" in english.get_full_url()
    assert english.get_full_url() in message.body
    assert message.subject == "Your document has been approved: Handreichung Sprachkurse"
    assert message.subject == localized(
        "en", "Ihr Dokument ist freigegeben: %(title)s", title="Handreichung Sprachkurse"
    )
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="en" dir="ltr">' in html
    assert f'href="{english.get_full_url()}"' in html

    client.logout()
    listing = client.get(library.url)
    if listing.status_code == 200:  # rendered by the library view (another part of #4)
        assert "Handreichung Sprachkurse" in listing.content.decode()
    response = client.get(document.url)
    assert response.status_code == 200
    assert body_bytes(response).startswith(b"%PDF")


def test_a_decided_submission_cannot_be_decided_again(
    share, coordinator, client, member, django_capture_on_commit_callbacks
):
    submission = share()
    with django_capture_on_commit_callbacks(execute=True):
        approve_submission(submission, coordinator)
    assert len(mail.outbox) == 1
    german = mail.outbox[0]
    assert german.subject == "Ihr Dokument ist freigegeben: Handreichung Sprachkurse"
    assert "Die Koordination hat es freigegeben" in german.body
    assert '<html lang="de" dir="ltr">' in german.alternatives[0][0]

    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(DecisionError):
            approve_submission(submission, coordinator)
        with pytest.raises(DecisionError):
            reject_submission(submission, coordinator, "Doch nicht.")
        response = client.post(f"{INBOX}{submission.pk}/approve/")
    assert response.status_code == 302
    assert response["Location"] == f"{INBOX}{submission.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{INBOX}{submission.pk}/reject/", {"reason": "Doch nicht."})
    assert response["Location"] == f"{INBOX}{submission.pk}/"

    submission.refresh_from_db()
    assert submission.status == DocumentSubmission.APPROVED
    assert submission.reason == ""
    assert NetworkDocument.objects.filter(pk=submission.document_id).exists()
    assert len(mail.outbox) == 1
    page = soup(client.get(f"{INBOX}{submission.pk}/"))
    assert page.find("form", action=f"{INBOX}{submission.pk}/approve/") is None


def test_a_library_without_collection_cannot_take_the_document(
    share, coordinator, library, django_capture_on_commit_callbacks
):
    submission = share()
    library.library_collections.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(DecisionError):
            approve_submission(submission, coordinator)
    submission.refresh_from_db()
    assert submission.status == DocumentSubmission.PENDING
    assert submission.document.collection == inbox_collection()
    assert mail.outbox == []


# Rejecting


def test_rejecting_needs_a_reason(share, coordinator, client, django_capture_on_commit_callbacks):
    submission = share()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{INBOX}{submission.pk}/reject/", {"reason": "   "})
    assert response.status_code == 200
    page = soup(response)
    textarea = page.find("textarea", attrs={"name": "reason"})
    assert textarea.get("aria-invalid") == "true"
    assert page.find(class_="error-message").get_text(strip=True)
    submission.refresh_from_db()
    assert submission.status == DocumentSubmission.PENDING
    assert submission.document is not None
    assert mail.outbox == []
    with pytest.raises(DecisionError):
        reject_submission(submission, coordinator, "")


def test_rejecting_deletes_the_document_and_its_file_and_tells_the_member_why(
    share, coordinator, client, django_capture_on_commit_callbacks
):
    submission = share(language_code="uk")
    document = submission.document
    storage, name = document.file.storage, document.file.name
    assert storage.exists(name)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{INBOX}{submission.pk}/reject/",
            {"reason": "Das Dokument enthält private Telefonnummern."},
        )
    assert response.status_code == 302
    assert response["Location"] == INBOX

    assert not NetworkDocument.objects.filter(pk=document.pk).exists()
    assert not storage.exists(name)
    submission.refresh_from_db()
    assert submission.status == DocumentSubmission.REJECTED
    assert submission.reason == "Das Dokument enthält private Telefonnummern."
    assert submission.document is None
    assert submission.decided_by == coordinator

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["teilerin@example.org"]
    assert "Das Dokument enthält private Telefonnummern." in message.body
    assert message.subject == "Ваш документ не прийнято: Handreichung Sprachkurse"
    assert message.subject == localized(
        "uk",
        "Ihr Dokument wurde nicht aufgenommen: %(title)s",
        title="Handreichung Sprachkurse",
    )
    html = message.alternatives[0][0]
    assert '<html lang="uk" dir="ltr">' in html
    assert "Das Dokument enthält private Telefonnummern." in html
