"""A library's listing: what each entry shows, filters, search, sorting, pages, languages."""

from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import override
from wagtail.models import Locale

from core.roles import COORDINATION, MEMBERS
from docpages.collections import inbox_collection
from docpages.models import DocumentLibraryPage, NetworkDocument

pytestmark = pytest.mark.django_db

LIBRARY = "/de/bibliothek/"


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def get(client, url=LIBRARY, **params):
    return soup(client.get(url, params))


def titles(html):
    return [h.get_text(strip=True) for h in html.select(".document__title")]


def entry(html, title):
    for item in html.select("li.document"):
        if item.select_one(".document__title").get_text(strip=True) == title:
            return item
    raise AssertionError(f"{title} not listed")


def facts(item):
    return {
        row.dt.get_text(strip=True): row.dd.get_text(" ", strip=True)
        for row in item.select(".document__facts div")
    }


def tag(document, *names):
    """Tags are added after saving; saving again puts them into the search index."""
    document.tags.add(*names)
    document.save()
    return document


@pytest.fixture
def public(collection):
    return collection("Öffentliche Dokumente")


@pytest.fixture
def library(make_library, public):
    return make_library("Bibliothek", collections=[public])


# What each entry shows


def test_entry_shows_title_description_facts_and_download(
    client, public, library, make_document, doc_category
):
    document = make_document(
        "Merkblatt Aufenthalt",
        public,
        description="Was bei der Anmeldung zu beachten ist.",
        publisher="Ausländerbehörde Naumburg",
        as_of=date(2024, 3, 1),
        category=doc_category("Aufenthalt", "aufenthalt"),
        language="en",
    )
    html = get(client)
    item = entry(html, "Merkblatt Aufenthalt")
    assert item.select_one(".document__description").get_text(strip=True) == (
        "Was bei der Anmeldung zu beachten ist."
    )
    shown = facts(item)
    assert shown["Sprache"] == "Englisch"
    assert shown["Datei"].startswith("PDF, ")
    assert shown["Datei"].endswith("Byte")
    assert shown["Stand"] == "1. März 2024"
    assert item.select_one("time")["datetime"] == "2024-03-01"
    assert shown["Herausgeber"] == "Ausländerbehörde Naumburg"
    assert shown["Kategorie"] == "Aufenthalt"
    download = item.select_one(".document__download a")
    assert download["href"] == document.url
    label = download.get_text(" ", strip=True)
    assert label.startswith("PDF herunterladen, ")
    assert "Merkblatt Aufenthalt" in download.select_one(".visually-hidden").get_text()
    assert client.get(document.url).status_code == 200


def test_entry_without_stand_shows_the_upload_date(client, public, library, make_document):
    document = make_document("Ohne Stand", public)
    shown = facts(entry(get(client), "Ohne Stand"))
    assert "Stand" not in shown
    with override("de"):
        expected = date_format(timezone.localdate(document.created_at), "DATE_FORMAT")
    assert shown["Hinzugefügt am"] == expected


def test_intro_body_and_count_above_the_listing(client, public, library, make_document):
    library.body = [("paragraph", "<p>Alle Merkblätter des Netzwerks.</p>")]
    library.save_revision().publish()
    make_document("Eins", public)
    make_document("Zwei", public)
    html = get(client)
    assert html.select_one(".intro").get_text(strip=True) == "Dokumente."
    assert "Alle Merkblätter des Netzwerks." in html.select_one("main").get_text()
    assert html.select_one(".document-count").get_text(strip=True) == "2 Dokumente"
    assert html.select_one(".document-count")["role"] == "status"
    assert html.find("link", href="/static/css/docpages.css")


def test_empty_library_says_so(client, library):
    html = get(client)
    assert html.select_one(".document-count").get_text(strip=True) == "0 Dokumente"
    assert "noch keine Dokumente" in html.select_one(".document-empty").get_text()
    assert not html.select("li.document")


# Which documents


def test_new_document_in_a_library_collection_appears_without_editing_the_page(
    client, public, library, make_document
):
    assert titles(get(client)) == []
    make_document("Neu hochgeladen", public)
    below = public.add_child(name="Unterordner")
    make_document("Im Unterordner", below)
    assert set(titles(get(client))) == {"Neu hochgeladen", "Im Unterordner"}


