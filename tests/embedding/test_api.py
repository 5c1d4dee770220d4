"""The public JSON API (/api/v2/): pages, events, documents and posts, for other websites.

What anyone may see and nothing else (no drafts, nothing restricted, also not for a member
who is logged in), per language, with the listings' filters, CORS for any origin, no cookies.
"""

from datetime import timedelta
from urllib.parse import unquote, urlsplit

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from core.roles import MEMBER_AREA_GROUPS, MEMBERS
from home.models import ContentPage, HomePage
from tests.blogpages.conftest import restrict_to_members, translate_post
from tests.eventpages.conftest import BERLIN, berlin

pytestmark = pytest.mark.django_db

COUNTY = "https://www.burgenlandkreis.de"


def api(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, (response.status_code, response.content[:500])
    return response.json()


def titles(data):
    return [item["title"] for item in data["items"]]


def at(days, hour=12):
    """A local time `days` after today."""
    day = timezone.localdate(timezone.now(), BERLIN) + timedelta(days=days)
    return berlin(day.year, day.month, day.day, hour)


def day(days):
    return (timezone.localdate(timezone.now(), BERLIN) + timedelta(days=days)).isoformat()


@pytest.fixture
def member(client, user_in_group):
    client.force_login(user_in_group("mara", MEMBERS))
    return client


@pytest.fixture
def members_section(db):
    """A published members-only page with a published child page, in German."""
    home = HomePage.objects.get(locale__language_code="de")
    section = ContentPage(title="Interner Bereich Quittenbaum", slug="intern-quittenbaum")
    home.add_child(instance=section)
    section.save_revision().publish()
    child = ContentPage(title="Protokoll Quittenbaum", slug="protokoll-quittenbaum")
    section.add_child(instance=child)
    child.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=MEMBER_AREA_GROUPS))
    return section, child


# Pages


def test_pages_of_a_type_in_one_language(client, make_post, blog_index):
    post = make_post(title="Sommerfest im Park")
    translate_post(post, "en", "Summer party in the park")
    german = api(client, "/api/v2/pages/", type="blogpages.BlogPage", locale="de", limit=100)
    english = api(client, "/api/v2/pages/", type="blogpages.BlogPage", locale="en", limit=100)
    assert "Sommerfest im Park" in titles(german)
    assert "Summer party in the park" in titles(english)
    assert "Sommerfest im Park" not in titles(english)
    assert {item["meta"]["locale"] for item in english["items"]} == {"en"}
    assert {item["meta"]["type"] for item in german["items"]} == {"blogpages.BlogPage"}


def test_unknown_page_type_is_a_bad_request(client):
    data = api(client, "/api/v2/pages/", status=400, type="eventpages.Nothing")
    assert data["message"]


def test_event_page_shows_its_facts(client, make_event, venue, category):
    event = make_event(
        "Sprachcafé am Markt",
        at(3, 18),
        venue=venue("Bürgerhaus", "Zeitz"),
        categories=[category("Sprache", "sprache")],
        languages=["de", "ar"],
        is_free=False,
        cost="2 €",
    )
    data = api(client, f"/api/v2/pages/{event.pk}/")
    assert data["title"] == "Sprachcafé am Markt"
    assert data["meta"]["type"] == "eventpages.EventPage"
    assert unquote(data["meta"]["html_url"]).endswith(f"/de/termine-test/{event.slug}/")
    assert data["venue"]["name"] == "Bürgerhaus"
    assert data["venue"]["municipality"] == {"slug": "zeitz", "name": "Zeitz"}
    assert data["categories"] == ["sprache"]
    assert data["languages"] == ["de", "ar"]
    assert data["is_free"] is False
    assert data["start"].startswith(day(3))
    listing = api(
        client,
        "/api/v2/pages/",
        type="eventpages.EventPage",
        child_of=event.get_parent().pk,
        fields="start,venue,categories",
    )
    assert listing["items"][0]["venue"]["name"] == "Bürgerhaus"


def test_post_shows_its_facts(client, make_post, blog_author, blog_category):
    post = make_post(
        title="Neue Beratungszeiten",
        authors=[blog_author("Aylin Demir")],
        categories=[blog_category("Beratung", "beratung")],
        tags=["Sprechstunde"],
    )
    data = api(client, f"/api/v2/pages/{post.pk}/")
    assert data["authors"] == ["Aylin Demir"]
    assert data["categories"] == ["beratung"]
    assert data["tags"] == ["Sprechstunde"]
    assert data["date"] == post.date.isoformat()


