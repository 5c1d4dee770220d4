""" "In meiner Sprache lesen" on the board: offered on posts in another language than the page's
when machine translation is allowed private data; the translation in place (without script: a
reload with ?lesen=…; with it: the post's translation route), marked, the original a click
away; members only; cached per post, language and version; a provider's failure shown in
place; reply mails carry the translation (or a link when the provider fails).

core.machine_translation is replaced by a fake that records its calls (its implementation is
tested in tests/core); the board must ask it with private=True, always.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core import machine_translation
from core.machine_translation import MachineTranslationError
from exchange import services
from exchange.models import NotificationPreference, Post

from .conftest import board_url, opening_post

pytestmark = pytest.mark.django_db

ARABIC = "مرحبا، أستطيع المساعدة يوم الجمعة.\n\nسأكون في البلدية."
MARK = "Maschinell übersetzt aus dem Arabischen (LibreTranslate)"


class FakeProvider:
    """Answers "[de] text" for each text; `private_ok`, `enabled` and `failure` as a test sets."""

    name = "LibreTranslate"

    def __init__(self):
        self.calls = []
        self.enabled = True
        self.private_ok = True
        self.failure = None
        self.answer = None

    def may_translate(self, private):
        return self.enabled and (self.private_ok or not private)

    def translate_texts(self, texts, source, target, *, private, html=False):
        self.calls.append(
            {"texts": list(texts), "source": source, "target": target, "private": private}
        )
        if private and not self.private_ok:
            raise MachineTranslationError("private_refused", "Nicht für private Texte.")
        if self.failure is not None:
            raise self.failure
        if self.answer is not None:
            return [self.answer for _text in texts]
        return [f"[{target}] {text}" for text in texts]


@pytest.fixture
def provider(monkeypatch):
    fake = FakeProvider()
    monkeypatch.setattr(machine_translation, "may_translate", fake.may_translate)
    monkeypatch.setattr(machine_translation, "translate_texts", fake.translate_texts)
    monkeypatch.setattr(machine_translation, "provider_name", lambda: fake.name)
    monkeypatch.setattr(machine_translation, "is_enabled", lambda: fake.enabled)
    return fake


@pytest.fixture
def arabic_thread(make_thread, make_reply, other_member):
    """A German question with an Arabic answer (Jonas writes Arabic here)."""
    thread = make_thread("Wer dolmetscht Dari am Freitag?", body="Wir suchen Unterstützung.")
    reply = make_reply(thread, ARABIC, language="ar", author=other_member)
    return thread, reply


def thread_page(client, thread, language="de", **params):
    return client.get(f"{board_url(language)}{thread.pk}/", params)


def fragment(client, post, language="de"):
    return client.get(f"{board_url(language)}beitrag/{post.pk}/uebersetzung/")


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def post_element(response, post):
    return soup_of(response).select_one(f"#beitrag-{post.pk}")


# ------------------------------------------------------------------------------ the control


def test_a_post_in_another_language_offers_the_reader_theirs(logged_in, provider, arabic_thread):
    thread, reply = arabic_thread

    response = thread_page(logged_in, thread)

    assert response.status_code == 200
    post = post_element(response, reply)
    link = post.select_one(".exchange-post__translate a")
    assert link.get_text(strip=True) == "In meiner Sprache lesen"
    assert link["aria-label"] == "Beitrag von Jonas Berg in meiner Sprache lesen"
    assert link["href"] == f"{board_url()}{thread.pk}/?lesen={reply.pk}#beitrag-{reply.pk}"
    assert link["data-translate-url"] == f"{board_url()}beitrag/{reply.pk}/uebersetzung/"
    region = post.select_one("[data-translation]")
    assert region["aria-live"] == "polite"
    assert region.get_text(strip=True) == ""
    original = post.select_one("[data-original]")
    assert (original["lang"], original["dir"]) == ("ar", "rtl")
    assert not original.has_attr("hidden")
    # The German opening post is in the reader's language: nothing to offer there.
    assert (
        post_element(response, opening_post(thread)).select_one(".exchange-post__translate") is None
    )
    assert provider.calls == []  # offering costs nothing
    assert 'src="/static/js/exchange.js"' in response.content.decode()
    assert finders.find("js/exchange.js")


def test_an_arabic_reader_is_offered_the_german_post_not_the_arabic(
    logged_in, provider, arabic_thread
):
    thread, reply = arabic_thread

    response = thread_page(logged_in, thread, "ar")

    assert post_element(response, reply).select_one(".exchange-post__translate") is None
    opening = post_element(response, opening_post(thread))
    link = opening.select_one(".exchange-post__translate a")
    assert link["href"].startswith(f"{board_url('ar')}{thread.pk}/?lesen=")
    assert link["data-translate-url"].startswith(board_url("ar"))


def test_nothing_is_offered_when_machine_translation_is_off(logged_in, provider, arabic_thread):
    thread, reply = arabic_thread
    provider.enabled = False

    response = thread_page(logged_in, thread, lesen=reply.pk)

    post = post_element(response, reply)
    assert post.select_one(".exchange-post__translate") is None
    assert post.select_one("[data-translation]") is None
    assert "Maschinell" not in response.content.decode()
    assert fragment(logged_in, reply).status_code == 404
    assert provider.calls == []


def test_nothing_is_offered_when_the_provider_may_not_have_private_texts(
    logged_in, provider, arabic_thread
):
    thread, reply = arabic_thread
    provider.private_ok = False  # on for public pages, not for the board

    response = thread_page(logged_in, thread, lesen=reply.pk)

    assert post_element(response, reply).select_one(".exchange-post__translate") is None
    assert "Maschinell" not in response.content.decode()
    assert fragment(logged_in, reply).status_code == 404
    assert provider.calls == []


def test_a_deleted_post_offers_nothing(logged_in, provider, arabic_thread):
    thread, reply = arabic_thread
    services.delete_post(reply)

    response = thread_page(logged_in, thread)

    assert post_element(response, reply).select_one(".exchange-post__translate") is None
    assert fragment(logged_in, reply).status_code == 404


# ------------------------------------------------------------------------------ without script


def test_the_link_reloads_the_thread_with_the_post_translated_in_place(
    logged_in, provider, arabic_thread
):
    thread, reply = arabic_thread

    response = thread_page(logged_in, thread, lesen=reply.pk)

    assert response.status_code == 200
    post = post_element(response, reply)
    mark = post.select_one(".exchange-translation__mark")
    assert mark.get_text() == MARK
    assert mark.select_one("bdi").get_text() == "LibreTranslate"
    translated = post.select_one(".exchange-translation .exchange-post__text")
    assert (translated["lang"], translated["dir"]) == ("de", "ltr")
    # One text per paragraph, one request, private; the paragraphs stay paragraphs.
    assert [p.get_text() for p in translated.select("p")] == [
        "[de] مرحبا، أستطيع المساعدة يوم الجمعة.",
        "[de] سأكون في البلدية.",
    ]
    assert provider.calls == [
        {
            "texts": ["مرحبا، أستطيع المساعدة يوم الجمعة.", "سأكون في البلدية."],
            "source": "ar",
            "target": "de",
            "private": True,
        }
    ]
    # The original is there, hidden, in its own language; "Original anzeigen" one click away.
    original = post.select_one("[data-original]")
    assert original.has_attr("hidden")
    assert (original["lang"], original["dir"]) == ("ar", "rtl")
    assert "سأكون في البلدية." in original.get_text()
    back = post.select_one("[data-show-original]")
    assert back.get_text(strip=True) == "Original anzeigen"
    assert back["href"] == f"{board_url()}{thread.pk}/#beitrag-{reply.pk}"
    assert post.select_one(".exchange-post__translate").has_attr("hidden")


def test_original_anzeigen_keeps_the_other_posts_translated(
    logged_in, provider, arabic_thread, make_reply, member
):
    thread, reply = arabic_thread
    second = make_reply(thread, "Дякую!", language="uk", author=member)

    response = thread_page(logged_in, thread, lesen=[reply.pk, second.pk])

    back = post_element(response, reply).select_one("[data-show-original]")
    assert back["href"] == f"{board_url()}{thread.pk}/?lesen={second.pk}#beitrag-{reply.pk}"
    assert post_element(response, second).select_one(".exchange-translation__mark").get_text() == (
        "Maschinell übersetzt aus dem Ukrainischen (LibreTranslate)"
    )
    # Opening one more keeps those already open.
    opening = opening_post(thread)
    ar_response = thread_page(logged_in, thread, "ar", lesen=[reply.pk])
    link = post_element(ar_response, opening).select_one(".exchange-post__translate a")
    assert f"lesen={opening.pk}" in link["href"] and f"lesen={reply.pk}" in link["href"]


def test_posts_of_other_threads_and_nonsense_in_lesen_are_ignored(
    logged_in, provider, arabic_thread, make_thread
):
    thread, _reply = arabic_thread
    elsewhere = make_thread("Anderes", body="نص آخر", language="ar")

    response = thread_page(logged_in, thread, lesen=[opening_post(elsewhere).pk, "x", "-1"])

    assert response.status_code == 200
    assert provider.calls == []
    assert "نص آخر" not in response.content.decode()


def test_the_providers_answer_is_text_never_markup(logged_in, provider, arabic_thread):
    thread, reply = arabic_thread
    provider.answer = '<script>alert(1)</script><a href="https://example.org">x</a>'

    response = thread_page(logged_in, thread, lesen=reply.pk)

    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # The provider's own link is shown as text; an address in it is linked like members' are.
    translated = post_element(response, reply).select_one(
        ".exchange-translation .exchange-post__text"
    )
    assert '<a href="https://example.org">x</a>' in translated.get_text()
    assert all(link["rel"] == ["nofollow"] for link in translated.select("a"))


def test_a_failing_provider_leaves_the_original_with_its_message(
    logged_in, provider, arabic_thread
):
    thread, reply = arabic_thread
    provider.failure = MachineTranslationError(
        "unavailable", "Der Übersetzungsdienst antwortet gerade nicht."
    )

    response = thread_page(logged_in, thread, lesen=reply.pk)

    assert response.status_code == 200
    post = post_element(response, reply)
    assert post.select_one(".exchange-translation__error").get_text() == (
        "Der Übersetzungsdienst antwortet gerade nicht."
    )
    assert not post.select_one("[data-original]").has_attr("hidden")
    assert not post.select_one(".exchange-post__translate").has_attr("hidden")
    assert "Maschinell" not in response.content.decode()

    # Nothing was cached: the next try asks again and succeeds.
    provider.failure = None
    again = thread_page(logged_in, thread, lesen=reply.pk)
    assert MARK in post_element(again, reply).get_text()
    assert len(provider.calls) == 2


# ------------------------------------------------------------------------------ the fragment


def test_the_fragment_route_answers_the_translation_for_the_script(
    logged_in, provider, arabic_thread
):
    thread, reply = arabic_thread

    response = fragment(logged_in, reply)

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
    soup = soup_of(response)
    assert soup.select_one("html") is None  # a fragment, not a page
    assert soup.select_one(".exchange-translation__mark").get_text() == MARK
    translated = soup.select_one(".exchange-post__text")
    assert (translated["lang"], translated["dir"]) == ("de", "ltr")
    assert "[de] سأكون في البلدية." in translated.get_text()
    back = soup.select_one("[data-show-original]")
    assert back.get_text(strip=True) == "Original anzeigen"
    assert back["href"] == f"{board_url()}{thread.pk}/#beitrag-{reply.pk}"
    assert back["aria-label"] == "Beitrag von Jonas Berg: Original anzeigen"
    assert provider.calls[0]["private"] is True


def test_the_fragment_in_the_readers_language(client, provider, arabic_thread, other_member):
    thread, _reply = arabic_thread
    client.force_login(other_member)

    response = fragment(client, opening_post(thread), "ar")

    assert response.status_code == 200
    translated = soup_of(response).select_one(".exchange-post__text")
    assert (translated["lang"], translated["dir"]) == ("ar", "rtl")
    assert translated.get_text(strip=True) == "[ar] Wir suchen Unterstützung."
    assert provider.calls[0]["source"] == "de" and provider.calls[0]["target"] == "ar"


def test_the_fragment_says_when_the_provider_fails(logged_in, provider, arabic_thread):
    _thread, reply = arabic_thread
    provider.failure = MachineTranslationError("quota", "Das Kontingent ist aufgebraucht.")

    response = fragment(logged_in, reply)

    assert response.status_code == 503
    soup = soup_of(response)
    assert soup.select_one(".exchange-translation__error").get_text() == (
        "Das Kontingent ist aufgebraucht."
    )
    assert soup.select_one("[data-show-original]") is None


def test_the_fragment_refuses_a_post_in_the_readers_own_language(
    logged_in, provider, arabic_thread
):
    thread, _reply = arabic_thread
    assert fragment(logged_in, opening_post(thread)).status_code == 404
    assert provider.calls == []


def test_the_fragment_only_answers_get(logged_in, provider, arabic_thread):
    _thread, reply = arabic_thread
    assert logged_in.post(f"{board_url()}beitrag/{reply.pk}/uebersetzung/").status_code == 405
    assert provider.calls == []


# ------------------------------------------------------------------------------ who may read


def test_anonymous_visitors_are_sent_to_the_login(client, provider, arabic_thread):
    thread, reply = arabic_thread

    for response in (fragment(client, reply), thread_page(client, thread, lesen=reply.pk)):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
        assert "سأكون" not in response.content.decode()
        assert "[de]" not in response.content.decode()
    assert provider.calls == []


@pytest.mark.parametrize("restricted", [True, False])
def test_logged_in_non_members_are_refused_and_see_no_text(
    client, provider, arabic_thread, outsider, board, restricted
):
    """With the page's view restriction: the site's 403 page; without: the board's own 404."""
    from wagtail.models import PageViewRestriction

    if not restricted:
        PageViewRestriction.objects.filter(page__translation_key=board.translation_key).delete()
    thread, reply = arabic_thread
    client.force_login(outsider)

    for response in (fragment(client, reply), thread_page(client, thread, lesen=reply.pk)):
        assert response.status_code == (403 if restricted else 404)
        assert "private" in response["Cache-Control"]
        assert "سأكون" not in response.content.decode()
        assert "[de]" not in response.content.decode()
    assert provider.calls == []


