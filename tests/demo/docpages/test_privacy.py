"""The privacy matrix: every route that can show a document, for each kind of visitor.

A members-only document lives in a collection restricted to the members' group. Visitors are
anonymous, a member (Netzwerk-Mitglieder) and a coordinator (Koordination, not a superuser).
"""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.utils import translation
from django.utils.translation import ngettext
from wagtail.models import PageViewRestriction

from core.roles import COORDINATION, MEMBER_AREA_GROUPS, MEMBERS
from docpages.models import DocumentLibraryPage

pytestmark = pytest.mark.django_db

# Members-only collections and pages are restricted to the member area groups (members,
# coordination, editors: tests/docpages/conftest.py). An account in no group is refused.
VISITORS = ["anonymous", "account", "member", "coordinator"]
SEES_PRIVATE = {"anonymous": False, "account": False, "member": True, "coordinator": True}

PRIVATE_TITLE = "Protokoll Quittenbaum"  # a word found nowhere else
PRIVATE_TEXT = "Zaunkoenigstrasse"  # only in the private PDF's text
PUBLIC_TITLE = "Merkblatt Sprachcafé"


@pytest.fixture
def visitor(client, user_in_group):
    def log_in(kind):
        if kind == "account":
            client.force_login(user_in_group("ohne-gruppe"))
        elif kind == "member":
            client.force_login(user_in_group("mara", MEMBERS))
        elif kind == "coordinator":
            client.force_login(user_in_group("kora", COORDINATION))
        return client

    return log_in


@pytest.fixture
def documents(collection, make_document):
    public = collection("Öffentlich")
    private = collection("Intern", members_only=True)
    return {
        "public": make_document(PUBLIC_TITLE, public),
        "private": make_document(PRIVATE_TITLE, private, text=f"Treffen in der {PRIVATE_TEXT}"),
        "public_collection": public,
        "private_collection": private,
    }


def members_only_library(make_library, title, collections):
    """A library restricted like the members' area, in every language.

    The restriction is added after the aliases exist: make_library(members_only=True) sets it
    before, and creating the aliases then fails (see the report on core/privacy.py).
    """
    library = make_library(title, collections=collections)
    restriction = PageViewRestriction.objects.create(
        page=library, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=MEMBER_AREA_GROUPS))
    return library


