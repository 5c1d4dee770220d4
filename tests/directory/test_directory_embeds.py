"""The directory on other websites: the embed of a filtered list and of one organisation,
oEmbed of a filtered address, the builder's presets ("Beratung auf Arabisch in Zeitz"), and
never anything unpublished or members-only."""

from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from core import county_time
from core.roles import COORDINATION, MEMBERS
from embedding.models import EmbedSettings
from tests.directory.conftest import make_organisation, make_place
from tests.factories import restrict_to_groups

pytestmark = pytest.mark.django_db

COUNTY = "https://www.burgenlandkreis.de"


@pytest.fixture
def organisations(directory, town, categories):
    zeitz, naumburg = town("zeitz", "Zeitz"), town("naumburg", "Naumburg")
    counselling = {"topic": categories["residence"], "by_phone": True}
    migration = make_organisation(
        directory,
        "Migrationsberatung Zeitz",
        phone="03441 123456",
        places=[
            make_place(
                zeitz,
                hours=[(1, "09:00", "12:00")],
                exceptions=[
                    {"date": date(2020, 1, 7), "closed": True, "note": "Längst vorbei"},
                    {"date": county_time.today() + timedelta(days=3), "note": "Teamtag"},
                ],
            )
        ],
        offers=[
            {"title": "Beratung zum Aufenthalt", "languages": ["ar", "de"], **counselling},
            {"title": "Beratung für Familien", "languages": ["ar", "fa"], **counselling},
        ],
    )
    make_organisation(
        directory,
        "Frauentreff Naumburg",
        kind="club",
        places=[make_place(naumburg)],
        offers=[
            {"title": "Deutschkurs", "topic": categories["language"], "languages": ["uk"]},
            {"title": "Aufenthaltsfragen", "topic": categories["residence"], "languages": ["ar"]},
        ],
    )
    make_organisation(directory, "Ausländerbehörde", kind="authority", places=[make_place(zeitz)])
    return migration


def embed_url(directory, query=""):
    return f"/embed/de/{directory.slug}/" + (f"?{query}" if query else "")


def soup(response):
    assert response.status_code == 200, response
    return BeautifulSoup(response.content, "html.parser")


def card_titles(page):
    return [a.get_text(strip=True) for a in page.select(".directory-card__title a")]


@pytest.fixture
def allowed_origin(site):
    settings = EmbedSettings.for_site(site.home.get_site())
    settings.allowed_origins = COUNTY
    settings.save()
    return COUNTY


# ------------------------------------------------------------------------------ the embeds


def test_the_embed_shows_the_filtered_cards_with_relative_links(
    client, directory, organisations, allowed_origin
):
    response = client.get(embed_url(directory, "topic=aufenthalt&language=ar&municipality=zeitz"))
    page = soup(response)
    assert card_titles(page) == ["Migrationsberatung Zeitz"]
    link = page.select_one(".directory-card__title a")["href"]
    assert link == organisations.url and link.startswith("/de/")
    assert "spricht:" in page.select_one(".directory-card__languages").get_text()
    assert page.find("base")["target"] == "_blank"
    footer = page.select_one(".embed__footer a")["href"]
    assert parse_qs(urlsplit(footer).query) == {
        "topic": ["aufenthalt"],
        "language": ["ar"],
        "municipality": ["zeitz"],
    }
    # No cookie, cacheable by anyone, framed only by the county's website.
    assert "Set-Cookie" not in response.headers and not response.cookies
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    assert f"frame-ancestors {COUNTY}" in response["Content-Security-Policy"]


def test_the_embed_lists_all_without_filters_and_says_when_none_match(
    client, directory, organisations
):
    page = soup(client.get(embed_url(directory)))
    assert card_titles(page) == [
        "Ausländerbehörde",
        "Frauentreff Naumburg",
        "Migrationsberatung Zeitz",
    ]
    empty = soup(client.get(embed_url(directory, "language=ti")))
    assert card_titles(empty) == []
    assert "Keine Organisation passt zu Ihrer Auswahl." in empty.get_text()


def test_limit_and_compact_layout(client, directory, organisations):
    page = soup(client.get(embed_url(directory, "limit=2&layout=compact")))
    assert card_titles(page) == ["Ausländerbehörde", "Frauentreff Naumburg"]
    assert "embed--compact" in page.html["class"]
    assert not page.select(".directory-card__topics")
    assert page.select_one(".directory-embed__more a")


def test_the_embed_in_arabic(client, directory, organisations):
    response = client.get(f"/embed/ar/{directory.slug}/?language=ar")
    page = soup(response)
    assert page.html["lang"] == "ar" and page.html["dir"] == "rtl"
    assert response["Content-Language"] == "ar"
    assert set(card_titles(page)) == {"Frauentreff Naumburg", "Migrationsberatung Zeitz"}
    assert all(a["href"].startswith("/ar/") for a in page.select(".directory-card__title a"))


