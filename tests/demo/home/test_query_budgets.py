"""Every public page type answers in at most 15 queries, in German and in Arabic (issue 18).

Counted once what a process keeps per content generation (core.memo: the site, locales,
restricted sections, menus, settings) is known, as for every request after the first one
since the last change. The members' board and library are counted for a logged-in member.
"""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from blogpages.models import BlogIndexPage, BlogPage
from directory.models import DirectoryIndexPage, OfferPage, OrganisationPage
from docpages.models import DocumentLibraryPage
from eventpages.models import EventIndexPage, EventPage
from exchange.models import BoardPage
from home.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db

BUDGET = 15


def first_url(model, language, **filters):
    page = (
        model.objects.live()
        .filter(locale__language_code=language, **filters)
        .exclude(alias_of__isnull=False)
        .order_by("path")
        .first()
    ) or model.objects.live().filter(locale__language_code=language, **filters).order_by(
        "path"
    ).first()
    return page.url


def alias_url(model, language):
    """An untranslated page (an alias of the German one); German has none: its first page."""
    aliases = model.objects.live().filter(locale__language_code=language, alias_of__isnull=False)
    page = (
        aliases.order_by("path").first()
        or model.objects.live().filter(locale__language_code=language).order_by("path").first()
    )
    return page.url


def public_library(language):
    for library in DocumentLibraryPage.objects.live().filter(locale__language_code=language):
        if not library.get_view_restrictions().exists() and "mitglieder" not in library.url:
            return library.url
    raise AssertionError("the demo has a public library")


def count(client, url):
    assert client.get(url).status_code == 200  # what is kept per content generation
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_every_public_page_type_within_budget(language):
    events = first_url(EventIndexPage, language)
    urls = {
        "home": first_url(HomePage, language),
        "content page": first_url(ContentPage, language),
        "event index": events,
        "event index, filtered": events + "?when=month&free=1",
        "calendar": events + "calendar/",
        "event page": first_url(EventPage, language),
        # Never kept by the page cache (its form's CSRF token): its budget matters most.
        "event page taking registrations": first_url(EventPage, language, takes_registrations=True),
        "event page in another language (alias)": alias_url(EventPage, language),
        "library": public_library(language),
        "library, searched": public_library(language) + "?q=Beratung",
        "news index": first_url(BlogIndexPage, language),
        "news post": first_url(BlogPage, language),
        "search": f"/{language}/search/?q=Beratung",
        "directory": first_url(DirectoryIndexPage, language),
        "directory, filtered": first_url(DirectoryIndexPage, language)
        + "?topic=aufenthalt&language=ar&municipality=zeitz&q=Beratung",
        "organisation page": first_url(OrganisationPage, language),
        "offer page": first_url(OfferPage, language),
    }
    client = Client()
    over = {name: (url, n) for name, url in urls.items() if (n := count(client, url)) > BUDGET}
    assert not over, f"over {BUDGET} queries: {over}"


@pytest.mark.parametrize("language", ["de", "ar"])
def test_members_pages_within_budget(language):
    client = Client()
    client.force_login(get_user_model().objects.get(username="mitglied"))
    board = first_url(BoardPage, language)
    members_libraries = [
        library.url
        for library in DocumentLibraryPage.objects.live().filter(locale__language_code=language)
        if library.get_view_restrictions().exists() or "mitglieder" in library.url
    ]
    urls = {"board": board, **{f"library {url}": url for url in members_libraries}}
    over = {name: (url, n) for name, url in urls.items() if (n := count(client, url)) > BUDGET}
    assert not over, f"over {BUDGET} queries: {over}"


def test_the_frame_costs_no_query_once_known():
    """A content page: routing (two queries) and the page's language versions (one) only;
    menu, footer, switcher, settings and restrictions come from what the process keeps."""
    url = first_url(ContentPage, "de")
    assert count(Client(), url) <= 5


def test_a_change_is_seen_at_once():
    """What is kept per content generation follows a publish in the same process."""
    client = Client()
    home = HomePage.objects.get(locale__language_code="de", depth=2)
    page = ContentPage(title="Ganz neu im Menü", slug="ganz-neu", show_in_menus=True, live=False)
    home.add_child(instance=page)
    assert "Ganz neu im Menü" not in client.get("/de/").content.decode()
    page.save_revision().publish()
    assert "Ganz neu im Menü" in client.get("/de/").content.decode()
    Page.objects.get(pk=page.pk).specific.unpublish()
    assert "Ganz neu im Menü" not in client.get("/de/").content.decode()
