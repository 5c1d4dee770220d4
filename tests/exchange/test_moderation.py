"""Moderation in the Wagtail admin: Koordination lists reports and threads and acts on them;
Redaktion, members and anonymous visitors are refused everywhere; hidden posts vanish for
members at once."""

import pytest
from django.core import mail
from django.test import Client

from core.roles import COORDINATION, EDITORS
from exchange.models import NotificationPreference, Post, Report, Thread

from .conftest import board_url, opening_post

pytestmark = pytest.mark.django_db

REPORTS = "/admin/exchange/"
THREADS = "/admin/exchange/threads/"
TOPICS = "/admin/snippets/exchange/topic/"


@pytest.fixture
def coordinator(user_in_group):
    return user_in_group("koordinatorin", COORDINATION, email="koordination@example.org")


@pytest.fixture
def editor(user_in_group):
    return user_in_group("redakteur", EDITORS)


@pytest.fixture
def thread(make_thread, make_reply, member, other_member):
    other_member.email = "jonas@example.org"
    other_member.save()
    thread = make_thread("Raum für das Sprachcafé", body="Wer hat am Dienstag einen Raum?")
    make_reply(thread, "Billige Uhren unter http://spam.example", author=other_member)
    return thread


@pytest.fixture
def bad_post(thread):
    return thread.posts.get(body__startswith="Billige Uhren")


@pytest.fixture
def report(bad_post, member):
    return Report.objects.create(post=bad_post, reporter=member, reason="Das ist Werbung.")


def as_coordinator(client, coordinator):
    client.force_login(coordinator)
    return client


def action_urls(thread, post, report):
    return [
        f"/admin/exchange/posts/{post.pk}/hide/",
        f"/admin/exchange/posts/{post.pk}/unhide/",
        f"/admin/exchange/posts/{post.pk}/note/",
        f"/admin/exchange/threads/{thread.pk}/hide/",
        f"/admin/exchange/threads/{thread.pk}/unhide/",
        f"/admin/exchange/threads/{thread.pk}/close/",
        f"/admin/exchange/threads/{thread.pk}/reopen/",
        f"/admin/exchange/reports/{report.pk}/resolve/",
    ]


# ------------------------------------------------------------------------------ lists


def test_coordinators_see_the_reports_open_first(client, coordinator, report, bad_post, member):
    older = Report.objects.create(
        post=opening_post(bad_post.thread),
        reporter=member,
        reason="Schon erledigt.",
        resolved_at=report.created_at,
        resolved_by=coordinator,
    )
    response = as_coordinator(client, coordinator).get(REPORTS)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    content = response.content.decode()
    assert "Billige Uhren" in content
    assert "Das ist Werbung." in content
    assert "Jonas Berg" in content and "Amina Haddad" in content
    assert content.index("Das ist Werbung.") < content.index(older.reason)
    assert f"/admin/exchange/threads/{bad_post.thread_id}/" in content
    assert board_url() + f"{bad_post.thread_id}/" in content
    assert 'name="csrfmiddlewaretoken"' in content


def test_coordinators_see_all_threads(client, coordinator, thread, board, make_thread):
    hidden = make_thread("Versteckte Diskussion", hidden=True, closed=True)
    response = as_coordinator(client, coordinator).get(THREADS)
    assert response.status_code == 200
    content = response.content.decode()
    for text in ("Raum für das Sprachcafé", "Versteckte Diskussion", board.title, "Anfragen"):
        assert text in content
    assert f"/admin/exchange/threads/{hidden.pk}/unhide/" in content
    assert f"/admin/exchange/threads/{hidden.pk}/reopen/" in content
    assert f"/admin/exchange/threads/{thread.pk}/close/" in content


def test_thread_counts_are_not_inflated_by_reports(client, coordinator, thread, bad_post, member):
    Report.objects.create(post=bad_post, reporter=member, reason="Werbung.")
    Report.objects.create(post=bad_post, reporter=coordinator, reason="Spam.")
    Post.objects.filter(pk=bad_post.pk).update(hidden=True)
    response = as_coordinator(client, coordinator).get(THREADS)
    row = next(row for row in response.context["object_list"] if row.pk == thread.pk)
    assert (row.post_count, row.hidden_count, row.open_reports) == (2, 1, 2)


