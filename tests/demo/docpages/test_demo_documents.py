"""The demo libraries and documents that home.demo.load_demo adds (see tests/conftest.py)."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import RequestFactory
from wagtail.models import Collection, Locale, PageViewRestriction

from core.roles import MEMBER_AREA_GROUPS, MEMBERS, ensure_roles
from docpages import demo
from docpages.collections import inbox_collection
from docpages.demo import data as demo_content
from docpages.models import (
    DocumentCategory,
    DocumentLibraryPage,
    DocumentSubmission,
    NetworkDocument,
)
from docpages.privacy import is_restricted, visible_documents
from docpages.text import extract_text
from docpages.validators import validate_upload
from home.locales import ensure_locales
from home.models import ContentPage, HomePage

DEMO_FILES = demo.FILES
MINUTES = [spec for spec in demo_content.DOCUMENTS if spec["category"] == "protokolle"]
PUBLIC = [spec for spec in demo_content.DOCUMENTS if spec["category"] != "protokolle"]


def listed_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {title.get_text(strip=True) for title in soup.select(".document__title")}


def public_library(language="de"):
    german = DocumentLibraryPage.objects.get(
        slug=demo_content.LIBRARY["slug"], locale__language_code="de"
    )
    return german.get_translation(Locale.objects.get(language_code=language)).specific


def members_library(language="de"):
    german = DocumentLibraryPage.objects.get(
        slug=demo_content.MEMBERS_LIBRARY["slug"], locale__language_code="de"
    )
    return german.get_translation(Locale.objects.get(language_code=language)).specific


def anonymous_request():
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    return request


@pytest.mark.django_db
def test_public_library_lists_the_demo_documents_in_german(client):
    response = client.get(public_library().url)

    assert response.status_code == 200
    titles = listed_titles(response)
    assert {spec["title"] for spec in PUBLIC} <= titles
    assert not {spec["title"] for spec in MINUTES} & titles
    assert demo_content.PENDING["title"] not in titles


@pytest.mark.django_db
def test_public_library_is_translated_into_arabic_and_lists_the_documents(client):
    library = public_library("ar")
    assert library.alias_of_id is None  # a real translation, not an alias

    response = client.get(library.url)

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "وثائق واستمارات"
    assert soup.html["dir"] == "rtl"
    titles = listed_titles(response)
    assert "دليل مراكز الاستشارة في منطقة بورغنلاند" in titles
    assert "Wegweiser Beratungsstellen im Burgenlandkreis" in titles
    assert not {spec["title"] for spec in MINUTES} & titles


@pytest.mark.django_db
def test_public_library_exists_in_every_language():
    library = public_library()
    translations = {page.locale.language_code: page for page in library.get_translations()}

    assert set(translations) == {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES} - {
        "de"
    }
    for code in demo_content.LIBRARY_LANGUAGES:
        assert translations[code].alias_of_id is None, code
    assert translations["fa"].alias_of_id == library.pk
    assert all(page.live for page in translations.values())


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["de", "ar"])
def test_members_library_is_restricted_in_every_language(client, language):
    library = members_library(language)

    restriction = PageViewRestriction.objects.get(page=library)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert MEMBERS in set(restriction.groups.values_list("name", flat=True))
    response = client.get(library.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.django_db
def test_a_member_sees_the_minutes_in_the_members_library(client):
    client.force_login(get_user_model().objects.get(username="mitglied"))

    response = client.get(members_library().url)

    assert response.status_code == 200
    titles = listed_titles(response)
    assert {spec["title"] for spec in MINUTES} <= titles
    # The picks: public forms the members' library shows as well.
    assert "Antrag Fahrtkostenzuschuss für Ehrenamtliche" in titles
    assert "Anmeldeformular Sprachcafé" not in titles


@pytest.mark.django_db
def test_minutes_are_in_a_private_collection():
    collection = Collection.objects.get(name=demo_content.MEMBERS_COLLECTION)
    restriction = collection.get_view_restrictions().get()
    assert set(restriction.groups.values_list("name", flat=True)) == set(MEMBER_AREA_GROUPS)

    minutes = NetworkDocument.objects.filter(title__in=[spec["title"] for spec in MINUTES])
    assert minutes.count() == len(MINUTES) == 3
    assert all(document.collection_id == collection.pk for document in minutes)
    assert all(is_restricted(document) for document in minutes)
    assert not visible_documents(minutes, anonymous_request()).exists()


@pytest.mark.django_db
def test_public_documents_are_not_restricted():
    documents = NetworkDocument.objects.filter(title__in=[spec["title"] for spec in PUBLIC])

    assert documents.count() == len(PUBLIC) >= 12
    assert not any(is_restricted(document) for document in documents)
    assert visible_documents(documents, anonymous_request()).count() == len(PUBLIC)
    assert documents.exclude(publisher="").count() == len(PUBLIC)
    assert not documents.filter(as_of__isnull=True).exists()


@pytest.mark.django_db
def test_a_members_upload_waits_in_the_inbox():
    submission = DocumentSubmission.objects.get(title=demo_content.PENDING["title"])

    assert submission.status == DocumentSubmission.PENDING
    assert submission.submitted_by.username == "mitglied"
    assert submission.library_id == public_library().pk
    assert submission.document.collection_id == inbox_collection().pk
    assert submission.document.uploaded_by_user.username == "mitglied"


@pytest.mark.django_db
def test_language_versions_are_linked_to_the_original():
    guide = NetworkDocument.objects.get(title="Wegweiser Beratungsstellen im Burgenlandkreis")
    flyer = NetworkDocument.objects.get(title="Flyer Interkulturelle Woche 2026")

    assert set(guide.language_versions.values_list("language", flat=True)) == {"en", "ar", "uk"}
    assert set(flyer.language_versions.values_list("language", flat=True)) == {
        "ar",
        "fa",
        "ru",
        "tr",
    }
    assert guide.original_id is None


@pytest.mark.django_db
def test_categories_are_translated_with_the_same_slug():
    arabic = DocumentCategory.objects.get(slug="formulare", locale__language_code="ar")
    german = DocumentCategory.objects.get(slug="formulare", locale__language_code="de")

    assert arabic.name == "استمارات"
    assert arabic.translation_key == german.translation_key
    for slug, _name in demo_content.CATEGORIES:
        assert DocumentCategory.objects.filter(slug=slug).count() == 7, slug


@pytest.mark.parametrize("path", sorted(DEMO_FILES.iterdir()), ids=lambda path: path.name)
def test_each_demo_file_passes_the_upload_validator(path):
    file = ContentFile(path.read_bytes(), name=path.name)

    assert validate_upload(file) == path.name


def test_demo_files_are_real_and_small():
    names = {path.name for path in DEMO_FILES.iterdir()}
    used = {spec["file"] for spec in [*demo_content.DOCUMENTS, demo_content.PENDING]}

    assert names == used
    assert {name.rsplit(".", 1)[1] for name in names} >= {"pdf", "docx", "odt", "xlsx", "ods"}
    assert sum(path.stat().st_size for path in DEMO_FILES.iterdir()) < 300 * 1024
    for path in DEMO_FILES.glob("*.pdf"):
        file = ContentFile(path.read_bytes(), name=path.name)
        assert len(extract_text(file, "pdf")) > 200, path.name


@pytest.mark.django_db
def test_stored_pdfs_have_their_text_extracted():
    guide = NetworkDocument.objects.get(title="Wegweiser Beratungsstellen im Burgenlandkreis")
    arabic = NetworkDocument.objects.get(language="ar", original=guide)
    minutes = NetworkDocument.objects.get(title="Protokoll Netzwerktreffen März 2026")

    assert "Jugendmigrationsdienst" in guide.text
    assert "الاستشارة" in arabic.text
    assert "Dolmetscherpool" in minutes.text
    assert NetworkDocument.objects.get(title="Fahrtkosten-Abrechnung").text == ""


@pytest.mark.django_db
def test_search_finds_words_inside_a_demo_pdf(client):
    response = client.get(public_library().url, {"q": "Jugendmigrationsdienst"})

    assert response.status_code == 200
    assert listed_titles(response) == {"Wegweiser Beratungsstellen im Burgenlandkreis"}


@pytest.mark.django_db
def test_loading_the_document_demo_again_duplicates_nothing():
    german = Locale.objects.get(language_code="de")
    home = HomePage.objects.get(locale=german)
    context = {
        "locales": ensure_locales(),
        "home": home,
        "pages": {
            "home": home,
            "mitglieder": ContentPage.objects.get(slug="mitglieder", locale=german),
        },
        "groups": ensure_roles(),
    }
    counts = [
        model.objects.count()
        for model in (
            NetworkDocument,
            DocumentCategory,
            DocumentLibraryPage,
            DocumentSubmission,
            Collection,
            PageViewRestriction,
        )
    ]
    members_groups = set(Group.objects.filter(name__in=MEMBER_AREA_GROUPS))

    result = demo.load(context)

    assert counts == [
        model.objects.count()
        for model in (
            NetworkDocument,
            DocumentCategory,
            DocumentLibraryPage,
            DocumentSubmission,
            Collection,
            PageViewRestriction,
        )
    ]
    assert result["library"].pk == public_library().pk
    assert set(result["members_library"].view_restrictions.get().groups.all()) == members_groups
