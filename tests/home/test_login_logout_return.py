"""Login and logout bring the person back to where they were, in their language (home.accounts),
and never to an address off the site."""

from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup

from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def login(client, language, next_url, username="mitglied"):
    data = {"username": username, "password": PASSWORD}
    if next_url is not None:
        data["next"] = next_url
    return client.post(f"/{language}/login/", data)


def test_login_link_carries_route_and_query(client, site):
    url = site.url(site.events, "ar") + "calendar/?month=2027-04"
    html = BeautifulSoup(client.get(url).content, "html.parser")
    link = html.select_one("a.site-account")["href"]
    assert link == "/ar/login/?next=" + quote(url)
    form = BeautifulSoup(client.get(link).content, "html.parser")
    assert form.find("input", attrs={"name": "next"})["value"] == url


def test_login_returns_to_the_place_in_arabic(client, site):
    url = site.url(site.events, "ar") + "calendar/?month=2027-04"
    response = login(client, "ar", url)
    assert response.status_code == 302
    assert response["Location"] == url


def test_login_page_switched_to_arabic_returns_to_the_arabic_version(client, site):
    """The link from a German page, the login page then switched to Arabic: its `next` is
    still the German place, the person now reads Arabic."""
    response = login(client, "ar", site.url(site.events) + "archive/?attendance=online")
    assert response["Location"] == site.url(site.events, "ar") + "archive/?attendance=online"


def test_login_without_next_goes_to_the_home_page_of_the_language(client, site):
    assert login(client, "ar", None)["Location"] == site.url(site.home, "ar")
    client.logout()
    assert login(client, "uk", "")["Location"] == site.url(site.home, "uk")


@pytest.mark.parametrize(
    "unsafe",
    [
        "https://evil.example.org/ar/",
        "//evil.example.org/ar/",
        "http://testserver.evil.example.org/",
        "javascript:alert(1)",
        "/\\evil.example.org/",
    ],
)
def test_login_refuses_an_address_off_the_site(client, site, unsafe):
    response = login(client, "ar", unsafe)
    assert response.status_code == 302
    assert response["Location"] == site.url(site.home, "ar")


def test_logout_form_posts_the_place(client, site):
    client.login(username="mitglied", password=PASSWORD)
    url = site.url(site.news, "fa") + "?tag=kita"
    html = BeautifulSoup(client.get(url).content, "html.parser")
    form = html.select_one("form.site-account")
    assert form.find("input", attrs={"name": "next"})["value"] == url


def test_logout_returns_to_a_public_place(client, site):
    client.login(username="mitglied", password=PASSWORD)
    url = site.url(site.events, "ar") + "calendar/?month=2027-04"
    response = client.post("/ar/logout/", {"next": url})
    assert response.status_code == 302
    assert response["Location"] == url
    assert "_auth_user_id" not in client.session


def test_logout_from_a_members_only_page_goes_to_the_nearest_public_page(client, site, make_thread):
    thread = make_thread()
    client.login(username="mitglied", password=PASSWORD)
    thread_url = site.url(site.board, "ar") + f"{thread.pk}/"
    assert client.get(thread_url).status_code == 200
    response = client.post("/ar/logout/", {"next": thread_url})
    assert response["Location"] == site.url(site.home, "ar")
    assert client.get(response["Location"]).status_code == 200


def test_logout_keeps_the_search(client, site):
    client.login(username="mitglied", password=PASSWORD)
    response = client.post("/tr/logout/", {"next": "/tr/search/?q=Kita"})
    assert response["Location"] == "/tr/search/?q=Kita"


@pytest.mark.parametrize("unsafe", ["https://evil.example.org/", "//evil.example.org/"])
def test_logout_refuses_an_address_off_the_site(client, site, unsafe):
    client.login(username="mitglied", password=PASSWORD)
    response = client.post("/ar/logout/", {"next": unsafe})
    assert response["Location"] == site.url(site.home, "ar")


def test_logout_from_a_members_only_view_that_is_no_page_goes_home(client, site):
    client.login(username="mitglied", password=PASSWORD)
    response = client.post("/ru/logout/", {"next": "/ru/share-document/"})
    assert response["Location"] == site.url(site.home, "ru")


def test_refused_page_does_not_name_its_address_in_the_logout_form(client, site):
    """The 403 page (an account outside the member groups on the board) keeps the address
    unnamed; logging out there leads to the home page."""
    make_user("gast")
    client.login(username="gast", password=PASSWORD)
    response = client.get(site.url(site.board, "ar"))
    assert response.status_code == 403
    form = BeautifulSoup(response.content, "html.parser").select_one("form.site-account")
    assert form.find("input", attrs={"name": "next"}) is None
    assert client.post("/ar/logout/")["Location"] == site.url(site.home, "ar")
