"""Subscribing: the form, double opt-in, bots, and nothing sent before confirmation."""

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.translation import gettext

from blogpages import tokens
from blogpages.models import Subscriber
from blogpages.subscriptions import RATE_LIMIT, client_ip

pytestmark = pytest.mark.django_db

FORM = "/de/newsletter/"


@pytest.fixture(autouse=True)
def fresh_limits():
    """The rate limits live in the cache, which outlives a test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def no_demo_subscribers(db):
    """The demo's subscriber would get the posts these tests publish."""
    Subscriber.objects.all().delete()


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def form_data(**fields):
    data = {"email": "lena@example.org", "language": "de", "frequency": "immediately"}
    data.update(fields)
    return data


def link_in(message):
    return re.search(r"https?://\S+/newsletter/confirm/[^/\s]+/", message.body).group(0)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


# ----------------------------------------------------------------------------- the form


def test_form_shows_fields_privacy_and_trap(client, blog_category):
    blog_category("Sprache und Bildung", "sprache", {"en": "Language and education"})
    response = client.get(FORM)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    page = soup(response)
    form = page.find("form", class_="subscribe-form")
    assert form.find("input", {"name": "email", "type": "email"})
    assert form.find("select", {"name": "language"}).find("option", selected=True)["value"] == "de"
    assert form.find("option", value="ar")["lang"] == "ar"
    assert [box["value"] for box in form.find_all("input", {"name": "categories"})]
    assert {radio["value"] for radio in form.find_all("input", {"name": "frequency"})} == {
        "immediately",
        "weekly",
    }
    trap = form.find("input", {"name": "website"})
    assert trap.find_parent(attrs={"aria-hidden": "true"}) is not None
    assert trap["tabindex"] == "-1"
    assert page.find("label", {"for": trap["id"]}).get_text(strip=True) == "Bitte leer lassen"
    privacy = page.find("section", class_="subscribe-privacy")
    assert "E-Mail-Adresse" in privacy.get_text() and "Abmelden" in privacy.get_text()


def test_form_defaults_to_the_active_language_and_names_topics_in_it(client, blog_category):
    blog_category("Sprache und Bildung", "sprache", {"en": "Language and education"})
    page = soup(client.get("/en/newsletter/"))
    assert page.find("select", {"name": "language"}).find("option", selected=True)["value"] == "en"
    labels = [label.get_text(strip=True) for label in page.select("fieldset label")]
    assert "Language and education" in labels


def test_form_links_the_privacy_page_when_the_site_has_one(client, site):
    from home.models import FooterSettings

    footer = FooterSettings.for_site(site.home.get_site())
    privacy = site.home.get_children().live().first()
    footer.privacy_page = privacy
    footer.save()
    page = soup(client.get(FORM))
    link = page.find("section", class_="subscribe-privacy").find("a")
    assert link["href"] == privacy.url


# ----------------------------------------------------------------------------- opt-in


def test_subscribing_stores_an_unconfirmed_address_and_sends_one_confirmation(
    client, blog_category
):
    topic = blog_category("Arbeit", "arbeit")
    response = client.post(
        FORM, form_data(categories=[topic.pk], frequency="weekly", email=" Lena@Example.org ")
    )
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    assert "lena@example.org" in response.content.decode()

    subscriber = Subscriber.objects.get()
    assert subscriber.email == "lena@example.org"
    assert not subscriber.is_confirmed
    assert subscriber.frequency == Subscriber.WEEKLY
    assert list(subscriber.categories.all()) == [topic]

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["lena@example.org"]
    assert "List-Unsubscribe" not in message.extra_headers
    html = message.alternatives[0].content
    assert '<html lang="de" dir="ltr">' in html
    assert link_in(message) in html


def test_confirmation_email_is_in_the_chosen_language(client):
    client.post(FORM, form_data(language="ar"))
    message = mail.outbox[0]
    with translation.override("ar"):
        assert message.subject == gettext("Bitte bestätigen Sie Ihr Abonnement")
    assert '<html lang="ar" dir="rtl">' in message.alternatives[0].content
    assert "/ar/newsletter/confirm/" in link_in(message)


