"""The directory in the public JSON API (/api/v2/directory/ and the pages endpoint): what
anyone may see, in one language, with the list's filters, clear 400s, and a query count that
does not grow with the number of organisations."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import county_time
from core.roles import MEMBERS
from directory.models import DirectoryIndexPage
from tests.directory.conftest import make_organisation, make_place
from tests.factories import restrict_to_groups

pytestmark = pytest.mark.django_db

URL = "/api/v2/directory/"


def api(client, status=200, url=URL, **params):
    response = client.get(url, params)
    assert response.status_code == status, (response.status_code, response.content[:500])
    return response.json()


def titles(data):
    return [item["title"] for item in data["items"]]


@pytest.fixture
def organisations(directory, town, categories):
    zeitz, naumburg = town("zeitz", "Zeitz"), town("naumburg", "Naumburg")
    migration = make_organisation(
        directory,
        "Migrationsberatung Zeitz",
        kind="counselling",
        phone="03441 123456",
        email="beratung@example.org",
        website="https://www.example.org",
        is_member=True,
        last_checked_at=date(2026, 11, 2),
        places=[
            make_place(
                zeitz,
                name="Büro am Markt",
                latitude="51.045600",
                longitude="12.138300",
                wheelchair_access=True,
                hours=[(1, "09:00", "12:00"), (3, "13:00", "16:30")],
                exceptions=[
                    {"date": date(2020, 1, 7), "closed": True, "note": "Längst vorbei"},
                    {
                        "date": county_time.today() + timedelta(days=3),
                        "closed": False,
                        "opens": "10:00",
                        "closes": "11:00",
                        "note": "Kurz",
                    },
                ],
            )
        ],
        offers=[
            {
                "title": "Beratung zum Aufenthalt",
                "topic": categories["residence"],
                "languages": ["de", "ar"],
                "by_phone": True,
                "cost": "kostenlos",
                "audiences": [categories["families"]],
            }
        ],
    )
    make_organisation(
        directory,
        "Frauentreff Naumburg",
        kind="club",
        places=[make_place(naumburg)],
        offers=[
            {
                "title": "Deutschkurs für Frauen",
                "topic": categories["language"],
                "languages": ["uk"],
                "online": True,
                "audiences": [categories["women"]],
            }
        ],
    )
    make_organisation(directory, "Ausländerbehörde", kind="authority", places=[make_place(zeitz)])
    return migration


def test_organisations_with_contact_places_and_offers(client, organisations):
    data = api(client, locale="de")
    assert data["meta"] == {"total_count": 3, "locale": "de"}
    assert titles(data) == ["Ausländerbehörde", "Frauentreff Naumburg", "Migrationsberatung Zeitz"]
    item = data["items"][2]
    assert item["id"] == organisations.pk
    assert item["url"] == f"http://testserver{organisations.url}"
    assert item["detail_url"] == f"http://testserver/api/v2/pages/{organisations.pk}/"
    assert item["kind"] == {"slug": "counselling", "name": "Beratungsstelle"}
    assert item["contact"] == {
        "phone": "03441 123456",
        "email": "beratung@example.org",
        "website": "https://www.example.org",
        "messenger": "",
    }
    assert item["is_member"] is True
    assert item["last_checked_at"] == "2026-11-02"
    assert item["locale"] == "de" and item["original_language"] is None
    (place,) = item["places"]
    assert place["name"] == "Büro am Markt"
    assert place["municipality"] == {"slug": "zeitz", "name": "Zeitz"}
    assert (place["latitude"], place["longitude"]) == (51.0456, 12.1383)
    assert place["accessibility"] == {
        "wheelchair_access": True,
        "accessible_toilet": False,
        "hearing_loop": False,
    }
    assert place["opening_hours"] == [
        {"weekday": 1, "opens": "09:00", "closes": "12:00"},
        {"weekday": 3, "opens": "13:00", "closes": "16:30"},
    ]
    # Only the exceptions still ahead.
    assert place["exceptions"] == [
        {
            "date": (county_time.today() + timedelta(days=3)).isoformat(),
            "closed": False,
            "opens": "10:00",
            "closes": "11:00",
            "note": "Kurz",
        }
    ]
    (offer,) = item["offers"]
    assert offer["title"] == "Beratung zum Aufenthalt"
    assert offer["url"].startswith(f"http://testserver{organisations.url}")
    assert offer["topic"] == {"slug": "aufenthalt", "name": "Aufenthalt"}
    assert offer["audiences"] == [{"slug": "familien", "name": "Familien"}]
    assert offer["languages"] == ["de", "ar"]
    assert (offer["at_places"], offer["online"], offer["by_phone"], offer["home_visits"]) == (
        True,
        False,
        True,
        False,
    )
    assert offer["cost"] == "kostenlos"
    assert offer["access"] == {"slug": "appointment", "name": "Mit Termin"}


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"topic": "aufenthalt"}, ["Migrationsberatung Zeitz"]),
        ({"language": "uk"}, ["Frauentreff Naumburg"]),
        ({"municipality": "zeitz"}, ["Ausländerbehörde", "Migrationsberatung Zeitz"]),
        ({"audience": "frauen"}, ["Frauentreff Naumburg"]),
        ({"remote": "1"}, ["Frauentreff Naumburg", "Migrationsberatung Zeitz"]),
        ({"remote": "0"}, ["Ausländerbehörde", "Frauentreff Naumburg", "Migrationsberatung Zeitz"]),
        ({"topic": "aufenthalt", "language": "uk"}, []),
        ({"q": "Frauentreff"}, ["Frauentreff Naumburg"]),
    ],
)
def test_the_lists_filters(client, organisations, params, expected):
    assert titles(api(client, **params)) == expected


def test_open_now_is_not_cached(client, organisations):
    response = client.get(URL, {"open_now": "1"})
    assert response.status_code == 200
    assert "max-age=0" in response["Cache-Control"]
    plain = client.get(URL)
    assert "public" in plain["Cache-Control"] and "max-age=300" in plain["Cache-Control"]
    assert "Accept-Language" in plain["Vary"]


@pytest.mark.parametrize(
    "params, words",
    [
        ({"topic": "nichts"}, ["invalid filter", "topic"]),
        ({"language": "xx"}, ["invalid filter", "language"]),
        ({"municipality": "atlantis"}, ["invalid filter", "municipality"]),
        ({"locale": "xx"}, ["locale must be one of"]),
        ({"index": "abc"}, ["index must be the id"]),
        ({"index": "999999"}, ["no public directory page"]),
        ({"sort": "title"}, ["not an operation or a recognised field", "sort"]),
        ({"limit": "-1"}, ["limit"]),
    ],
)
def test_bad_parameters_are_explained(client, organisations, params, words):
    message = api(client, status=400, **params)["message"]
    assert all(word in message for word in words), message


def test_locale_from_parameter_header_or_index(client, directory, organisations):
    english = api(client, locale="en")
    assert english["meta"]["locale"] == "en"
    assert {item["locale"] for item in english["items"]} == {"en"}
    assert {item["original_language"] for item in english["items"]} == {"de"}
    assert all("/en/" in item["url"] for item in english["items"])
    assert english["items"][2]["kind"] == {"slug": "counselling", "name": "Counselling service"}
    arabic = client.get(URL, HTTP_ACCEPT_LANGUAGE="ar, en;q=0.5").json()
    assert arabic["meta"]["locale"] == "ar"
    arabic_index = DirectoryIndexPage.objects.get(
        translation_key=directory.translation_key, locale__language_code="ar"
    )
    by_index = api(client, index=str(arabic_index.pk))
    assert by_index["meta"]["locale"] == "ar" and by_index["meta"]["total_count"] == 3
    assert api(client, index=str(directory.pk), locale="uk")["meta"]["locale"] == "uk"


def test_anonymous_even_for_a_member_logged_in(client, user_in_group, directory, organisations):
    hidden = make_organisation(directory, "Interner Kreis", places=[])
    restrict_to_groups(hidden, [MEMBERS])
    draft = make_organisation(directory, "Entwurf", places=[])
    draft.unpublish()
    client.force_login(user_in_group("mara", MEMBERS))
    response = client.get(URL, HTTP_ORIGIN="https://www.burgenlandkreis.de")
    assert response.status_code == 200
    assert "Interner Kreis" not in titles(response.json())
    assert "Entwurf" not in titles(response.json())
    assert "Set-Cookie" not in response.headers and not response.cookies
    assert response["Access-Control-Allow-Origin"] == "*"
    assert client.post(URL).status_code == 405


def test_paging(client, organisations):
    first = api(client, limit=2)
    second = api(client, limit=2, offset=2)
    assert first["meta"]["total_count"] == 3
    assert titles(first) + titles(second) == [
        "Ausländerbehörde",
        "Frauentreff Naumburg",
        "Migrationsberatung Zeitz",
    ]


def add_organisations(directory, town, categories, count):
    zeitz = town("zeitz", "Zeitz")
    for number in range(count):
        make_organisation(
            directory,
            f"Organisation {number:02d}",
            aliases=False,
            places=[make_place(zeitz, hours=[(0, "09:00", "12:00")])],
            offers=[
                {
                    "title": f"Kurs {number}",
                    "topic": categories["language"],
                    "languages": ["ar"],
                    "audiences": [categories["women"]],
                }
            ],
        )


def count_queries(client, params):
    client.get(URL, params)  # warm per-process caches (site root paths, locales, choices)
    with CaptureQueriesContext(connection) as context:
        response = client.get(URL, params)
    assert response.status_code == 200
    return len(context), response.json()


@pytest.mark.parametrize("params", [{}, {"language": "ar", "municipality": "zeitz"}])
def test_the_same_queries_for_3_and_30_organisations(client, directory, town, categories, params):
    add_organisations(directory, town, categories, 3)
    few, data = count_queries(client, {**params, "limit": 100})
    assert data["meta"]["total_count"] == 3
    add_organisations(directory, town, categories, 27)
    many, data = count_queries(client, {**params, "limit": 100})
    assert len(data["items"]) == 30
    assert many == few, (few, many)


def test_organisation_and_offer_pages_in_the_pages_endpoint(client, organisations):
    data = api(client, url=f"/api/v2/pages/{organisations.pk}/")
    assert data["meta"]["type"] == "directory.OrganisationPage"
    assert data["kind"] == "counselling" and data["phone"] == "03441 123456"
    assert data["places"][0]["municipality"]["slug"] == "zeitz"
    assert [day["note"] for day in data["places"][0]["exceptions"]] == ["Kurz"]
    listing = api(
        client,
        url="/api/v2/pages/",
        type="directory.OfferPage",
        locale="de",
        fields="topic,audiences,languages,by_phone",
    )
    offers = {item["title"]: item for item in listing["items"]}
    offer = offers["Beratung zum Aufenthalt"]
    assert offer["topic"] == "aufenthalt"
    assert offer["audiences"] == ["familien"]
    assert offer["languages"] == ["de", "ar"]
    assert offer["by_phone"] is True
    organisations_listing = api(
        client,
        url="/api/v2/pages/",
        type="directory.OrganisationPage",
        locale="de",
        fields="kind,places,is_member",
    )
    assert {item["title"] for item in organisations_listing["items"]} == {
        "Ausländerbehörde",
        "Frauentreff Naumburg",
        "Migrationsberatung Zeitz",
    }
