"""A thread's events: stored as pages (wagtailcore.Page), offered and shown as events.

The link table takes any page, so the thread form is what keeps it to events: it accepts only
the upcoming events it offered. The thread page shows each linked event in the visitor's
language.
"""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from exchange import services
from exchange.forms import upcoming_events
from tests.factories import current_site, make_event

from .conftest import board_threads, board_url, locale, thread_form

pytestmark = pytest.mark.django_db


def offered_event():
    """An upcoming event on the minimal site, offered by the thread form."""
    event = make_event(current_site().events, "Netzwerktreffen")
    assert event in upcoming_events(None)
    return event


def test_a_page_that_is_no_offered_event_is_refused(logged_in, topics, board):
    response = logged_in.post(board_url() + "neu/", thread_form(topics, events=[board.pk]))

    assert response.status_code == 400
    assert not board_threads().exists()
    event = offered_event()
    response = logged_in.post(board_url() + "neu/", thread_form(topics, events=[event.pk]))
    assert response.status_code == 302
    assert list(board_threads().get().events.all()) == [Page.objects.get(pk=event.pk)]


def test_the_thread_shows_its_event_in_the_visitors_language(client, member, board, topics):
    event = offered_event()
    english = Page.objects.get(translation_key=event.translation_key, locale=locale("en"))
    thread = services.start_thread(
        board,
        member,
        title="Wer kommt mit?",
        topic=topics["anfragen"],
        body="Zum Treffen.",
        language="de",
        events=[event],
    )
    client.force_login(member)

    page = BeautifulSoup(client.get(f"{board_url('en')}{thread.pk}/").content, "html.parser")

    links = [(a["href"], a.get_text(strip=True)) for a in page.select(".exchange-links a")]
    assert links == [(english.url, english.title)]
    assert english.url.startswith("/en/")
