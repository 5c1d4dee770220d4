"""Organisers are organisations of the directory (issue 22): the organiser snippet points at an
organisation page, the event's organiser box links there in the visitor's language, the
event's JSON-LD names the page, and the organisation's page lists its next public events."""

import json
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from core.roles import MEMBER_AREA_GROUPS
from directory.models import DirectoryIndexPage, OrganisationPage
from eventpages.models import Organiser
from tests.factories import add_child, locale, restrict_to_groups

pytestmark = pytest.mark.django_db

BACKEND = "django.contrib.auth.backends.ModelBackend"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def directory(site):
    return add_child(
        site.home, DirectoryIndexPage(title="Wegweiser", slug="wegweiser", locale=locale("de"))
    )


@pytest.fixture
def organisation(directory):
    """A German organisation page with its aliases in the other languages."""
    return add_child(
        directory,
        OrganisationPage(title="Migrationsberatung Zeitz", slug="mbe-zeitz", locale=locale("de")),
    )


@pytest.fixture
def organiser(organisation):
    return Organiser.objects.create(
        name="Migrationsberatung Zeitz (Träger)",
        email="mbe@example.org",
        website="https://mbe.example.org/",
        organisation=organisation,
    )


def organiser_box(client, url):
    return soup(client.get(url)).select_one(".event-fact--organiser")


# --- the link ---------------------------------------------------------------------------


def test_the_organiser_points_at_an_organisation_page_and_loses_it_when_deleted(organiser):
    field = Organiser._meta.get_field("organisation")
    assert field.related_model is Page and field.null  # the page type named as data
    assert isinstance(organiser.organisation.specific, OrganisationPage)
    organiser.organisation.delete()
    organiser.refresh_from_db()
    assert organiser.organisation is None


def test_the_organisers_name_links_to_the_organisation_in_the_events_language(
    client, make_event, organiser, organisation
):
    event = make_event("Sprechstunde", aliases=True, organiser=organiser)
    box = organiser_box(client, event.url)
    link = box.select_one("a.event-organiser__name")
    assert link.get_text() == "Migrationsberatung Zeitz (Träger)"
    assert link["href"] == organisation.url and not link.has_attr("hreflang")

    arabic_event = event.get_translation(locale("ar"))
    arabic_organisation = organisation.get_translation(locale("ar"))
    link = organiser_box(client, arabic_event.url).select_one("a.event-organiser__name")
    assert link["href"] == arabic_organisation.url
    assert link["href"].startswith("/ar/")


def test_without_a_version_in_the_visitors_language_the_german_page_is_linked(
    client, make_event, directory
):
    german_only = OrganisationPage(title="Nur Deutsch", slug="nur-deutsch", locale=locale("de"))
    directory.add_child(instance=german_only)
    german_only.save_revision().publish()  # no aliases: there is no Arabic page
    organiser = Organiser.objects.create(name="Verein", organisation=german_only)
    event = make_event("Fest", aliases=True, organiser=organiser)

    link = organiser_box(client, event.get_translation(locale("ar")).url).select_one("a")
    assert link["href"] == german_only.url and link["hreflang"] == "de"


def test_an_unpublished_organisation_or_none_is_not_linked(
    client, make_event, organiser, organisation
):
    plain = Organiser.objects.create(name="Ohne Wegweiser")
    event = make_event("Fest", organiser=plain)
    box = organiser_box(client, event.url)
    assert box.select_one("a.event-organiser__name") is None
    assert box.select_one(".event-organiser__name").get_text() == "Ohne Wegweiser"

    for version in OrganisationPage.objects.filter(translation_key=organisation.translation_key):
        version.unpublish()
    other = make_event("Sprechstunde", organiser=organiser)
    assert organiser_box(client, other.url).select_one("a.event-organiser__name") is None


def test_the_link_costs_a_constant_number_of_queries(client, make_event, organiser):
    plain = Organiser.objects.create(name="Ohne Wegweiser")
    without = make_event("Fest", organiser=plain)
    linked = make_event("Sprechstunde", organiser=organiser)
    client.get(without.url)  # warm the per-generation memos
    client.get(linked.url)
    counts = []
    for event in (without, linked):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(event.url).status_code == 200
        counts.append(len(queries))
    assert counts[1] - counts[0] <= 1  # the organisation's language versions, in one query


def test_jsonld_organizer_names_the_organisation_page(client, make_event, organiser, organisation):
    event = make_event("Sprechstunde", aliases=True, organiser=organiser)
    html = soup(client.get(event.get_translation(locale("ar")).url))
    data = json.loads(html.select_one('script[type="application/ld+json"]').string)
    organizer = data["organizer"]
    assert organizer["name"] == "Migrationsberatung Zeitz (Träger)"
    assert organizer["url"] == "http://testserver" + organisation.get_translation(locale("ar")).url
    assert organizer["sameAs"] == "https://mbe.example.org/"


