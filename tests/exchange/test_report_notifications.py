"""A reported post reaches the coordinators by email: each one, in their language, with the
reason and a link to the reported posts in the admin; members and editors get nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from core.roles import COORDINATION, EDITORS
from exchange import services
from exchange.models import NotificationPreference, Report

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinators(user_in_group):
    """The demo's coordinator and one more who reads Arabic; an editor who must not hear of it."""
    kim = get_user_model().objects.get(username="koordination")
    samira = user_in_group("samira", COORDINATION, first_name="Samira", email="samira@example.org")
    NotificationPreference.objects.create(user=samira, language="ar")
    user_in_group("rana2", EDITORS, email="rana2@example.org")
    return kim, samira


def report(post, reporter, reason, captured):
    with captured(execute=True):
        return services.report_post(post, reporter, reason=reason)


def test_each_coordinator_gets_the_report_in_their_language(
    coordinators, make_thread, make_reply, other_member, member, django_capture_on_commit_callbacks
):
    thread = make_thread("Raum für das Sprachcafé gesucht")
    reply = make_reply(thread, "Werbung: https://example.com/billig kaufen")
    mail.outbox.clear()

    stored = report(
        reply, member, "Das ist Werbung, kein Angebot.", django_capture_on_commit_callbacks
    )

    assert Report.objects.filter(pk=stored.pk, reporter=member, post=reply).exists()
    by_address = {message.to[0]: message for message in mail.outbox}
    kim, samira = coordinators
    assert set(by_address) == {kim.email, samira.email}
    german = by_address[kim.email]
    assert german.subject == "Beitrag gemeldet: „Raum für das Sprachcafé gesucht“"
    assert "Das ist Werbung, kein Angebot." in german.body
    assert "https://example.com/billig" in german.body
    assert "http://testserver/admin/exchange/" in german.body
    arabic = by_address[samira.email]
    assert "Raum für das Sprachcafé gesucht" in arabic.subject
    assert "Beitrag gemeldet" not in arabic.subject
    html = arabic.alternatives[0][0]
    assert '<html lang="ar" dir="rtl">' in html  # the layout in the coordinator's language
    assert "Das ist Werbung, kein Angebot." in html


def test_a_second_open_report_by_the_same_member_mails_nobody(
    coordinators, make_thread, make_reply, member, django_capture_on_commit_callbacks
):
    thread = make_thread("Dolmetschen am Freitag")
    reply = make_reply(thread, "Unfreundlicher Text")
    assert report(reply, member, "Beleidigend", django_capture_on_commit_callbacks) is not None
    mail.outbox.clear()
    assert report(reply, member, "Noch einmal", django_capture_on_commit_callbacks) is None
    assert mail.outbox == []
    assert Report.objects.filter(post=reply).count() == 1


def test_the_reason_is_escaped_in_the_html_email(
    coordinators, make_thread, make_reply, member, django_capture_on_commit_callbacks
):
    thread = make_thread("Erfahrungen mit dem Elterncafé")
    reply = make_reply(thread, "Text")
    mail.outbox.clear()
    report(reply, member, "<script>alert(1)</script>", django_capture_on_commit_callbacks)
    html = mail.outbox[0].alternatives[0][0]
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_the_report_form_mails_the_coordinators(
    client, coordinators, make_thread, make_reply, member, django_capture_on_commit_callbacks
):
    thread = make_thread("Nachbereitung Netzwerktreffen")
    reply = make_reply(thread, "Ein Beitrag")
    mail.outbox.clear()
    client.force_login(member)
    board_url = thread.board.url
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{board_url}beitrag/{reply.pk}/melden/", {"reason": "Falsche Angaben"}
        )
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    assert all("Falsche Angaben" in message.body for message in mail.outbox)
