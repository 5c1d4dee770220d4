"""Someone logged in without access to the members' area gets a 403 page, not a login loop.

Wagtail sends every visitor who fails a restriction to the login page, and the login page sends
a logged-in visitor straight back: an endless redirect for a logged-in non-member.
"""

import pytest
from wagtail.models import Page

from core.roles import MEMBERS

pytestmark = pytest.mark.django_db

ASK_COORDINATION = {
    "de": "Bei Fragen wenden Sie sich bitte an die Koordinierungsstelle.",
    "ar": "إذا كانت لديكم أسئلة، يُرجى التواصل مع مكتب التنسيق.",
}


def members_url(language):
    return Page.objects.get(locale__language_code=language, slug="mitglieder").url


@pytest.mark.parametrize("language", ["de", "ar"])
def test_logged_in_non_member_gets_the_translated_403_page(client, user_in_group, language):
    client.force_login(user_in_group("nora"))  # an account in no group

    response = client.get(members_url(language), follow=True)

    assert response.redirect_chain == []  # no redirect at all, so no loop
    assert response.status_code == 403
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert ASK_COORDINATION[language] in html
    assert f'<a href="/{language}/">' in html  # home in the reader's language, not "/"
    assert "Aktuelles für Mitglieder" not in html  # the members' page content
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("language", ["de", "ar"])
def test_anonymous_visitor_is_sent_to_the_login_page(client, language):
    url = members_url(language)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"/{language}/login/?next={url}"
    login = client.get(response["Location"])
    assert login.status_code == 200  # the redirect ends at the form


@pytest.mark.parametrize("language", ["de", "ar"])
def test_member_reads_the_members_area(client, user_in_group, language):
    client.force_login(user_in_group("milan", MEMBERS))

    response = client.get(members_url(language))

    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()


def test_members_only_document_answers_with_the_same_page(
    client, user_in_group, settings, tmp_path
):
    """One 403 page for pages and documents (docpages.serving raises PermissionDenied)."""
    from django.contrib.auth.models import Group
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    from core.roles import MEMBER_AREA_GROUPS

    settings.MEDIA_ROOT = tmp_path
    collection = Collection.get_first_root_node().add_child(name="Intern")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=MEMBER_AREA_GROUPS))
    document = get_document_model()(title="Protokoll", collection=collection)
    document.file.save("protokoll.txt", ContentFile(b"Vertraulich"), save=False)
    document.save()
    client.force_login(user_in_group("nora"))

    response = client.get(document.url, follow=True)

    assert response.redirect_chain == []
    assert response.status_code == 403
    assert ASK_COORDINATION["de"] in response.content.decode()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_404_page_leads_home_in_the_readers_language(client, language):
    response = client.get(f"/{language}/gibt-es-nicht/")

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f'<a href="/{language}/">' in html