def test_hand_picked_document_from_another_collection_appears(
    client, collection, public, make_library, make_document
):
    other = collection("Andere Sammlung")
    picked = make_document("Ausgewählt", other)
    make_document("Nicht ausgewählt", other)
    make_document("Aus der Sammlung", public)
    make_library("Bibliothek", collections=[public], documents=[picked])
    assert set(titles(get(client))) == {"Ausgewählt", "Aus der Sammlung"}


def test_documents_in_the_inbox_are_never_listed(
    client, user_in_group, public, make_library, make_document
):
    inbox = inbox_collection()
    waiting = make_document("Wartet auf Freigabe", inbox)
    make_document("Freigegeben", public)
    # Even a library pointed at the inbox, or picking an inbox document, does not show it.
    make_library("Bibliothek", collections=[public, inbox], documents=[waiting])
    assert titles(get(client)) == ["Freigegeben"]
    client.force_login(user_in_group("kora", COORDINATION))
    assert titles(get(client)) == ["Freigegeben"]


# Filters


@pytest.fixture
def assorted(public, library, make_document, doc_category):
    """Four documents differing in category, language, file type and tags."""
    law = doc_category("Recht", "recht")
    work = doc_category("Arbeit", "arbeit")
    make_document("Asylverfahren", public, category=law, language="de")
    tag(make_document("Arbeitsvertrag", public, category=work, language="ar"), "Arbeit", "Lohn")
    make_document(
        "Stellenliste",
        public,
        category=work,
        language="de",
        filename="stellenliste.txt",
        content=b"Stellen im Kreis",
    )
    tag(make_document("Mietrecht", public, category=law, language="uk"), "Wohnen")


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"category": "recht"}, {"Asylverfahren", "Mietrecht"}),
        ({"language": "ar"}, {"Arbeitsvertrag"}),
        ({"file_type": "txt"}, {"Stellenliste"}),
        ({"tag": "wohnen"}, {"Mietrecht"}),
        ({"category": "arbeit", "language": "de"}, {"Stellenliste"}),
        ({"category": "arbeit", "file_type": "pdf", "tag": "lohn"}, {"Arbeitsvertrag"}),
    ],
)
def test_each_filter(client, assorted, params, expected):
    html = get(client, **params)
    assert set(titles(html)) == expected
    count = len(expected)
    assert html.select_one(".document-count").get_text(strip=True) == (
        f"{count} Dokument" if count == 1 else f"{count} Dokumente"
    )


def test_filter_choices_are_what_occurs_and_every_control_is_labelled(client, assorted):
    html = get(client)
    form = html.select_one("form.document-filter")
    assert form["method"] == "get"
    assert form.select_one("legend")
    assert form.select_one("button[type=submit]")
    assert form.select_one("input[name=q]")["type"] == "search"
    for control in form.select("input, select"):
        assert form.select_one(f"label[for={control['id']}]"), control["name"]

    def options(name):
        return [option["value"] for option in form.select(f"select[name={name}] option")]

    assert options("language") == ["", "de", "ar", "uk"]
    assert options("file_type") == ["", "pdf", "txt"]
    assert options("category") == ["", "arbeit", "recht"]
    assert options("tag") == ["", "arbeit", "lohn", "wohnen"]


def test_filters_stay_selected(client, assorted):
    html = get(client, category="recht", q="Miet")
    assert html.select_one("select[name=category] option[selected]")["value"] == "recht"
    assert html.select_one(".document-filter input[name=q]")["value"] == "Miet"


def test_tag_links_on_entries_filter_the_library(client, assorted):
    html = get(client)
    link = entry(html, "Mietrecht").select_one(".document__tags a")
    assert link.get_text(strip=True) == "Wohnen"
    assert titles(soup(client.get(link["href"]))) == ["Mietrecht"]


def test_invalid_filter_values_are_ignored_and_shown(client, assorted):
    html = get(client, category="gibt-es-nicht", language="xx", sort="zufall", page="abc")
    assert set(titles(html)) == {"Asylverfahren", "Arbeitsvertrag", "Stellenliste", "Mietrecht"}
    assert html.select_one(".form-errors")
    select = html.select_one("select[name=category]")
    assert select["aria-invalid"] == "true"
    assert html.find(id=select["aria-describedby"])
    # A valid filter next to an invalid one still applies.
    assert titles(get(client, language="ar", category="gibt-es-nicht")) == ["Arbeitsvertrag"]