def test_the_snippet_form_offers_a_chooser_of_organisation_pages(client, site, organisation):
    client.force_login(get_user_model().objects.get(username="koordination"), BACKEND)
    response = client.get("/admin/snippets/eventpages/organiser/add/")
    assert response.status_code == 200
    html = soup(response)
    chooser = html.select_one("[data-controller='w-page-chooser'], #id_organisation-chooser")
    assert chooser is not None
    assert "directory.organisationpage" in response.content.decode()

    response = client.post(
        "/admin/snippets/eventpages/organiser/add/",
        {"name": "Neuer Träger", "organisation": organisation.pk},
    )
    assert response.status_code == 302
    assert Organiser.objects.get(name="Neuer Träger").organisation_id == organisation.pk


def test_the_chooser_refuses_a_page_that_is_no_organisation(client, site, directory):
    client.force_login(get_user_model().objects.get(username="koordination"), BACKEND)
    response = client.post(
        "/admin/snippets/eventpages/organiser/add/",
        {"name": "Falsch", "organisation": directory.pk},
    )
    assert response.status_code == 200
    assert not Organiser.objects.filter(name="Falsch").exists()


# --- the organisation's next events -----------------------------------------------------


def event_titles(html):
    return [a.get_text() for a in html.select(".upcoming-events__title a")]


def test_the_organisation_lists_its_next_public_events_in_its_language(
    client, make_event, organiser, organisation, site
):
    soon = timezone.now() + timedelta(days=2)
    make_event("Zweite", soon + timedelta(days=2), aliases=True, organiser=organiser)
    make_event("Erste", soon, aliases=True, organiser=organiser)
    make_event("Vorbei", timezone.now() - timedelta(days=3), aliases=True, organiser=organiser)
    make_event("Entwurf", soon, publish=False, organiser=organiser)
    make_event("Fremd", soon, aliases=True, organiser=Organiser.objects.create(name="Andere"))
    private = make_event("Nur Mitglieder", soon, aliases=True, organiser=organiser)
    restrict_to_groups(private, MEMBER_AREA_GROUPS)

    html = soup(client.get(organisation.url))
    section = html.select_one(".upcoming-events")
    assert section.h2.get_text(strip=True) == "Nächste Veranstaltungen"
    assert event_titles(html) == ["Erste", "Zweite"]
    assert html.select_one(".upcoming-events__more a")["href"].startswith("/de/")

    # The Arabic page finds the events linked to the German page, in their Arabic versions.
    arabic = soup(client.get(organisation.get_translation(locale("ar")).url))
    assert event_titles(arabic) == ["Erste", "Zweite"]
    links = [a["href"] for a in arabic.select(".upcoming-events__title a")]
    assert all(link.startswith("/ar/") for link in links)

    # Members-only events never appear there, not even for members (one page for everyone).
    client.force_login(get_user_model().objects.get(username="mitglied"), BACKEND)
    assert "Nur Mitglieder" not in event_titles(soup(client.get(organisation.url)))


def test_an_organiser_linked_to_the_arabic_page_counts_for_the_german_one(
    client, make_event, organisation
):
    arabic_page = organisation.get_translation(locale("ar"))
    organiser = Organiser.objects.create(name="Über Arabisch", organisation=arabic_page)
    make_event("Treffen", aliases=True, organiser=organiser)
    assert event_titles(soup(client.get(organisation.url))) == ["Treffen"]


def test_at_most_five_dates_and_no_heading_without_any(client, make_event, organiser, directory):
    start = timezone.now() + timedelta(days=1)
    for number in range(7):
        make_event(f"Termin {number}", start + timedelta(days=number), organiser=organiser)
    html = soup(client.get(organiser.organisation.url))
    assert event_titles(html) == [f"Termin {number}" for number in range(5)]

    quiet = add_child(directory, OrganisationPage(title="Still", slug="still", locale=locale("de")))
    html = soup(client.get(quiet.url))
    assert html.select_one(".upcoming-events") is None
    assert "Nächste Veranstaltungen" not in html.get_text()


def organisation_page_queries(client, url):
    """Queries of the first request after a content change (the section is built) and of
    the next one (kept per content generation, core.fragments)."""
    counts = []
    for _request in ("built", "kept"):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    return counts


def test_the_organisations_events_cost_the_same_for_3_and_15(
    client, make_event, organiser, organisation
):
    client.get(organisation.url)  # what a process keeps for good (the site, the locales)
    start = timezone.now() + timedelta(days=1)
    for number in range(3):
        make_event(f"Termin {number}", start + timedelta(hours=number), organiser=organiser)
    few = organisation_page_queries(client, organisation.url)
    for number in range(3, 15):
        make_event(f"Termin {number}", start + timedelta(hours=number), organiser=organiser)
    many = organisation_page_queries(client, organisation.url)
    assert few == many