@pytest.mark.parametrize("logged_in", [False, True])
def test_members_only_pages_and_their_children_are_absent(
    client, user_in_group, members_section, logged_in
):
    section, child = members_section
    if logged_in:  # a member may read them on the site, but the API is public
        client.force_login(user_in_group("mara", MEMBERS))
    home = section.get_parent()
    listing = api(client, "/api/v2/pages/", descendant_of=home.pk, limit=100)
    found = titles(listing)
    assert found  # the home page's public pages are there
    assert section.title not in found and child.title not in found
    searched = api(client, "/api/v2/pages/", search="Quittenbaum")
    assert searched["items"] == []
    for page in (section, child):
        api(client, f"/api/v2/pages/{page.pk}/", status=404)
    api(client, "/api/v2/pages/", status=400, child_of=section.pk)


def test_drafts_are_absent_and_draft_changes_unseen(client, make_post):
    make_post(title="Entwurf Holunderblüte", publish=False)
    post = make_post(title="Veröffentlicht Holunderblüte")
    post.title = "Geänderter Entwurf Holunderblüte"
    post.save_revision()  # saved, not published
    found = titles(api(client, "/api/v2/posts/", search="Holunderblüte"))
    assert found == ["Veröffentlicht Holunderblüte"]
    assert api(client, f"/api/v2/pages/{post.pk}/")["title"] == "Veröffentlicht Holunderblüte"


# Posts


def test_posts_newest_first_with_the_index_filters(client, make_post, blog_category, blog_index):
    advice = blog_category("Beratung", "beratung")
    make_post(title="Älter", date=timezone.localdate() - timedelta(days=5), categories=[advice])
    make_post(title="Neuer", date=timezone.localdate() - timedelta(days=1), tags=["Fest"])
    posts = api(client, "/api/v2/posts/", child_of=blog_index.pk)
    assert titles(posts) == ["Neuer", "Älter"]
    assert {"date", "teaser", "categories"} <= set(posts["items"][0])
    assert titles(api(client, "/api/v2/posts/", child_of=blog_index.pk, category="beratung")) == [
        "Älter"
    ]
    assert titles(api(client, "/api/v2/posts/", child_of=blog_index.pk, tag="fest")) == ["Neuer"]
    api(client, "/api/v2/posts/", status=400, type="eventpages.EventPage")


# Events


def events(client, event_index, **params):
    return api(client, "/api/v2/events/", index=event_index.pk, **params)


def test_events_in_the_default_and_a_chosen_range(client, make_event, event_index):
    make_event("Bald", at(3))
    make_event("Später", at(40))
    make_event("Im Frühjahr", at(120))
    make_event("Vorbei", at(-2))
    data = events(client, event_index)
    assert titles(data) == ["Bald", "Später"]  # from now, 90 days
    assert data["meta"]["from"] == day(0) and data["meta"]["to"] == day(90)
    assert titles(events(client, event_index, **{"from": day(30), "to": day(150)})) == [
        "Später",
        "Im Frühjahr",
    ]
    assert titles(events(client, event_index, **{"from": day(-3), "to": day(3)})) == [
        "Vorbei",
        "Bald",
    ]


@pytest.mark.parametrize(
    "params",
    [
        {"from": "2025-13-01"},
        {"from": "morgen"},
        {"from": "2025-03-10", "to": "2025-03-01"},
        {"from": "2025-01-01", "to": "2026-12-31"},  # more than 400 days
        {"locale": "xx"},
        {"index": "abc"},
        {"limit": "101"},
        {"unknown": "1"},
    ],
)
def test_bad_parameters_are_a_bad_request_with_a_message(client, event_index, params):
    data = api(client, "/api/v2/events/", status=400, **params)
    assert data["message"]


def test_event_item_fields(client, make_event, venue, category):
    event = make_event(
        "Nähtreff",
        at(4, 15),
        duration=timedelta(hours=2),
        venue=venue("Stadtbibliothek", "Weißenfels"),
        categories=[category("Begegnung", "begegnung")],
        languages=["de", "uk"],
    )
    [item] = events(client, event.get_parent())["items"]
    assert item["id"] == event.pk
    assert item["title"] == "Nähtreff"
    assert item["url"].startswith("http")
    assert unquote(item["url"]).endswith(f"/de/termine-test/{event.slug}/")
    assert item["detail_url"].endswith(f"/api/v2/pages/{event.pk}/")
    assert item["start"] == at(4, 15).isoformat()
    assert item["end"] == at(4, 17).isoformat()
    assert item["all_day"] is False
    assert item["venue"]["name"] == "Stadtbibliothek"
    assert item["municipality"] == {"slug": "weissenfels", "name": "Weißenfels"}
    assert item["categories"] == [{"slug": "begegnung", "name": "Begegnung"}]
    assert item["languages"] == ["de", "uk"]
    assert item["locale"] == "de" and item["original_language"] is None