def test_hidden_posts_and_hidden_threads_are_not_translated(
    logged_in, provider, arabic_thread, make_thread
):
    _thread, reply = arabic_thread
    Post.objects.filter(pk=reply.pk).update(hidden=True)
    assert fragment(logged_in, reply).status_code == 404

    hidden = make_thread("Versteckt", body="مرحبا", language="ar", hidden=True)
    assert fragment(logged_in, opening_post(hidden)).status_code == 404
    assert provider.calls == []


def test_a_post_of_another_board_is_not_found_here(logged_in, provider, make_thread):
    from exchange.models import BoardPage
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="de", depth=2)
    other = BoardPage(title="Anderes Forum", slug="anderes-forum")
    home.add_child(instance=other)
    elsewhere = make_thread(on=other, body="نص من منتدى آخر", language="ar")

    response = fragment(logged_in, opening_post(elsewhere))

    assert response.status_code == 404
    assert "نص من" not in response.content.decode()
    assert provider.calls == []


# ------------------------------------------------------------------------------ the cache


def test_a_second_read_is_served_from_the_cache(logged_in, client, provider, arabic_thread):
    thread, reply = arabic_thread

    first = fragment(logged_in, reply)
    second = fragment(logged_in, reply)
    page = thread_page(logged_in, thread, lesen=reply.pk)

    assert len(provider.calls) == 1
    assert first.content == second.content
    assert "[de] سأكون في البلدية." in post_element(page, reply).get_text()