def test_open_now_is_never_cached(client, directory, organisations):
    response = client.get(embed_url(directory, "open_now=1"))
    assert response.status_code == 200
    assert "max-age=0" in response["Cache-Control"]
    again = client.get(embed_url(directory, "open_now=1"))
    assert again.get("X-Page-Cache", "").lower() != "hit"


def test_a_member_logged_in_gets_the_public_embed_and_no_cookie(
    client, user_in_group, directory, organisations
):
    hidden = make_organisation(directory, "Interner Kreis", places=[])
    restrict_to_groups(hidden, [MEMBERS])
    client.force_login(user_in_group("mara", MEMBERS))
    response = client.get(embed_url(directory))
    assert "Interner Kreis" not in card_titles(soup(response))
    assert "Set-Cookie" not in response.headers and not response.cookies
    # Its own embed does not exist for anybody.
    assert client.get(f"/embed/de/{directory.slug}/{hidden.slug}/").status_code == 404


def test_the_organisation_embed_shows_contact_hours_and_offers(client, directory, organisations):
    response = client.get(f"/embed/de/{directory.slug}/{organisations.slug}/")
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Migrationsberatung Zeitz"
    assert "03441 123456" in page.select_one(".organisation__contact").get_text()
    assert page.select_one(".place__hours").get_text(" ", strip=True).startswith("Öffnungszeiten")
    exceptions = page.select_one(".place__exceptions").get_text()
    assert "Teamtag" in exceptions and "Längst vorbei" not in exceptions
    offers = [a.get_text() for a in page.select(".organisation__offers a")]
    assert offers == ["Beratung für Familien", "Beratung zum Aufenthalt"]
    assert all(a["href"].startswith("/de/") for a in page.select(".organisation__offers a"))
    assert "Set-Cookie" not in response.headers
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_unpublished_organisations_and_directories_are_not_embedded(
    client, directory, organisations
):
    organisations.unpublish()
    assert client.get(f"/embed/de/{directory.slug}/{organisations.slug}/").status_code == 404
    assert "Migrationsberatung Zeitz" not in card_titles(soup(client.get(embed_url(directory))))
    directory.unpublish()
    assert client.get(embed_url(directory)).status_code == 404


# ------------------------------------------------------------------------------ oEmbed


def test_oembed_of_a_filtered_address_gives_the_filtered_embed(client, directory, organisations):
    address = (
        f"http://testserver/de/{directory.slug}/"
        "?topic=aufenthalt&language=ar&municipality=zeitz&layout=compact"
    )
    response = client.get(reverse("oembed"), {"url": address, "format": "json"})
    assert response.status_code == 200
    data = response.json()
    assert data["type"] == "rich" and data["title"] == "Wegweiser"
    src = BeautifulSoup(data["html"], "html.parser").iframe["src"]
    parts = urlsplit(src)
    assert parts.path == embed_url(directory)
    assert parse_qs(parts.query) == {
        "topic": ["aufenthalt"],
        "language": ["ar"],
        "municipality": ["zeitz"],
        "layout": ["compact"],
    }
    framed = soup(client.get(f"{parts.path}?{parts.query}"))
    assert card_titles(framed) == ["Migrationsberatung Zeitz"]


def test_oembed_refuses_a_members_only_directory(client, directory, organisations):
    restrict_to_groups(directory, [MEMBERS])
    address = f"http://testserver/de/{directory.slug}/?language=ar"
    response = client.get(reverse("oembed"), {"url": address})
    assert response.status_code == 404
    assert client.get(embed_url(directory)).status_code == 404


# ------------------------------------------------------------------------------ the builder


@pytest.fixture
def coordinator(client, user_in_group):
    client.force_login(user_in_group("koordinatorin", COORDINATION))
    return client


def builder(client, page, query=""):
    url = reverse("embedding_builder", args=[page.pk]) + (f"?{query}" if query else "")
    return client.get(url)


def test_presets_are_the_most_frequent_combinations_in_the_builders_language(
    directory, organisations
):
    from embedding.hook import page_embed

    presets = page_embed(directory).presets()
    assert presets[0] == (
        "Aufenthalt auf Arabisch in Zeitz",
        {"topic": "aufenthalt", "language": "ar", "municipality": "zeitz"},
    )
    labels = [label for label, _query in presets]
    assert set(labels) == {
        "Aufenthalt auf Arabisch in Zeitz",
        "Aufenthalt auf Persisch in Zeitz",
        "Aufenthalt auf Arabisch in Naumburg",
        "Sprachkurs auf Ukrainisch in Naumburg",
    }
    assert not any("Deutsch" in label for label in labels)


