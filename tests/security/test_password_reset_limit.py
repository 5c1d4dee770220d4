"""The admin's "forgot password" form is rate limited like the site's other forms.

Five requests per client address and five per entered email address per hour; the sixth gets
the translated "too many attempts" page (429, Retry-After) and sends no email.
"""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

from core.password_reset import LIMIT, WINDOW

pytestmark = pytest.mark.django_db

URL = "/admin/password_reset/"
MEMBER_EMAIL = "mitglied@example.org"  # the demo member (home/demo.py)


def request_reset(client, email=MEMBER_EMAIL, **extra):
    return client.post(URL, {"email": email}, **extra)


def assert_too_many(response):
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= WINDOW
    assert "no-store" in response["Cache-Control"]
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find("h1").get_text(strip=True) == "Zu viele Versuche"
    assert page.find("a", href=URL), "a link back to the form"


def test_the_url_is_the_limited_view():
    assert reverse("wagtailadmin_password_reset") == URL


def test_sixth_request_from_one_address_sends_no_mail(client):
    for number in range(LIMIT):
        response = request_reset(client)
        assert response.status_code == 302, number
        assert len(mail.outbox) == number + 1
    response = request_reset(client)
    assert_too_many(response)
    assert len(mail.outbox) == LIMIT


def test_one_address_cannot_ask_for_more_with_other_emails(client):
    for number in range(LIMIT):
        assert request_reset(client, f"nobody{number}@example.org").status_code == 302
    assert_too_many(request_reset(client))
    assert mail.outbox == []


def test_one_email_gets_no_more_from_other_addresses(client):
    for number in range(LIMIT):
        response = request_reset(client, REMOTE_ADDR=f"192.0.2.{number + 1}")
        assert response.status_code == 302
    response = request_reset(client, MEMBER_EMAIL.upper(), REMOTE_ADDR="198.51.100.1")
    assert_too_many(response)
    assert len(mail.outbox) == LIMIT
    # Somebody else's reset from a fresh address still works.
    assert (
        request_reset(client, "redaktion@example.org", REMOTE_ADDR="198.51.100.2").status_code
        == 302
    )
    assert mail.outbox[-1].to == ["redaktion@example.org"]


def test_the_limit_page_in_arabic(client):
    for _number in range(LIMIT):
        request_reset(client)
    response = request_reset(client, HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code == 429
    html = BeautifulSoup(response.content, "html.parser").find("html")
    assert html["lang"] == "ar"
    assert html["dir"] == "rtl"
    assert "Zu viele Versuche" not in response.content.decode()


def test_reading_the_form_is_not_limited(client):
    for _number in range(LIMIT + 1):
        request_reset(client)
    assert client.get(URL).status_code == 200
