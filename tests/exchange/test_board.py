"""The board's list: threads of every language version, newest activity first, with topic,
author, replies and last activity; filter by topic, search, pagination."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from .conftest import board_url

pytestmark = pytest.mark.django_db


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".exchange-thread__title a")]


def test_threads_newest_activity_first_with_their_details(
    logged_in, make_thread, make_reply, board_in, other_member
):
    old = make_thread("Raum frei am Montag", topic="angebote", age=timedelta(days=3))
    make_reply(old, age=timedelta(hours=1))
    make_thread("Erfahrungen mit Sprachcafés", topic="erfahrungen", age=timedelta(days=1))
    # A thread started on the Arabic version of the board is on the same board.
    make_thread("من يترجم؟", on=board_in("ar"), language="ar", author=other_member)

    response = logged_in.get(board_url())

    assert response.status_code == 200
    assert titles(response) == ["من يترجم؟", "Raum frei am Montag", "Erfahrungen mit Sprachcafés"]
    soup = BeautifulSoup(response.content, "html.parser")
    first, second = soup.select(".exchange-thread")[:2]
    arabic = first.select_one(".exchange-thread__title a")
    assert (arabic["lang"], arabic["dir"]) == ("ar", "rtl")
    assert "Jonas Berg" in first.get_text()
    assert "Angebote" in second.get_text()
    assert "1 Antwort" in second.get_text()
    assert second.select_one("time")["datetime"]
    assert "3 Diskussionen" in soup.select_one(".exchange__count").get_text()


def test_topics_in_the_visitors_language(logged_in, make_thread, untranslated_topic):
    make_thread("Raum frei", topic="angebote")
    make_thread("Erfahrungen", topic=untranslated_topic)

    response = logged_in.get(board_url("en"))

    text = BeautifulSoup(response.content, "html.parser").select_one(".exchange-threads")
    assert "Offers" in text.get_text()
    # Not translated: the German name.
    assert "Nur auf Deutsch" in text.get_text()


def test_hidden_threads_are_left_out(logged_in, make_thread):
    make_thread("Sichtbar")
    make_thread("Ausgeblendet", hidden=True)

    assert titles(logged_in.get(board_url())) == ["Sichtbar"]


def test_threads_of_other_boards_are_left_out(logged_in, make_thread, board, topics, member):
    from exchange.models import BoardPage
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="de")
    other = BoardPage(title="Anderes Forum", slug="anderes-forum")
    home.add_child(instance=other)
    make_thread("Hier", on=board)
    make_thread("Woanders", on=other)

    assert titles(logged_in.get(board_url())) == ["Hier"]


def test_filter_by_topic(logged_in, make_thread, topics):
    make_thread("Suche Dolmetscherin", topic="anfragen")
    make_thread("Biete Raum", topic="angebote")

    assert titles(logged_in.get(board_url(), {"thema": topics["angebote"].slug})) == ["Biete Raum"]
    # An unknown topic is not applied (and is no error page).
    response = logged_in.get(board_url(), {"thema": "gibt-es-nicht"})
    assert response.status_code == 200
    assert len(titles(response)) == 2


def test_search_in_titles_and_visible_texts(logged_in, make_thread, make_reply):
    make_thread("Dolmetschen am Freitag", body="Wer kann?")
    in_text = make_thread("Frage", body="Wer spricht DARI und Paschtu?")
    hidden_only = make_thread("Noch eine Frage", body="Nichts hier.")
    make_reply(hidden_only, "Dari bitte", hidden=True)
    make_thread("Raum", body="Nichts.")

    found = titles(logged_in.get(board_url(), {"q": "dari"}))

    assert sorted(found) == sorted([in_text.title])
    found = titles(logged_in.get(board_url(), {"q": "dolmetschen"}))
    assert found == ["Dolmetschen am Freitag"]


def test_search_and_topic_together_and_empty_result(logged_in, make_thread, topics):
    make_thread("Raum gesucht", topic="anfragen")
    make_thread("Raum frei", topic="angebote")

    assert titles(logged_in.get(board_url(), {"q": "raum", "thema": topics["angebote"].slug})) == [
        "Raum frei"
    ]
    response = logged_in.get(board_url(), {"q": "nirgends"})
    assert "Keine Diskussionen passen zu Ihrer Auswahl." in response.content.decode()


def test_pagination_twenty_per_page_and_wrong_numbers(logged_in, make_thread):
    for number in range(25):
        make_thread(f"Diskussion {number:02d}", age=timedelta(minutes=number))

    first = logged_in.get(board_url())
    second = logged_in.get(board_url(), {"page": 2})
    assert len(titles(first)) == 20
    assert titles(second) == [f"Diskussion {n:02d}" for n in range(20, 25)]
    assert titles(logged_in.get(board_url(), {"page": "x"})) == titles(first)
    assert titles(logged_in.get(board_url(), {"page": 99})) == titles(second)
    assert titles(logged_in.get(board_url(), {"page": -1})) == titles(second)
    assert 'href="?page=2"' in first.content.decode()


def test_pagination_keeps_the_filter(logged_in, make_thread, topics):
    for number in range(21):
        make_thread(f"Raum {number}", topic="angebote")

    response = logged_in.get(board_url(), {"thema": topics["angebote"].slug})

    assert 'href="?thema=angebote&amp;page=2"' in response.content.decode()


def test_links_to_start_a_thread_and_to_the_settings(logged_in):
    soup = BeautifulSoup(logged_in.get(board_url()).content, "html.parser")
    hrefs = {a["href"] for a in soup.select(".exchange__actions a")}
    assert hrefs == {board_url() + "neu/", board_url() + "benachrichtigungen/"}


def test_never_cached(logged_in, make_thread):
    make_thread()
    response = logged_in.get(board_url())
    cache_control = response["Cache-Control"]
    assert "private" in cache_control
    assert "no-store" in cache_control or "no-cache" in cache_control
