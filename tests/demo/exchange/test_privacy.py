"""The board's privacy, route by route: nobody but members ever sees the board or a post.

Works on the demo board (/<lang>/austausch/, restricted to the member area groups by the demo)
with one thread whose title and text carry words found nowhere else, and on a board an editor
forgot to restrict (the board's own check must hold without the page's view restriction).
Visitors: anonymous, an account in no group, a member, a coordinator. Search engines and
other websites are anonymous visitors too: the sitemap, the API, embeds, oEmbed and feeds
answer every visitor alike.
"""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from core.cache import HEADER
from core.roles import COORDINATION, MEMBER_AREA_GROUPS, MEMBERS
from exchange import services
from exchange.models import BoardPage, Post, Thread, Topic
from home.locales import add_aliases_in_other_languages
from home.models import HomePage
from tests.conftest import LANGUAGES

pytestmark = pytest.mark.django_db

VISITORS = ["anonymous", "account", "member", "coordinator"]
MEMBERS_SEE = {"anonymous": False, "account": False, "member": True, "coordinator": True}

SECRET_TITLE = "Quittenbaumschnitt"  # a word only in the thread's title
SECRET_BODY = "Zaunkoenigweg"  # a word only in the post's text
SECRET_REPLY = "Kranichwiese"  # a word only in a reply
DEMO_TITLE = "Dolmetscher*in für Dari am Freitag gesucht"


@pytest.fixture
def board():
    return BoardPage.objects.get(locale__language_code="de", slug="austausch")


@pytest.fixture
def author(user_in_group):
    return user_in_group("verfasserin", MEMBERS, first_name="Vera")


@pytest.fixture
def thread(board, author):
    topic = Topic.objects.get(locale__language_code="de", slug="anfragen")
    thread = services.start_thread(
        board,
        author,
        title=f"Wer hilft beim {SECRET_TITLE}?",
        topic=topic,
        body=f"Treffpunkt am {SECRET_BODY} 3.",
        language="de",
    )
    Post.objects.create(thread=thread, author=author, body=f"Auch {SECRET_REPLY}.", language="de")
    return thread


@pytest.fixture
def visitor(client, user_in_group):
    def log_in(kind):
        if kind == "account":
            client.force_login(user_in_group("ohne-gruppe"))
        elif kind == "member":
            client.force_login(user_in_group("mara", MEMBERS))
        elif kind == "coordinator":
            client.force_login(user_in_group("kora", COORDINATION))
        return client

    return log_in


@pytest.fixture
def unrestricted_board():
    """A board an editor placed without setting a view restriction: the site adds one
    (exchange.signals), in every language."""
    home = HomePage.objects.get(locale__language_code="de")
    page = BoardPage(title="Offenes Brett", slug="offenes-brett", intro="Vergessen.")
    home.add_child(instance=page)
    page.save_revision().publish()
    add_aliases_in_other_languages(page)
    versions = BoardPage.objects.filter(translation_key=page.translation_key)
    assert versions.count() == 7
    for version in versions:
        assert version.get_view_restrictions().exists(), version.locale.language_code
    return BoardPage.objects.get(pk=page.pk)


