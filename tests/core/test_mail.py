"""core.mail: one way to send: after the commit through the task, in the recipient's language,
text and HTML from the one layout, absolute links on SITE_URL."""

import logging
from pathlib import Path

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.db import transaction
from django.utils import translation
from django.utils.translation import get_language, gettext
from wagtail.users.models import UserProfile

from core.mail import (
    Email,
    build_message,
    language_info,
    mail_language,
    send_after_commit,
    site_title,
    user_language,
)
from core.mail.message import message_data, message_from_data

pytestmark = pytest.mark.django_db

TEMPLATE = "mail_test/greeting"
TEMPLATES_DIR = Path(__file__).parent / "templates"


class BrokenBackend(LocmemBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")


@pytest.fixture(autouse=True)
def test_templates(settings):
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [TEMPLATES_DIR, *engine["DIRS"]]}]


def greeting(to="amina@example.org", language="de", **context):
    context = {"name": "Amina", "link": "http://testserver/de/", "footer": "Netz", **context}
    return build_message(to, "Hallo\n  Welt", TEMPLATE, context, language)


def in_language(language, msgid):
    with translation.override(language):
        return gettext(msgid)


# After the commit, through the task


def test_nothing_is_sent_before_the_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert send_after_commit([greeting(), greeting(to="jonas@example.org")]) == 2
        assert mail.outbox == []
    assert len(callbacks) == 2
    assert mail.outbox == []
    for callback in callbacks:
        callback()
    assert sorted(m.to[0] for m in mail.outbox) == ["amina@example.org", "jonas@example.org"]


def test_a_rolled_back_change_sends_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError):
            with transaction.atomic():
                send_after_commit([greeting()])
                raise RuntimeError("the change fails")
        send_after_commit([greeting(to="jonas@example.org")])
    assert len(callbacks) == 1
    assert [m.to for m in mail.outbox] == [["jonas@example.org"]]


def test_the_task_sends_the_message_as_it_was_built(django_capture_on_commit_callbacks):
    built = greeting(language="ar")
    built.extra_headers["List-Unsubscribe"] = "<http://testserver/ar/newsletter/x/>"
    with django_capture_on_commit_callbacks(execute=True):
        send_after_commit([built])
    (sent,) = mail.outbox
    assert isinstance(sent, Email)
    assert (sent.subject, sent.body, sent.to) == (built.subject, built.body, built.to)
    assert sent.from_email == built.from_email
    assert sent.alternatives == built.alternatives
    assert sent.extra_headers["List-Unsubscribe"] == "<http://testserver/ar/newsletter/x/>"


def test_a_failing_mail_server_is_logged_not_raised(
    settings, django_capture_on_commit_callbacks, caplog
):
    settings.MAILERS = {"default": {"BACKEND": f"{__name__}.BrokenBackend"}}
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        send_after_commit([greeting()])
    assert mail.outbox == []
    assert "amina@example.org" in caplog.text


def test_a_message_becomes_plain_values_for_the_queue_and_back():
    built = greeting()
    data = message_data(built)
    assert data["to"] == ["amina@example.org"]
    assert data["alternatives"][0][1] == "text/html"
    again = message_from_data(data)
    assert again.message().as_bytes() != b""
    assert (again.subject, again.body, again.alternatives) == (
        built.subject,
        built.body,
        built.alternatives,
    )