def test_the_confirmation_link_shows_a_button_and_only_post_confirms(client):
    client.post(FORM, form_data())
    link = path_of(link_in(mail.outbox[0]))

    response = client.get(link)  # what a mail scanner does
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    assert not Subscriber.objects.get().is_confirmed
    form = soup(response).find("form", method="post")
    assert form.find("button", type="submit")

    response = client.post(link)
    assert response.status_code == 200
    subscriber = Subscriber.objects.get()
    assert subscriber.is_confirmed
    assert "/de/newsletter/unsubscribe/" in response.content.decode()
    assert len(mail.outbox) == 1  # no welcome mail, nothing else


def test_nothing_is_sent_before_confirmation(client, make_post, django_capture_on_commit_callbacks):
    client.post(FORM, form_data())
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        make_post(title="Noch nicht bestätigt")
    assert mail.outbox == []

    client.post(path_of_confirm_link(Subscriber.objects.get()))
    with django_capture_on_commit_callbacks(execute=True):
        make_post(title="Jetzt bestätigt")
    assert [message.subject for message in mail.outbox] == ["Jetzt bestätigt"]


def path_of_confirm_link(subscriber):
    from django.urls import reverse

    with translation.override(subscriber.language):
        return reverse("blog_confirm", args=[tokens.confirm_token(subscriber)])


def test_subscribing_again_before_confirming_updates_the_choices(client, blog_category):
    topic = blog_category("Arbeit", "arbeit")
    client.post(FORM, form_data())
    client.post(FORM, form_data(language="uk", categories=[topic.pk]))
    subscriber = Subscriber.objects.get()
    assert subscriber.language == "uk"
    assert list(subscriber.categories.all()) == [topic]
    assert len(mail.outbox) == 2
    assert "/uk/newsletter/confirm/" in link_in(mail.outbox[1])


def test_a_confirmed_address_is_not_revealed_and_its_owner_decides(client, blog_category):
    topic = blog_category("Arbeit", "arbeit")
    subscriber = Subscriber.objects.create(
        email="lena@example.org", language="de", confirmed_at=timezone.now()
    )
    new_address = client.post(FORM, form_data(email="neu@example.org"))
    known_address = client.post(
        FORM, form_data(language="en", frequency="weekly", categories=[topic.pk])
    )
    assert known_address.status_code == new_address.status_code == 200
    assert soup(known_address).find("h1").get_text() == soup(new_address).find("h1").get_text()

    subscriber.refresh_from_db()
    assert subscriber.language == "de" and subscriber.frequency == Subscriber.IMMEDIATELY
    owner_mail = mail.outbox[-1]
    assert owner_mail.to == ["lena@example.org"]
    assert "List-Unsubscribe" in owner_mail.extra_headers

    # The link in the owner's mail applies the new choices (after the button).
    link = path_of(link_in(owner_mail))
    assert link.startswith("/en/newsletter/confirm/")
    client.post(link)
    subscriber.refresh_from_db()
    assert subscriber.language == "en"
    assert subscriber.frequency == Subscriber.WEEKLY
    assert list(subscriber.categories.all()) == [topic]


def test_confirming_twice_is_harmless(client):
    client.post(FORM, form_data())
    link = path_of(link_in(mail.outbox[0]))
    client.post(link)
    confirmed_at = Subscriber.objects.get().confirmed_at
    response = client.get(link)
    assert response.status_code == 200
    assert Subscriber.objects.get().confirmed_at == confirmed_at


# ----------------------------------------------------------------------------- bad links


def test_an_expired_confirmation_link_says_so(client):
    client.post(FORM, form_data())
    link = path_of(link_in(mail.outbox[0]))
    later = timezone.now() + tokens.CONFIRM_MAX_AGE + timedelta(minutes=1)
    with _clock(later):
        response = client.get(link)
    assert response.status_code == 400
    assert soup(response).find("h1").get_text() == "Der Link ist abgelaufen"
    assert not Subscriber.objects.get().is_confirmed


def _clock(moment):
    """Let signing see `moment` as now (it uses time.time())."""
    from unittest import mock

    return mock.patch("django.core.signing.time.time", return_value=moment.timestamp())


@pytest.mark.parametrize("token", ["kaputt", "eyJzIjoxfQ:1abcde:xyz", "a" * 300])
def test_an_invalid_confirmation_link_is_a_clear_400(client, token):
    response = client.get(f"/de/newsletter/confirm/{token}/")
    assert response.status_code == 400
    assert soup(response).find("h1").get_text() == "Der Link funktioniert nicht"
    response = client.post(f"/de/newsletter/confirm/{token}/")
    assert response.status_code == 400


