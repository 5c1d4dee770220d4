"""The moderation lists as Wagtail listings: filters, the results fragment, Wagtail's
pagination, and the same number of queries for 3 rows or 30."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from core.roles import COORDINATION, EDITORS
from exchange.models import Post, Report, Thread

from .conftest import opening_post

pytestmark = pytest.mark.django_db

REPORTS = "/admin/exchange/"
REPORTS_RESULTS = "/admin/exchange/results/"
THREADS = "/admin/exchange/threads/"
THREADS_RESULTS = "/admin/exchange/threads/results/"


@pytest.fixture
def coordinator(client, user_in_group):
    user = user_in_group("koordinatorin", COORDINATION)
    client.force_login(user)
    return user


@pytest.fixture
def only_ours(db):
    """The lists show only what a test makes (the demo has threads and reports too)."""
    Thread.objects.all().delete()


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def row_texts(response):
    return [row.get_text(" ", strip=True) for row in soup(response).select("table tbody tr")]


@pytest.fixture
def reports(only_ours, make_thread, make_reply, member, coordinator):
    thread = make_thread("Raum gesucht")
    open_report = Report.objects.create(
        post=make_reply(thread, "Werbung für Uhren"), reporter=member, reason="Offene Meldung."
    )
    resolved = Report.objects.create(
        post=opening_post(thread),
        reporter=member,
        reason="Erledigte Meldung.",
        resolved_at=timezone.now(),
        resolved_by=coordinator,
    )
    return open_report, resolved


# ------------------------------------------------------------------------------ filters


@pytest.mark.parametrize(
    "status, shown, not_shown",
    [
        ("open", "Offene Meldung.", "Erledigte Meldung."),
        ("resolved", "Erledigte Meldung.", "Offene Meldung."),
    ],
)
def test_reports_filtered_by_status(client, reports, status, shown, not_shown):
    response = client.get(REPORTS, {"status": status})
    assert response.status_code == 200
    rows = row_texts(response)
    assert len(rows) == 1
    assert shown in rows[0] and not_shown not in rows[0]


def test_reports_unfiltered_show_both_open_first(client, reports):
    rows = row_texts(client.get(REPORTS))
    assert len(rows) == 2
    assert "Offene Meldung." in rows[0] and "Erledigte Meldung." in rows[1]


def test_an_unknown_filter_value_shows_the_whole_list(client, reports):
    response = client.get(REPORTS, {"status": "alles-weg"})
    assert response.status_code == 200
    assert len(row_texts(response)) == 2


@pytest.fixture
def threads(only_ours, make_thread):
    return {
        "visible": make_thread("Sichtbar und offen"),
        "hidden": make_thread("Versteckt", hidden=True),
        "closed": make_thread("Geschlossen", closed=True, topic="angebote"),
    }


@pytest.mark.parametrize(
    "params, titles",
    [
        ({}, {"Sichtbar und offen", "Versteckt", "Geschlossen"}),
        ({"status": "hidden"}, {"Versteckt"}),
        ({"status": "visible"}, {"Sichtbar und offen", "Geschlossen"}),
        ({"status": "closed"}, {"Geschlossen"}),
        ({"status": "open"}, {"Sichtbar und offen", "Versteckt"}),
        ({"topic": "angebote"}, {"Geschlossen"}),
        ({"status": "open", "topic": "anfragen"}, {"Sichtbar und offen", "Versteckt"}),
    ],
)
def test_threads_filtered_by_status_and_topic(client, coordinator, threads, topics, params, titles):
    if "topic" in params:
        params = params | {"topic": str(topics[params["topic"]].translation_key)}
    response = client.get(THREADS, params)
    assert response.status_code == 200
    shown = {row.find("a").get_text(strip=True) for row in soup(response).select("tbody tr")}
    assert shown == titles


def test_the_topic_filter_finds_threads_in_a_translated_topic(
    client, coordinator, only_ours, make_thread, topics
):
    english = topics["anfragen"].get_translation(Locale.objects.get(language_code="en"))
    make_thread("In English", topic=english, language="en")
    make_thread("Ein Angebot", topic="angebote")
    response = client.get(THREADS, {"topic": str(topics["anfragen"].translation_key)})
    assert [row.find("a").get_text(strip=True) for row in soup(response).select("tbody tr")] == [
        "In English"
    ]


def test_the_results_fragment_keeps_actions_on_the_full_list(client, coordinator, threads):
    response = client.get(THREADS_RESULTS, {"status": "hidden"})
    assert response.status_code == 200
    page = soup(response)
    assert page.find("html") is None  # a fragment, for Wagtail's filter drawer
    (next_field,) = {field["value"] for field in page.select("input[name=next]")}
    assert next_field == f"{THREADS}?status=hidden"


def test_an_action_comes_back_to_the_filtered_list(client, coordinator, threads):
    hidden = threads["hidden"]
    response = client.post(
        f"/admin/exchange/threads/{hidden.pk}/unhide/", {"next": f"{THREADS}?status=hidden"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{THREADS}?status=hidden"
    assert not Thread.objects.get(pk=hidden.pk).hidden


@pytest.mark.parametrize("url", [REPORTS_RESULTS, THREADS_RESULTS])
def test_the_fragments_are_refused_too(client, user_in_group, reports, url):
    client.force_login(user_in_group("redakteurin", EDITORS))
    response = client.get(url)
    assert response.status_code == 403
    assert "Meldung." not in response.content.decode()
    assert "no-cache" in response["Cache-Control"]


# ------------------------------------------------------------------------------ pagination


def test_wagtails_pagination_pages_the_threads(client, coordinator, only_ours, board, topics):
    add_threads(board, topics["anfragen"], coordinator, 51)
    first = client.get(THREADS)
    assert len(row_texts(first)) == 50
    assert soup(first).select_one("nav.pagination") is not None
    second = client.get(THREADS, {"p": 2})
    assert row_texts(second) and len(row_texts(second)) == 1
    assert client.get(THREADS, {"p": 99}).status_code == 200  # out of range: the last page


# ------------------------------------------------------------------------------ queries


def add_threads(board, topic, author, count, *, reported_by=None):
    """Threads with an opening post each (and a report on it), in bulk."""
    threads = Thread.objects.bulk_create(
        Thread(board=board, title=f"Liste {n}", topic=topic, author=author, language="de")
        for n in range(count)
    )
    posts = Post.objects.bulk_create(
        Post(thread=thread, author=author, body="Text", language="de") for thread in threads
    )
    if reported_by is not None:
        Report.objects.bulk_create(
            Report(post=post, reporter=reported_by, reason="Bitte prüfen.") for post in posts
        )


def queries_for(client, url):
    client.get(url)  # warm what is read once per process (site, locales, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), len(row_texts(response))


@pytest.mark.parametrize("url", [REPORTS, THREADS, f"{THREADS}?status=visible"])
@pytest.mark.slow
def test_a_list_costs_the_same_queries_for_3_or_30_rows(
    client, coordinator, only_ours, board, topics, member, url
):
    add_threads(board, topics["anfragen"], member, 3, reported_by=coordinator)
    few, few_rows = queries_for(client, url)
    add_threads(board, topics["angebote"], member, 27, reported_by=coordinator)
    many, many_rows = queries_for(client, url)
    assert (few_rows, many_rows) == (3, 30)
    assert many == few


def test_threads_and_reports_filtered_by_the_language_members_wrote_in(
    client, coordinator, only_ours, make_thread, make_reply, member, topics
):
    make_thread("Auf Deutsch")
    arabic = make_thread("بالعربية", language="ar")
    Report.objects.create(
        post=make_reply(arabic, "إعلان", language="ar"), reporter=member, reason="Arabisch."
    )
    response = client.get(THREADS, {"language": "ar"})
    assert [row.find("a").get_text(strip=True) for row in soup(response).select("tbody tr")] == [
        "بالعربية"
    ]
    names = [
        o.get_text(strip=True) for o in soup(response).select('select[name="language"] option')
    ]
    assert names[:3] == ["Alle Sprachen", "Deutsch", "Englisch"]
    assert len(row_texts(client.get(REPORTS, {"language": "ar"}))) == 1
    assert row_texts(client.get(REPORTS, {"language": "de"})) == []
