"""The glossary in the admin ("Glossar" in the settings menu): coordinators keep it, one field
per language for the given translations; editors and members do not."""

import pytest
from django.contrib.auth import get_user_model

from core.models import GlossaryTerm

pytestmark = pytest.mark.django_db

BACKEND = "django.contrib.auth.backends.ModelBackend"
URL = "/admin/snippets/core/glossaryterm/"


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username), BACKEND)


def test_coordinators_add_a_term_with_its_translations(client, site):
    login(client, "koordination")
    form = client.get(f"{URL}add/")
    assert form.status_code == 200
    html = form.content.decode()
    for code in ("en", "ar", "fa", "uk", "ru", "tr"):
        assert f'name="translation_{code}"' in html
    assert 'name="translation_de"' not in html
    assert 'lang="ar" dir="rtl"' in html or 'dir="rtl" lang="ar"' in html

    response = client.post(
        f"{URL}add/",
        {
            "term": "  Jobcenter ",
            "keep_unchanged": "",
            "translation_en": "job centre",
            "translation_ar": "مركز العمل",
            "translation_fa": " ",
        },
    )
    assert response.status_code == 302
    term = GlossaryTerm.objects.get()
    assert term.term == "Jobcenter"
    assert term.keep_unchanged is False
    assert term.translations == {"en": "job centre", "ar": "مركز العمل"}

    listing = client.get(URL)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert 'EN: <bdi lang="en" dir="ltr">job centre</bdi>' in html
    assert 'AR: <bdi lang="ar" dir="rtl">مركز العمل</bdi>' in html

    edit = client.get(f"{URL}edit/{term.pk}/")
    assert 'value="مركز العمل"' in edit.content.decode()


def test_the_glossary_is_in_the_settings_menu(client, site):
    login(client, "koordination")
    response = client.get("/admin/")
    assert URL in response.content.decode()
    assert "Glossar" in response.content.decode()


@pytest.mark.parametrize("username", ["redaktion", "mitglied"])
def test_others_do_not_keep_the_glossary(client, site, username):
    login(client, username)
    assert client.get(URL).status_code in (302, 403)
    assert client.post(f"{URL}add/", {"term": "Zeitz"}).status_code in (302, 403)
    assert not GlossaryTerm.objects.exists()