def test_each_language_is_cached_on_its_own(logged_in, provider, arabic_thread):
    _thread, reply = arabic_thread

    fragment(logged_in, reply, "de")
    fragment(logged_in, reply, "uk")
    fragment(logged_in, reply, "uk")

    assert [call["target"] for call in provider.calls] == ["de", "uk"]


def test_an_edit_makes_the_next_read_translate_anew(logged_in, provider, arabic_thread):
    _thread, reply = arabic_thread
    fragment(logged_in, reply)

    services.edit_post(reply, body="سأكون هناك في العاشرة.", language="ar")
    response = fragment(logged_in, reply)

    assert len(provider.calls) == 2
    assert "[de] سأكون هناك في العاشرة." in response.content.decode()
    assert "البلدية" not in response.content.decode()


# ------------------------------------------------------------------------------ queries


def test_the_thread_costs_the_same_queries_for_3_and_30_posts_in_other_languages(
    logged_in, provider, arabic_thread, make_reply, member, other_member
):
    thread, reply = arabic_thread

    def count():
        thread_page(logged_in, thread, lesen=reply.pk)  # warm up (site, locales, the cache)
        with CaptureQueriesContext(connection) as captured:
            response = thread_page(logged_in, thread, lesen=reply.pk)
        assert response.status_code == 200
        return len(captured), response

    make_reply(thread, "Дякую!", language="uk", author=member)
    few, _response = count()
    for number in range(27):
        make_reply(thread, f"رد رقم {number}", language="ar", author=other_member)
    many, response = count()

    assert many == few
    assert len(soup_of(response).select(".exchange-post__translate")) == 29


