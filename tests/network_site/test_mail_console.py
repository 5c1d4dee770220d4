"""Development mail on the console: readable headers and text, whole links, in any script."""

import re

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives

from core.mail import Email

CONSOLE = {"default": {"BACKEND": "core.mail_console.EmailBackend"}}
LONG_LINK = (
    "http://127.0.0.1:8000/de/newsletter/unsubscribe/"
    "eyJpIjoxMjMsImUiOiJsZW5hQGV4YW1wbGUub3JnIn0:1vQx7Z:Abc-def_ghijklmnopqrstuvwxyz0123456789ABCD/"
)


@pytest.fixture
def console(settings):
    settings.MAILERS = CONSOLE


def test_arabic_mail_is_printed_as_text_not_base64(console, capsys):
    message = Email(
        "مرحبًا بكم في الشبكة",
        f"أهلًا وسهلًا!\nلإلغاء الاشتراك: {LONG_LINK}\n",
        from_email="شبكة الاندماج <netzwerk@example.org>",
        to=["amina@example.org"],
        headers={"List-Unsubscribe": f"<{LONG_LINK}>"},
    )
    message.attach_alternative("<p>أهلًا وسهلًا!</p>", "text/html")
    assert mail.mailers.default.send_messages([message]) == 1

    out = capsys.readouterr().out
    assert "Subject: مرحبًا بكم في الشبكة" in out
    assert "From: شبكة الاندماج <netzwerk@example.org>" in out
    assert "To: amina@example.org" in out
    assert f"List-Unsubscribe: <{LONG_LINK}>" in out
    assert "أهلًا وسهلًا!" in out
    assert f"لإلغاء الاشتراك: {LONG_LINK}\n" in out
    assert "text/html" in out  # the HTML alternative is named, not printed
    assert "<p>" not in out
    assert "=?utf-8?" not in out.lower() and "Content-Transfer-Encoding" not in out


def test_german_mail_keeps_umlauts_and_whole_links(console, capsys):
    body = (
        "Guten Tag, Frau Müller,\n\nbitte bestätigen Sie Ihr Abonnement für "
        f"die Nachrichten des Netzwerks über Übergänge und Förderung: {LONG_LINK}\n"
    )
    message = EmailMultiAlternatives(
        "Bitte bestätigen Sie Ihr Abonnement – Größe", body, to=["lena@example.org"]
    )
    message.attach("plan.pdf", b"%PDF-1.4 test", "application/pdf")
    assert mail.mailers.default.send_messages([message]) == 1

    out = capsys.readouterr().out
    assert "Subject: Bitte bestätigen Sie Ihr Abonnement – Größe" in out
    assert body in out
    assert LONG_LINK in out
    assert not re.search(r"=\r?\n", out)  # no quoted-printable soft line breaks
    assert "=C3=" not in out
    assert "plan.pdf" in out and "application/pdf" in out
    assert "%PDF" not in out


def test_development_settings_use_it():
    from tests.network_site.test_dev_settings import dev_settings

    values = dev_settings("MAILERS")
    assert values["MAILERS"]["default"]["BACKEND"] == "core.mail_console.EmailBackend"
