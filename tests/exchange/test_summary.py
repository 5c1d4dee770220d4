"""The daily summary: new visible threads since the member's last summary, one email each,
nothing when there is nothing new, and never the same thread twice."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from exchange import notifications, tasks
from exchange.models import NotificationPreference

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(member):
    """Amina wants the daily summary (German unless a test changes it)."""
    member.email = "amina@example.org"
    member.save()
    NotificationPreference.objects.create(user=member, daily_summary=True)
    return member


def preference(user):
    return NotificationPreference.objects.get(user=user)


def test_the_summary_lists_the_new_visible_threads(reader, other_member, make_thread, board):
    make_thread("Alte Frage", author=other_member, age=timedelta(hours=30))
    new = make_thread(
        "Raum für das Sprachcafé",
        author=other_member,
        topic="angebote",
        body="Der Saal im Bürgerhaus ist dienstags frei.",
        age=timedelta(hours=2),
    )
    make_thread("Versteckt", author=other_member, age=timedelta(hours=1), hidden=True)

    counts = notifications.send_summaries()

    assert counts == {"sent": 1, "nothing_new": 0, "failed": 0}
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["amina@example.org"]
    assert "Raum für das Sprachcafé" in message.body
    assert "Der Saal im Bürgerhaus ist dienstags frei." in message.body
    assert "Angebote" in message.body and "Jonas Berg" in message.body
    assert board.get_full_url() + f"{new.pk}/" in message.body
    assert board.get_full_url() + "benachrichtigungen/" in message.body
    assert "Alte Frage" not in message.body
    assert "Versteckt" not in message.body
    assert preference(reader).summary_sent_until is not None


def test_no_thread_twice_and_nothing_new_no_email(reader, other_member, make_thread):
    make_thread("Erste Frage", author=other_member, age=timedelta(hours=3))
    notifications.send_summaries()
    assert len(mail.outbox) == 1
    first_mark = preference(reader).summary_sent_until

    assert notifications.send_summaries() == {"sent": 0, "nothing_new": 1, "failed": 0}
    assert len(mail.outbox) == 1

    make_thread("Zweite Frage", author=other_member)
    notifications.send_summaries()
    assert len(mail.outbox) == 2
    second = mail.outbox[1].body
    assert "Zweite Frage" in second
    assert "Erste Frage" not in second
    assert preference(reader).summary_sent_until > first_mark


def test_since_the_last_summary_not_just_the_last_day(reader, other_member, make_thread):
    """A member whose last summary was two days ago (a timer that stopped) misses nothing."""
    NotificationPreference.objects.filter(user=reader).update(
        summary_sent_until=timezone.now() - timedelta(hours=48)
    )
    make_thread("Vor anderthalb Tagen", author=other_member, age=timedelta(hours=36))
    make_thread("Vor drei Tagen", author=other_member, age=timedelta(hours=72))
    notifications.send_summaries()
    assert "Vor anderthalb Tagen" in mail.outbox[0].body
    assert "Vor drei Tagen" not in mail.outbox[0].body


def test_only_who_chose_it_and_may_still_use_the_board(
    reader, other_member, user_in_group, make_thread
):
    other_member.email = "jonas@example.org"
    other_member.save()
    NotificationPreference.objects.create(user=other_member, daily_summary=False)
    outsider = user_in_group("gast2", email="gast@example.org")
    NotificationPreference.objects.create(user=outsider, daily_summary=True)
    make_thread("Neue Frage", author=other_member)

    notifications.send_summaries()

    assert [m.to for m in mail.outbox] == [["amina@example.org"]]


def test_in_the_members_language(reader, other_member, make_thread, board_in):
    NotificationPreference.objects.filter(user=reader).update(language="en")
    thread = make_thread("Neue Frage", author=other_member, topic="anfragen")
    notifications.send_summaries()
    body = mail.outbox[0].body
    assert "Requests" in body  # the topic's English name
    assert board_in("en").get_full_url() + f"{thread.pk}/" in body
    assert '<html lang="en" dir="ltr">' in mail.outbox[0].alternatives[0][0]


def test_the_command_and_the_task(reader, other_member, make_thread):
    make_thread("Neue Frage", author=other_member)
    out = []

    class Out:
        def write(self, text, *args, **kwargs):
            out.append(text)

        def flush(self):
            pass

    call_command("send_board_summary", stdout=Out())
    assert "Summaries sent: 1" in "".join(out)
    assert len(mail.outbox) == 1

    tasks.send_board_summaries.enqueue()
    assert len(mail.outbox) == 1
