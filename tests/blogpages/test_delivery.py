"""A post goes out on its first publish, in each subscriber's language, once, and is retried."""

import email.policy
import io
import json
import logging
import re
import smtplib
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from blogpages import delivery
from blogpages.models import BlogPage, Delivery, PostDispatch, Subscriber
from blogpages.tasks import retry_deliveries, send_post

from .conftest import locale, translate_post, translate_snippet

pytestmark = pytest.mark.django_db

FLAKY = {"default": {"BACKEND": "tests.blogpages.test_delivery.FlakyBackend"}}
BROKEN = {"default": {"BACKEND": "tests.blogpages.test_delivery.BrokenBackend"}}
DEFERRING = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

BODY = json.dumps(
    [
        {"type": "heading", "value": {"text": "Was sich ändert", "level": "h2"}},
        {
            "type": "paragraph",
            "value": '<p>Die Kurse beginnen im <b>März</b>. <a href="/de/">Startseite</a></p>',
        },
    ]
)


class FlakyBackend(EmailBackend):
    """A mail server that refuses the first message, then works."""

    failures_left = 1

    def send_messages(self, messages):
        if FlakyBackend.failures_left > 0:
            FlakyBackend.failures_left -= 1
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)


class BrokenBackend(EmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused({"x@example.org": (550, b"No such user")})


@pytest.fixture(autouse=True)
def no_demo_subscribers(db):
    """The demo's subscriber would get every post these tests publish."""
    Subscriber.objects.all().delete()
    FlakyBackend.failures_left = 1


@pytest.fixture
def subscriber(db):
    def make(email="lena@example.org", language="de", categories=(), **fields):
        fields.setdefault("confirmed_at", timezone.now())
        person = Subscriber.objects.create(email=email, language=language, **fields)
        person.categories.set(categories)
        return person

    return make


@pytest.fixture
def publish(make_post, django_capture_on_commit_callbacks):
    """Publish a post and run what waits for the commit (the task, here immediate)."""

    def run(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return make_post(*args, **kwargs)

    return run


def sent_to(address):
    return [message for message in mail.outbox if address in message.to]


def html_of(message):
    return BeautifulSoup(message.alternatives[0].content, "html.parser")


# ----------------------------------------------------------------------------- first publish


def test_a_subscriber_gets_a_new_post_as_text_and_html(subscriber, publish):
    lena = subscriber()
    post = publish(title="Neue Sprachkurse", teaser="Ab März in Naumburg.", body=BODY)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lena@example.org"]
    assert message.subject == "Neue Sprachkurse"
    url = post.get_full_url()
    assert "Ab März in Naumburg." in message.body
    assert "Was sich ändert" in message.body
    assert "Die Kurse beginnen im März." in message.body
    assert "<b>" not in message.body
    assert url in message.body

    unsubscribe = re.search(r"https?://\S+/de/newsletter/unsubscribe/\S+/", message.body).group(0)
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # On the wire the header stays one readable line (no RFC 2047 encoded-words).
    wire = message.message(policy=email.policy.SMTP).as_bytes().decode()
    assert f"\r\nList-Unsubscribe: <{unsubscribe}>\r\n" in wire
    assert "\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n" in wire

    assert message.alternatives[0].mimetype == "text/html"
    page = html_of(message)
    assert page.html["lang"] == "de" and page.html["dir"] == "ltr"
    assert page.find("h1").get_text() == "Neue Sprachkurse"
    assert page.find("h2").get_text() == "Was sich ändert"
    assert page.find("b").get_text() == "März"
    hrefs = [link["href"] for link in page.find_all("a")]
    assert url in hrefs and unsubscribe in hrefs
    assert all(href.startswith(("http://", "https://")) for href in hrefs)
    assert "abonniert" in page.get_text()  # why they get it

    sent = Delivery.objects.get(subscriber=lena)
    assert (sent.kind, sent.key, sent.status, sent.attempts) == (
        Delivery.POST,
        str(post.translation_key),
        Delivery.SENT,
        1,
    )
    assert sent.post_id == post.pk and sent.sent_at is not None
    assert PostDispatch.objects.filter(translation_key=post.translation_key).exists()


def test_republishing_and_translating_send_nothing(
    subscriber, publish, make_post, django_capture_on_commit_callbacks
):
    subscriber()
    post = publish(title="Einmal reicht")
    assert len(mail.outbox) == 1
    with django_capture_on_commit_callbacks(execute=True):
        post.title = "Einmal reicht (korrigiert)"
        post.save_revision().publish()
        translate_post(post, "en", "Once is enough")
    assert len(mail.outbox) == 1
    assert Delivery.objects.count() == 1


def test_aliases_published_with_a_post_do_not_send_it_again(subscriber, publish):
    subscriber()
    subscriber(email="ali@example.org", language="ar")
    publish(title="Mit Aliasen", aliases=True)
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "ali@example.org",
        "lena@example.org",
    ]
    assert PostDispatch.objects.count() >= 1


def test_drafts_and_unconfirmed_or_weekly_subscribers_get_nothing(subscriber, publish):
    subscriber(email="unbestaetigt@example.org", confirmed_at=None)
    subscriber(email="woechentlich@example.org", frequency=Subscriber.WEEKLY)
    publish(title="Nur ein Entwurf", publish=False)
    publish(title="Veröffentlicht")
    assert mail.outbox == []


def test_members_only_posts_are_never_emailed(
    subscriber, make_post, blog_index, django_capture_on_commit_callbacks
):
    subscriber()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=blog_index, restriction_type="login")
        make_post(title="Intern")
    assert mail.outbox == []


