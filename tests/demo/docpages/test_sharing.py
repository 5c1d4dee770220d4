"""Members share a document through the front-end form; it waits in the coordinators' inbox."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, PageViewRestriction
from wagtail.users.models import UserProfile

from core.roles import COORDINATION, EDITORS, MEMBERS
from docpages.collections import inbox_collection
from docpages.models import DocumentSubmission, NetworkDocument
from tests.docpages.files import HTML_BYTES, pdf_bytes

pytestmark = pytest.mark.django_db

SHARE_URL = "/de/share-document/"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def body_bytes(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


@pytest.fixture
def library(collection, make_library):
    return make_library("Bibliothek Teilen", collections=[collection("Geteilte Handreichungen")])


@pytest.fixture
def member(user_in_group, client):
    user = user_in_group("teilerin", MEMBERS, email="teilerin@example.org", first_name="Mira")
    client.force_login(user)
    return user


@pytest.fixture
def coordinators(user_in_group):
    return {
        "with_mail": user_in_group("koord-a", COORDINATION, email="koord-a@example.org"),
        "second": user_in_group("koord-b", COORDINATION, email="koord-b@example.org"),
        "no_mail": user_in_group("koord-c", COORDINATION, email=""),
        "inactive": user_in_group(
            "koord-d", COORDINATION, email="koord-d@example.org", is_active=False
        ),
    }


def shared():
    """Submissions made in the test (the demo brings pending ones of its own)."""
    return DocumentSubmission.objects.filter(title="Handreichung Sprachkurse")


def upload(name="handreichung.pdf", content=None):
    return SimpleUploadedFile(name, content if content is not None else pdf_bytes("Handreichung"))


def form_data(target, **overrides):
    data = {
        "title": "Handreichung Sprachkurse",
        "description": "Alle Kurse im Landkreis.",
        "language": "de",
        "category": "",
        "library": str(target.pk),
        "file": upload(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


# Who may share


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(SHARE_URL)
    assert response.status_code == 302
    assert response["Location"] == "/de/login/?next=/de/share-document/"


def test_logged_in_non_members_are_refused_kindly(client, user_in_group):
    client.force_login(user_in_group("besucher"))
    response = client.get(SHARE_URL)
    assert response.status_code == 403
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Dokument teilen"
    assert "nur Mitglieder des Netzwerks" in page.find("main").get_text()
    assert page.find("form", class_="share-document__form") is None
    response = client.post(SHARE_URL, {"title": "Handreichung Sprachkurse"})
    assert response.status_code == 403
    assert not shared()


@pytest.mark.parametrize("group", [MEMBERS, COORDINATION, EDITORS])
def test_members_coordinators_and_editors_may_share(client, user_in_group, group, library):
    client.force_login(user_in_group("teilende", group))
    assert client.get(SHARE_URL).status_code == 200


# The form


def test_the_form_has_a_label_for_every_field(member, client, library, doc_category):
    doc_category("Sprache und Bildung", "sprache")
    response = client.get(SHARE_URL)
    assert response.status_code == 200
    page = soup(response)
    form = page.find("form", class_="share-document__form")
    assert form["enctype"] == "multipart/form-data"
    labels = {label["for"]: label.get_text(" ", strip=True) for label in form.find_all("label")}
    for field, text in [
        ("id_title", "Titel"),
        ("id_description", "Beschreibung"),
        ("id_language", "Sprache des Dokuments"),
        ("id_category", "Kategorie"),
        ("id_file", "Datei"),
        ("id_library", "Bibliothek"),
    ]:
        assert labels[field].startswith(text)
        assert form.find(id=field) is not None
    assert "Pflichtangabe" in labels["id_title"]
    assert "Pflichtangabe" not in labels["id_description"]
    libraries = [option.get_text() for option in form.find(id="id_library").find_all("option")]
    assert "Bibliothek Teilen" in libraries
    categories = [option.get_text() for option in form.find(id="id_category").find_all("option")]
    assert "Sprache und Bildung" in categories
    language = form.find(id="id_language").find("option", selected=True)
    assert language["value"] == "de"
    assert ".pdf" in form.find(id="id_file")["accept"]


def test_the_form_speaks_the_visitors_language(member, client, library, doc_category):
    category = doc_category("Sprache und Bildung", "sprache")
    english = category.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Language and education"
    english.save()
    page = soup(client.get("/en/share-document/"))
    assert page.find(id="id_language").find("option", selected=True)["value"] == "en"
    options = {o["value"]: o.get_text() for o in page.find(id="id_category").find_all("option")}
    assert options[str(category.pk)] == "Language and education"
    assert str(english.pk) not in options  # the German category is what gets stored


def test_only_visible_libraries_with_a_collection_are_offered(
    member, client, library, make_library, collection, user_in_group
):
    make_library("Bibliothek ohne Sammlung")
    restricted = make_library("Bibliothek intern", collections=[collection("Intern")])
    # Restricted after the aliases exist: make_library(members_only=True) trips over
    # core.privacy copying the restriction twice (reported).
    restriction = PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name=MEMBERS))
    offered = [
        option.get_text() for option in soup(client.get(SHARE_URL)).find(id="id_library")("option")
    ]
    assert "Bibliothek Teilen" in offered
    assert "Bibliothek intern" in offered  # the member passes the members-only restriction
    assert "Bibliothek ohne Sammlung" not in offered

    client.force_login(user_in_group("redakteurin", EDITORS))
    offered = [
        option.get_text() for option in soup(client.get(SHARE_URL)).find(id="id_library")("option")
    ]
    assert "Bibliothek intern" not in offered
    response = client.post(SHARE_URL, form_data(restricted))
    assert response.status_code == 200
    assert not shared()


def test_the_form_costs_the_same_queries_for_more_libraries_and_categories(
    member, client, library, make_library, collection, doc_category, django_assert_num_queries
):
    client.get("/en/share-document/")  # warm caches (site, locales)
    with CaptureQueriesContext(connection) as few:
        assert client.get("/en/share-document/").status_code == 200
    for number in range(3):
        make_library(f"Weitere Bibliothek {number}", collections=[collection(f"S {number}")])
        doc_category(f"Weitere Kategorie {number}", f"weitere-{number}")
    few = len(few.captured_queries)  # the log is emptied by the next request
    client.get("/en/share-document/")  # what is kept per content generation (core.memo)
    with django_assert_num_queries(few):
        assert client.get("/en/share-document/").status_code == 200


def test_library_parameter_preselects_also_from_a_translation(member, client, library):
    english = library.get_translation(Locale.objects.get(language_code="en"))
    for pk in (library.pk, english.pk):
        page = soup(client.get(f"/en/share-document/?library={pk}"))
        selected = page.find(id="id_library").find("option", selected=True)
        assert selected is not None and selected["value"] == str(library.pk)
    page = soup(client.get(f"{SHARE_URL}?library=nonsense"))
    assert page.find(id="id_library").find("option", selected=True)["value"] == ""


# Sharing


def test_a_shared_document_waits_in_the_inbox_and_coordinators_hear_of_it(
    member, client, library, coordinators, doc_category, django_capture_on_commit_callbacks
):
    category = doc_category("Sprache und Bildung", "sprache")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            SHARE_URL, form_data(library, category=str(category.pk), language="ar")
        )
    assert response.status_code == 302
    assert response["Location"] == SHARE_URL

    document = NetworkDocument.objects.get(title="Handreichung Sprachkurse")
    assert document.collection == inbox_collection()
    assert document.uploaded_by_user == member
    assert document.description == "Alle Kurse im Landkreis."
    assert document.language == "ar"
    assert document.category == category
    assert document.file_type == "pdf"
    assert document.file.name.endswith(".pdf")
    submission = shared().get()
    assert submission.document == document
    assert submission.title == "Handreichung Sprachkurse"
    assert submission.library_id == library.pk
    assert submission.submitted_by == member
    assert submission.language_code == "de"
    assert submission.status == DocumentSubmission.PENDING

    expected = set(
        get_user_model()
        .objects.filter(groups__name=COORDINATION, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    assert {"koord-a@example.org", "koord-b@example.org"} <= expected
    assert "koord-d@example.org" not in expected
    assert sorted(address for message in mail.outbox for address in message.to) == sorted(expected)
    assert all(len(message.to) == 1 for message in mail.outbox)
    message = mail.outbox[0]
    assert message.subject == "Neues Dokument zur Freigabe: Handreichung Sprachkurse"
    assert f"http://testserver/admin/shared-documents/{submission.pk}/" in message.body
    assert "Mira hat ein Dokument für die Bibliothek „Bibliothek Teilen“ geteilt" in message.body
    assert "&" not in message.body and "&#" not in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="de" dir="ltr">' in html
    assert f'href="http://testserver/admin/shared-documents/{submission.pk}/"' in html
    assert "Mira hat ein Dokument für die Bibliothek „Bibliothek Teilen“ geteilt" in html

    done = client.get(SHARE_URL)
    page = soup(done)
    assert page.h1.get_text(strip=True) == "Dokument geteilt"
    assert "Danke! Die Koordination prüft das Dokument „Handreichung Sprachkurse“" in (
        page.find("main").get_text(" ", strip=True)
    )
    assert page.find("a", href=library.url)
    # A reload shows the empty form again rather than thanking twice.
    assert soup(client.get(SHARE_URL)).find("form", class_="share-document__form")


def test_coordinators_get_mail_in_their_own_language_whatever_language_the_member_used(
    member, client, library, coordinators, django_capture_on_commit_callbacks
):
    """German without a choice; in the language of their Wagtail profile where they chose one."""
    UserProfile.objects.create(user=coordinators["second"], preferred_language="ar")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/share-document/", form_data(library))
    assert shared().get().language_code == "en"
    by_address = {message.to[0]: message for message in mail.outbox}
    arabic = by_address.pop("koord-b@example.org")
    assert by_address
    assert all(m.subject.startswith("Neues Dokument zur Freigabe") for m in by_address.values())
    german = by_address["koord-a@example.org"]
    assert "Es wartet im Eingang auf Ihre Freigabe." in german.body
    assert '<html lang="de" dir="ltr">' in german.alternatives[0][0]
    with translation.override("ar"):
        subject = gettext("Neues Dokument zur Freigabe: %(title)s")
    assert subject != "Neues Dokument zur Freigabe: %(title)s"  # the Arabic catalogue has it
    assert arabic.subject == subject % {"title": "Handreichung Sprachkurse"}
    assert "Es wartet im Eingang" not in arabic.body
    assert '<html lang="ar" dir="rtl">' in arabic.alternatives[0][0]


def test_a_shared_document_is_not_public_before_approval(
    member, client, library, coordinators, make_document
):
    client.post(SHARE_URL, form_data(library))
    document = NetworkDocument.objects.get(title="Handreichung Sprachkurse")

    listing = client.get(library.url)
    if listing.status_code == 200:  # the library view may still be on its way
        assert "Handreichung Sprachkurse" not in listing.content.decode()

    for who in ("member", "anonymous"):
        if who == "anonymous":
            client.logout()
        response = client.get(document.url)
        assert b"%PDF" not in body_bytes(response), who
        assert response.status_code in (302, 403), who


# Mistakes


def test_a_missing_title_redisplays_the_form_with_everything_typed(
    member, client, library, django_capture_on_commit_callbacks
):
    before = NetworkDocument.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SHARE_URL, form_data(library, title=""))
    assert response.status_code == 200
    page = soup(response)
    summary = page.find(class_="form-errors")
    assert summary is not None and summary.get("role") == "alert"
    assert summary.find("a", href="#id_title") is not None
    title = page.find(id="id_title")
    assert "id_title_error" in title["aria-describedby"]
    assert page.find(id="id_title_error").get_text(strip=True)
    assert page.find(id="id_description").get_text().strip() == "Alle Kurse im Landkreis."
    assert page.find(id="id_library").find("option", selected=True)["value"] == str(library.pk)
    hint = page.find(id="id_file_helptext").get_text()
    assert "Bitte die Datei erneut auswählen" in hint
    assert "id_file_helptext" in page.find(id="id_file")["aria-describedby"]
    assert NetworkDocument.objects.count() == before
    assert not shared()
    assert mail.outbox == []


def test_a_web_page_named_pdf_is_refused_and_nothing_is_stored(
    member, client, library, django_capture_on_commit_callbacks
):
    before = NetworkDocument.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            SHARE_URL, form_data(library, file=upload("handreichung.pdf", HTML_BYTES))
        )
    assert response.status_code == 200
    page = soup(response)
    error = page.find(id="id_file_error").get_text(" ", strip=True)
    assert "Skript" in error
    assert page.find(class_="form-errors").find("a", href="#id_file") is not None
    assert page.find(id="id_title")["value"] == "Handreichung Sprachkurse"
    assert page.find(id="id_description").get_text().strip() == "Alle Kurse im Landkreis."
    assert NetworkDocument.objects.count() == before
    assert not shared()
    assert mail.outbox == []


def test_missing_file_and_library_are_required(member, client, library):
    response = client.post(SHARE_URL, form_data(library, file=None, library=""))
    assert response.status_code == 200
    page = soup(response)
    assert page.find(id="id_file_error") is not None
    assert page.find(id="id_library_error") is not None
    assert not shared()


def test_the_share_route_exists_in_every_language(member, client, library):
    for code in ("de", "en", "ar"):
        response = client.get(f"/{code}/share-document/")
        assert response.status_code == 200
        assert soup(response).html["lang"] == code


def test_a_refused_file_is_explained_in_the_visitors_language(member, client, library):
    """An Arabic-speaking member reads why the file was refused in Arabic, the form kept."""
    from django.utils import translation

    from docpages.validators import MESSAGES

    with translation.override("ar"):
        expected = str(MESSAGES["unsafe_content"]) % {"extension": "pdf"}
        again = translation.gettext("Bitte die Datei erneut auswählen.")
    assert "Skript" not in expected  # the Arabic catalogue has it

    response = client.post(
        "/ar/share-document/",
        form_data(library, file=upload("handreichung.pdf", HTML_BYTES)),
    )

    assert response.status_code == 200
    page = soup(response)
    assert page.html["dir"] == "rtl"
    assert page.find(id="id_file_error").get_text(" ", strip=True) == expected
    assert again in page.find(id="id_file_helptext").get_text()
    assert page.find(id="id_title")["value"] == "Handreichung Sprachkurse"
    assert not shared()