def test_event_filters_of_the_index(client, make_event, event_index, venue, category):
    sport = category("Sport", "sport")
    make_event("Lauftreff", at(2), venue=venue("Sportplatz", "Zeitz"), categories=[sport])
    make_event("Kochkurs", at(3), venue=venue("Schule", "Naumburg"), is_free=False)
    make_event("Online-Sprechstunde", at(4), venue=None, online_url="https://meet.example.org/x")
    assert titles(events(client, event_index, municipality="zeitz")) == ["Lauftreff"]
    assert titles(events(client, event_index, category="sport")) == ["Lauftreff"]
    assert titles(events(client, event_index, free="1")) == ["Lauftreff", "Online-Sprechstunde"]
    assert titles(events(client, event_index, free="0")) == [
        "Lauftreff",
        "Kochkurs",
        "Online-Sprechstunde",
    ]
    assert titles(events(client, event_index, attendance="online")) == ["Online-Sprechstunde"]
    data = api(client, "/api/v2/events/", status=400, municipality="atlantis")
    assert "municipality" in data["message"]


def test_events_per_language(client, make_event, event_index):
    make_event("Elterncafé", at(5), aliases=True)
    english_index = event_index.get_translation(Locale.objects.get(language_code="en"))
    german = api(client, "/api/v2/events/", locale="de", **{"from": day(5), "to": day(5)})
    english = api(client, "/api/v2/events/", locale="en", **{"from": day(5), "to": day(5)})
    [german_item] = [item for item in german["items"] if item["title"] == "Elterncafé"]
    [english_item] = [item for item in english["items"] if item["title"] == "Elterncafé"]
    assert german_item["original_language"] is None
    assert english_item["original_language"] == "de"  # an alias: not translated yet
    assert english_item["locale"] == "en" and "/en/" in english_item["url"]
    # The index's language when none is asked for; else the client's Accept-Language.
    assert events(client, english_index)["meta"]["locale"] == "en"
    # An index in another language than the one asked for: its version in that language.
    in_english = events(client, event_index, locale="en", **{"from": day(5), "to": day(5)})
    assert [item["url"] for item in in_english["items"]] == [english_item["url"]]
    german_only = type(event_index)(title="Nur deutsch", slug="nur-deutsch")
    event_index.get_parent().add_child(instance=german_only)
    german_only.save_revision().publish()
    api(client, "/api/v2/events/", status=400, index=german_only.pk, locale="tr")
    accepted = client.get("/api/v2/events/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.8")
    assert accepted.json()["meta"]["locale"] == "ar"
    assert "Accept-Language" in accepted["Vary"]


def test_events_are_paged_with_limit_and_offset(client, make_event, event_index):
    for number in range(5):
        make_event(f"Termin {number}", at(2 + number))
    data = events(client, event_index, limit=2, offset=2)
    assert data["meta"]["total_count"] == 5
    assert titles(data) == ["Termin 2", "Termin 3"]


def test_drafts_and_restricted_events_are_absent_also_for_members(
    client, user_in_group, make_event, event_index
):
    home = event_index.get_parent()
    make_event("Offen", at(3))
    make_event("Entwurf", at(3), publish=False)
    hidden_index = type(event_index)(title="Interne Termine", slug="interne-termine")
    home.add_child(instance=hidden_index)
    hidden_index.save_revision().publish()
    make_event("Vorstandssitzung", at(3), parent=hidden_index)
    restrict_to_members(hidden_index)
    client.force_login(user_in_group("mara", MEMBERS))
    found = titles(api(client, "/api/v2/events/", limit=100, **{"to": day(10)}))
    assert "Offen" in found
    assert "Entwurf" not in found and "Vorstandssitzung" not in found
    api(client, "/api/v2/events/", status=400, index=hidden_index.pk)


# Documents