def test_the_thread_view_shows_hidden_posts_too(client, coordinator, thread, bad_post):
    Post.objects.filter(pk=bad_post.pk).update(hidden=True)
    response = as_coordinator(client, coordinator).get(f"/admin/exchange/threads/{thread.pk}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Billige Uhren" in content
    assert f"/admin/exchange/posts/{bad_post.pk}/unhide/" in content


def test_the_menu_shows_austausch_to_coordinators_only(client, coordinator, editor, member):
    client.force_login(coordinator)
    assert REPORTS in client.get("/admin/").content.decode()
    for user in (editor, member):
        client.force_login(user)
        assert REPORTS not in client.get("/admin/").content.decode()


def test_coordinators_edit_the_topics_as_snippets(client, coordinator, editor, topics):
    client.force_login(coordinator)
    response = client.get(TOPICS)
    assert response.status_code == 200
    assert "Anfragen" in response.content.decode()
    client.force_login(editor)
    assert client.get(TOPICS).status_code in (302, 403)


# ------------------------------------------------------------------------------ actions


def test_hiding_a_post_takes_it_off_the_members_thread_page(
    client, coordinator, thread, bad_post, member
):
    member_client = Client()
    member_client.force_login(member)
    page = board_url() + f"{thread.pk}/"
    assert "Billige Uhren" in member_client.get(page).content.decode()

    response = as_coordinator(client, coordinator).post(
        f"/admin/exchange/posts/{bad_post.pk}/hide/", {"next": REPORTS}
    )
    assert response.status_code == 302 and response["Location"] == REPORTS
    bad_post.refresh_from_db()
    assert bad_post.hidden
    after = member_client.get(page)
    assert after.status_code == 200
    assert "Billige Uhren" not in after.content.decode()
    assert "Wer hat am Dienstag einen Raum?" in after.content.decode()

    client.post(f"/admin/exchange/posts/{bad_post.pk}/unhide/")
    bad_post.refresh_from_db()
    assert not bad_post.hidden
    assert "Billige Uhren" in member_client.get(page).content.decode()


def test_hide_unhide_close_reopen_a_thread(client, coordinator, thread, member):
    as_coordinator(client, coordinator)

    def state():
        return Thread.objects.values_list("hidden", "closed").get(pk=thread.pk)

    client.post(f"/admin/exchange/threads/{thread.pk}/close/")
    assert state() == (False, True)
    client.post(f"/admin/exchange/threads/{thread.pk}/reopen/")
    assert state() == (False, False)
    client.post(f"/admin/exchange/threads/{thread.pk}/hide/")
    assert state() == (True, False)

    member_client = Client()
    member_client.force_login(member)
    assert member_client.get(board_url() + f"{thread.pk}/").status_code == 404

    client.post(f"/admin/exchange/threads/{thread.pk}/unhide/")
    assert state() == (False, False)
    assert member_client.get(board_url() + f"{thread.pk}/").status_code == 200


def test_resolving_a_report(client, coordinator, report):
    response = as_coordinator(client, coordinator).post(
        f"/admin/exchange/reports/{report.pk}/resolve/"
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.resolved_at is not None and report.resolved_by == coordinator


def test_a_note_to_the_author_is_stored_and_mailed_in_their_language(
    client, coordinator, bad_post, other_member
):
    NotificationPreference.objects.create(user=other_member, language="uk")
    url = f"/admin/exchange/posts/{bad_post.pk}/note/"
    as_coordinator(client, coordinator)
    form = client.get(url)
    assert form.status_code == 200
    assert "Billige Uhren" in form.content.decode()

    assert client.post(url, {"note": "   "}).status_code == 400
    assert mail.outbox == []

    note = "Bitte keine Werbung im Austausch.\nDanke!"
    response = client.post(url, {"note": note})
    assert response.status_code == 302
    bad_post.refresh_from_db()
    assert bad_post.moderation_note == note
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["jonas@example.org"]
    assert note in message.body
    assert "Raum für das Sprachcafé" in message.subject
    assert "/uk/" in message.body
    html = message.alternatives[0][0]
    assert '<html lang="uk" dir="ltr">' in html
    assert "Bitte keine Werbung im Austausch.<br>Danke!" in html


def test_actions_need_post_and_a_csrf_token(coordinator, bad_post):
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    url = f"/admin/exchange/posts/{bad_post.pk}/hide/"
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 403
    bad_post.refresh_from_db()
    assert not bad_post.hidden


# ------------------------------------------------------------------------------ refused


@pytest.mark.parametrize("who", ["editor", "member"])
def test_editors_and_members_are_refused_everywhere(
    client, who, editor, member, thread, bad_post, report
):
    client.force_login({"editor": editor, "member": member}[who])
    for url in [REPORTS, THREADS, f"/admin/exchange/threads/{thread.pk}/"]:
        response = client.get(url)
        assert response.status_code == 403, url
        assert "Billige Uhren" not in response.content.decode()
        assert "no-cache" in response["Cache-Control"]
    for url in action_urls(thread, bad_post, report):
        assert client.post(url, {"note": "Weg damit."}).status_code == 403, url
    bad_post.refresh_from_db()
    report.refresh_from_db()
    thread.refresh_from_db()
    assert not bad_post.hidden and bad_post.moderation_note == ""
    assert report.resolved_at is None
    assert not thread.hidden and not thread.closed
    assert mail.outbox == []


def test_anonymous_visitors_get_the_login_page(client, thread, bad_post, report):
    for url in [REPORTS, THREADS, *action_urls(thread, bad_post, report)]:
        response = client.post(url) if "/posts/" in url or "/reports/" in url else client.get(url)
        assert response.status_code == 302, url
        assert "/admin/login/" in response["Location"]
    bad_post.refresh_from_db()
    assert not bad_post.hidden


# ------------------------------------------------------------------------------ unknown actions


@pytest.mark.parametrize("kind", ["posts", "threads"])
@pytest.mark.parametrize("action", ["delete", "HIDE", "hide-all", "__class__", "get"])
def test_an_unknown_action_is_not_found_and_changes_nothing(
    client, coordinator, thread, bad_post, kind, action
):
    target = {"posts": bad_post, "threads": thread}[kind]
    response = as_coordinator(client, coordinator).post(
        f"/admin/exchange/{kind}/{target.pk}/{action}/"
    )
    assert response.status_code == 404
    bad_post.refresh_from_db()
    thread.refresh_from_db()
    assert not bad_post.hidden
    assert not thread.hidden and not thread.closed


def test_an_unknown_action_on_a_missing_post_is_not_found(client, coordinator):
    response = as_coordinator(client, coordinator).post("/admin/exchange/posts/999999/delete/")
    assert response.status_code == 404
