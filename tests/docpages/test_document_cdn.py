"""Document downloads in browsers, proxies and a CDN: how long a public file may be kept, and
that a move into a members-only collection, a new file or a deletion purges it from the CDN."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import CollectionViewRestriction, Site

from core.roles import COORDINATION, MEMBERS
from docpages.models import NetworkDocument

from .files import pdf_bytes

pytestmark = pytest.mark.django_db

PURGED = []


class RecordingBackend(BaseBackend):
    """A front-end cache that only notes which URLs it was told to purge."""

    def purge(self, url):
        PURGED.append(url)


FAKE_CDN = {"fake": {"BACKEND": "tests.docpages.test_document_cdn.RecordingBackend"}}


@pytest.fixture
def cdn():
    PURGED.clear()
    with override_settings(WAGTAILFRONTENDCACHE=FAKE_CDN):
        yield PURGED
    PURGED.clear()


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def absolute(url):
    return Site.objects.get(is_default_site=True).root_url + url


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def directives(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


# ------------------------------------------------------------------------------ headers


def test_public_download_may_be_kept_five_minutes_then_revalidated(
    client, make_document, collection, media
):
    document = make_document("Flyer", collection("Öffentlich"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert directives(response) == {"public", "max-age=300", "must-revalidate"}
    assert response["ETag"]

    # Revalidation after five minutes: "not modified" keeps the same lifetime.
    again = client.get(document.url, headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304
    assert directives(again) == {"public", "max-age=300", "must-revalidate"}


def test_lifetime_comes_from_the_setting(client, make_document, collection, media, settings):
    settings.DOCUMENT_CACHE_SECONDS = 60
    document = make_document("Plakat", collection("Öffentlich"))
    assert directives(client.get(document.url)) == {"public", "max-age=60", "must-revalidate"}


def test_members_only_download_is_never_stored(
    client, make_document, collection, user_in_group, media
):
    document = make_document("Protokoll", collection("Intern", members_only=True))
    response = logged_in(user_in_group("mia", MEMBERS)).get(document.url)
    assert response.status_code == 200
    cache_control = directives(response)
    assert {"private", "no-store"} <= cache_control
    assert "public" not in cache_control
    assert "max-age=300" not in cache_control

    login_redirect = client.get(document.url)
    assert login_redirect.status_code == 302
    assert "public" not in directives(login_redirect)
    assert "no-store" in directives(login_redirect)


def test_a_public_file_fetched_while_logged_in_stays_in_that_browser(
    make_document, collection, user_in_group, media
):
    document = make_document("Flyer", collection("Öffentlich"))
    response = logged_in(user_in_group("mia", MEMBERS)).get(document.url)
    cache_control = directives(response)
    assert "private" in cache_control and "public" not in cache_control


def test_not_found_is_not_given_a_public_lifetime(client, make_document, collection, media):
    document = make_document("Flyer", collection("Öffentlich"))
    response = client.get(f"/documents/{document.pk}/anders.pdf")
    assert response.status_code == 404
    assert "public" not in directives(response)


# ------------------------------------------------------------------------------ CDN purges


def edit(client, document, **changes):
    data = {
        "title": document.title,
        "collection": document.collection_id,
        "language": "de",
        **changes,
    }
    return client.post(reverse("wagtaildocs:edit", args=[document.pk]), data)


@pytest.fixture
def coordinator(user_in_group):
    return logged_in(user_in_group("kim", COORDINATION))


def test_moving_into_a_members_only_collection_purges_after_commit(
    cdn, make_document, collection, coordinator, media, django_capture_on_commit_callbacks
):
    document = make_document("Protokoll", collection("Öffentlich"))
    members = collection("Intern", members_only=True)
    url = absolute(document.url)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = edit(coordinator, document, collection=members.pk)
    assert response.status_code == 302
    assert NetworkDocument.objects.get(pk=document.pk).collection == members
    assert cdn == []  # nothing before the commit: the CDN could fetch the old state again
    for callback in callbacks:
        callback()
    assert cdn == [url]


def test_replacing_the_file_purges_the_old_and_the_new_url(
    cdn, make_document, collection, coordinator, media, django_capture_on_commit_callbacks
):
    document = make_document("Satzung", collection("Öffentlich"), text="Alt")
    old_url = absolute(document.url)
    with django_capture_on_commit_callbacks(execute=True):
        response = edit(
            coordinator,
            document,
            file=SimpleUploadedFile("Satzung-2026.pdf", pdf_bytes("Neu")),
        )
    assert response.status_code == 302
    document.refresh_from_db()
    new_url = absolute(document.url)
    assert new_url != old_url
    assert sorted(cdn) == sorted([old_url, new_url])


def test_deleting_purges(
    cdn, make_document, collection, coordinator, media, django_capture_on_commit_callbacks
):
    document = make_document("Alt", collection("Öffentlich"))
    url = absolute(document.url)
    with django_capture_on_commit_callbacks(execute=True):
        response = coordinator.post(reverse("wagtaildocs:delete", args=[document.pk]))
    assert response.status_code == 302
    assert not NetworkDocument.objects.filter(pk=document.pk).exists()
    assert cdn == [url]


def test_a_new_title_does_not_purge(
    cdn, make_document, collection, coordinator, media, django_capture_on_commit_callbacks
):
    """The file, its URL and who may fetch it stay the same."""
    document = make_document("Flyer", collection("Öffentlich"))
    with django_capture_on_commit_callbacks(execute=True):
        response = edit(coordinator, document, title="Flyer Sommerfest")
    assert response.status_code == 302
    assert NetworkDocument.objects.get(pk=document.pk).title == "Flyer Sommerfest"
    assert cdn == []


def test_restricting_a_collection_purges_its_documents_and_those_below(
    cdn, make_document, collection, media, django_capture_on_commit_callbacks
):
    public = collection("Bald intern")
    below = public.add_child(name="Protokolle")
    elsewhere = collection("Bleibt öffentlich")
    inside = make_document("Liste", public)
    deeper = make_document("Protokoll", below)
    make_document("Flyer", elsewhere)

    with django_capture_on_commit_callbacks(execute=True):
        CollectionViewRestriction.objects.create(
            collection=public, restriction_type=CollectionViewRestriction.GROUPS
        )
    assert sorted(cdn) == sorted([absolute(inside.url), absolute(deeper.url)])
