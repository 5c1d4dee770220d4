"""Responses meant for one person never end up in a shared cache."""

import pytest
from django.utils.cache import get_max_age
from wagtail.models import Page

from core.roles import MEMBERS

pytestmark = pytest.mark.django_db


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


def test_members_page_is_private_and_not_stored(client, user_in_group):
    members_page = Page.objects.get(locale__language_code="de", slug="mitglieder")
    client.force_login(user_in_group("milan", MEMBERS))

    response = client.get(members_page.url)

    assert response.status_code == 200
    assert {"private", "no-store", "no-cache"} <= cache_control(response)
    assert get_max_age(response) == 0
    assert "Cookie" in response["Vary"]


def test_members_page_translation_is_private_too(client, user_in_group):
    arabic = Page.objects.get(locale__language_code="ar", slug="mitglieder")
    client.force_login(user_in_group("milan", MEMBERS))

    response = client.get(arabic.url)

    assert response.status_code == 200
    assert "no-store" in cache_control(response)


def test_public_page_for_logged_in_user_is_private(client, user_in_group):
    client.force_login(user_in_group("milan", MEMBERS))

    response = client.get("/de/")

    assert response.status_code == 200
    assert "private" in cache_control(response)


def test_public_page_for_anonymous_visitor_may_be_cached(client):
    response = client.get("/de/")

    assert response.status_code == 200
    assert "private" not in cache_control(response)
    assert "no-store" not in cache_control(response)
