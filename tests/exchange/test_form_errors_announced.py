"""The board's forms announce their errors like every other form (title prefix, focused
summary): a new thread, a reply, an edit, a report, the notification settings."""

import pytest

from tests.network_site.test_form_errors_announced import assert_announced, assert_not_announced

from .conftest import board_url, opening_post, thread_form

pytestmark = pytest.mark.django_db


def test_new_thread(logged_in, topics):
    assert_not_announced(logged_in.get(board_url() + "neu/"))
    response = logged_in.post(board_url() + "neu/", thread_form(topics, title=""))
    page = assert_announced(response)
    assert page.select_one("[data-error-summary] a[href='#id_title']")


def test_reply(logged_in, make_thread):
    thread = make_thread()
    url = f"{board_url()}{thread.pk}/"
    assert_not_announced(logged_in.get(url))
    assert_announced(logged_in.post(url, {"body": "", "language": "de"}))


def test_edit(logged_in, make_thread):
    thread = make_thread()
    url = f"{board_url()}beitrag/{opening_post(thread).pk}/bearbeiten/"
    assert_not_announced(logged_in.get(url))
    assert_announced(logged_in.post(url, {"title": "", "body": "", "language": "de"}))


def test_report(logged_in, make_thread, make_reply):
    reply = make_reply(make_thread(), "Unfreundlich")
    url = f"{board_url()}beitrag/{reply.pk}/melden/"
    assert_not_announced(logged_in.get(url))
    assert_announced(logged_in.post(url, {"reason": "  "}))
