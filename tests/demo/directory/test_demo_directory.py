"""The demo directory: about fifteen organisations across the county's towns, offers in several
languages, a few closed on a day soon, in every language (aliases), and found through the
filters: counselling on residence in Arabic in Zeitz, in German and in Arabic.

The session loads the demo once (tests/conftest.py); these tests read what it made.
"""

import pytest
from bs4 import BeautifulSoup

from directory.demo import data
from directory.models import DirectoryIndexPage, OfferPage, OpeningException, OrganisationPage
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db


def test_fifteen_organisations_in_many_towns_and_languages():
    german = OrganisationPage.objects.filter(locale__language_code="de")
    assert german.count() == len(data.ORGANISATIONS) == 15
    towns = {place.municipality.slug for page in german for place in page.places.all()}
    assert len(towns) >= 8
    codes = {code for offer in OfferPage.objects.live() for code in offer.languages}
    assert {"ar", "fa", "prs", "uk", "ti", "ru", "tr"} <= codes
    assert OpeningException.objects.filter(closed=True).count() >= 3


def test_every_language_has_the_directory_and_its_pages():
    for code in LANGUAGES:
        assert DirectoryIndexPage.objects.filter(locale__language_code=code).count() == 1
        assert OrganisationPage.objects.filter(locale__language_code=code).count() == 15


@pytest.mark.parametrize("language", ["de", "ar"])
def test_counselling_in_arabic_in_zeitz(client, language):
    index = DirectoryIndexPage.objects.get(locale__language_code=language)
    params = {"topic": "aufenthalt", "language": "ar", "municipality": "zeitz"}
    response = client.get(index.url, params)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    titles = [a.get_text(strip=True) for a in soup.select(".directory-card__title a")]
    assert titles == ["Migrationsberatung Zeitz"]
    languages = soup.select_one(".directory-card__languages")
    if language == "de":
        assert languages.select_one("bdi[lang=ar]").get_text() == "العربية"
    else:  # the page's own language needs no marking, nor its name twice
        assert "العربية" in [bdi.get_text() for bdi in languages.select("bdi:not([lang])")]
        assert "(العربية)" not in languages.get_text()
