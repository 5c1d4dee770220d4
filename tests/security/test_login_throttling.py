"""Login throttling (django-axes): 5 failures per (user name, address) lock that pair out for
15 minutes, on the members' login and the admin's alike, with the "too many attempts" page."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from .conftest import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("axes_on")]

LOGINS = ["/de/login/", "/admin/login/"]


def attempt(client, url, password="falsch", username="mitglied", **extra):
    return client.post(url, {"username": username, "password": password}, **extra)


def logged_in(client):
    return "_auth_user_id" in client.session


def assert_too_many_attempts(response):
    assert response.status_code == 429
    assert response["Retry-After"] == str(15 * 60)
    assert "no-store" in response["Cache-Control"]
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find("h1").get_text(strip=True) == "Zu viele Versuche"
    assert "15 Minuten" in page.find("main").get_text()
    # The site's own page, with its header, CSP and the other headers.
    assert page.find("header", class_="site-header")
    assert "script-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.parametrize("url", LOGINS)
def test_sixth_attempt_is_refused_even_with_the_right_password(client, url):
    for _number in range(4):
        response = attempt(client, url)
        assert response.status_code == 200  # the form again, with its error
    # The fifth failure locks the pair out; from now on nothing gets through.
    attempt(client, url)
    response = attempt(client, url, password=PASSWORD)
    assert_too_many_attempts(response)
    assert not logged_in(client)


@pytest.mark.parametrize("url", LOGINS)
def test_lockout_is_per_user_name_and_address(client, url):
    for _number in range(5):
        attempt(client, url)
    assert attempt(client, url, password=PASSWORD).status_code == 429
    # The same member from another address logs in.
    response = attempt(client, url, password=PASSWORD, REMOTE_ADDR="192.0.2.50")
    assert response.status_code == 302
    assert logged_in(client)
    client.logout()
    # Another user from the locked-out address too.
    response = attempt(client, url, username="redaktion", password=PASSWORD)
    assert response.status_code == 302


def test_lockout_counts_both_login_forms_together(client):
    for number in range(5):
        attempt(client, LOGINS[number % 2])
    assert attempt(client, "/admin/login/", password=PASSWORD).status_code == 429
    assert attempt(client, "/de/login/", password=PASSWORD).status_code == 429


def test_a_success_before_the_limit_starts_the_count_again(client):
    for _number in range(4):
        attempt(client, "/de/login/")
    assert attempt(client, "/de/login/", password=PASSWORD).status_code == 302
    client.logout()
    for _number in range(4):
        assert attempt(client, "/de/login/").status_code == 200


def test_forged_forwarded_for_does_not_escape_the_lockout(client):
    for number in range(5):
        attempt(client, "/de/login/", HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")
    response = attempt(client, "/de/login/", password=PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.9")
    assert response.status_code == 429


@override_settings(NUMBER_OF_PROXIES=1)
def test_behind_the_own_proxy_the_forwarded_address_counts(client):
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for _number in range(5):
        attempt(client, "/de/login/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9", **proxy)
    locked = attempt(
        client, "/de/login/", password=PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy
    )
    assert locked.status_code == 429
    other = attempt(
        client, "/de/login/", password=PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.10", **proxy
    )
    assert other.status_code == 302


def test_lockout_page_in_arabic(client):
    for _number in range(5):
        attempt(client, "/ar/login/")
    response = attempt(client, "/ar/login/", password=PASSWORD)
    assert response.status_code == 429
    html = BeautifulSoup(response.content, "html.parser").find("html")
    assert html["lang"] == "ar"
    assert html["dir"] == "rtl"


@pytest.mark.skipif(
    settings.AXES_HANDLER != "axes.handlers.database.AxesDatabaseHandler",
    reason="axes_reset_username deletes database records (the setup without Redis)",
)
def test_resetting_the_user_in_axes_unlocks_the_pair(client):
    for _number in range(5):
        attempt(client, "/de/login/")
    assert attempt(client, "/de/login/", password=PASSWORD).status_code == 429
    call_command("axes_reset_username", "mitglied")
    # Both axes' record and the count before the password check (core/login_throttle.py) go.
    assert attempt(client, "/de/login/", password=PASSWORD).status_code == 302