def test_no_match_says_so_and_offers_to_remove_filters(client, assorted):
    html = get(client, q="Quantenphysik")
    empty = html.select_one(".document-empty")
    assert "Keine Dokumente passen" in empty.get_text()
    assert empty.select_one("a")["href"] == LIBRARY


# Search


def test_search_finds_words_in_the_pdf_text(client, public, library, make_document):
    make_document("Merkblatt", public, text="Hinweise zur Wohnsitzauflage im Kreis")
    make_document("Anderes Merkblatt", public, text="Sprachkurse")
    assert titles(get(client, q="Wohnsitzauflage")) == ["Merkblatt"]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Kita", "Kita-Anmeldung"),  # title
        ("Betreuungsplatz", "Kita-Anmeldung"),  # description
        ("Jobcenter", "Bescheid erklärt"),  # publisher
        ("Kinderbetreuung", "Bescheid erklärt"),  # tag
    ],
)
def test_search_looks_at_title_description_publisher_and_tags(
    client, public, library, make_document, query, expected
):
    make_document("Kita-Anmeldung", public, description="So bekommen Sie einen Betreuungsplatz.")
    tag(make_document("Bescheid erklärt", public, publisher="Jobcenter"), "Kinderbetreuung")
    assert titles(get(client, q=query)) == [expected]


def test_search_is_limited_to_the_library(client, collection, public, library, make_document):
    make_document("Wohnsitzauflage hier", public)
    make_document("Wohnsitzauflage anderswo", collection("Andere"))
    assert titles(get(client, q="Wohnsitzauflage")) == ["Wohnsitzauflage hier"]


SORTS = ["", "title", "relevance"]


@pytest.mark.parametrize("sort", SORTS, ids=["newest", "title", "relevance"])
def test_search_never_finds_what_the_visitor_may_not_see(
    client, user_in_group, collection, public, make_library, make_document, sort
):
    """Words of a members-only document find nothing for others (no hit, no count), and
    nothing in the inbox is found, even for coordinators, in every order."""
    private = collection("Intern", members_only=True)
    make_document("Protokoll intern", private, text="Zaunkoenigstrasse")
    make_document("Wartet auf Freigabe", inbox_collection(), text="Zaunkoenigstrasse")
    make_document("Merkblatt", public, text="Sprachkurse")
    make_library("Bibliothek", collections=[public, private, inbox_collection()])
    html = get(client, q="Zaunkoenigstrasse", sort=sort)
    assert titles(html) == []
    assert html.select_one(".document-count").get_text(strip=True) == "0 Dokumente"
    assert "Protokoll intern" not in str(html)
    client.force_login(user_in_group("kora", COORDINATION))
    html = get(client, q="Zaunkoenigstrasse", sort=sort)
    assert titles(html) == ["Protokoll intern"]
    assert html.select_one(".document-count").get_text(strip=True) == "1 Dokument"


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"category": "recht"}, {"Asylverfahren", "Mietrecht"}),
        ({"language": "ar", "sort": "title"}, {"Arbeitsvertrag"}),
        (
            {"file_type": "pdf", "sort": "relevance"},
            {"Asylverfahren", "Arbeitsvertrag", "Mietrecht"},
        ),
        ({"tag": "wohnen", "sort": "relevance"}, {"Mietrecht"}),
        ({"category": "arbeit", "tag": "lohn"}, {"Arbeitsvertrag"}),
        ({"file_type": "txt"}, {"Stellenliste"}),
        ({"file_type": "txt", "language": "ar"}, set()),
    ],
)
def test_search_with_filters(client, assorted, public, make_document, params, expected):
    """The search narrows the filtered documents; a filter narrows the matches."""
    # The PDFs say "Inhalt"; only PDF text is read, so the text file says it in its description.
    listing = NetworkDocument.objects.get(title="Stellenliste")
    listing.description = "Inhalt: offene Stellen"
    listing.save()
    make_document("Ohne das Wort", public, text="Anderes")
    html = get(client, q="Inhalt", **params)
    assert set(titles(html)) == expected
    count = len(expected)
    assert html.select_one(".document-count").get_text(strip=True) == (
        f"{count} Dokument" if count == 1 else f"{count} Dokumente"
    )


