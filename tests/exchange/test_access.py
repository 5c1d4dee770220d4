"""Every route of the board: anonymous visitors get the login page, logged-in non-members a
404, for GET and POST, and nothing is written; members only reach this board's threads."""

import pytest

from exchange.models import NotificationPreference, Post, Report

from .conftest import board_url, opening_post

pytestmark = pytest.mark.django_db

ROUTES = [
    "",
    "neu/",
    "{thread}/",
    "beitrag/{post}/bearbeiten/",
    "beitrag/{post}/loeschen/",
    "beitrag/{post}/melden/",
    "beitrag/{post}/uebersetzung/",
    "benachrichtigungen/",
]


@pytest.fixture
def thread(make_thread):
    return make_thread(body="Nur für Mitglieder")


def route(thread, path, language="de"):
    post = opening_post(thread)
    return board_url(language) + path.format(thread=thread.pk, post=post.pk)


def assert_nothing_written(thread, count=1):
    assert thread.posts.count() == count
    post = opening_post(thread)
    assert (post.body, post.deleted_at) == ("Nur für Mitglieder", None)
    assert not Report.objects.filter(post__thread=thread).exists()


@pytest.mark.parametrize("path", ROUTES)
@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_get_the_login_page(client, thread, path, method):
    data = {"body": "Hallo", "language": "de", "reason": "x", "title": "x"}
    response = getattr(client, method)(route(thread, path), data if method == "post" else None)

    assert response.status_code == 302
    assert response["Location"].startswith("/de/login/") or "login" in response["Location"]
    assert "private" in response["Cache-Control"]
    assert_nothing_written(thread)


@pytest.mark.parametrize("path", ROUTES)
@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("language", ["de", "ar"])
def test_non_members_get_404(client, board, thread, outsider, path, method, language):
    """The board's own check (without the page's view restriction, which would send them to
    the login page first: see the next test)."""
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.filter(page__translation_key=board.translation_key).delete()
    client.force_login(outsider)
    data = {"body": "Hallo", "language": "de", "reason": "x", "title": "x"}
    url = route(thread, path, language)

    response = getattr(client, method)(url, data if method == "post" else None)

    assert response.status_code == 404
    assert "Nur für Mitglieder" not in response.content.decode()
    assert "private" in response["Cache-Control"]
    assert_nothing_written(thread)
    assert not NotificationPreference.objects.filter(user=outsider).exists()


@pytest.mark.parametrize("path", ROUTES)
def test_non_members_of_a_restricted_board_get_the_403_page_or_404(client, thread, outsider, path):
    """Logged in but not a member: the site's 403 page (never a loop back to the login page)."""
    client.force_login(outsider)
    for response in (client.get(route(thread, path)), client.post(route(thread, path), {})):
        assert response.status_code in (403, 404)
        if response.status_code == 403:
            assert "Koordinierungsstelle" in response.content.decode()
        assert "Nur für Mitglieder" not in response.content.decode()
        assert "private" in response["Cache-Control"]
    assert_nothing_written(thread)


def test_inactive_members_get_404(client, thread, member):
    member.is_active = False
    member.save()
    client.force_login(member)
    assert client.get(route(thread, "{thread}/")).status_code in (302, 404)


# The translation route answers 200 only where a translation is offered (machine translation on
# and allowed private data, another language): tests/exchange/test_read_in_my_language.py.
@pytest.mark.parametrize("path", [path for path in ROUTES if "uebersetzung" not in path])
def test_members_reach_every_route_and_answers_are_private(
    client, thread, member, other_member, path
):
    # Members report others' posts, and change their own.
    client.force_login(other_member if "melden" in path else member)
    response = client.get(route(thread, path))
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_threads_and_posts_of_another_board_are_not_found(client, member, make_thread, make_reply):
    from exchange.models import BoardPage
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="de")
    other = BoardPage(title="Anderes Forum", slug="anderes-forum")
    home.add_child(instance=other)
    elsewhere = make_thread(on=other, body="Woanders")
    foreign = make_reply(elsewhere, "Fremd")
    client.force_login(member)

    assert client.get(f"{board_url()}{elsewhere.pk}/").status_code == 404
    own = opening_post(elsewhere)
    assert client.get(f"{board_url()}beitrag/{own.pk}/bearbeiten/").status_code == 404
    assert client.post(f"{board_url()}beitrag/{own.pk}/loeschen/").status_code == 404
    response = client.post(f"{board_url()}beitrag/{foreign.pk}/melden/", {"reason": "x"})
    assert response.status_code == 404
    response = client.post(f"{board_url()}{elsewhere.pk}/", {"body": "x", "language": "de"})
    assert response.status_code == 404
    assert elsewhere.posts.count() == 2


def test_hidden_posts_cannot_be_edited_reported_or_deleted(client, member, make_thread, make_reply):
    thread = make_thread(author=None)
    own_hidden = make_reply(thread, "Ausgeblendet", author=member, hidden=True)
    client.force_login(member)

    for path in ("bearbeiten/", "loeschen/", "melden/"):
        url = f"{board_url()}beitrag/{own_hidden.pk}/{path}"
        assert client.get(url).status_code == 404
        assert client.post(url, {"body": "x", "language": "de", "reason": "x"}).status_code == 404
    own_hidden.refresh_from_db()
    assert (own_hidden.body, own_hidden.deleted_at) == ("Ausgeblendet", None)


def test_posts_of_a_hidden_thread_are_not_found(client, member, make_thread):
    thread = make_thread(hidden=True)
    client.force_login(member)
    post = opening_post(thread)
    assert client.get(f"{board_url()}beitrag/{post.pk}/bearbeiten/").status_code == 404
    assert (
        client.post(f"{board_url()}{thread.pk}/", {"body": "x", "language": "de"}).status_code
        == 404
    )
    assert Post.objects.filter(thread=thread).count() == 1


def test_other_methods_are_not_allowed(client, member, thread):
    client.force_login(member)
    assert client.put(route(thread, "{thread}/")).status_code == 405
    assert client.delete(route(thread, "beitrag/{post}/loeschen/")).status_code == 405
    assert opening_post(thread).deleted_at is None
