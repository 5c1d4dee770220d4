"""Images are always public (/media/original_images/…), so none may sit in a members-only
collection: every admin form that uploads or moves one refuses such a collection."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile

from core.roles import COORDINATION
from docpages.collections import inbox_collection

from .files import png_bytes

pytestmark = pytest.mark.django_db

Image = get_image_model()


def refusal(collection):
    return (
        f"Bilder sind immer öffentlich. „{collection.name}“ ist eine private Sammlung; "
        "bitte eine öffentliche Sammlung wählen."
    )


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def coordinator(user_in_group):
    client = Client()
    client.force_login(user_in_group("kim", COORDINATION))
    return client


@pytest.fixture
def members(collection):
    return collection("Intern", members_only=True)


@pytest.fixture
def public(collection):
    return collection("Bilder")


def png(name="bild.png"):
    return SimpleUploadedFile(name, png_bytes(), content_type="image/png")


def messages_in(html):
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def test_single_upload_into_a_members_only_collection_is_refused(coordinator, members, media):
    before = Image.objects.count()
    response = coordinator.post(
        reverse("wagtailimages:add"),
        {"title": "Gruppenfoto", "collection": members.pk, "file": png()},
    )
    assert response.status_code == 200
    assert refusal(members) in messages_in(response.content)
    assert Image.objects.count() == before


def test_a_collection_below_a_members_only_one_is_private_too(coordinator, members, media):
    below = members.add_child(name="Fotos vom Treffen")
    before = Image.objects.count()
    response = coordinator.post(
        reverse("wagtailimages:add"),
        {"title": "Gruppenfoto", "collection": below.pk, "file": png()},
    )
    assert refusal(below) in messages_in(response.content)
    assert Image.objects.count() == before


def test_the_coordinators_inbox_is_private(coordinator, media):
    inbox = inbox_collection()
    before = Image.objects.count()
    response = coordinator.post(
        reverse("wagtailimages:add"),
        {"title": "Scan", "collection": inbox.pk, "file": png()},
    )
    assert refusal(inbox) in messages_in(response.content)
    assert Image.objects.count() == before


def test_upload_into_a_public_collection_works(coordinator, public, media):
    response = coordinator.post(
        reverse("wagtailimages:add"),
        {"title": "Sommerfest", "collection": public.pk, "file": png()},
    )
    assert response.status_code == 302
    assert Image.objects.get(title="Sommerfest").collection == public


def test_add_form_offers_private_collections_only_greyed_out(coordinator, members, public):
    page = BeautifulSoup(coordinator.get(reverse("wagtailimages:add")).content, "html.parser")
    select = page.find("select", attrs={"name": "collection"})
    options = {int(o["value"]): o for o in select.find_all("option") if o.get("value")}
    assert options[members.pk].has_attr("disabled")
    assert options[inbox_collection().pk].has_attr("disabled")
    assert not options[public.pk].has_attr("disabled")
    assert not options[Collection.get_first_root_node().pk].has_attr("disabled")


def test_multiple_upload_into_a_members_only_collection_is_refused(coordinator, members, media):
    before = (Image.objects.count(), UploadedFile.objects.count())
    response = coordinator.post(
        reverse("wagtailimages:add_multiple"),
        {"collection": members.pk, "files[]": png()},
    )
    data = json.loads(response.content)
    assert data["success"] is False
    assert data["error_message"] == refusal(members)
    assert (Image.objects.count(), UploadedFile.objects.count()) == before


def test_multiple_upload_into_a_public_collection_works(coordinator, public, media):
    response = coordinator.post(
        reverse("wagtailimages:add_multiple"),
        {"collection": public.pk, "files[]": png("fest.png")},
    )
    data = json.loads(response.content)
    assert data["success"] is True
    assert Image.objects.get(pk=data["image_id"]).collection == public


def test_multiple_uploader_metadata_form_refuses_a_move(coordinator, members, public, media):
    image = Image.objects.create(title="Fest", collection=public, file=png())
    response = coordinator.post(
        reverse("wagtailimages:edit_multiple", args=[image.pk]),
        {f"image-{image.pk}-title": "Fest", f"image-{image.pk}-collection": members.pk},
    )
    data = json.loads(response.content)
    assert data["success"] is False
    assert refusal(members) in messages_in(data["form"])
    image.refresh_from_db()
    assert image.collection == public


def test_chooser_upload_into_a_members_only_collection_is_refused(coordinator, members, media):
    before = Image.objects.count()
    response = coordinator.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Plakat",
            "image-chooser-upload-collection": members.pk,
            "image-chooser-upload-file": png(),
        },
    )
    data = json.loads(response.content)
    assert data["step"] == "reshow_creation_form"
    assert refusal(members) in messages_in(data["htmlFragment"])
    assert Image.objects.count() == before


def test_chooser_upload_into_a_public_collection_works(coordinator, public, media):
    response = coordinator.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Plakat",
            "image-chooser-upload-collection": public.pk,
            "image-chooser-upload-file": png(),
        },
    )
    assert json.loads(response.content)["step"] == "chosen"
    assert Image.objects.get(title="Plakat").collection == public


def test_moving_an_image_into_a_members_only_collection_is_refused(
    coordinator, members, public, media
):
    image = Image.objects.create(title="Fest", collection=public, file=png())
    response = coordinator.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": "Fest", "collection": members.pk},
    )
    assert response.status_code == 200
    assert refusal(members) in messages_in(response.content)
    image.refresh_from_db()
    assert image.collection == public


def test_an_image_already_in_a_private_collection_must_move_out(
    coordinator, members, public, media
):
    """Its own collection stays selectable (greyed out it would be sent empty), with the
    reason why it cannot stay; moving it to a public one is saved."""
    image = Image.objects.create(title="Alt", collection=members, file=png())
    page = BeautifulSoup(
        coordinator.get(reverse("wagtailimages:edit", args=[image.pk])).content, "html.parser"
    )
    current = page.find("select", attrs={"name": "collection"}).find(
        "option", attrs={"value": str(members.pk)}
    )
    assert current.has_attr("selected") and not current.has_attr("disabled")

    response = coordinator.post(
        reverse("wagtailimages:edit", args=[image.pk]), {"title": "Alt", "collection": members.pk}
    )
    assert refusal(members) in messages_in(response.content)

    response = coordinator.post(
        reverse("wagtailimages:edit", args=[image.pk]), {"title": "Alt", "collection": public.pk}
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.collection == public