def test_every_word_must_occur_somewhere_in_the_document(client, public, library, make_document):
    make_document("Merkblatt Umzug", public, text="Hinweise zur Wohnsitzauflage")
    make_document("Merkblatt Kita", public, text="Betreuung")
    make_document("Formular", public, text="Wohnsitzauflage")
    assert titles(get(client, q="Merkblatt Wohnsitzauflage")) == ["Merkblatt Umzug"]
    assert titles(get(client, q="merkblatt", sort="title")) == ["Merkblatt Kita", "Merkblatt Umzug"]


@pytest.mark.parametrize(
    "query, expected",
    [
        ('"Wohnsitzauflage"', ["Merkblatt"]),
        ('Wohnsitz"auflage', []),
        ('"', []),
        ("Wohnsitzauflage OR Sprachkurse", []),
        ("Wohnsitz*", []),
        ("{title}: Merkblatt", []),
        ("-Wohnsitzauflage", ["Merkblatt"]),
    ],
)
def test_quotes_and_search_syntax_are_read_as_words(
    client, public, library, make_document, query, expected
):
    """What a visitor types is words to find, never syntax of the database's search."""
    make_document("Merkblatt", public, text="Hinweise zur Wohnsitzauflage")
    make_document("Kursliste", public, text="Sprachkurse")
    for sort in SORTS:
        assert titles(get(client, q=query, sort=sort)) == expected, sort


# Sorting and pages


def test_search_sorted_by_title_or_by_best_match(client, public, library, make_document):
    """How well a document matches is the search backend's business; both orders work."""
    make_document("Zeugnis übersetzen", public)
    make_document("Alpha Übersicht", public, text="Wie ein Zeugnis anerkannt wird")
    make_document("Beta", public)
    by_title = titles(get(client, q="Zeugnis", sort="title"))
    assert by_title == ["Alpha Übersicht", "Zeugnis übersetzen"]
    assert sorted(titles(get(client, q="Zeugnis", sort="relevance"))) == by_title


def test_sort_by_newest_and_by_title(client, public, library, make_document):
    """Newest by the date shown: the Stand where there is one, else the upload date."""
    charlie = make_document("Charlie", public)
    NetworkDocument.objects.filter(pk=charlie.pk).update(
        created_at=timezone.now() - timedelta(days=10)
    )
    make_document("Alpha", public, as_of=date(2022, 1, 1))
    make_document("Bravo", public, as_of=date(2023, 1, 1))
    assert titles(get(client)) == ["Charlie", "Bravo", "Alpha"]
    assert titles(get(client, sort="title")) == ["Alpha", "Bravo", "Charlie"]
    assert titles(get(client, sort="title", q="Alpha")) == ["Alpha"]


def test_pagination_keeps_the_filters(client, public, library, make_document):
    for number in range(23):
        make_document(f"Formular {number:02d}", public, language="ar")
    make_document("Deutsch", public, language="de")
    first = get(client, language="ar", sort="title")
    assert titles(first) == [f"Formular {number:02d}" for number in range(20)]
    assert first.select_one(".document-count").get_text(strip=True) == "23 Dokumente"
    next_link = first.select_one('nav.pagination a[rel="next"]')["href"]
    assert next_link == "?language=ar&sort=title&page=2"
    second = soup(client.get(LIBRARY + next_link))
    assert titles(second) == ["Formular 20", "Formular 21", "Formular 22"]
    assert "Seite 2 von 2" in second.title.get_text()
    # A page number beyond the last shows the last page.
    assert titles(get(client, language="ar", sort="title", page=9)) == titles(second)


def test_search_results_are_paginated(client, public, library, make_document):
    for number in range(22):
        make_document(f"Antrag {number:02d}", public, text="Familiennachzug")
    first = get(client, q="Familiennachzug", sort="title")
    assert len(titles(first)) == 20
    second = soup(client.get(LIBRARY + first.select_one('a[rel="next"]')["href"]))
    assert titles(second) == ["Antrag 20", "Antrag 21"]


