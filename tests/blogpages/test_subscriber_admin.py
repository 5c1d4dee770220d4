"""Subscribers in the admin: counts for coordinators and editors, addresses for Koordination
only, and a test email of a post that goes to the requesting user alone."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext

from blogpages.models import Subscriber
from core.roles import COORDINATION, EDITORS, MEMBERS

pytestmark = pytest.mark.django_db

COUNTS = "/admin/blog-subscribers/"
ADDRESSES = "/admin/blog-subscribers/addresses/"


@pytest.fixture(autouse=True)
def some_subscribers(db, blog_category):
    Subscriber.objects.all().delete()
    work = blog_category("Arbeit", "arbeit")
    school = blog_category("Schule", "schule")
    now = timezone.now()

    def add(email, language, categories=(), **fields):
        person = Subscriber.objects.create(email=email, language=language, **fields)
        person.categories.set(categories)

    add("de1@example.org", "de", [work], confirmed_at=now)
    add("de2@example.org", "de", [work, school], confirmed_at=now, frequency=Subscriber.WEEKLY)
    add("ar1@example.org", "ar", confirmed_at=now)
    add("offen@example.org", "uk")  # not confirmed


def cells(page, caption):
    table = page.find("caption", string=caption).find_parent("table")
    return {
        row.find_all(["th", "td"])[0].get_text(strip=True): row.find_all("td")[-1].get_text(
            strip=True
        )
        for row in table.find("tbody").find_all("tr")
    }


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_editors_see_counts_but_no_addresses(client, user_in_group):
    client.force_login(user_in_group("redakteur", EDITORS))
    response = client.get(COUNTS)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    content = response.content.decode()
    assert "@example.org" not in content
    assert ADDRESSES not in content
    page = soup(response)
    overview = cells(page, "Abonnements nach Status und Häufigkeit")
    assert overview == {
        "Bestätigte Abonnements": "3",
        "davon sofort bei jeder neuen Nachricht": "2",
        "davon einmal pro Woche": "1",
        "Noch nicht bestätigt": "1",
        "Nicht zugestellte Nachrichten-E-Mails": "0",
    }
    languages = cells(page, "Bestätigte Abonnements nach Sprache")
    assert languages["Deutsch"] == "2" and languages["العربية"] == "1"
    assert languages["Українська"] == "0"
    topics = cells(page, "Bestätigte Abonnements nach Thema")
    assert topics["Arbeit"] == "2" and topics["Schule"] == "1"
    assert topics["Alle Themen (keine Auswahl)"] == "1"


def test_coordinators_also_get_the_addresses(client, user_in_group):
    client.force_login(user_in_group("koordinatorin", COORDINATION))
    assert ADDRESSES in client.get(COUNTS).content.decode()
    response = client.get(ADDRESSES)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    content = response.content.decode()
    for address in ("de1@example.org", "de2@example.org", "ar1@example.org", "offen@example.org"):
        assert address in content


def test_superusers_get_the_addresses(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chefin", "c@example.org", "x"))
    assert client.get(ADDRESSES).status_code == 200


def test_addresses_are_closed_to_editors(client, user_in_group):
    client.force_login(user_in_group("redakteur", EDITORS))
    response = client.get(ADDRESSES)
    assert response.status_code == 403
    assert "@example.org" not in response.content.decode()


def test_members_see_neither(client, user_in_group):
    client.force_login(user_in_group("neugieriges-mitglied", MEMBERS))
    for url in (COUNTS, ADDRESSES):
        response = client.get(url)
        assert response.status_code == 403
        assert "@example.org" not in response.content.decode()
    assert COUNTS not in client.get("/admin/").content.decode()


def test_the_menu_shows_subscriptions_to_editors(client, user_in_group):
    client.force_login(user_in_group("redakteur", EDITORS))
    assert COUNTS in client.get("/admin/").content.decode()


# ----------------------------------------------------------------------------- test email


@pytest.fixture
def editor(client, user_in_group):
    user = user_in_group("redakteurin", EDITORS, email="redaktion@example.org")
    client.force_login(user)
    return user


def test_the_edit_page_offers_a_test_email(client, editor, make_post):
    post = make_post(title="Zum Testen")
    response = client.get(f"/admin/pages/{post.pk}/edit/")
    assert response.status_code == 200
    assert f"/admin/blog-subscribers/test-email/{post.pk}/" in response.content.decode()


def test_the_test_email_goes_to_the_requesting_user_only(client, editor, make_post):
    post = make_post(title="Zum Testen", teaser="Nur ein Test.")
    post.title = "Zum Testen (Entwurf)"
    post.save_revision()  # the test shows the latest draft
    url = f"/admin/blog-subscribers/test-email/{post.pk}/"

    page = soup(client.get(url))
    assert page.find("select", {"name": "language"}).find("option", selected=True)["value"] == "de"
    assert "redaktion@example.org" in page.get_text()

    response = client.post(url, {"language": "en", "to": "someone@example.org"})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{post.pk}/edit/"
    (message,) = mail.outbox
    assert message.to == ["redaktion@example.org"]
    assert not message.cc and not message.bcc
    with translation.override("en"):
        assert message.subject == gettext("[Test] %(title)s") % {"title": "Zum Testen (Entwurf)"}
    assert "List-Unsubscribe" not in message.extra_headers
    assert '<html lang="en" dir="ltr">' in message.alternatives[0].content
    followed = client.get(response["Location"])
    assert "redaktion@example.org" in followed.content.decode()  # the success message


def test_no_test_email_without_an_address_or_permission(client, user_in_group, make_post):
    post = make_post(title="Zum Testen")
    url = f"/admin/blog-subscribers/test-email/{post.pk}/"
    client.force_login(user_in_group("ohne-adresse", EDITORS))
    response = client.post(url, {"language": "de"})
    assert response.status_code == 302
    client.force_login(user_in_group("mitglied-test", MEMBERS, email="mitglied@example.org"))
    assert client.post(url, {"language": "de"}).status_code == 403
    assert mail.outbox == []


def test_only_posts_have_a_test_email(client, editor, site):
    url = f"/admin/blog-subscribers/test-email/{site.home.pk}/"
    assert client.get(url).status_code != 200  # a 404 (that LocaleMiddleware redirects)
    client.post(url, {"language": "de"})
    assert mail.outbox == []