# ----------------------------------------------------------------------------- languages


def test_each_subscriber_gets_the_post_in_their_language(
    subscriber, make_post, django_capture_on_commit_callbacks
):
    subscriber(email="lena@example.org", language="de")
    subscriber(email="john@example.org", language="en")
    subscriber(email="amal@example.org", language="ar")
    with django_capture_on_commit_callbacks(execute=True):
        post = make_post(title="Sprachcafé startet", teaser="Jeden Dienstag.")
        english = translate_post(post, "en", "Language café starts", teaser="Every Tuesday.")
        from home.locales import add_aliases_in_other_languages

        add_aliases_in_other_languages(post)

    (german,) = sent_to("lena@example.org")
    assert german.subject == "Sprachcafé startet"

    (in_english,) = sent_to("john@example.org")
    assert in_english.subject == "Language café starts"
    assert "Every Tuesday." in in_english.body
    assert "Jeden Dienstag." not in in_english.body
    assert html_of(in_english).html["lang"] == "en"
    assert english.get_full_url() in in_english.body

    (in_arabic,) = sent_to("amal@example.org")
    assert in_arabic.subject == "Sprachcafé startet"  # no translation: the original …
    with translation.override("ar"):
        notice = gettext("Diese Nachricht gibt es nur auf %(language)s.") % {
            "language": gettext("Deutsch")
        }
        unsubscribe_word = gettext("Abmelden: keine E-Mails mehr bekommen")
    assert notice in in_arabic.body  # … with a notice in the subscriber's language
    page = html_of(in_arabic)
    assert page.html["lang"] == "ar" and page.html["dir"] == "rtl"
    text = page.find("h1").find_parent("div")
    assert text["lang"] == "de" and text["dir"] == "ltr"
    assert notice in page.get_text()
    assert unsubscribe_word in in_arabic.body
    arabic_alias = BlogPage.objects.get(translation_key=post.translation_key, locale=locale("ar"))
    assert arabic_alias.get_full_url() in in_arabic.body
    assert "/ar/newsletter/unsubscribe/" in in_arabic.extra_headers["List-Unsubscribe"]


def test_a_translation_in_draft_is_not_used(
    subscriber, make_post, django_capture_on_commit_callbacks
):
    subscriber(email="john@example.org", language="en")
    with django_capture_on_commit_callbacks(execute=True):
        post = make_post(title="Nur Deutsch live")
        draft = post.copy_for_translation(locale("en"), copy_parents=True)
        draft.title = "English draft"
        draft.save_revision()  # not published
    (message,) = mail.outbox
    assert message.subject == "Nur Deutsch live"
    with translation.override("en"):
        assert (
            gettext("Diese Nachricht gibt es nur auf %(language)s.")
            % {"language": gettext("Deutsch")}
            in message.body
        )


# ----------------------------------------------------------------------------- categories


def test_subscribers_get_the_posts_of_their_topics(subscriber, publish, blog_category):
    work = blog_category("Arbeit", "arbeit")
    school = blog_category("Schule", "schule")
    english_work = translate_snippet(work, "en", name="Work")
    subscriber(email="arbeit@example.org", categories=[work])
    subscriber(email="schule@example.org", categories=[school])
    subscriber(email="alles@example.org")
    subscriber(email="work@example.org", language="en", categories=[english_work])

    publish(title="Jobmesse", categories=[work])
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "alles@example.org",
        "arbeit@example.org",
        "work@example.org",
    ]
    mail.outbox.clear()
    publish(title="Ohne Thema")
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "alles@example.org"
    ]


def test_the_footer_names_the_subscribers_topics(subscriber, publish, blog_category):
    work = blog_category("Arbeit", "arbeit", {"en": "Work"})
    subscriber(email="work@example.org", language="en", categories=[work])
    publish(title="Jobmesse", categories=[work])
    (message,) = mail.outbox
    assert "Work" in message.body.split("-- \n")[-1]


# ----------------------------------------------------------------------------- once only


def test_a_task_that_runs_twice_sends_once(subscriber, publish):
    subscriber()
    post = publish(title="Doppelt gestartet")
    send_post.call(str(post.translation_key))
    delivery.send_post_to_subscribers(str(post.translation_key))
    assert len(mail.outbox) == 1