@pytest.fixture
def documents(collection, make_document, doc_category):
    public = collection("Öffentlich im Test")
    private = collection("Intern im Test", members_only=True)
    forms = doc_category("Formulare", "formulare")
    return {
        "german": make_document("Antrag Kita-Platz", public, category=forms, language="de"),
        "arabic": make_document("Merkblatt Arabisch", public, language="ar"),
        "private": make_document("Protokoll Quittenbaum", private, language="de"),
    }


@pytest.mark.parametrize("logged_in", [False, True])
def test_documents_are_the_public_ones(client, user_in_group, documents, logged_in):
    if logged_in:
        client.force_login(user_in_group("mara", MEMBERS))
    found = titles(api(client, "/api/v2/documents/", limit=100))
    assert "Antrag Kita-Platz" in found and "Merkblatt Arabisch" in found
    assert "Protokoll Quittenbaum" not in found
    api(client, f"/api/v2/documents/{documents['private'].pk}/", status=404)
    assert api(client, "/api/v2/documents/", search="Quittenbaum")["items"] == []


def test_document_fields_and_download_url(client, documents):
    document = documents["german"]
    data = api(client, f"/api/v2/documents/{document.pk}/")
    assert data["title"] == "Antrag Kita-Platz"
    assert data["language"] == "de"
    assert data["category"] == "formulare"
    assert data["file_type"] == "pdf"
    assert data["file_size"] == document.file_size
    download = urlsplit(data["meta"]["download_url"])
    assert download.scheme in ("http", "https") and download.netloc
    assert download.path.startswith(f"/documents/{document.pk}/")
    assert client.get(download.path).status_code == 200  # our serve view, which checks privacy


def test_document_filters(client, documents, make_library):
    arabic = titles(api(client, "/api/v2/documents/", language="ar", limit=100))
    assert "Merkblatt Arabisch" in arabic and "Antrag Kita-Platz" not in arabic
    forms = titles(api(client, "/api/v2/documents/", category="formulare", limit=100))
    assert "Antrag Kita-Platz" in forms and "Merkblatt Arabisch" not in forms
    searched = api(client, "/api/v2/documents/", search="Antrag Kita", category="formulare")
    assert titles(searched) == ["Antrag Kita-Platz"]
    library = make_library("Formulare im Test", documents=[documents["german"]])
    assert titles(api(client, "/api/v2/documents/", library=library.pk)) == ["Antrag Kita-Platz"]
    hidden = make_library("Intern im Test", documents=[documents["arabic"]], members_only=True)
    api(client, "/api/v2/documents/", status=400, library=hidden.pk)


# Headers: CORS, caching, cookies, methods


@pytest.mark.parametrize(
    "url", ["/api/v2/pages/", "/api/v2/events/", "/api/v2/documents/", "/api/v2/posts/"]
)
def test_api_answers_any_website_and_may_be_cached(client, url):
    response = client.get(url, HTTP_ORIGIN=COUNTY)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert response["Content-Type"].startswith("application/json")
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=300"}
    assert not response.cookies


def test_preflight_from_another_website(client):
    response = client.options(
        "/api/v2/events/",
        HTTP_ORIGIN=COUNTY,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="accept",
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert not response.cookies


def test_site_pages_carry_no_cors_headers(client):
    response = client.get("/de/", HTTP_ORIGIN=COUNTY)
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response


def test_member_gets_the_public_answer_without_cookies(member, members_section):
    response = member.get("/api/v2/pages/", {"limit": 100}, HTTP_ORIGIN=COUNTY)
    assert response.status_code == 200
    assert "Quittenbaum" not in response.content.decode()
    assert not response.cookies
    assert "private" not in response["Cache-Control"]
    assert "Cookie" not in response.get("Vary", "")


def test_api_is_read_only(client):
    assert client.post("/api/v2/pages/", {}).status_code == 405
    assert client.delete("/api/v2/documents/").status_code == 405
    assert client.head("/api/v2/events/").status_code == 200


def test_events_cost_the_same_number_of_queries_for_more_events(
    client, make_event, event_index, venue, category
):
    def count():
        with CaptureQueriesContext(connection) as queries:
            events(client, event_index, limit=100)
        return len(queries)

    make_event("Eins", at(2), categories=[category("Sport", "sport")])
    count()  # the first request reads the sites once
    few = count()
    for number in range(6):
        make_event(
            f"Mehr {number}",
            at(3 + number),
            venue=venue(f"Ort {number}", f"Stadt {number}"),
            categories=[category(f"Kategorie {number}", f"kategorie-{number}")],
        )
    count()  # what is kept per content generation, after the change (core.memo)
    assert count() == few
