"""Organisation and offer pages: where they may be created, what they show, their JSON-LD, and
their translations through wagtail-localize."""

import json
from datetime import date

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils import WagtailPageTestCase

from directory.models import DirectoryIndexPage, OfferPage, OrganisationPage
from home.models import ContentPage, HomePage
from tests.directory.conftest import make_organisation, make_place
from tests.localize_helpers import localize

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    def test_directory_sits_below_the_home_page_and_takes_organisations(self):
        # Like the other indexes, also below a content page (one per parent).
        self.assertAllowedParentPageTypes(DirectoryIndexPage, {HomePage, ContentPage})
        assert DirectoryIndexPage.max_count_per_parent == 1
        self.assertAllowedSubpageTypes(DirectoryIndexPage, {OrganisationPage})
        self.assertAllowedSubpageTypes(OrganisationPage, {OfferPage})
        self.assertAllowedSubpageTypes(OfferPage, set())


@pytest.fixture
def counselling(directory, town, categories):
    return make_organisation(
        directory,
        "Migrationsberatung Zeitz",
        kind="authority",
        phone="03441 123456",
        email="beratung@example.org",
        last_checked_at=date(2026, 11, 2),
        places=[
            make_place(
                town("zeitz", "Zeitz"),
                name="Büro am Markt",
                hours=[(0, "09:00", "12:00"), (3, "13:00", "17:00")],
                exceptions=[{"date": date(2026, 12, 24), "closed": True, "note": "Heiligabend"}],
                wheelchair_access=True,
            )
        ],
        offers=[
            {
                "title": "Beratung zum Aufenthalt",
                "slug": "aufenthalt",
                "topic": categories["residence"],
                "languages": ["ar", "fa", "de"],
                "online": True,
                "audiences": [categories["families"]],
            }
        ],
    )


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def jsonld(soup):
    return json.loads(soup.select_one('script[type="application/ld+json"]').string)


def test_organisation_page_shows_places_hours_and_offers(client, counselling):
    soup = soup_of(client, counselling.url)
    text = soup.get_text(" ", strip=True)
    assert "Behörde" in text and "Büro am Markt" in text and "Rollstuhlgerecht" in text
    assert [th.get_text() for th in soup.select(".place__hours th")] == ["Montag", "Donnerstag"]
    assert "Heiligabend" in soup.select_one(".place__exceptions").get_text()
    assert soup.select_one(".organisation__offers a").get_text() == "Beratung zum Aufenthalt"
    assert soup.select_one(".organisation__checked time")["datetime"] == "2026-11-02"


def test_organisation_jsonld_is_a_government_organisation_with_hours(client, counselling):
    data = jsonld(soup_of(client, counselling.url))
    assert data["@type"] == "GovernmentOrganization"
    assert data["telephone"] == "03441 123456"
    assert data["address"][0]["addressLocality"] == "Zeitz"
    hours = data["location"][0]["openingHoursSpecification"]
    assert hours[0] == {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": "https://schema.org/Monday",
        "opens": "09:00",
        "closes": "12:00",
    }
    closed = hours[-1]
    assert closed["validFrom"] == "2026-12-24" and closed["opens"] == closed["closes"] == "00:00"


def test_offer_page_and_its_service_jsonld(client, counselling):
    offer = OfferPage.objects.get(slug="aufenthalt", locale__language_code="de")
    soup = soup_of(client, offer.url)
    facts = soup.select_one(".offer__facts").get_text(" ", strip=True)
    assert "Aufenthalt" in facts and "Familien" in facts and "Online" in facts
    assert soup.select_one(".offer__facts bdi[lang=fa]").get_text() == "فارسی"
    data = jsonld(soup)
    assert data["@type"] == "Service"
    assert [item["alternateName"] for item in data["availableLanguage"]] == ["ar", "fa", "de"]
    assert data["areaServed"] == [{"@type": "City", "name": "Zeitz"}]
    assert data["provider"]["name"] == "Migrationsberatung Zeitz"
    assert data["provider"]["@type"] == "GovernmentOrganization"


def test_aliases_in_other_languages_carry_places_and_offers(client, site, counselling):
    arabic = counselling.get_translation(site.locales["ar"])
    assert arabic.alias_of_id == counselling.pk
    assert arabic.specific.places.get().opening_hours.count() == 2
    offer = OfferPage.objects.get(slug="aufenthalt", locale__language_code="ar")
    assert offer.get_parent().pk == arabic.pk
    soup = soup_of(client, offer.url)
    assert soup.select_one("html")["lang"] == "ar"


def test_a_localised_offer_keeps_its_languages_and_flags(counselling):
    offer = OfferPage.objects.get(slug="aufenthalt", locale__language_code="de")
    localize(counselling, "en")
    english = localize(offer, "en")
    assert english.alias_of_id is None
    assert english.languages == ["ar", "fa", "de"]
    assert english.online and english.topic_id == offer.topic_id
    organisation = english.get_parent().specific
    assert organisation.locale.language_code == "en"
    assert organisation.places.get().opening_exceptions.get().note == "Heiligabend"


def test_an_untranslated_organisation_in_arabic_marks_its_german_text(client, site, counselling):
    arabic = counselling.get_translation(site.locales["ar"])
    soup = soup_of(client, arabic.url)
    title = soup.select_one("h1")
    assert (title["lang"], title["dir"]) == ("de", "ltr")
    assert soup.select_one(".directory-notice[role=note]").get_text().startswith("متاح فقط باللغة")
    assert soup.select_one(".organisation__body")["lang"] == "de"
    # Opening hours the Arabic way (CLDR), isolated from the right-to-left text around them.
    hours = soup.select_one(".place__hours td bdi").get_text()
    assert hours == "9:00 ص\u2009–\u200912:00 م"  # CLDR: thin spaces around the dash


def test_opening_hours_read_in_the_visitors_language(client, counselling):
    soup = soup_of(client, counselling.url)
    assert soup.select_one(".place__hours td bdi").get_text() == "09:00–12:00 Uhr"
    exception = soup.select_one(".place__exceptions time").get_text()
    assert exception == "Donnerstag, 24. Dezember 2026"


def test_organisation_and_offer_pages_cost_the_same_queries_for_more_places_and_offers(
    client, directory, town, categories
):
    """Places, their hours and exceptions are read once for the JSON-LD and the body."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def organisation(title, count):
        return make_organisation(
            directory,
            title,
            places=[
                make_place(
                    town(f"ort-{number}", f"Ort {number}"),
                    street=f"Markt {number}",
                    hours=[(0, "09:00", "12:00"), (2, "13:00", "15:00")],
                    exceptions=[{"date": date(2027, 1, number + 1), "closed": True}],
                )
                for number in range(count)
            ],
            offers=[
                {
                    "title": f"Angebot {number}",
                    "topic": categories["residence"],
                    "languages": ["ar"],
                }
                for number in range(count)
            ],
        )

    def queries(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    small, large = organisation("Klein", 1), organisation("Groß", 4)
    assert queries(large.url) == queries(small.url)
    small_offer = OfferPage.objects.child_of(small).first()
    large_offer = OfferPage.objects.child_of(large).first()
    assert queries(large_offer.url) == queries(small_offer.url)