def test_queries_per_subscriber_stay_constant(subscriber, make_post, blog_category):
    work = blog_category("Arbeit", "arbeit")

    def queries_for(count):
        Subscriber.objects.all().delete()
        for number in range(count):
            subscriber(email=f"p{count}-{number}@example.org", categories=[work])
        post = make_post(title=f"Zähle {count}", categories=[work])
        with CaptureQueriesContext(connection) as captured:
            delivery.send_post_to_subscribers(str(post.translation_key))
        assert len(mail.outbox) == count
        mail.outbox.clear()
        return len(captured)

    few, many = queries_for(3), queries_for(9)
    per_subscriber = (many - few) / 6
    assert per_subscriber <= 4, (few, many)  # lock, update (and their savepoint)


# ----------------------------------------------------------------------------- failures


def test_a_failure_is_recorded_logged_and_retried_once(subscriber, publish, caplog):
    lena = subscriber()
    with override_settings(MAILERS=FLAKY), caplog.at_level(logging.WARNING, "blogpages.delivery"):
        publish(title="Wackelige Leitung")
    failed = Delivery.objects.get(subscriber=lena)
    assert failed.status == Delivery.FAILED
    assert failed.attempts == 1
    assert "SMTPServerDisconnected" in failed.error
    assert mail.outbox == []
    assert any("Could not send" in record.message for record in caplog.records)

    with override_settings(MAILERS=FLAKY):  # the server works again
        call_command("retry_blog_deliveries", stdout=io.StringIO())
    failed.refresh_from_db()
    assert failed.status == Delivery.SENT
    assert failed.attempts == 2
    assert failed.error == ""
    assert [message.subject for message in mail.outbox] == ["Wackelige Leitung"]

    call_command("retry_blog_deliveries", stdout=io.StringIO())
    assert len(mail.outbox) == 1


def test_one_failure_does_not_stop_the_others(subscriber, publish):
    subscriber(email="a@example.org")
    subscriber(email="b@example.org")
    with override_settings(MAILERS=FLAKY):
        publish(title="Einer klappt")
    statuses = sorted(Delivery.objects.values_list("status", flat=True))
    assert statuses == [Delivery.FAILED, Delivery.SENT]
    assert len(mail.outbox) == 1


def test_a_worker_that_can_wait_retries_by_itself(subscriber, make_post):
    from django_tasks import default_task_backend

    lena = subscriber()
    with override_settings(TASKS=DEFERRING):
        post = make_post(title="Später noch einmal")
        with override_settings(MAILERS=FLAKY):
            result = send_post.call(str(post.translation_key))
        assert result == {"sent": 0, "failed": 1}
        (retry,) = [r for r in default_task_backend.results if r.task.name == "retry_deliveries"]
        wait = retry.task.run_after - timezone.now()
        assert timedelta(minutes=4) < wait <= timedelta(minutes=5)

        # The worker runs it when it is due: sent, and no further retry.
        default_task_backend.clear()
        assert retry_deliveries.call(*retry.args) == {"sent": 1, "failed": 0}
        assert default_task_backend.results == []
    assert Delivery.objects.get(subscriber=lena).status == Delivery.SENT
    assert len(mail.outbox) == 1


def test_retries_wait_longer_and_stop_after_five_attempts(subscriber, make_post):
    from django_tasks import default_task_backend

    lena = subscriber()
    waits = []
    with override_settings(TASKS=DEFERRING, MAILERS=BROKEN):
        post = make_post(title="Nie zustellbar")
        send_post.call(str(post.translation_key))
        for _attempt in range(6):
            pending = [r for r in default_task_backend.results if r.task.name == "retry_deliveries"]
            default_task_backend.clear()
            if not pending:
                break
            waits.append(pending[0].task.run_after - timezone.now())
            retry_deliveries.call(*pending[0].args)
    failed = Delivery.objects.get(subscriber=lena)
    assert failed.status == Delivery.FAILED
    assert failed.attempts == delivery.MAX_ATTEMPTS
    assert "SMTPRecipientsRefused" in failed.error
    assert len(waits) == delivery.MAX_ATTEMPTS - 1
    assert all(later > earlier for earlier, later in zip(waits, waits[1:], strict=False))
    call_command("retry_blog_deliveries", stdout=io.StringIO())
    assert mail.outbox == []


def test_the_retry_command_sends_what_a_dead_run_left_pending(subscriber, make_post):
    lena = subscriber()
    post = make_post(title="Abgebrochen")  # published; its task never ran
    Delivery.objects.create(
        subscriber=lena, kind=Delivery.POST, key=str(post.translation_key), post=post
    )
    call_command("retry_blog_deliveries", stdout=io.StringIO())
    assert mail.outbox == []  # it may still be running
    Delivery.objects.update(created_at=timezone.now() - timedelta(hours=1))
    call_command("retry_blog_deliveries", stdout=io.StringIO())
    call_command("retry_blog_deliveries", stdout=io.StringIO())
    assert [message.subject for message in mail.outbox] == ["Abgebrochen"]
