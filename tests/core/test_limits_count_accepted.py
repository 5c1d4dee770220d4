"""Rate limits count accepted submissions only (core/ratelimit.py and its users).

A person who mistypes their address five times, or the people behind a shelter's shared
connection correcting their input, must not be locked out: a form refused for its input counts
nothing. Accepted (valid) submissions count, and beyond the limit the "too many attempts"
page (429) answers as before.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from blogpages.subscriptions import RATE_LIMIT
from core.password_reset import LIMIT as RESET_LIMIT
from docpages.models import DocumentSubmission
from docpages.sharing import SHARE_LIMIT
from exchange.views import POST_LIMIT
from tests.docpages.conftest import collection, make_library  # noqa: F401 (fixtures)
from tests.docpages.files import pdf_bytes
from tests.exchange.conftest import (  # noqa: F401 (fixtures)
    board,
    board_url,
    logged_in,
    member,
    thread_form,
    topics,
)

pytestmark = pytest.mark.django_db

NEWSLETTER = "/de/newsletter/"
SHARE = "/de/share-document/"
RESET = "/admin/password_reset/"
MISTAKES = 10


def subscribe(client, email, **extra):
    data = {"email": email, "language": "de", "frequency": "weekly"}
    return client.post(NEWSLETTER, data, **extra)


# ------------------------------------------------------------------------------ newsletter


def test_ten_mistyped_addresses_then_a_valid_one_is_accepted(client):
    for number in range(MISTAKES):
        response = subscribe(client, f"person{number}@example")  # no top-level domain
        assert response.status_code == 400, number
    response = subscribe(client, "person@example.org")
    assert response.status_code == 200
    assert "blogpages/subscription/check_inbox.html" in [t.name for t in response.templates]
    assert len(mail.outbox) == 1


def test_a_filled_honeypot_counts_nothing(client):
    for _number in range(MISTAKES):
        data = {"email": "bot@example.org", "language": "de", "frequency": "weekly"}
        client.post(NEWSLETTER, data | {"website": "http://spam.example"})
    assert subscribe(client, "person@example.org").status_code == 200


def test_accepted_signups_are_limited(client):
    for number in range(RATE_LIMIT):
        assert subscribe(client, f"person{number}@example.org").status_code == 200
    response = subscribe(client, "one-more@example.org")
    assert response.status_code == 429
    assert len(mail.outbox) == RATE_LIMIT
    # A mistyped address beyond the limit shows its error, and still nothing is sent.
    assert subscribe(client, "one-more@example").status_code == 400
    assert len(mail.outbox) == RATE_LIMIT


# ------------------------------------------------------------------------------ share form


@pytest.fixture
def library(collection, make_library):  # noqa: F811 (fixtures imported above)
    return make_library("Bibliothek Teilen", collections=[collection("Geteilte Handreichungen")])


def share(client, library, number=0, **overrides):
    data = {
        "title": f"Handreichung {number}",
        "description": "Alle Kurse im Landkreis.",
        "language": "de",
        "category": "",
        "library": str(library.pk),
        "file": SimpleUploadedFile(f"handreichung-{number}.pdf", pdf_bytes("Handreichung")),
    }
    data.update(overrides)
    return client.post(SHARE, {key: value for key, value in data.items() if value is not None})


def shared():
    return DocumentSubmission.objects.filter(title__startswith="Handreichung ")


def test_refused_uploads_do_not_count(client, library):
    client.force_login(get_user_model().objects.get(username="mitglied"))
    for number in range(SHARE_LIMIT + MISTAKES):
        bad_file = SimpleUploadedFile("kurse.pdf", b"<html>not a pdf</html>")
        response = share(client, library, number, file=bad_file)
        assert response.status_code == 200, number
        assert "form-errors" in response.content.decode()
    response = share(client, library)
    assert response.status_code == 302
    assert shared().count() == 1


def test_accepted_uploads_are_limited(client, library):
    client.force_login(get_user_model().objects.get(username="mitglied"))
    for number in range(SHARE_LIMIT):
        assert share(client, library, number).status_code == 302, number
    assert share(client, library, SHARE_LIMIT).status_code == 429
    assert shared().count() == SHARE_LIMIT


# ------------------------------------------------------------------------------ the board


def test_refused_posts_do_not_count_on_the_board(logged_in, topics):  # noqa: F811
    for _number in range(POST_LIMIT + MISTAKES):
        response = logged_in.post(board_url() + "neu/", thread_form(topics, title=""))
        assert response.status_code == 400
    for number in range(POST_LIMIT):
        response = logged_in.post(board_url() + "neu/", thread_form(topics, title=f"T{number}"))
        assert response.status_code == 302, number
    assert logged_in.post(board_url() + "neu/", thread_form(topics)).status_code == 429


# ------------------------------------------------------------------------------ login


def test_a_login_form_without_password_is_not_an_attempt(client, settings):
    settings.AXES_ENABLED = True
    for _number in range(MISTAKES):
        response = client.post("/de/login/", {"username": "mitglied", "password": ""})
        assert response.status_code == 200
    response = client.post("/de/login/", {"username": "mitglied", "password": "netzwerk-demo"})
    assert response.status_code == 302


# ------------------------------------------------------------------------------ password reset


def test_mistyped_reset_addresses_do_not_count(client):
    for number in range(MISTAKES):
        assert client.post(RESET, {"email": f"nobody{number}@"}).status_code == 200
    for _number in range(RESET_LIMIT):
        assert client.post(RESET, {"email": "mitglied@example.org"}).status_code == 302
    assert client.post(RESET, {"email": "mitglied@example.org"}).status_code == 429