# ------------------------------------------------------------------------------ reply mails


@pytest.fixture
def mail_conversation(member, other_member):
    """Amina reads her mails in German, Jonas in Arabic."""
    member.email = "amina@example.org"
    member.save()
    other_member.email = "jonas@example.org"
    other_member.save()
    NotificationPreference.objects.create(user=member, language="de")
    NotificationPreference.objects.create(user=other_member, language="ar")


def arabic_reply(thread, author, captured):
    with captured(execute=True):
        return services.add_reply(thread, author, body=ARABIC, language="ar")


def message_to(address):
    return next(message for message in mail.outbox if message.to == [address])


def html_of(message):
    return next(body for body, kind in message.alternatives if kind == "text/html")


def test_a_reply_mail_carries_the_machine_translation_below_the_original(
    mail_conversation,
    make_thread,
    member,
    other_member,
    provider,
    board,
    django_capture_on_commit_callbacks,
):
    thread = make_thread("Wer dolmetscht Dari am Freitag?", author=member)

    arabic_reply(thread, other_member, django_capture_on_commit_callbacks)

    message = message_to("amina@example.org")
    body = message.body
    assert ARABIC in body
    assert MARK + ":" in body
    assert "[de] سأكون في البلدية." in body
    assert body.index(ARABIC) < body.index(MARK)
    html = BeautifulSoup(html_of(message), "html.parser")
    quotes = html.select("blockquote")
    assert [(quote["lang"], quote["dir"]) for quote in quotes] == [("ar", "rtl"), ("de", "ltr")]
    assert "[de] سأكون في البلدية." in quotes[1].get_text()
    mark = quotes[1].find_previous_sibling("p")
    assert mark.get_text() == MARK
    assert mark.select_one("bdi").get_text() == "LibreTranslate"
    assert provider.calls == [
        {
            "texts": ["مرحبا، أستطيع المساعدة يوم الجمعة.", "سأكون في البلدية."],
            "source": "ar",
            "target": "de",
            "private": True,
        }
    ]


