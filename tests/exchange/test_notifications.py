"""Reply emails: to the thread's participants who did not switch them off, never to the
replier, once per reply and recipient, in the recipient's language; nothing for hidden posts."""

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from core.roles import MEMBERS
from exchange import notifications, services, tasks
from exchange.models import NotificationPreference, Post, ReplyNotification, Thread

pytestmark = pytest.mark.django_db


@pytest.fixture
def third_member(user_in_group):
    return user_in_group(
        "lena", MEMBERS, first_name="Lena", last_name="Kraus", email="lena@example.org"
    )


@pytest.fixture
def conversation(member, other_member, make_thread, make_reply):
    """Amina asked, Jonas answered; both have addresses."""
    member.email = "amina@example.org"
    member.save()
    other_member.email = "jonas@example.org"
    other_member.save()
    thread = make_thread("Wer dolmetscht Dari am Freitag?")
    make_reply(thread, "Ich kann am Vormittag.")
    return thread


def reply(thread, author, body, captured, language="de"):
    """A reply as the view writes it; the task runs when the transaction commits."""
    with captured(execute=True):
        return services.add_reply(thread, author, body=body, language=language)


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def html_of(message):
    return next(body for body, kind in message.alternatives if kind == "text/html")


def test_participants_get_the_reply_but_not_the_replier(
    conversation, third_member, board, django_capture_on_commit_callbacks
):
    post = reply(
        conversation, third_member, "Ich auch, ab 14 Uhr.", django_capture_on_commit_callbacks
    )

    assert recipients() == ["amina@example.org", "jonas@example.org"]
    message = next(m for m in mail.outbox if m.to == ["amina@example.org"])
    assert "Wer dolmetscht Dari am Freitag?" in message.subject
    assert "Ich auch, ab 14 Uhr." in message.body
    assert "Lena Kraus" in message.body
    thread_url = board.get_full_url() + f"{conversation.pk}/"
    assert thread_url.startswith("http")
    assert thread_url in message.body
    assert board.get_full_url() + "benachrichtigungen/" in message.body
    assert f'href="{thread_url}"' in html_of(message)
    assert set(
        ReplyNotification.objects.filter(post=post).values_list("recipient__username", flat=True)
    ) == {"amina", "jonas"}


def test_the_replier_is_never_told_of_their_own_reply(
    conversation, member, django_capture_on_commit_callbacks
):
    reply(conversation, member, "Danke euch!", django_capture_on_commit_callbacks)
    assert recipients() == ["jonas@example.org"]


def test_who_switched_replies_off_gets_nothing(
    conversation, other_member, third_member, django_capture_on_commit_callbacks
):
    NotificationPreference.objects.create(user=other_member, replies=False)
    reply(conversation, third_member, "Ich auch.", django_capture_on_commit_callbacks)
    assert recipients() == ["amina@example.org"]


def test_former_members_inactive_accounts_and_no_address_get_nothing(
    conversation,
    member,
    other_member,
    third_member,
    make_reply,
    user_in_group,
    django_capture_on_commit_callbacks,
):
    member.groups.clear()  # left the network
    other_member.is_active = False
    other_member.save()
    no_address = user_in_group("ohne", MEMBERS)
    make_reply(conversation, "Ich bin auch dabei.", author=no_address)
    reply(conversation, third_member, "Und ich.", django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_once_per_reply_even_when_the_task_runs_again(
    conversation, third_member, django_capture_on_commit_callbacks
):
    post = reply(conversation, third_member, "Ich auch.", django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2

    tasks.send_reply_notifications.enqueue(post.pk)
    assert notifications.notify_reply(post.pk) == {"sent": 0, "failed": 0}

    assert len(mail.outbox) == 2
    assert ReplyNotification.objects.filter(post=post).count() == 2


def test_a_failed_email_is_tried_again_by_the_next_run(
    conversation, third_member, monkeypatch, django_capture_on_commit_callbacks
):
    from django.core.mail import EmailMultiAlternatives

    original = EmailMultiAlternatives.send

    def refuse(message, *args, **kwargs):
        if message.to == ["jonas@example.org"]:
            raise OSError("mail server away")
        return original(message, *args, **kwargs)

    monkeypatch.setattr(EmailMultiAlternatives, "send", refuse)
    post = reply(conversation, third_member, "Ich auch.", django_capture_on_commit_callbacks)
    assert recipients() == ["amina@example.org"]
    assert not ReplyNotification.objects.filter(post=post, recipient__username="jonas").exists()

    monkeypatch.setattr(EmailMultiAlternatives, "send", original)
    assert notifications.notify_reply(post.pk) == {"sent": 1, "failed": 0}
    assert recipients() == ["amina@example.org", "jonas@example.org"]


def test_each_recipient_gets_it_in_their_language(
    conversation, member, third_member, board_in, django_capture_on_commit_callbacks
):
    NotificationPreference.objects.create(user=member, language="ar")
    reply(conversation, third_member, "Ich auch.", django_capture_on_commit_callbacks)

    arabic = next(m for m in mail.outbox if m.to == ["amina@example.org"])
    german = next(m for m in mail.outbox if m.to == ["jonas@example.org"])
    arabic_board = board_in("ar").get_full_url()
    assert "/ar/" in arabic_board
    assert arabic_board + f"{conversation.pk}/" in arabic.body
    assert arabic_board + "benachrichtigungen/" in arabic.body
    assert '<html lang="ar" dir="rtl">' in html_of(arabic)
    with translation.override("ar"):
        assert gettext("Zur Diskussion") in arabic.body
        assert gettext("Neue Antwort in „%(title)s“") % {"title": conversation.title} == (
            arabic.subject
        )
    assert '<html lang="de" dir="ltr">' in html_of(german)
    assert "/de/" in german.body


def test_the_reply_is_plain_text_and_escaped_in_html(
    conversation, third_member, django_capture_on_commit_callbacks
):
    text = "<b>Achtung</b> & mehr:\nhttps://example.org/raum"
    reply(conversation, third_member, text, django_capture_on_commit_callbacks, language="fa")
    message = mail.outbox[0]
    assert text in message.body
    body = html_of(message)
    assert "<b>Achtung</b>" not in body
    assert "&lt;b&gt;Achtung&lt;/b&gt; &amp; mehr:<br>" in body
    assert 'href="https://example.org/raum" rel="nofollow"' in body
    assert 'lang="fa" dir="rtl"' in body


def test_nothing_for_a_hidden_reply_or_a_hidden_thread(
    conversation, third_member, django_capture_on_commit_callbacks
):
    post = Post.objects.create(
        thread=conversation, author=third_member, body="Versteckt.", language="de", hidden=True
    )
    assert notifications.notify_reply(post.pk) == {"sent": 0, "failed": 0}

    Thread.objects.filter(pk=conversation.pk).update(hidden=True)
    conversation.refresh_from_db()
    reply(conversation, third_member, "Im verborgenen Faden.", django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert not ReplyNotification.objects.exists()


def test_authors_whose_posts_are_all_hidden_are_no_participants(
    member,
    other_member,
    third_member,
    make_thread,
    make_reply,
    django_capture_on_commit_callbacks,
):
    other_member.email = "jonas@example.org"
    other_member.save()
    thread = make_thread("Raum für das Sprachcafé")
    make_reply(thread, "Werbung!", author=other_member, hidden=True)
    reply(thread, third_member, "Der Saal ist frei.", django_capture_on_commit_callbacks)
    assert "jonas@example.org" not in recipients()