def test_a_link_for_a_deleted_address_is_a_404_page(client):
    client.post(FORM, form_data())
    link = path_of(link_in(mail.outbox[0]))
    Subscriber.objects.all().delete()
    response = client.get(link)
    assert response.status_code == 404
    assert soup(response).find("h1").get_text() == "Diese Anmeldung gibt es nicht mehr"


def test_a_link_made_for_another_address_does_not_confirm(client):
    client.post(FORM, form_data())
    link = path_of(link_in(mail.outbox[0]))
    subscriber = Subscriber.objects.get()
    subscriber.email = "jemand-anders@example.org"  # same id, another address
    subscriber.save()
    assert client.post(link).status_code == 404
    assert not Subscriber.objects.get().is_confirmed


# ----------------------------------------------------------------------------- bad input


def test_bad_input_shows_errors_and_keeps_the_values(client, blog_category):
    topic = blog_category("Arbeit", "arbeit")
    response = client.post(
        FORM,
        form_data(
            email="kein-at-zeichen", language="en", frequency="weekly", categories=[topic.pk]
        ),
    )
    assert response.status_code == 400
    page = soup(response)
    errors = page.find(class_="form-errors")
    assert errors["role"] == "alert"
    assert errors.find("a", href="#id_email")
    assert page.find("input", {"name": "email"})["value"] == "kein-at-zeichen"
    assert page.find("input", {"name": "email"})["aria-invalid"] == "true"
    assert page.find("select", {"name": "language"}).find("option", selected=True)["value"] == "en"
    assert page.find("input", {"name": "frequency", "value": "weekly"}).has_attr("checked")
    assert page.find("input", {"name": "categories", "value": str(topic.pk)}).has_attr("checked")
    assert Subscriber.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize(
    "fields",
    [
        {"email": ""},
        {"language": "xx"},
        {"frequency": "daily"},
        {"categories": ["999999"]},
    ],
)
def test_each_bad_field_is_refused(client, fields):
    response = client.post(FORM, form_data(**fields))
    assert response.status_code == 400
    assert Subscriber.objects.count() == 0
    assert mail.outbox == []


# ----------------------------------------------------------------------------- bots


def test_a_filled_honeypot_stores_and_sends_nothing(client):
    response = client.post(FORM, form_data(website="http://spam.example"))
    assert response.status_code == 400
    assert Subscriber.objects.count() == 0
    assert mail.outbox == []
    page = soup(response)
    assert page.find(class_="form-errors")
    # A person caught by mistake only needs to send again: values kept, trap emptied.
    assert page.find("input", {"name": "email"})["value"] == "lena@example.org"
    assert not page.find("input", {"name": "website"}).get("value")


def test_too_many_attempts_from_one_address_get_429(client):
    for number in range(RATE_LIMIT):
        response = client.post(FORM, form_data(email=f"person{number}@example.org"))
        assert response.status_code == 200
    response = client.post(FORM, form_data(email="one-more@example.org"))
    assert response.status_code == 429
    assert response["Retry-After"]
    assert soup(response).find("h1").get_text() == "Zu viele Versuche"
    assert soup(response).find("a", href=FORM)  # back to the form, on the site's one 429 page
    assert not Subscriber.objects.filter(email="one-more@example.org").exists()
    assert len(mail.outbox) == RATE_LIMIT
    # Another client is not affected, nor is reading the form.
    assert client.get(FORM).status_code == 200
    other = client.post(FORM, form_data(email="other@example.org"), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200


def test_one_mailbox_gets_few_confirmation_emails(client):
    for number in range(5):
        client.post(FORM, form_data(), REMOTE_ADDR=f"192.0.2.{number + 1}")
    assert len(mail.outbox) == 3


def test_client_ip_trusts_only_the_own_proxies(rf):
    request = rf.post(FORM, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    assert client_ip(request) == "10.0.0.1"
    with override_settings(NUMBER_OF_PROXIES=1):
        assert client_ip(request) == "203.0.113.9"


def test_a_mail_server_failure_is_said_not_hidden(client, caplog):
    broken = {"default": {"BACKEND": "tests.blogpages.test_delivery.BrokenBackend"}}
    with override_settings(MAILERS=broken), caplog.at_level("ERROR", "blogpages.subscriptions"):
        response = client.post(FORM, form_data())
    assert response.status_code == 503
    assert soup(response).find(class_="form-errors")
    assert soup(response).find("input", {"name": "email"})["value"] == "lena@example.org"
    assert any("Could not send" in record.message for record in caplog.records)