def test_a_reply_in_the_recipients_language_comes_as_it_is(
    mail_conversation,
    make_thread,
    member,
    other_member,
    provider,
    django_capture_on_commit_callbacks,
):
    thread = make_thread("Wer dolmetscht Dari am Freitag?", author=other_member)

    arabic_reply(thread, member, django_capture_on_commit_callbacks)

    message = message_to("jonas@example.org")  # reads Arabic
    assert "Maschinell" not in message.body
    assert "In meiner Sprache lesen" not in message.body
    assert provider.calls == []


def test_a_failing_provider_still_sends_the_mail_with_a_link(
    mail_conversation,
    make_thread,
    member,
    other_member,
    provider,
    board,
    django_capture_on_commit_callbacks,
):
    thread = make_thread("Wer dolmetscht Dari am Freitag?", author=member)
    provider.failure = MachineTranslationError("timeout", "Zeitüberschreitung.")

    post = arabic_reply(thread, other_member, django_capture_on_commit_callbacks)

    message = message_to("amina@example.org")
    assert ARABIC in message.body
    assert "Maschinell" not in message.body
    read_url = board.get_full_url() + f"{thread.pk}/?lesen={post.pk}#beitrag-{post.pk}"
    assert f"In meiner Sprache lesen: {read_url}" in message.body
    link = BeautifulSoup(html_of(message), "html.parser").find("a", href=read_url)
    assert link.get_text() == "In meiner Sprache lesen"


def test_a_provider_that_breaks_unexpectedly_still_lets_the_mail_go(
    mail_conversation,
    make_thread,
    member,
    other_member,
    provider,
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    thread = make_thread("Wer dolmetscht Dari am Freitag?", author=member)
    provider.failure = RuntimeError("boom")

    arabic_reply(thread, other_member, django_capture_on_commit_callbacks)

    assert ARABIC in message_to("amina@example.org").body
    assert "In meiner Sprache lesen" in message_to("amina@example.org").body


def test_no_translation_in_mails_when_private_texts_may_not_go_out(
    mail_conversation,
    make_thread,
    member,
    other_member,
    provider,
    django_capture_on_commit_callbacks,
):
    thread = make_thread("Wer dolmetscht Dari am Freitag?", author=member)
    provider.private_ok = False

    arabic_reply(thread, other_member, django_capture_on_commit_callbacks)

    body = message_to("amina@example.org").body
    assert ARABIC in body
    assert "Maschinell" not in body
    assert "In meiner Sprache lesen" not in body
    assert provider.calls == []


def test_the_mails_translation_is_the_boards_cached_one(
    mail_conversation,
    logged_in,
    make_thread,
    member,
    other_member,
    provider,
    django_capture_on_commit_callbacks,
):
    thread = make_thread("Wer dolmetscht Dari am Freitag?", author=member)
    post = arabic_reply(thread, other_member, django_capture_on_commit_callbacks)

    fragment(logged_in, post)  # Amina opens it on the board after the mail

    assert len(provider.calls) == 1