def test_best_matches_first_over_pages_without_repeats(client, public, library, make_document):
    """In the backend's order of relevance (Wagtail's .search()), page after page."""
    for number in range(21):
        make_document(f"Antrag {number:02d}", public, text="Familiennachzug")
    make_document("Familiennachzug erklärt", public, text="Familiennachzug Familiennachzug")
    make_document("Anderes", public, text="Sprachkurse")
    first = get(client, q="Familiennachzug", sort="relevance")
    assert first.select_one(".document-count").get_text(strip=True) == "22 Dokumente"
    next_link = first.select_one('nav.pagination a[rel="next"]')["href"]
    assert next_link == "?q=Familiennachzug&sort=relevance&page=2"
    second = soup(client.get(LIBRARY + next_link))
    assert len(titles(first)) == 20
    expected = [document.title for document in NetworkDocument.objects.search("Familiennachzug")]
    assert titles(first) + titles(second) == expected
    assert len(set(expected)) == 22


@pytest.mark.parametrize(
    "params",
    [
        {"q": "Inhalt"},
        {"q": "Inhalt", "sort": "title"},
        {"q": "Inhalt", "sort": "relevance"},
        {"q": "Inhalt", "category": "recht"},
        {"q": "Inhalt Asylverfahren", "sort": "relevance"},
    ],
)
def test_same_results_with_wagtails_own_search(client, monkeypatch, assorted, params):
    """With a search backend docpages.fulltext does not know, Wagtail's .search() lists the
    same documents in the same order."""
    from docpages import fulltext

    expected = titles(get(client, **params))
    assert expected
    monkeypatch.setattr(fulltext, "supported", lambda: False)
    assert titles(get(client, **params)) == expected


# Languages


@pytest.fixture
def translated(collection, public, make_document):
    """A German original with English and Arabic versions, and a Persian one for members."""
    original = make_document("Willkommen", public, language="de")
    english = make_document("Welcome", public, language="en", original=original)
    arabic = make_document("أهلا وسهلا", public, language="ar", original=original)
    persian = make_document(
        "خوش آمدید", collection("Intern", members_only=True), language="fa", original=original
    )
    return original, english, arabic, persian


def language_links(item):
    return {link["hreflang"]: link for link in item.select(".document__languages a[hreflang]")}


def test_other_languages_are_linked_with_hreflang(client, library, translated):
    original, english, arabic, persian = translated
    html = get(client)
    links = language_links(entry(html, "Willkommen"))
    assert set(links) == {"en", "ar"}
    assert links["en"]["href"] == english.url
    assert links["ar"]["href"] == arabic.url
    assert links["en"].get_text(" ", strip=True).startswith("Englisch")
    assert links["ar"].get_text(" ", strip=True).startswith("Arabisch")
    # A version links to the original and its siblings.
    assert set(language_links(entry(html, "Welcome"))) == {"de", "ar"}
    # The members-only version is not linked (nor listed) for anonymous visitors.
    assert persian.url not in str(html)


def test_members_see_the_members_only_version_linked(client, user_in_group, library, translated):
    original, english, arabic, persian = translated
    client.force_login(user_in_group("mara", MEMBERS))
    links = language_links(entry(get(client), "Willkommen"))
    assert set(links) == {"en", "ar", "fa"}
    assert links["fa"]["href"] == persian.url


def test_listing_in_arabic_with_translated_category(
    client, public, library, make_document, doc_category
):
    category = doc_category("Gesundheit", "gesundheit")
    arabic = category.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.name = "الصحة"
    arabic.save()
    make_document("Impfpass", public, category=category)
    make_document("Ohne Übersetzung", public, category=doc_category("Schule", "schule"))
    alias = DocumentLibraryPage.objects.get(locale__language_code="ar", alias_of=library)
    html = get(client, alias.url)
    assert html.html["dir"] == "rtl"
    item = entry(html, "Impfpass")
    assert "الصحة" in item.select_one(".document__facts").get_text()
    # Untranslated categories fall back to the German name.
    assert "Schule" in entry(html, "Ohne Übersetzung").select_one(".document__facts").get_text()
    options = {
        option["value"]: option.get_text(strip=True)
        for option in html.select("select[name=category] option")
    }
    assert options["gesundheit"] == "الصحة"
    assert options["schule"] == "Schule"
    assert set(titles(get(client, alias.url, category="gesundheit"))) == {"Impfpass"}


# Sharing


def test_share_link_only_for_members(client, user_in_group, library):
    assert not get(client).select(".document-share")
    client.force_login(user_in_group("niemand"))
    assert not get(client).select(".document-share")
    client.force_login(user_in_group("mara", MEMBERS))
    link = get(client).select_one(".document-share a")
    assert link.get_text(strip=True) == "Dokument teilen"
    assert link["href"].endswith(f"?library={library.pk}")
