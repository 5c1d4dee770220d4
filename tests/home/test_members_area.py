"""Members find their area: the main menu offers the members' page (MembersAreaSettings) as
"Mitgliederbereich" to those who may read it, in their language, never to anonymous visitors;
the members' page links the members' library, the board and the share form."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.roles import MEMBER_AREA_GROUPS
from docpages.models import DocumentLibraryPage
from home.models import ContentPage, MembersAreaSettings
from tests.factories import PASSWORD, add_child, make_user, restrict_to_groups

pytestmark = pytest.mark.django_db


def members_page_of(site):
    page = add_child(
        site.home, ContentPage(title="Mitgliederbereich", slug="mitglieder", intro="Willkommen.")
    )
    restrict_to_groups(page, MEMBER_AREA_GROUPS)
    add_child(
        page,
        DocumentLibraryPage(title="Protokolle", slug="protokolle", intro="Nur für Mitglieder."),
    )
    return page


@pytest.fixture
def members_page(site):
    page = members_page_of(site)
    setting = MembersAreaSettings.for_site(site.home.get_site())
    setting.members_page = page
    setting.save()
    return page


def menu(client, url):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return {a["href"]: a.get_text(strip=True) for a in html.select("nav.main-menu a")}


def test_anonymous_visitors_are_not_offered_the_members_area(client, site, members_page):
    for language in ("de", "ar"):
        links = menu(client, site.url(site.home, language))
        assert site.url(members_page, language) not in links
        assert "Mitgliederbereich" not in links.values()


def test_members_see_the_members_area_in_the_menu_in_their_language(client, site, members_page):
    client.login(username="mitglied", password=PASSWORD)
    links = menu(client, site.url(site.events))
    assert links[site.url(members_page)] == "Mitgliederbereich"
    arabic = menu(client, site.url(site.events, "ar"))
    assert site.url(members_page, "ar") in arabic
    assert site.url(members_page) not in arabic


def test_members_area_is_in_the_menu_once_when_the_page_is_in_menus_too(client, site, members_page):
    members_page.show_in_menus = True
    members_page.save_revision().publish()
    client.login(username="mitglied", password=PASSWORD)
    html = BeautifulSoup(client.get(site.url(site.home)).content, "html.parser")
    hrefs = [a["href"] for a in html.select("nav.main-menu a")]
    assert hrefs.count(site.url(members_page)) == 1


def test_accounts_outside_the_member_groups_are_not_offered_it(client, site, members_page):
    make_user("gast")
    client.login(username="gast", password=PASSWORD)
    assert site.url(members_page) not in menu(client, site.url(site.home))


def test_no_members_area_without_the_setting(client, site):
    members_page_of(site)
    client.login(username="mitglied", password=PASSWORD)
    assert "Mitgliederbereich" not in menu(client, site.url(site.home)).values()


def test_members_page_links_library_board_and_share_form(client, site, members_page):
    client.login(username="mitglied", password=PASSWORD)
    response = client.get(site.url(members_page, "ar"))
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    section = html.select_one("section.members-area")
    hrefs = [a["href"] for a in section.select("a")]
    library = DocumentLibraryPage.objects.get(slug="protokolle", locale=site.locales["de"])
    assert hrefs == [
        site.url(library, "ar"),
        site.url(site.board, "ar"),
        "/ar/share-document/",
    ]
    # The public library is no members' place.
    assert site.url(site.documents, "ar") not in hrefs


def test_other_pages_have_no_members_links(client, site, members_page):
    client.login(username="mitglied", password=PASSWORD)
    other = add_child(site.home, ContentPage(title="Beratung", slug="beratung"))
    html = BeautifulSoup(client.get(site.url(other)).content, "html.parser")
    assert html.select_one("section.members-area") is None


def count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_menu_costs_anonymous_visitors_nothing_and_members_nothing_once_known(
    client, site, django_assert_num_queries
):
    url = site.url(site.events)
    anonymous_before = count(client, url)
    client.login(username="mitglied", password=PASSWORD)
    member_before = count(client, url)
    page = members_page_of(site)
    setting = MembersAreaSettings.for_site(site.home.get_site())
    setting.members_page = page
    setting.save()
    # The setting and the page are kept per content generation (core.memo): after the first
    # request since the change, the members' menu item costs no query.
    assert count(client, url) == member_before
    client.logout()
    assert count(client, url) == anonymous_before
