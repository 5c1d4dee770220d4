"""The directory's list for visitors: filters, search, cards in the visitor's language, and a
query count that does not grow with the number of organisations."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import county_time
from tests.directory.conftest import make_organisation, make_place

pytestmark = pytest.mark.django_db
BERLIN = ZoneInfo("Europe/Berlin")
# A Tuesday morning in the county.
TUESDAY_TEN = datetime(2026, 12, 8, 10, 0, tzinfo=BERLIN)


@pytest.fixture
def organisations(directory, town, categories):
    zeitz, naumburg = town("zeitz", "Zeitz"), town("naumburg", "Naumburg")
    make_organisation(
        directory,
        "Migrationsberatung Zeitz",
        kind="counselling",
        places=[make_place(zeitz, hours=[(1, "09:00", "12:00")])],
        offers=[
            {
                "title": "Beratung zum Aufenthalt",
                "topic": categories["residence"],
                "languages": ["ar", "de"],
                "by_phone": True,
                "audiences": [categories["families"]],
            }
        ],
    )
    make_organisation(
        directory,
        "Frauentreff Naumburg",
        kind="club",
        places=[
            make_place(
                naumburg,
                hours=[(1, "09:00", "12:00")],
                exceptions=[{"date": date(2026, 12, 8), "closed": True, "note": "Teamtag"}],
            )
        ],
        offers=[
            {
                "title": "Deutschkurs für Frauen",
                "topic": categories["language"],
                "languages": ["uk", "de"],
                "audiences": [categories["women"]],
            },
            {
                "title": "Aufenthaltsfragen auf Deutsch",
                "topic": categories["residence"],
                "languages": ["de"],
            },
        ],
    )
    make_organisation(directory, "Ausländerbehörde", kind="authority")


def listed(client, site, params=None, language="de"):
    from directory.models import DirectoryIndexPage

    index = DirectoryIndexPage.objects.get(locale__language_code="de")
    url = site.url(index, language)
    response = client.get(url, params or {})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    titles = [a.get_text(strip=True) for a in soup.select(".directory-card__title a")]
    return titles, soup


def test_lists_every_organisation_by_name_with_count_announced(client, site, organisations):
    titles, soup = listed(client, site)
    assert titles == ["Ausländerbehörde", "Frauentreff Naumburg", "Migrationsberatung Zeitz"]
    status = soup.select_one(".directory-count")
    assert status["role"] == "status"
    assert status.get_text(strip=True) == "3 Organisationen"
    assert soup.select_one("label[for=id_topic]")  # labelled filters


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"topic": "aufenthalt"}, ["Frauentreff Naumburg", "Migrationsberatung Zeitz"]),
        ({"municipality": "zeitz"}, ["Migrationsberatung Zeitz"]),
        ({"language": "ar"}, ["Migrationsberatung Zeitz"]),
        ({"language": "uk"}, ["Frauentreff Naumburg"]),
        ({"audience": "frauen"}, ["Frauentreff Naumburg"]),
        ({"remote": "1"}, ["Migrationsberatung Zeitz"]),
        # Both on one offer: Naumburg's Ukrainian offer is a course, not residence counselling.
        ({"topic": "aufenthalt", "language": "uk"}, []),
        ({"topic": "aufenthalt", "language": "ar"}, ["Migrationsberatung Zeitz"]),
        ({"q": "Deutschkurs"}, ["Frauentreff Naumburg"]),
        ({"q": "Migrationsberatung"}, ["Migrationsberatung Zeitz"]),
        ({"q": "!!"}, []),
    ],
)
def test_filters_and_search(client, site, organisations, params, expected):
    titles, _soup = listed(client, site, params)
    assert titles == expected


def test_open_now_follows_hours_and_exceptions(client, site, organisations, monkeypatch):
    monkeypatch.setattr(county_time, "now", lambda: TUESDAY_TEN)
    # Naumburg has the same Tuesday hours, but is closed that date (Teamtag).
    assert listed(client, site, {"open_now": "1"})[0] == ["Migrationsberatung Zeitz"]
    monkeypatch.setattr(county_time, "now", lambda: TUESDAY_TEN.replace(hour=13))
    assert listed(client, site, {"open_now": "1"})[0] == []


def test_open_now_is_not_kept_in_the_page_cache(client, site, organisations):
    from django.utils.cache import get_max_age

    from directory.models import DirectoryIndexPage

    url = site.url(DirectoryIndexPage.objects.get(locale__language_code="de"))
    assert get_max_age(client.get(url, {"open_now": "1"})) == 0
    assert get_max_age(client.get(url)) is None


def test_open_now_on_an_exception_with_other_hours(client, site, directory, town, monkeypatch):
    wednesday = date(2026, 12, 9)
    make_organisation(
        directory,
        "Sonderöffnung",
        places=[
            make_place(
                town("zeitz", "Zeitz"),
                exceptions=[
                    {"date": wednesday, "closed": False, "opens": "14:00", "closes": "18:00"}
                ],
            )
        ],
    )
    monkeypatch.setattr(county_time, "now", lambda: datetime(2026, 12, 9, 15, tzinfo=BERLIN))
    assert listed(client, site, {"open_now": "1"})[0] == ["Sonderöffnung"]


def test_empty_state_offers_to_reset_the_filters(client, site, organisations):
    _titles, soup = listed(client, site, {"language": "ti"})
    empty = soup.select_one(".directory-empty")
    assert "Keine Organisation passt" in empty.get_text()
    assert empty.select_one("a")["href"].endswith("/wegweiser/")


def test_cards_say_which_languages_in_german(client, site, organisations):
    _titles, soup = listed(client, site, {"municipality": "zeitz"})
    card = soup.select_one(".directory-card")
    assert "Beratungsstelle" in card.get_text()
    assert "Zeitz" in card.select_one(".directory-card__towns").get_text()
    languages = card.select_one(".directory-card__languages")
    assert languages.get_text(" ", strip=True).startswith("spricht:")
    arabic = languages.select_one("bdi[lang=ar]")
    assert arabic.get_text() == "العربية" and arabic["dir"] == "rtl"
    assert "(Arabisch)" in languages.get_text()
    assert "Deutsch" in languages.get_text()
    assert [li.get_text() for li in card.select(".directory-card__topics li")] == ["Aufenthalt"]


def test_cards_in_arabic_name_languages_in_arabic(client, site, organisations):
    _titles, soup = listed(client, site, {"municipality": "naumburg"}, language="ar")
    languages = soup.select_one(".directory-card__languages")
    ukrainian = languages.select_one("bdi[lang=uk]")
    assert ukrainian.get_text() == "Українська" and ukrainian["dir"] == "ltr"
    # Its name in Arabic (CLDR) follows; German in Arabic is "الألمانية".
    assert "الأوكرانية" in languages.get_text()
    assert "الألمانية" in languages.get_text()
    # Listed the Arabic way (CLDR's list pattern), not with a Latin comma.
    assert "," not in languages.get_text()
    assert ") و" in languages.get_text()


def test_query_count_does_not_grow_with_organisations(client, site, directory, town, categories):
    zeitz = town("zeitz", "Zeitz")

    def add(count, start):
        for number in range(start, start + count):
            make_organisation(
                directory,
                f"Verein {number:03d}",
                aliases=False,
                places=[make_place(zeitz, hours=[(0, "09:00", "12:00")])],
                offers=[
                    {
                        "title": f"Angebot {number}",
                        "topic": categories["residence"],
                        "languages": ["ar", "fa"],
                    }
                ],
            )

    def queries(params):
        listed(client, site, params)  # what publishing left to rebuild (menus, memo) is read
        with CaptureQueriesContext(connection) as captured:
            titles, _soup = listed(client, site, params)
        assert titles
        return len(captured)

    filtered = {"topic": "aufenthalt", "language": "ar", "municipality": "zeitz", "q": "Angebot"}
    add(15, 0)
    few = [queries({}), queries(filtered)]
    add(45, 15)
    many = [queries({}), queries(filtered)]
    assert many == few
