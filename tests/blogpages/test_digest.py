"""The weekly digest: one email per weekly subscriber, once a week, only with news."""

import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.translation import gettext

from blogpages import digest
from blogpages.models import Delivery, PostDispatch, Subscriber

from .conftest import translate_post
from .test_delivery import FlakyBackend

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def only_these_tests(db):
    """Without the demo's subscriber, and with the demo's posts sent out long ago."""
    Subscriber.objects.all().delete()
    PostDispatch.objects.update(created_at=timezone.now() - timedelta(days=90))
    FlakyBackend.failures_left = 1


@pytest.fixture
def weekly(db):
    def make(email="woche@example.org", language="de", categories=(), **fields):
        fields.setdefault("confirmed_at", timezone.now() - timedelta(days=30))
        person = Subscriber.objects.create(
            email=email, language=language, frequency=Subscriber.WEEKLY, **fields
        )
        person.categories.set(categories)
        return person

    return make


@pytest.fixture
def published(make_post, django_capture_on_commit_callbacks):
    """A post first published `days_ago` (the time its dispatch records)."""

    def make(title, days_ago=1, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            post = make_post(title=title, **fields)
        PostDispatch.objects.filter(translation_key=post.translation_key).update(
            created_at=timezone.now() - timedelta(days=days_ago)
        )
        return post

    return make


def run():
    out = io.StringIO()
    call_command("send_blog_digest", stdout=out)
    return out.getvalue()


def test_week_keys_follow_iso_weeks():
    assert digest.week_key(timezone.datetime(2026, 11, 23, 12, tzinfo=timezone.UTC)) == "2026-W48"
    assert digest.week_key(timezone.datetime(2027, 1, 1, 12, tzinfo=timezone.UTC)) == "2026-W53"


def test_the_digest_lists_the_weeks_posts_once(weekly, published):
    person = weekly()
    first = published("Jobmesse in Zeitz", days_ago=2, teaser="Am Samstag.")
    second = published("Neue Kita", days_ago=1)
    published("Schon lange her", days_ago=20)

    report = run()
    assert "Digests sent: 1" in report
    (message,) = mail.outbox
    assert message.to == ["woche@example.org"]
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    body = message.body
    assert body.index("Neue Kita") < body.index("Jobmesse in Zeitz")  # newest first
    assert "Am Samstag." in body
    assert first.get_full_url() in body and second.get_full_url() in body
    assert "Schon lange her" not in body
    html = BeautifulSoup(message.alternatives[0].content, "html.parser")
    assert [h2.get_text(strip=True) for h2 in html.find_all("h2")] == [
        "Neue Kita",
        "Jobmesse in Zeitz",
    ]
    sent = Delivery.objects.get(subscriber=person)
    assert sent.kind == Delivery.DIGEST and sent.status == Delivery.SENT
    assert sent.key == digest.week_key(timezone.now())
    person.refresh_from_db()
    assert person.last_digest_at is not None

    # The same week again: nothing.
    assert "already sent this week: 1" in run()
    assert len(mail.outbox) == 1


def test_next_week_only_what_is_new_since_the_last_digest(weekly, published):
    person = weekly(last_digest_at=timezone.now() - timedelta(days=3))
    published("Vor dem letzten Mal", days_ago=5)
    published("Danach", days_ago=1)
    run()
    (message,) = mail.outbox
    assert "Danach" in message.body
    assert "Vor dem letzten Mal" not in message.body
    person.refresh_from_db()
    assert person.last_digest_at > timezone.now() - timedelta(minutes=1)


def test_nothing_new_means_no_email(weekly, published):
    person = weekly()
    published("Alt", days_ago=10)
    assert "nothing new: 1" in run()
    assert mail.outbox == []
    assert not Delivery.objects.filter(subscriber=person).exists()


def test_the_digest_respects_topics_and_who_chose_it(weekly, published, blog_category):
    work = blog_category("Arbeit", "arbeit")
    school = blog_category("Schule", "schule")
    weekly(email="arbeit@example.org", categories=[work])
    weekly(email="alles@example.org")
    Subscriber.objects.create(  # "immediately" subscribers get no digest
        email="sofort@example.org", language="de", confirmed_at=timezone.now()
    )
    weekly(email="unbestaetigt@example.org", confirmed_at=None)
    published("Jobmesse", categories=[work])
    published("Elternabend", categories=[school])
    mail.outbox.clear()  # "sofort" got the posts at once

    run()
    by_address = {message.to[0]: message.body for message in mail.outbox}
    assert set(by_address) == {"arbeit@example.org", "alles@example.org"}
    assert "Jobmesse" in by_address["arbeit@example.org"]
    assert "Elternabend" not in by_address["arbeit@example.org"]
    assert "Elternabend" in by_address["alles@example.org"]


def test_the_digest_is_in_the_subscribers_language(
    weekly, make_post, published, django_capture_on_commit_callbacks
):
    weekly(email="john@example.org", language="en")
    weekly(email="oksana@example.org", language="uk")
    with django_capture_on_commit_callbacks(execute=True):
        post = make_post(title="Sprachcafé")
        translate_post(post, "en", "Language café", teaser="Every Tuesday.")
    published("Nur deutsch")

    run()
    english = next(m for m in mail.outbox if m.to == ["john@example.org"])
    assert "Language café" in english.body and "Sprachcafé" not in english.body
    assert '<html lang="en" dir="ltr">' in english.alternatives[0].content
    ukrainian = next(m for m in mail.outbox if m.to == ["oksana@example.org"])
    assert "Sprachcafé" in ukrainian.body
    with translation.override("uk"):
        notice = gettext("Nur auf %(language)s verfügbar") % {"language": gettext("Deutsch")}
    assert notice in ukrainian.body


def test_unpublished_posts_leave_the_digest(weekly, published):
    weekly()
    post = published("Zurückgezogen")
    post.unpublish()
    run()
    assert mail.outbox == []


def test_a_failed_digest_is_sent_by_the_next_run(weekly, published):
    person = weekly()
    published("Wackelig")
    with override_settings(
        MAILERS={"default": {"BACKEND": "tests.blogpages.test_delivery.FlakyBackend"}}
    ):
        assert "failed: 1" in run()
        delivery = Delivery.objects.get(subscriber=person)
        assert delivery.status == Delivery.FAILED and delivery.attempts == 1
        person.refresh_from_db()
        assert person.last_digest_at is None  # the next try covers the same posts
        assert "Digests sent: 1" in run()
    assert [message.to for message in mail.outbox] == [["woche@example.org"]]
    delivery.refresh_from_db()
    assert delivery.status == Delivery.SENT and delivery.attempts == 2


def test_the_retry_command_resends_a_failed_digest(weekly, published):
    weekly()
    published("Wackelig")
    with override_settings(
        MAILERS={"default": {"BACKEND": "tests.blogpages.test_delivery.FlakyBackend"}}
    ):
        run()
        call_command("retry_blog_deliveries", stdout=io.StringIO())
    (message,) = mail.outbox
    assert "Wackelig" in message.body
    run()
    assert len(mail.outbox) == 1


def test_unconfirmed_sign_ups_are_deleted_after_their_link_expired(weekly):
    stale = Subscriber.objects.create(email="alt@example.org", language="de")
    fresh = Subscriber.objects.create(email="neu@example.org", language="de")
    Subscriber.objects.filter(pk=stale.pk).update(created_at=timezone.now() - timedelta(days=8))
    assert "Unconfirmed sign-ups deleted: 1" in run()
    assert not Subscriber.objects.filter(pk=stale.pk).exists()
    assert Subscriber.objects.filter(pk=fresh.pk).exists()
