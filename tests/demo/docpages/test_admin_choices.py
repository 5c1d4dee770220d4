"""The document form's "same document in another language" dropdown lists only documents the
user may open in the admin: an editor never sees the titles waiting in the coordinators' inbox."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from docpages.collections import inbox_collection
from docpages.models import NetworkDocument

pytestmark = pytest.mark.django_db

PENDING = "Einladung zum Elterncafé in Zeitz"  # the demo's shared document, not yet reviewed
LIBRARY = "Wegweiser Beratungsstellen im Burgenlandkreis"
EDITED = "Anmeldeformular Sprachcafé"


def demo_client(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def original_choices(response):
    assert response.status_code == 200
    select = BeautifulSoup(response.content, "html.parser").find(
        "select", attrs={"name": "original"}
    )
    assert select is not None
    return {option.get_text(strip=True) for option in select.find_all("option")}


@pytest.fixture
def pending():
    document = NetworkDocument.objects.get(title=PENDING)
    assert document.collection == inbox_collection()
    return document


@pytest.mark.parametrize("view", ["add", "edit"])
def test_editors_do_not_see_inbox_titles(view, pending):
    editor = demo_client("redaktion")
    edited = NetworkDocument.objects.get(title=EDITED)
    url = (
        reverse("wagtaildocs:add")
        if view == "add"
        else reverse("wagtaildocs:edit", args=[edited.pk])
    )
    response = editor.get(url)
    choices = original_choices(response)
    assert LIBRARY in choices
    assert PENDING not in choices
    assert PENDING not in response.content.decode()


@pytest.mark.parametrize("view", ["add", "edit"])
def test_coordinators_who_may_open_the_inbox_see_it(view, pending):
    coordinator = demo_client("koordination")
    edited = NetworkDocument.objects.get(title=EDITED)
    url = (
        reverse("wagtaildocs:add")
        if view == "add"
        else reverse("wagtaildocs:edit", args=[edited.pk])
    )
    choices = original_choices(coordinator.get(url))
    assert LIBRARY in choices
    assert PENDING in choices


def test_an_editor_cannot_link_an_inbox_document_by_its_id(pending):
    edited = NetworkDocument.objects.get(title=EDITED)
    response = demo_client("redaktion").post(
        reverse("wagtaildocs:edit", args=[edited.pk]),
        {
            "title": edited.title,
            "collection": edited.collection_id,
            "language": "en",
            "original": pending.pk,
        },
    )
    assert response.status_code == 200
    edited.refresh_from_db()
    assert edited.original_id is None
    assert PENDING not in response.content.decode()


def test_a_link_the_editor_may_not_see_is_kept_without_showing_it(pending):
    """Set by a coordinator: the editor's form leaves the field out rather than drop it."""
    edited = NetworkDocument.objects.get(title=EDITED)
    edited.original = pending
    edited.save()
    editor = demo_client("redaktion")
    url = reverse("wagtaildocs:edit", args=[edited.pk])
    response = editor.get(url)
    assert response.status_code == 200
    assert PENDING not in response.content.decode()

    response = editor.post(
        url, {"title": "Anmeldeformular", "collection": edited.collection_id, "language": "de"}
    )
    assert response.status_code == 302
    edited.refresh_from_db()
    assert edited.title == "Anmeldeformular"
    assert edited.original == pending


def test_the_document_chooser_leaves_the_inbox_out_for_editors(pending):
    url = reverse("wagtaildocs_chooser:choose")
    editor_html = demo_client("redaktion").get(url).json()["html"]
    assert LIBRARY in editor_html
    assert PENDING not in editor_html
    assert PENDING in demo_client("koordination").get(url).json()["html"]
