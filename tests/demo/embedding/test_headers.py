"""Headers: who may frame what, and what a shared cache may keep.

Embeds: framed by exactly the origins listed in the admin (else nobody), no cookie (not even
for a visitor who is logged in on the network site), cacheable by anyone. Every other page:
framed by the site itself only (the admin's preview), through CSP and X-Frame-Options.
"""

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest
from django.test import Client
from wagtail.models import Site

from core.roles import MEMBERS
from embedding.models import EmbedSettings

pytestmark = pytest.mark.django_db

EMBED = "/embed/de/veranstaltungen/"
PAGE = "/de/veranstaltungen/"


def csp(response):
    """The enforced policy as {directive: [values]}."""
    policy = {}
    for directive in response.get("Content-Security-Policy", "").split(";"):
        name, *values = directive.split()
        policy[name] = values
    return policy


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


def vary(response):
    return {part.strip().lower() for part in response.get("Vary", "").split(",") if part}


def allow(*origins):
    settings = EmbedSettings.for_site(Site.objects.get(is_default_site=True))
    settings.allowed_origins = "\n".join(origins)
    settings.save()


def messages_cookie():
    """A pending message in Django's messages cookie, as a redirect after a form leaves it."""
    storage = CookieStorage(HttpRequest())
    return storage._encode([Message(constants.SUCCESS, "Gespeichert.")])


def assert_public_embed(response):
    assert response.status_code == 200
    assert not response.cookies, response.cookies
    assert "Set-Cookie" not in str(response.serialize_headers())
    assert cache_control(response) == {"public", "max-age=300"}
    assert "cookie" not in vary(response)
    assert "X-Frame-Options" not in response


def test_embed_without_listed_origins_may_be_framed_by_nobody(client):
    response = client.get(EMBED)
    assert_public_embed(response)
    assert csp(response)["frame-ancestors"] == ["'none'"]


def test_embed_may_be_framed_by_exactly_the_listed_origins(client):
    allow(
        "https://www.burgenlandkreis.de/", "http://127.0.0.1:8001", "https://www.burgenlandkreis.de"
    )
    response = client.get(EMBED)
    assert_public_embed(response)
    assert csp(response)["frame-ancestors"] == [
        "https://www.burgenlandkreis.de",
        "http://127.0.0.1:8001",
    ]


def test_every_embed_view_carries_the_same_headers(client):
    allow("https://www.burgenlandkreis.de")
    for url in [
        "/embed/de/veranstaltungen/?limit=3&layout=compact&accent=%23aa0000",
        "/embed/ar/veranstaltungen/",
        "/embed/de/dokumente/",
        "/embed/de/neuigkeiten/",
        "/embed/de/neuigkeiten/sprachcafe-naumburg-donnerstags/",
        "/embed/de/veranstaltungen/sprachcafe-naumburg/",
    ]:
        response = client.get(url)
        assert_public_embed(response)
        assert csp(response)["frame-ancestors"] == ["https://www.burgenlandkreis.de"], url
        assert response["Content-Language"] == url.split("/")[2]


def test_embed_loads_nothing_from_other_hosts(client):
    policy = csp(client.get(EMBED))
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


def test_no_cookie_for_a_logged_in_member_with_cookies_of_every_kind(client, user_in_group):
    """Session, CSRF, language and messages cookies come along; none is set, renewed or
    deleted, and the response still may be kept by a shared cache."""
    allow("https://www.burgenlandkreis.de")
    client.force_login(user_in_group("mara", MEMBERS))
    client.get(PAGE)  # the network site as she sees it: her session is in use
    client.cookies["csrftoken"] = "x" * 32
    client.cookies["django_language"] = "ar"
    client.cookies["messages"] = messages_cookie()

    response = client.get(EMBED)

    assert_public_embed(response)
    assert response["Content-Language"] == "de"  # the address decides, not her cookie
    assert "Angemeldet als" not in response.content.decode()


def test_no_cookie_even_from_a_browser_that_sends_csrf_checks():
    client = Client(enforce_csrf_checks=True)
    response = client.get(EMBED, headers={"accept-language": "ar"})
    assert_public_embed(response)
    assert "accept-language" not in vary(response)  # the language is in the address


def test_head_request_gets_the_embeds_headers(client):
    allow("https://www.burgenlandkreis.de")
    response = client.head(EMBED)
    assert_public_embed(response)
    assert response.content == b""
    assert csp(response)["frame-ancestors"] == ["https://www.burgenlandkreis.de"]


def test_embed_refuses_other_methods(client):
    assert client.post(EMBED).status_code == 405


def test_missing_embed_is_a_404_not_a_redirect(client):
    for url in ["/embed/de/gibt-es-nicht/", "/embed/xx/veranstaltungen/", "/embed/de/"]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Location" not in response


def test_site_pages_may_be_framed_by_the_site_only(client):
    allow("https://www.burgenlandkreis.de")
    for url in ["/de/", PAGE, "/de/neuigkeiten/", "/de/login/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert csp(response)["frame-ancestors"] == ["'self'"], url
        assert response["X-Frame-Options"] == "SAMEORIGIN", url


def test_admin_may_be_framed_by_the_site_only(admin_client):
    allow("https://www.burgenlandkreis.de")
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert csp(response)["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_document_download_keeps_wagtails_policy_and_is_not_framed(client):
    from wagtail.documents import get_document_model

    from docpages.privacy import is_restricted

    document = next(
        d for d in get_document_model().objects.select_related("collection") if not is_restricted(d)
    )
    response = client.get(document.url)
    assert response.status_code == 200
    policy = csp(response)
    assert policy["default-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]


def test_oembed_answer_is_public_and_sets_no_cookie(client, user_in_group):
    client.force_login(user_in_group("mara", MEMBERS))
    response = client.get("/oembed/", {"url": "http://testserver/de/veranstaltungen/"})
    assert response.status_code == 200
    assert not response.cookies
    assert "public" in cache_control(response)
    assert "cookie" not in vary(response)
    assert response["Access-Control-Allow-Origin"] == "*"


def test_embed_preview_is_for_the_admin_only_and_framed_by_the_site(client, admin_client):
    allow("https://www.burgenlandkreis.de")
    assert client.get("/embed-preview/de/veranstaltungen/").status_code == 403
    response = admin_client.get("/embed-preview/de/veranstaltungen/")
    assert response.status_code == 200
    assert csp(response)["frame-ancestors"] == ["'self'"]
    assert {"private", "no-store"} <= cache_control(response)
    assert not response.cookies