def text(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def assert_nothing_of_the_board(response, board, thread=None):
    content = text(response)
    for secret in (SECRET_TITLE, SECRET_BODY, SECRET_REPLY, DEMO_TITLE):
        assert secret not in content, (response.request["PATH_INFO"], secret)
    if response.status_code != 404:  # a 404 page's language links repeat the address asked for
        assert f"/{board.slug}/" not in content, response.request["PATH_INFO"]


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


def board_routes(board, thread):
    post = thread.posts.order_by("pk").first()
    return [
        "",
        "neu/",
        f"{thread.pk}/",
        f"beitrag/{post.pk}/bearbeiten/",
        f"beitrag/{post.pk}/loeschen/",
        f"beitrag/{post.pk}/melden/",
        "benachrichtigungen/",
        "999999/",  # no such thread: the same answer as for one that exists
    ]


# ------------------------------------------------------------------ the board's own routes


@pytest.mark.parametrize("kind", ["anonymous", "account"])
@pytest.mark.parametrize("language", ["de", "ar"])
def test_every_route_refuses_non_members(visitor, board, thread, kind, language):
    client = visitor(kind)
    base = f"/{language}/{board.slug}/"
    for route in board_routes(board, thread):
        response = client.get(base + route)
        if kind == "anonymous":
            assert response.status_code == 302, route
            assert response["Location"].startswith(f"/{language}/login/?next="), route
        else:
            # The page's view restriction answers accounts with a 403 (core.page_access), the
            # board's own check with 404: either way, nothing of the board.
            assert response.status_code in (403, 404), route
        assert_nothing_of_the_board(response, board)
        assert "private" in cache_control(response), route


@pytest.mark.parametrize("kind", ["anonymous", "account"])
def test_non_members_cannot_post_reply_edit_delete_or_report(visitor, board, thread, kind):
    client = visitor(kind)
    post = thread.posts.order_by("pk").first()
    base = f"/de/{board.slug}/"
    threads, posts = Thread.objects.count(), Post.objects.count()
    attempts = [
        ("neu/", {"title": "Eingeschmuggelt", "body": "Hallo", "topic": thread.topic.pk}),
        (f"{thread.pk}/", {"body": "Eingeschmuggelt", "language": "de"}),
        (f"beitrag/{post.pk}/bearbeiten/", {"body": "Geändert", "language": "de"}),
        (f"beitrag/{post.pk}/loeschen/", {}),
        (f"beitrag/{post.pk}/melden/", {"reason": "Test"}),
    ]
    for route, data in attempts:
        response = client.post(base + route, data)
        assert response.status_code in (302, 403, 404), route
        if response.status_code == 302:
            assert "/login/" in response["Location"], route
    assert (Thread.objects.count(), Post.objects.count()) == (threads, posts)
    post.refresh_from_db()
    assert post.deleted_at is None and SECRET_BODY in post.body
    assert not post.reports.exists()


@pytest.mark.parametrize("kind", ["member", "coordinator"])
def test_members_read_the_board_and_the_thread(visitor, board, thread, kind):
    client = visitor(kind)
    listing = client.get(f"/de/{board.slug}/")
    assert listing.status_code == 200
    assert SECRET_TITLE in text(listing)
    detail = client.get(f"/ar/{board.slug}/{thread.pk}/")
    assert detail.status_code == 200
    assert SECRET_BODY in text(detail) and SECRET_REPLY in text(detail)


@pytest.mark.parametrize("kind", VISITORS)
def test_a_board_without_view_restriction_is_still_members_only(visitor, unrestricted_board, kind):
    # The restriction the site added, gone behind its back (no signals): the board's own
    # check still refuses everybody but members.
    restrictions = PageViewRestriction.objects.filter(page__slug="offenes-brett")
    memberships = PageViewRestriction.groups.through.objects.filter(
        pageviewrestriction__in=restrictions
    )
    memberships._raw_delete(memberships.db)
    restrictions._raw_delete(restrictions.db)
    assert not unrestricted_board.get_view_restrictions().exists()
    client = visitor(kind)
    response = client.get("/de/offenes-brett/")
    if MEMBERS_SEE[kind]:
        assert response.status_code == 200
    elif kind == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/de/login/?next=")
    else:
        assert response.status_code == 404
    assert "private" in cache_control(response)
    if not MEMBERS_SEE[kind]:
        assert "Vergessen." not in text(response)


# ------------------------------------------------------------------ site search


@pytest.mark.parametrize("kind", VISITORS)
@pytest.mark.parametrize("word", [SECRET_TITLE, SECRET_BODY, SECRET_REPLY])
def test_site_search_finds_no_thread_or_post(visitor, thread, kind, word):
    """Threads and posts are never in the search index: nobody finds them in site search."""
    client = visitor(kind)
    for language in ("de", "ar"):
        response = client.get(f"/{language}/search/", {"q": word})
        assert response.status_code == 200
        html = BeautifulSoup(text(response), "html.parser")
        status = html.select_one("[role=status]").get_text(strip=True)
        # "0 Ergebnisse …"; Arabic says "no results" without a number.
        assert status.startswith({"de": "0 ", "ar": "لا توجد نتائج"}[language]), (language, word)
        assert not html.select(".search-section")
        assert not html.select("main a[href*='/austausch/']")
        shown = text(response).replace(word, "")  # the query itself is echoed
        for secret in (SECRET_TITLE, SECRET_BODY, SECRET_REPLY):
            assert secret not in shown, (language, word, secret)


@pytest.mark.parametrize("kind", VISITORS)
def test_site_search_for_a_demo_thread_finds_nothing_of_the_board(visitor, kind):
    client = visitor(kind)
    response = client.get("/de/search/", {"q": "Dolmetscher Dari Freitag"})
    assert response.status_code == 200
    html = BeautifulSoup(text(response), "html.parser")
    assert not html.select("main a[href*='/austausch/']")
    assert DEMO_TITLE not in text(response)


@pytest.mark.parametrize("kind", ["anonymous", "account"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_site_search_does_not_show_the_board_page_to_non_members(visitor, board, kind, language):
    version = BoardPage.objects.get(
        translation_key=board.translation_key, locale__language_code=language
    )
    client = visitor(kind)
    response = client.get(f"/{language}/search/", {"q": version.title})
    assert response.status_code == 200
    assert version.url not in text(response)


@pytest.mark.parametrize("query", ["Offenes Brett", SECRET_TITLE, SECRET_BODY])
def test_site_search_shows_no_forgotten_board_to_anonymous_visitors(
    client, unrestricted_board, author, query
):
    """A board an editor forgot to restrict: neither its page nor its threads in the search."""
    topic = Topic.objects.get(locale__language_code="de", slug="anfragen")
    services.start_thread(
        unrestricted_board,
        author,
        title=SECRET_TITLE,
        topic=topic,
        body=SECRET_BODY,
        language="de",
    )
    response = client.get("/de/search/", {"q": query})
    assert response.status_code == 200
    assert "/de/offenes-brett/" not in text(response)
    assert "Vergessen." not in text(response)


# ------------------------------------------------------------------ sitemap and robots


def test_sitemap_lists_no_board_and_no_thread(client, board, thread, unrestricted_board):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [
        element.text
        for element in ET.fromstring(response.content).findall("s:url/s:loc", namespace)
    ]
    assert any(location.endswith("/de/neuigkeiten/") for location in locations)
    assert not [location for location in locations if "/austausch/" in location]
    assert not [location for location in locations if "/offenes-brett/" in location]
    assert_nothing_of_the_board(response, board)


# ------------------------------------------------------------------ the API


@pytest.mark.parametrize("kind", ["anonymous", "member"])
def test_api_lists_no_board(visitor, board, thread, kind):
    """The API answers every visitor as anonymous: a member's session changes nothing."""
    client = visitor(kind)
    response = client.get("/api/v2/pages/", {"type": "exchange.BoardPage"})
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] == 0, response.json()["items"]
    assert_nothing_of_the_board(response, board)


@pytest.mark.parametrize("kind", ["anonymous", "member"])
@pytest.mark.parametrize("language", ["de", "ar"])
def test_api_detail_of_the_board_is_404(visitor, board, kind, language):
    version = BoardPage.objects.get(
        translation_key=board.translation_key, locale__language_code=language
    )
    response = visitor(kind).get(f"/api/v2/pages/{version.pk}/")
    assert response.status_code == 404
    assert version.title not in text(response)


@pytest.mark.parametrize("query", [SECRET_TITLE, SECRET_BODY, "Austausch", "Dari"])
def test_api_search_finds_neither_board_nor_posts(client, board, thread, query):
    response = client.get("/api/v2/pages/", {"search": query})
    assert response.status_code == 200
    ids = {item["id"] for item in response.json()["items"]}
    assert not ids & set(BoardPage.objects.values_list("pk", flat=True)), query
    assert_nothing_of_the_board(response, board)


def api_page_ids(client, **params):
    offset, seen = 0, set()
    while True:
        response = client.get("/api/v2/pages/", {"limit": 20, "offset": offset, **params})
        assert response.status_code == 200
        items = response.json()["items"]
        seen |= {item["id"] for item in items}
        if len(items) < 20:
            return seen
        offset += 20


def test_api_pages_listing_shows_no_board_at_all(client, board):
    seen = api_page_ids(client)
    assert seen and not seen & set(BoardPage.objects.values_list("pk", flat=True))


def test_api_shows_no_forgotten_board(client, unrestricted_board):
    listed = client.get("/api/v2/pages/", {"type": "exchange.BoardPage"}).json()
    detail = client.get(f"/api/v2/pages/{unrestricted_board.pk}/")
    found = client.get("/api/v2/pages/", {"search": "Offenes Brett"}).json()
    boards = set(BoardPage.objects.values_list("pk", flat=True))
    assert listed["meta"]["total_count"] == 0
    assert detail.status_code == 404
    assert not {item["id"] for item in found["items"]} & boards
    assert not api_page_ids(client) & boards


def test_api_shows_no_thread_of_a_forgotten_board(client, unrestricted_board, author):
    topic = Topic.objects.get(locale__language_code="de", slug="anfragen")
    services.start_thread(
        unrestricted_board,
        author,
        title=SECRET_TITLE,
        topic=topic,
        body=SECRET_BODY,
        language="de",
    )
    for params in ({"search": SECRET_TITLE}, {"search": SECRET_BODY}, {"fields": "*"}):
        response = client.get("/api/v2/pages/", params)
        assert SECRET_TITLE not in text(response) and SECRET_BODY not in text(response)
    detail = client.get(f"/api/v2/pages/{unrestricted_board.pk}/", {"fields": "*"})
    assert SECRET_TITLE not in text(detail) and SECRET_BODY not in text(detail)


# ------------------------------------------------------------------ embeds and oEmbed


@pytest.mark.parametrize("kind", ["anonymous", "member"])
@pytest.mark.parametrize("language", ["de", "ar"])
def test_embeds_of_the_board_and_a_thread_are_404(visitor, board, thread, kind, language):
    client = visitor(kind)
    for path in (
        f"/embed/{language}/austausch/",
        f"/embed/{language}/austausch/{thread.pk}/",
        f"/embed/{language}/offenes-brett/",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        assert_nothing_of_the_board(response, board)


@pytest.mark.parametrize("kind", ["anonymous", "member"])
def test_oembed_of_the_board_and_a_thread_is_404(visitor, board, thread, unrestricted_board, kind):
    client = visitor(kind)
    for url in (
        "http://testserver/de/austausch/",
        "http://testserver/ar/austausch/",
        f"http://testserver/de/austausch/{thread.pk}/",
        "http://testserver/embed/de/austausch/",
        "http://testserver/de/offenes-brett/",
    ):
        response = client.get("/oembed/", {"url": url})
        assert response.status_code == 404, url
        assert_nothing_of_the_board(response, board)


# ------------------------------------------------------------------ feeds and public pages


@pytest.mark.parametrize(
    "url",
    [
        "/de/neuigkeiten/rss/",
        "/de/neuigkeiten/atom/",
        "/ar/neuigkeiten/rss/",
        "/de/veranstaltungen/ical/",
        "/de/",
        "/ar/",
        "/de/neuigkeiten/",
        "/de/veranstaltungen/",
        "/robots.txt",
    ],
)
def test_feeds_and_public_pages_show_nothing_of_the_board(client, board, thread, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert_nothing_of_the_board(response, board)


def test_the_menu_shows_the_board_to_members_only(visitor, board):
    client = visitor("anonymous")
    assert "/de/austausch/" not in text(client.get("/de/"))
    member = visitor("member")
    assert "/de/austausch/" in text(member.get("/de/"))


# ------------------------------------------------------------------ caching


@pytest.fixture
def page_cache(settings):
    """The full-page cache on, as in production (the test settings switch it off)."""
    settings.PAGE_CACHE_SECONDS = 600
    return settings


@pytest.mark.parametrize("kind", ["member", "coordinator"])
def test_members_answers_are_private_and_never_from_the_page_cache(
    visitor, board, thread, page_cache, kind
):
    client = visitor(kind)
    post = thread.posts.order_by("pk").first()
    routes = ["", "neu/", f"{thread.pk}/", f"beitrag/{post.pk}/melden/", "benachrichtigungen/"]
    for language in ("de", "ar"):
        for route in routes:
            for _attempt in range(2):
                response = client.get(f"/{language}/austausch/{route}")
                assert response.status_code == 200, route
                cache = cache_control(response)
                assert "private" in cache, route
                assert "no-store" in cache, route
                assert response.get(HEADER) != "hit", route


def test_a_members_copy_never_reaches_the_next_anonymous_visitor(
    client, user_in_group, board, thread, page_cache
):
    anonymous = client.get("/de/austausch/")
    assert anonymous.status_code == 302
    client.force_login(user_in_group("mara", MEMBERS))
    member = client.get("/de/austausch/")
    assert member.status_code == 200 and SECRET_TITLE in text(member)
    client.logout()
    for _attempt in range(2):
        again = client.get("/de/austausch/")
        assert again.status_code == 302
        assert again.get(HEADER) != "hit"
        assert_nothing_of_the_board(again, board)


def test_removing_the_boards_restriction_puts_it_back(
    unrestricted_board, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.filter(page=unrestricted_board).delete()
    restriction = PageViewRestriction.objects.get(page=unrestricted_board)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert set(restriction.groups.values_list("name", flat=True)) == set(MEMBER_AREA_GROUPS)
