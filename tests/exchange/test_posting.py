"""Members write: start a thread, reply, edit and delete within the window, report; the
settings page; plain text with links; the language of each post; the rate limit."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from exchange.models import BODY_MAX_LENGTH, NotificationPreference, Post, Report
from tests.factories import make_document, make_event

from .conftest import board_threads, board_url, opening_post, thread_form

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_start_a_thread(logged_in, topics, member):
    response = logged_in.post(board_url() + "neu/", thread_form(topics))

    thread = board_threads().get()
    assert response.status_code == 302
    assert response["Location"] == f"{board_url()}{thread.pk}/"
    assert (thread.title, thread.author, thread.topic) == (
        "Wer dolmetscht Dari?",
        member,
        topics["anfragen"],
    )
    page = logged_in.get(response["Location"])
    assert "Am Freitag im Rathaus." in page.content.decode()
    assert "Ihre Diskussion ist eröffnet." in page.content.decode()


def test_the_form_offers_topics_and_languages_in_the_current_language(
    logged_in, topics, untranslated_topic
):
    form = soup(logged_in.get(board_url("en") + "neu/"))
    options = [option.get_text() for option in form.select("#id_topic option")][1:]
    assert {"Nur auf Deutsch", "Offers", "Requests"} <= set(options)
    assert options == sorted(options, key=str.lower)
    assert form.select_one("#id_language option[selected]")["value"] == "en"
    assert len(form.select("#id_language option")) == 7


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"title": "   "}, "Bitte geben Sie einen Titel ein."),
        ({"body": " \n "}, "Bitte schreiben Sie einen Text."),
        ({"body": "x" * (BODY_MAX_LENGTH + 1)}, "Der Text ist zu lang"),
        ({"topic": ""}, "Bitte wählen Sie ein Thema."),
    ],
)
def test_bad_input_is_refused_and_keeps_what_was_typed(logged_in, topics, fields, message):
    data = thread_form(topics, title="Mein Titel", body="Mein Text") | fields

    response = logged_in.post(board_url() + "neu/", data)

    assert response.status_code == 400
    assert not board_threads().exists()
    html = response.content.decode()
    assert message in html
    page = soup(response)
    if "title" not in fields:
        assert page.select_one("#id_title")["value"] == "Mein Titel"
    if "body" not in fields:
        assert page.select_one("#id_body").get_text().strip() == "Mein Text"


def test_linked_events_and_documents(logged_in, topics, site):
    event = make_event(site.events, "Elterncafé")
    document = make_document("Antrag")
    form = soup(logged_in.get(board_url() + "neu/"))
    events = [o["value"] for o in form.select("#id_events option")]
    documents = [o["value"] for o in form.select("#id_documents option")]
    assert str(event.pk) in events and str(document.pk) in documents

    response = logged_in.post(
        board_url() + "neu/", thread_form(topics, events=events[:1], documents=documents[:1])
    )

    thread = board_threads().get()
    assert [str(pk) for pk in thread.events.values_list("pk", flat=True)] == events[:1]
    page = soup(logged_in.get(response["Location"]))
    links = page.select(".exchange-links a")
    assert len(links) == 2


def test_reply_in_order(logged_in, make_thread, make_reply, member):
    thread = make_thread(body="Erster Beitrag")
    make_reply(thread, "Zweiter Beitrag")

    response = logged_in.post(f"{board_url()}{thread.pk}/", {"body": "Dritter", "language": "de"})

    reply = Post.objects.get(body="Dritter")
    assert response["Location"] == f"{board_url()}{thread.pk}/#beitrag-{reply.pk}"
    page = soup(logged_in.get(f"{board_url()}{thread.pk}/"))
    texts = [p.get_text(strip=True) for p in page.select(".exchange-post__text")]
    assert texts == ["Erster Beitrag", "Zweiter Beitrag", "Dritter"]
    assert page.select(".exchange-post time")[0]["datetime"]
    thread.refresh_from_db()
    assert thread.last_activity_at == reply.created_at


def test_empty_reply_is_refused(logged_in, make_thread):
    thread = make_thread()
    response = logged_in.post(f"{board_url()}{thread.pk}/", {"body": "  ", "language": "ar"})
    assert response.status_code == 400
    assert thread.posts.count() == 1
    assert "Bitte schreiben Sie einen Text." in response.content.decode()
    assert soup(response).select_one("#id_language option[selected]")["value"] == "ar"


def test_closed_thread_refuses_replies(logged_in, make_thread):
    thread = make_thread(closed=True)

    page = logged_in.get(f"{board_url()}{thread.pk}/")
    assert "Diese Diskussion ist geschlossen" in page.content.decode()
    assert not soup(page).select("#id_body")
    logged_in.post(f"{board_url()}{thread.pk}/", {"body": "Trotzdem", "language": "de"})
    assert thread.posts.count() == 1


def test_hidden_and_deleted_posts(logged_in, make_thread, make_reply):
    from django.utils import timezone

    thread = make_thread(body="Offen")
    make_reply(thread, "Geheim ausgeblendet", hidden=True)
    make_reply(thread, "", deleted_at=timezone.now())

    html = logged_in.get(f"{board_url()}{thread.pk}/").content.decode()

    assert "Geheim ausgeblendet" not in html
    assert "Beitrag gelöscht" in html


def test_hidden_thread_is_not_found(logged_in, make_thread):
    thread = make_thread(hidden=True)
    assert logged_in.get(f"{board_url()}{thread.pk}/").status_code == 404


def test_text_is_plain_with_clickable_links(logged_in, make_thread):
    thread = make_thread(body="<script>alert(1)</script>\nSiehe https://example.org/plan")

    response = logged_in.get(f"{board_url()}{thread.pk}/")

    text = soup(response).select_one(".exchange-post__text")
    assert not text.select("script")
    assert "<script>alert(1)</script>" in text.get_text()
    link = text.select_one("a")
    assert link["href"] == "https://example.org/plan"
    assert "nofollow" in link["rel"]
    assert text.select("br")


def test_each_post_in_its_language_and_direction(logged_in, make_thread, make_reply):
    thread = make_thread(body="Hallo")
    make_reply(thread, "مرحبا، أستطيع المساعدة", language="ar")

    page = soup(logged_in.get(f"{board_url()}{thread.pk}/"))

    german, arabic = page.select(".exchange-post__text")
    assert (german["lang"], german["dir"]) == ("de", "ltr")
    assert (arabic["lang"], arabic["dir"]) == ("ar", "rtl")


def test_edit_own_post_within_the_window(logged_in, make_thread):
    thread = make_thread(title="Alter Titel", body="Alt")
    post = opening_post(thread)
    url = f"{board_url()}beitrag/{post.pk}/bearbeiten/"

    form = soup(logged_in.get(url))
    assert form.select_one("#id_title")["value"] == "Alter Titel"
    response = logged_in.post(url, {"title": "Neuer Titel", "body": "Neu", "language": "uk"})

    assert response.status_code == 302
    post.refresh_from_db()
    thread.refresh_from_db()
    assert (post.body, post.language, thread.title) == ("Neu", "uk", "Neuer Titel")
    assert post.edited_at is not None
    assert "bearbeitet" in logged_in.get(f"{board_url()}{thread.pk}/").content.decode()


def test_edit_a_reply_has_no_title_and_keeps_bad_input(logged_in, make_thread, make_reply, member):
    thread = make_thread(author=None)
    reply = make_reply(thread, "Antwort", author=member)
    url = f"{board_url()}beitrag/{reply.pk}/bearbeiten/"

    assert not soup(logged_in.get(url)).select("#id_title")
    response = logged_in.post(url, {"body": "x" * (BODY_MAX_LENGTH + 1), "language": "de"})
    assert response.status_code == 400
    reply.refresh_from_db()
    assert reply.body == "Antwort"


def test_no_edit_or_delete_after_the_window(logged_in, make_thread):
    thread = make_thread(body="Alt", age=timedelta(hours=1))
    post = opening_post(thread)

    page = soup(logged_in.get(f"{board_url()}{thread.pk}/"))
    assert not page.select(f'a[href$="beitrag/{post.pk}/bearbeiten/"]')
    edit = f"{board_url()}beitrag/{post.pk}/bearbeiten/"
    delete = f"{board_url()}beitrag/{post.pk}/loeschen/"
    assert logged_in.get(edit).status_code == 403
    assert logged_in.post(edit, {"title": "X", "body": "Neu", "language": "de"}).status_code == 403
    assert logged_in.post(delete).status_code == 403
    post.refresh_from_db()
    assert (post.body, post.deleted_at) == ("Alt", None)


def test_no_edit_of_others_posts(logged_in, make_thread, make_reply):
    thread = make_thread()
    reply = make_reply(thread, "Von Jonas")

    page = soup(logged_in.get(f"{board_url()}{thread.pk}/"))
    assert not page.select(f'a[href$="beitrag/{reply.pk}/bearbeiten/"]')
    assert page.select(f'a[href$="beitrag/{reply.pk}/melden/"]')
    url = f"{board_url()}beitrag/{reply.pk}/bearbeiten/"
    assert logged_in.post(url, {"body": "Gefälscht", "language": "de"}).status_code == 403
    assert logged_in.post(f"{board_url()}beitrag/{reply.pk}/loeschen/").status_code == 403
    reply.refresh_from_db()
    assert reply.body == "Von Jonas"


def test_delete_a_reply_leaves_a_marker(logged_in, make_thread, make_reply, member):
    thread = make_thread(author=None)
    reply = make_reply(thread, "Weg damit", author=member)
    url = f"{board_url()}beitrag/{reply.pk}/loeschen/"

    assert "Weg damit" in logged_in.get(url).content.decode()
    response = logged_in.post(url)

    assert response["Location"] == f"{board_url()}{thread.pk}/"
    reply.refresh_from_db()
    assert reply.deleted_at is not None
    html = logged_in.get(response["Location"]).content.decode()
    assert "Beitrag gelöscht" in html and "Weg damit" not in html


def test_delete_the_only_post_removes_the_thread(logged_in, make_thread):
    thread = make_thread()

    response = logged_in.post(f"{board_url()}beitrag/{opening_post(thread).pk}/loeschen/")

    assert response["Location"] == board_url()
    assert not board_threads().filter(pk=thread.pk).exists()


def test_report_a_post(logged_in, make_thread, make_reply, member):
    thread = make_thread()
    reply = make_reply(thread, "Unfreundlich")
    url = f"{board_url()}beitrag/{reply.pk}/melden/"

    refused = logged_in.post(url, {"reason": "  "})
    assert refused.status_code == 400
    assert "Bitte nennen Sie einen Grund." in refused.content.decode()
    response = logged_in.post(url, {"reason": "Beleidigend"}, follow=True)

    report = Report.objects.get(post=reply)
    assert (report.post, report.reporter, report.reason) == (reply, member, "Beleidigend")
    assert "Danke für Ihre Meldung" in response.content.decode()

    again = logged_in.post(url, {"reason": "Noch einmal"}, follow=True)
    assert Report.objects.get(post=reply).reason == "Beleidigend"
    assert "bereits gemeldet" in again.content.decode()


def test_own_posts_cannot_be_reported(logged_in, make_thread):
    thread = make_thread()
    url = f"{board_url()}beitrag/{opening_post(thread).pk}/melden/"
    assert logged_in.post(url, {"reason": "Test"}).status_code == 404
    assert not Report.objects.filter(post__thread=thread).exists()


def test_notification_settings(logged_in, member):
    url = board_url("uk") + "benachrichtigungen/"

    form = soup(logged_in.get(url))
    preference = NotificationPreference.objects.get(user=member)
    assert preference.language == "uk" and preference.replies and not preference.daily_summary
    assert form.select_one("#id_replies").has_attr("checked")

    response = logged_in.post(url, {"daily_summary": "on", "language": "ar"})

    assert response["Location"] == url
    preference.refresh_from_db()
    assert (preference.replies, preference.daily_summary, preference.language) == (
        False,
        True,
        "ar",
    )


def test_rate_limit_counts_threads_and_replies_together(logged_in, topics, make_thread):
    thread = make_thread(author=None)
    for number in range(5):
        response = logged_in.post(board_url() + "neu/", thread_form(topics, title=f"T{number}"))
        assert response.status_code == 302
    for number in range(5):
        response = logged_in.post(
            f"{board_url()}{thread.pk}/", {"body": f"Antwort {number}", "language": "de"}
        )
        assert response.status_code == 302

    too_many = logged_in.post(f"{board_url()}{thread.pk}/", {"body": "Elf", "language": "de"})
    also = logged_in.post(board_url() + "neu/", thread_form(topics, title="Zwölf"))

    assert too_many.status_code == 429 and also.status_code == 429
    assert too_many["Retry-After"]
    assert Post.objects.filter(body__startswith="Antwort").count() == 5
    assert board_threads().filter(title__startswith="T").count() == 5
    assert not Post.objects.filter(body="Elf").exists()
    assert not board_threads().filter(title="Zwölf").exists()


def test_rate_limit_is_per_member(client, logged_in, topics, other_member):
    for number in range(10):
        logged_in.post(board_url() + "neu/", thread_form(topics, title=f"T{number}"))
    assert logged_in.post(board_url() + "neu/", thread_form(topics)).status_code == 429

    from django.test import Client

    other = Client()
    other.force_login(other_member)
    assert other.post(board_url() + "neu/", thread_form(topics)).status_code == 302