def html_of(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


# (a) The file itself


@pytest.mark.parametrize("kind", VISITORS)
def test_file_of_a_members_only_document(visitor, documents, kind):
    client = visitor(kind)
    document = documents["private"]
    response = client.get(document.url)
    content = body(response)
    if SEES_PRIVATE[kind]:
        assert response.status_code == 200
        assert content.startswith(b"%PDF")
        assert "attachment" in response["Content-Disposition"]
        cache = response["Cache-Control"]
        assert "private" in cache
        assert "no-store" in cache
    elif kind == "anonymous":
        assert response.status_code == 302
        assert "/login/" in response["Location"]
    else:
        assert response.status_code == 403  # logged in, but not in a member area group
    if not SEES_PRIVATE[kind]:
        assert b"%PDF" not in content
        assert PRIVATE_TEXT.encode() not in content


@pytest.mark.parametrize("kind", VISITORS)
def test_file_of_a_public_document_for_everyone(visitor, documents, kind):
    response = visitor(kind).get(documents["public"].url)
    assert response.status_code == 200
    assert body(response).startswith(b"%PDF")


# (b) A public library that also picks a private document by hand


@pytest.mark.parametrize("kind", VISITORS)
def test_public_library_lists_a_picked_private_document_only_to_those_allowed(
    visitor, documents, make_library, kind
):
    library = make_library(
        "Bibliothek", collections=[documents["public_collection"]], documents=[documents["private"]]
    )
    client = visitor(kind)
    for page in DocumentLibraryPage.objects.filter(translation_key=library.translation_key):
        response = client.get(page.url)
        assert response.status_code == 200
        titles = [h.get_text(strip=True) for h in html_of(response).select(".document__title")]
        assert PUBLIC_TITLE in titles
        assert (PRIVATE_TITLE in titles) == SEES_PRIVATE[kind], page.url
        assert (documents["private"].url in response.content.decode()) == SEES_PRIVATE[kind]
        count = html_of(response).select_one(".document-count").get_text(strip=True)
        shown = 2 if SEES_PRIVATE[kind] else 1
        with translation.override(page.locale.language_code):
            # Arabic counts one and two in words ("مستند واحد", "مستندان").
            expected = ngettext("%(counter)s Dokument", "%(counter)s Dokumente", shown)
        assert count == expected % {"counter": shown}


@pytest.mark.parametrize("kind", VISITORS)
def test_public_library_of_a_members_only_collection_shows_nothing_to_others(
    visitor, documents, make_library, kind
):
    make_library("Intern", collections=[documents["private_collection"]])
    response = visitor(kind).get("/de/intern/", {"q": PRIVATE_TEXT})
    assert response.status_code == 200
    text = response.content.decode()
    assert (PRIVATE_TITLE in text) == SEES_PRIVATE[kind]
    count = html_of(response).select_one(".document-count").get_text(strip=True)
    assert count == ("1 Dokument" if SEES_PRIVATE[kind] else "0 Dokumente")
    # The filter choices do not give the private document away either (its language, type).
    options = [o["value"] for o in html_of(response).select("select[name=file_type] option")]
    assert ("pdf" in options) == SEES_PRIVATE[kind]


# (c) A members-only library page


@pytest.mark.parametrize("kind", VISITORS)
def test_members_only_library_page(visitor, documents, make_library, kind):
    library = members_only_library(
        make_library,
        "Mitgliederbibliothek",
        [documents["private_collection"], documents["public_collection"]],
    )
    client = visitor(kind)
    # Page privacy is the members' group (like the collection's), so the same people pass.
    for page in DocumentLibraryPage.objects.filter(translation_key=library.translation_key):
        response = client.get(page.url)
        text = response.content.decode()
        if SEES_PRIVATE[kind]:
            assert response.status_code == 200
            assert PRIVATE_TITLE in text
            assert PUBLIC_TITLE in text
        elif kind == "anonymous":
            assert response.status_code == 302
            language = page.locale.language_code
            assert response["Location"].startswith(f"/{language}/login/?next=")
        else:  # logged in, no access: a 403, not the login page (core.page_access)
            assert response.status_code == 403
            assert PRIVATE_TITLE not in text
            assert PUBLIC_TITLE not in text
            assert library.title not in text


def test_members_only_library_response_is_never_cached(visitor, documents, make_library):
    """Responses for restricted content are never cached (private, no-store)."""
    members_only_library(make_library, "Mitgliederbibliothek", [documents["private_collection"]])
    response = visitor("member").get("/de/mitgliederbibliothek/")
    assert response.status_code == 200
    cache = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache


def test_public_library_with_private_documents_is_private_for_members(
    visitor, documents, make_library
):
    """What a member sees of a public library includes private documents: not for caches."""
    make_library("Bibliothek", collections=[documents["private_collection"]])
    response = visitor("member").get("/de/bibliothek/")
    assert PRIVATE_TITLE in response.content.decode()
    assert "private" in response["Cache-Control"]


# (d) Site search


@pytest.mark.parametrize("kind", VISITORS)
@pytest.mark.parametrize("query", ["Quittenbaum", PRIVATE_TEXT], ids=["title", "pdf-text"])
def test_site_search_for_a_members_only_document(visitor, documents, make_library, kind, query):
    make_library("Bibliothek", collections=[documents["private_collection"]])
    client = visitor(kind)
    for language in ("de", "ar"):
        response = client.get(f"/{language}/search/", {"q": query})
        assert response.status_code == 200
        html = html_of(response)
        status = html.select_one("[role=status]").get_text(strip=True)
        links = [a["href"] for a in html.select(".search-document a")]
        if SEES_PRIVATE[kind]:
            assert documents["private"].url in links
            # Arabic counts one in words ("نتيجة واحدة").
            assert status.startswith({"de": "1 ", "ar": "نتيجة واحدة"}[language])
        else:
            # No hit, no count, no title: as if the document did not exist.
            assert not html.select(".search-section")
            assert status.startswith({"de": "0 ", "ar": "لا توجد نتائج"}[language])
            assert PRIVATE_TITLE not in response.content.decode()
            assert documents["private"].url not in response.content.decode()


# (e) and (f) Sitemap, home page and feeds


def test_sitemap_lists_public_libraries_not_members_only_ones(client, documents, make_library):
    make_library("Bibliothek", collections=[documents["public_collection"]])
    members_only_library(make_library, "Mitgliederbibliothek", [documents["private_collection"]])
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [
        element.text
        for element in ET.fromstring(response.content).findall("s:url/s:loc", namespace)
    ]
    assert any(location.endswith("/de/bibliothek/") for location in locations)
    assert any(location.endswith("/ar/bibliothek/") for location in locations)
    assert not any("mitgliederbibliothek" in location for location in locations)
    assert PRIVATE_TITLE not in response.content.decode()
    assert "/documents/" not in response.content.decode()


@pytest.mark.parametrize(
    "url", ["/de/", "/ar/", "/sitemap.xml", "/de/veranstaltungen/", "/de/veranstaltungen/ical/"]
)
def test_private_document_title_appears_nowhere_else(client, documents, make_library, url):
    make_library("Bibliothek", collections=[documents["private_collection"]])
    response = client.get(url)
    assert response.status_code == 200
    assert PRIVATE_TITLE not in response.content.decode()
    assert documents["private"].url not in response.content.decode()