def test_presets_cost_the_same_queries_for_few_and_many_offers(
    directory, organisations, town, categories, django_assert_max_num_queries
):
    from embedding.hook import page_embed

    page_embed(directory).presets()  # topic names kept per content generation
    with django_assert_max_num_queries(3) as few:
        page_embed(directory).presets()
    for number in range(10):
        make_organisation(
            directory,
            f"Verein {number}",
            places=[make_place(town("weissenfels", "Weißenfels"))],
            offers=[{"title": "Kurs", "topic": categories["language"], "languages": ["ru"]}],
        )
    page_embed(directory).presets()
    with django_assert_max_num_queries(len(few)):
        presets = page_embed(directory).presets()
    assert presets[0][0] == "Sprachkurs auf Russisch in Weißenfels"


def test_the_builder_of_the_directory_offers_presets_as_links(
    coordinator, directory, organisations
):
    response = builder(coordinator, directory, "layout=compact&language=fa")
    assert response.status_code == 200
    page = soup(response)
    links = {a.get_text(): a for a in page.select(".embed-builder__presets a")}
    assert "Aufenthalt auf Arabisch in Zeitz" in links
    href = links["Aufenthalt auf Arabisch in Zeitz"]["href"]
    parts = urlsplit(href)
    assert parts.path == reverse("embedding_builder", args=[directory.pk])
    assert parse_qs(parts.query) == {
        "layout": ["compact"],
        "topic": ["aufenthalt"],
        "language": ["ar"],
        "municipality": ["zeitz"],
    }
    # Following the link (no JavaScript) fills in the filters and the codes.
    chosen = soup(builder(coordinator, directory, parts.query))
    assert chosen.find("select", attrs={"name": "topic"}).find("option", selected=True)[
        "value"
    ] == ("aufenthalt")
    current = chosen.select_one('.embed-builder__presets a[aria-current="true"]')
    assert current.get_text() == "Aufenthalt auf Arabisch in Zeitz"
    code = chosen.find("textarea", id="embed-output-url").get_text()
    assert code.startswith(f"http://testserver{embed_url(directory)}?")
    assert parse_qs(urlsplit(code.strip()).query)["municipality"] == ["zeitz"]
    oembed = chosen.find("textarea", id="embed-output-oembed").get_text().strip()
    assert urlsplit(oembed).path == f"/de/{directory.slug}/"


def test_the_builder_of_an_organisation(coordinator, directory, organisations):
    response = builder(coordinator, organisations)
    assert response.status_code == 200
    page = soup(response)
    assert not page.select(".embed-builder__presets")
    code = page.find("textarea", id="embed-output-url").get_text().strip()
    assert code == f"http://testserver/embed/de/{directory.slug}/{organisations.slug}/"


def test_the_builder_refuses_members_and_unpublished_or_members_only_pages(
    client, user_in_group, directory, organisations
):
    client.force_login(user_in_group("mitglied-wegweiser", MEMBERS))
    assert builder(client, directory).status_code == 403
    client.force_login(user_in_group("koordination-wegweiser", COORDINATION))
    restrict_to_groups(organisations, [MEMBERS])
    refused = builder(client, organisations)
    assert refused.status_code == 404
    assert "nicht öffentlich" in refused.content.decode()
    directory.unpublish()
    refused = builder(client, directory)
    assert refused.status_code == 404
    assert "nicht veröffentlicht" in refused.content.decode()


def test_the_refusal_names_the_directory_among_what_can_be_embedded(coordinator, site):
    response = builder(coordinator, site.home)
    assert response.status_code == 404
    assert "Wegweiser" in response.content.decode()


def test_the_embed_costs_the_same_queries_for_3_and_30_organisations(
    client, directory, town, categories
):
    zeitz = town("zeitz", "Zeitz")

    def add(count, start):
        for number in range(start, start + count):
            make_organisation(
                directory,
                f"Organisation {number:02d}",
                aliases=False,
                places=[make_place(zeitz)],
                offers=[{"title": "Kurs", "topic": categories["language"], "languages": ["ar"]}],
            )

    def queries(url):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        client.get(url)  # warm per-process caches (site root paths, settings, choices)
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200
        return len(context), card_titles(soup(response))

    url = embed_url(directory, "language=ar&municipality=zeitz&limit=50")
    add(3, 0)
    few, titles = queries(url)
    assert len(titles) == 3
    add(27, 3)
    many, titles = queries(url)
    assert len(titles) == 30
    assert many == few
