"""Coordinators and editors keep the snippets they choose from (venues, organisers,
categories, authors); members do not see them. Each app declares these permissions on its
AppConfig (core.roles.ensure_roles grants them)."""

import pytest
from django.contrib.auth import get_user_model

BACKEND = "django.contrib.auth.backends.ModelBackend"

SNIPPETS = [
    "eventpages/venue",
    "eventpages/organiser",
    "eventpages/eventcategory",
    "core/municipality",
    "blogpages/blogcategory",
    "blogpages/author",
    "docpages/documentcategory",
]


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username), BACKEND)


@pytest.mark.parametrize("username", ["koordination", "redaktion"])
@pytest.mark.parametrize("snippet", SNIPPETS)
def test_the_office_lists_and_adds_the_snippets_it_chooses_from(client, site, username, snippet):
    login(client, username)
    listing = client.get(f"/admin/snippets/{snippet}/")
    assert listing.status_code == 200
    assert client.get(f"/admin/snippets/{snippet}/add/").status_code == 200


def test_members_do_not_keep_the_snippets(client, site):
    login(client, "mitglied")
    response = client.get("/admin/snippets/eventpages/venue/")
    assert response.status_code in (302, 403)
