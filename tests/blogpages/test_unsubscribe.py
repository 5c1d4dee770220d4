"""Unsubscribing deletes the address: from the page, and by RFC 8058 one-click POST."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail, signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from blogpages import tokens
from blogpages.models import Delivery, Subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_demo_subscribers(db):
    Subscriber.objects.all().delete()


@pytest.fixture
def lena(blog_category):
    person = Subscriber.objects.create(
        email="lena@example.org", language="en", confirmed_at=timezone.now()
    )
    person.categories.set([blog_category("Arbeit", "arbeit")])
    Delivery.objects.create(subscriber=person, key="2026-W01", kind=Delivery.DIGEST)
    return person


def unsubscribe_path(subscriber):
    with translation.override(subscriber.language):
        return reverse("blog_unsubscribe", args=[tokens.unsubscribe_token(subscriber)])


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_link_shows_a_button_and_deletes_only_on_post(client, lena):
    path = unsubscribe_path(lena)
    assert path.startswith("/en/newsletter/unsubscribe/")
    response = client.get(path)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    assert "lena@example.org" in response.content.decode()
    form = soup(response).find("form", method="post")
    assert form["action"] == path
    assert Subscriber.objects.filter(pk=lena.pk).exists()  # a GET (mail scanner) keeps it

    response = client.post(path)
    assert response.status_code == 200
    assert not Subscriber.objects.filter(email="lena@example.org").exists()
    assert not Delivery.objects.filter(subscriber_id=lena.pk).exists()
    assert not Subscriber.categories.through.objects.filter(subscriber_id=lena.pk).exists()


def test_one_click_post_from_a_mail_program_needs_no_csrf_token(lena):
    mail_program = Client(enforce_csrf_checks=True)
    response = mail_program.post(
        unsubscribe_path(lena),
        data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Subscriber.objects.filter(pk=lena.pk).exists()


def test_the_link_in_a_sent_post_works(lena, make_post, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_post(title="Zum Abmelden", categories=list(lena.categories.all()))
    (message,) = mail.outbox
    header = message.extra_headers["List-Unsubscribe"]
    url = re.fullmatch(r"<(https?://[^>]+)>", header).group(1)
    assert url in message.body
    path = re.sub(r"^https?://[^/]+", "", url)
    Client(enforce_csrf_checks=True).post(path, data={"List-Unsubscribe": "One-Click"})
    assert not Subscriber.objects.filter(pk=lena.pk).exists()


def test_unsubscribing_twice_is_friendly(client, lena):
    path = unsubscribe_path(lena)
    assert path.startswith("/en/")  # the link is in the subscriber's language
    client.post(path)
    for response in (client.get(path), client.post(path)):
        assert response.status_code == 200
        assert soup(response).find("h1").get_text() == "Unsubscribed"


@pytest.mark.parametrize("token", ["kaputt", "WzEsImFiYyJd:falsch", "x" * 500])
def test_an_invalid_link_explains_and_deletes_nothing(client, lena, token):
    for response in (
        client.get(f"/de/newsletter/unsubscribe/{token}/"),
        client.post(f"/de/newsletter/unsubscribe/{token}/"),
    ):
        assert response.status_code == 400
        assert soup(response).find("h1").get_text() == "Der Link funktioniert nicht"
    assert Subscriber.objects.filter(pk=lena.pk).exists()


def test_a_link_cannot_be_turned_into_another_subscribers(client, lena):
    other = Subscriber.objects.create(email="other@example.org", language="de")
    _payload, signature = tokens.unsubscribe_token(lena).rsplit(":", 1)
    for payload in ([other.pk, tokens.fingerprint(lena.email)], [other.pk]):
        forged = signing.b64_encode(json.dumps(payload, separators=(",", ":")).encode()).decode()
        response = client.post(f"/de/newsletter/unsubscribe/{forged}:{signature}/")
        assert response.status_code == 400
    # Signed, but for an address the subscriber no longer has: nothing happens.
    stale = tokens.unsubscribe_token(other)
    other.email = "changed@example.org"
    other.save()
    assert client.post(f"/de/newsletter/unsubscribe/{stale}/").status_code == 200
    assert Subscriber.objects.filter(pk=other.pk).exists()
    # Nor does a confirmation link unsubscribe (separate salts).
    confirm = tokens.confirm_token(lena)
    assert client.post(f"/de/newsletter/unsubscribe/{confirm}/").status_code == 400
    assert Subscriber.objects.filter(pk=lena.pk).exists()