def test_attachments_travel_through_the_task(django_capture_on_commit_callbacks):
    """A calendar invitation (text) and a file (bytes) arrive as they were attached; a prepared
    MIME part, which plain values cannot carry, is refused when it is queued."""
    import json
    from email.message import MIMEPart

    built = greeting()
    invitation = "BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n"
    built.attach("termin.ics", invitation, "text/calendar; method=PUBLISH")
    built.attach("plan.pdf", b"%PDF-1.4\x00\xff", "application/pdf")
    data = json.loads(json.dumps(message_data(built)))  # what a database queue stores
    again = message_from_data(data)
    assert [tuple(item) for item in again.attachments] == [
        ("termin.ics", invitation, "text/calendar; method=PUBLISH"),
        ("plan.pdf", b"%PDF-1.4\x00\xff", "application/pdf"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        send_after_commit([built])
    sent = mail.outbox[-1].message()
    parts = {part.get_filename(): part for part in sent.walk() if part.get_filename()}
    assert parts["termin.ics"].get_content_type() == "text/calendar"
    assert "METHOD:PUBLISH" in parts["termin.ics"].get_content()
    assert parts["plan.pdf"].get_content() == b"%PDF-1.4\x00\xff"

    prepared = greeting()
    part = MIMEPart()
    part.set_content("a prepared part")
    prepared.attach(part)
    with pytest.raises(ValueError):
        message_data(prepared)


# In the recipient's language, text and HTML from one layout


def test_each_recipient_gets_their_language_whatever_is_active():
    translation.activate("de")
    arabic = greeting(language="ar")
    english = greeting(to="jonas@example.org", language="en")
    assert get_language() == "de"
    assert in_language("ar", "Viele Grüße") != "Viele Grüße"  # the catalogue has it
    assert f"{in_language('ar', 'Viele Grüße')}, Amina" in arabic.body
    assert f"{in_language('en', 'Viele Grüße')}, Amina" in english.body
    assert "Viele Grüße" not in arabic.body + english.body
    arabic_html = arabic.alternatives[0][0]
    assert '<html lang="ar" dir="rtl">' in arabic_html
    assert in_language("ar", "Viele Grüße") in arabic_html
    assert '<html lang="en" dir="ltr">' in english.alternatives[0][0]


def test_text_and_html_alternative_from_the_one_layout():
    message = greeting(site_title="Netzwerk Integration")
    assert message.subject == "Hallo Welt"  # one line
    assert message.to == ["amina@example.org"]
    assert message.body.startswith("Netzwerk Integration\n\nViele Grüße, Amina\n")
    assert "\n-- \nNetz\n" in message.body  # the signature keeps its blank
    assert message.body.endswith("Netz\n") and "\n\n\n" not in message.body
    ((html, mimetype),) = message.alternatives
    assert mimetype == "text/html"
    assert html.startswith("<!DOCTYPE html>")
    assert "<title>Hallo Welt</title>" in html
    assert "Netzwerk Integration" in html  # the layout's heading
    assert "<p>Netz</p>" in html  # the layout's footer
    assert "<p>Viele Grüße, Amina</p>" in html


def test_the_site_title_is_the_home_page_in_the_recipients_language():
    title = site_title("de")
    assert title
    assert f"{title}\n" in greeting().body
    assert greeting(site_title="Eigener Titel").body.startswith("Eigener Titel\n")


# Links from the one site address


def test_links_are_absolute_on_site_url(settings):
    settings.SITE_URL = "https://netzwerk.example.org"
    html = greeting(link="https://netzwerk.example.org/de/").alternatives[0][0]
    assert 'href="https://netzwerk.example.org/de/newsletter/"' in html
    assert 'src="https://netzwerk.example.org/media/logo.png"' in html
    assert 'href="https://netzwerk.example.org/de/"' in html
    assert 'href="/' not in html and 'src="/' not in html


# The recipient's language


def test_the_first_language_the_site_speaks_wins_else_german(settings):
    assert mail_language("uk", "en") == "uk"
    assert mail_language("", None, "xx", "ar") == "ar"
    assert mail_language("pl") == settings.LANGUAGE_CODE == "de"
    assert mail_language() == "de"


def test_a_users_language_is_the_one_of_their_wagtail_profile(user_in_group):
    without = user_in_group("ohne-profil")
    assert user_language(without) == ""
    assert mail_language(user_language(without)) == "de"
    chosen = user_in_group("mit-profil")
    UserProfile.objects.create(user=chosen, preferred_language="fa")
    chosen.refresh_from_db()
    assert user_language(chosen) == "fa"
    assert mail_language(user_language(chosen)) == "fa"


def test_language_info_gives_direction_and_a_name_where_asked():
    assert language_info("fa") == {"code": "fa", "direction": "rtl"}
    assert language_info("de") == {"code": "de", "direction": "ltr"}
    assert language_info("prs") == {"code": "prs", "direction": "ltr"}
    assert language_info("ar", {"ar": "Arabisch"}) == {
        "code": "ar",
        "direction": "rtl",
        "name": "Arabisch",
    }
    assert language_info("xx", {})["name"] == "xx"
