"""An organisation's page lists its offers, its next events and its public documents (issue 22):
events through their organiser, documents through their link, each section only when there
is something in it; the links' migrations are in place."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Collection

from core.roles import MEMBER_AREA_GROUPS
from directory.models import OfferPage
from docpages.models import NetworkDocument
from eventpages.models import Organiser
from tests.directory.conftest import make_organisation
from tests.factories import locale, make_event, restrict_to_groups

pytestmark = pytest.mark.django_db


def public_document(title, organisation):
    document = NetworkDocument(
        title=title, collection=Collection.get_first_root_node(), organisation=organisation
    )
    document.file.save("flyer.txt", ContentFile(b"Flyer"), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


@pytest.fixture
def organisation(directory, site, categories):
    page = make_organisation(
        directory,
        "Frauentreff Naumburg",
        offers=[{"title": "Frauencafé", "slug": "cafe", "topic": categories["language"]}],
    )
    organiser = Organiser.objects.create(name="Frauentreff e. V.", organisation=page)
    make_event(site.events, "Frühstück", organiser=organiser)
    public_document("Flyer Frauencafé", page)
    return page


@pytest.mark.parametrize("language", ["de", "ar"])
def test_offers_then_events_then_documents(client, organisation, language):
    url = organisation.get_translation(locale(language)).url
    response = client.get(url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    sections = [section for section in html.select("article section") if section.h2]
    ids = [section.h2.get("id") for section in sections]
    assert ids[-3:] == [
        "offers-heading",
        "upcoming-events-heading",
        "organisation-documents-heading",
    ]
    assert html.select_one(".organisation__offers a").get_text() == "Frauencafé"
    assert html.select_one(".upcoming-events__title a").get_text() == "Frühstück"
    assert html.select_one(".organisation-documents__item a").get_text() == "Flyer Frauencafé"


def test_a_past_event_only_leaves_no_events_section(client, directory, site):
    page = make_organisation(directory, "Still")
    organiser = Organiser.objects.create(name="Still e. V.", organisation=page)
    make_event(site.events, "Vorbei", start=timezone.now() - timedelta(days=5), organiser=organiser)
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert html.select_one(".upcoming-events") is None
    assert html.select_one(".organisation-documents") is None


def test_the_links_migrations_are_complete():
    call_command("makemigrations", "eventpages", "docpages", "directory", check=True, dry_run=True)


def test_a_members_only_offer_is_listed_for_members_only(client, directory, categories):
    page = make_organisation(
        directory,
        "Verein",
        offers=[
            {"title": "Offen", "slug": "offen", "topic": categories["language"]},
            {"title": "Intern", "slug": "intern", "topic": categories["language"]},
        ],
    )
    internal = OfferPage.objects.get(slug="intern", locale=locale("de"))
    restrict_to_groups(internal, MEMBER_AREA_GROUPS)

    def offers():
        html = BeautifulSoup(client.get(page.url).content, "html.parser")
        return [a.get_text() for a in html.select(".organisation__offers a")]

    assert offers() == ["Offen"]
    client.force_login(
        get_user_model().objects.get(username="mitglied"),
        "django.contrib.auth.backends.ModelBackend",
    )
    assert offers() == ["Intern", "Offen"]
