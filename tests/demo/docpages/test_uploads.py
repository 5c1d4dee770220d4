"""Upload validation: by content, one clear message per problem, safe file names, in the admin."""

import io
import json
import zipfile

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import (
    InMemoryUploadedFile,
    SimpleUploadedFile,
    TemporaryUploadedFile,
)
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail.permissions import policy_registry

from core.roles import COORDINATION, EDITORS
from docpages.models import DocumentCategory, NetworkDocument
from docpages.validators import validate_upload
from tests.docpages.files import (
    ALLOWED_SAMPLES,
    ELF_BYTES,
    EXE_BYTES,
    HTML_BYTES,
    SVG_BYTES,
    docx_bytes,
    pdf_bytes,
    png_bytes,
)

pytestmark = pytest.mark.django_db

ALLOWED = "PDF, DOCX, ODT, XLSX, ODS, PPTX, ODP, TXT, JPG, PNG"
MISMATCH_PDF = (
    "Der Inhalt der Datei passt nicht zur Endung „.pdf“. Bitte die Datei in diesem Format "
    "speichern oder mit der richtigen Endung hochladen."
)
UNSAFE_PDF = (
    "Die Datei ist kein „.pdf“, sondern enthält ein Programm, eine Webseite oder ein Skript. "
    "Solche Dateien können aus Sicherheitsgründen nicht hochgeladen werden. "
    "Bitte das Dokument als PDF speichern und die PDF-Datei hochladen."
)
EMPTY = "Die Datei ist leer. Bitte eine Datei mit Inhalt wählen."


def not_allowed(extension):
    return (
        f"Dateien vom Typ „{extension}“ können nicht hochgeladen werden. "
        f"Erlaubt sind diese Dateitypen: {ALLOWED}. Bitte das Dokument in einem davon "
        "speichern, zum Beispiel als PDF."
    )


# name, content, error code, German message (None: checked by code only)
REJECTED = [
    ("seite.html", HTML_BYTES, "type_not_allowed", not_allowed("html")),
    ("logo.svg", SVG_BYTES, "type_not_allowed", not_allowed("svg")),
    ("setup.exe", EXE_BYTES, "type_not_allowed", not_allowed("exe")),
    ("rechnung.pdf", EXE_BYTES, "unsafe_content", UNSAFE_PDF),
    ("rechnung.pdf", ELF_BYTES, "unsafe_content", UNSAFE_PDF),
    ("bild.pdf", png_bytes(), "content_mismatch", MISMATCH_PDF),
    ("seite.pdf", HTML_BYTES, "unsafe_content", UNSAFE_PDF),
    ("leer.pdf", b"", "empty", EMPTY),
]


@pytest.fixture
def media(settings, tmp_path):
    """Each test stores files in its own folder, so "nothing was stored" can be checked."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def stored_files(media):
    folder = media / "documents"
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def error_code(name, content):
    with pytest.raises(ValidationError) as caught:
        validate_upload(SimpleUploadedFile(name, content))
    return caught.value.code, caught.value.messages[0]


# --- validate_upload directly ---


@pytest.mark.parametrize("name, content, code, message", REJECTED)
def test_rejected_files_get_their_own_message(name, content, code, message):
    assert error_code(name, content) == (code, message)


def test_the_four_kinds_of_problem_read_differently():
    messages = {code: message for _name, _content, code, message in REJECTED}
    messages["too_large"] = "x"
    assert len(set(messages.values())) == len(messages) == 5


def test_too_large_names_the_limit_in_mb(settings):
    settings.DOCUMENT_MAX_UPLOAD_SIZE = 1024 * 1024
    content = pdf_bytes() + b"%" * (1024 * 1024)
    code, message = error_code("gross.pdf", content)
    assert code == "too_large"
    assert message == (
        "Die Datei ist zu groß (1,0 MB). Erlaubt sind höchstens 1 MB. Bitte die Datei "
        "verkleinern, zum Beispiel mit kleineren Bildern, oder in mehrere Teile aufteilen."
    )


def test_a_file_at_the_limit_is_accepted(settings):
    content = pdf_bytes()
    settings.DOCUMENT_MAX_UPLOAD_SIZE = len(content)
    assert validate_upload(SimpleUploadedFile("genau.pdf", content)) == "genau.pdf"


def test_a_file_without_extension_is_refused():
    code, message = error_code("README", b"Hallo")
    assert code == "no_extension"
    assert message == (
        f"Die Datei hat keine Dateiendung. Erlaubt sind diese Dateitypen: {ALLOWED}. Bitte die "
        "Datei mit der Endung ihres Typs speichern, zum Beispiel „merkblatt.pdf“."
    )


@pytest.mark.parametrize("extension", sorted(ALLOWED_SAMPLES))
def test_each_allowed_type_is_accepted(extension):
    upload = SimpleUploadedFile(f"Datei.{extension}", ALLOWED_SAMPLES[extension]())
    assert validate_upload(upload) == f"datei.{extension}"
    assert upload.tell() == 0


@pytest.mark.parametrize(
    "name, content",
    [
        ("tabelle.xlsx", docx_bytes()),  # a Word file named as a spreadsheet
        ("brief.odt", docx_bytes()),
        ("foto.png", ALLOWED_SAMPLES["jpg"]()),
        ("scan.jpg", png_bytes()),
        ("bericht.docx", pdf_bytes()),
    ],
)
def test_content_of_another_allowed_type_does_not_match(name, content):
    assert error_code(name, content)[0] == "content_mismatch"


def test_svg_renamed_as_png_is_unsafe():
    code, message = error_code("logo.png", SVG_BYTES)
    assert code == "unsafe_content"
    assert "„.png“" in message


def zip_of(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def test_office_package_in_unusual_order_is_recognised_by_its_parts():
    padding = [(f"customXml/item{i}.xml", "<x/>" * 300) for i in range(6)]
    content = zip_of(
        padding + [("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")]
    )
    assert validate_upload(SimpleUploadedFile("Brief.docx", content)) == "brief.docx"


def test_a_plain_zip_named_docx_is_refused():
    content = zip_of([("notizen.txt", "Hallo"), ("bild.txt", "Welt")])
    assert error_code("archiv.docx", content)[0] == "content_mismatch"


# --- plain text ---


@pytest.mark.parametrize(
    "content",
    [
        "Treffen am Dienstag.\nGröße egal.\n".encode(),
        "\ufeffMit BOM: Übersetzung\r\n".encode(),
        "Windows-Text: Größe, Straße, „Zitat“\r\n".encode("cp1252"),
        "Latin-1: Größe\n".encode("latin-1"),
        "مرحبا، أهلاً\n".encode(),
    ],
)
def test_readable_text_is_accepted(content):
    assert validate_upload(SimpleUploadedFile("notiz.txt", content)) == "notiz.txt"


@pytest.mark.parametrize(
    "content, code",
    [
        (HTML_BYTES, "unsafe_content"),
        (SVG_BYTES, "unsafe_content"),
        (b"  \n<div>Hallo</div>", "unsafe_content"),
        (b"Hallo\n<script src=x></script>", "unsafe_content"),
        (EXE_BYTES, "unsafe_content"),
        (b"Hallo\x00Welt", "unreadable_text"),
        (b"Hallo \x1b[31mrot\x1b[0m", "unreadable_text"),
        (png_bytes(), "content_mismatch"),
    ],
)
def test_text_that_is_not_plain_text_is_refused(content, code):
    assert error_code("notiz.txt", content)[0] == code


def test_unreadable_text_message():
    assert error_code("notiz.txt", b"a\x00b")[1] == (
        "Die Textdatei enthält Zeichen, die kein lesbarer Text sind. Bitte als einfachen "
        "Text (UTF-8) speichern."
    )


# --- file names ---


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Anmeldung Sprachkurs (März).PDF", "anmeldung-sprachkurs-marz.pdf"),
        ("../../etc/Übersicht.pdf", "ubersicht.pdf"),
        ("   .pdf.pdf", "pdf.pdf"),
        ("%%%.pdf", "dokument.pdf"),
    ],
)
def test_file_names_are_sanitised(name, expected):
    assert validate_upload(SimpleUploadedFile(name, pdf_bytes())) == expected


def test_jpeg_becomes_jpg():
    upload = SimpleUploadedFile("Foto vom Fest.JPEG", ALLOWED_SAMPLES["jpg"]())
    assert validate_upload(upload) == "foto-vom-fest.jpg"


def test_non_latin_names_become_ascii_and_long_names_are_cut():
    arabic = validate_upload(SimpleUploadedFile("دليل اللاجئين.pdf", pdf_bytes()))
    assert arabic.isascii() and arabic.endswith(".pdf") and len(arabic) > len("x.pdf")
    long_name = validate_upload(SimpleUploadedFile("Bericht " * 40 + ".pdf", pdf_bytes()))
    assert long_name.endswith(".pdf") and len(long_name) <= 64


# --- kinds of uploaded file ---


def test_temporary_and_in_memory_uploads_are_read_and_rewound():
    content = pdf_bytes("Temporär")
    temporary = TemporaryUploadedFile("Datei.pdf", "application/pdf", len(content), None)
    temporary.write(content)
    temporary.seek(5)
    in_memory = InMemoryUploadedFile(
        io.BytesIO(content), "file", "Datei.pdf", "application/pdf", len(content), None
    )
    in_memory.seek(7)
    for upload in (temporary, in_memory, ContentFile(content, name="Datei.pdf")):
        assert validate_upload(upload) == "datei.pdf"
        assert upload.tell() == 0
        assert upload.read() == content
    temporary.close()


def test_message_in_the_visitors_language():
    with translation.override("de"):
        assert error_code("leer.pdf", b"")[1] == EMPTY
    with translation.override("en"):
        code, message = error_code("leer.pdf", b"")
    assert code == "empty"
    assert message == "The file is empty. Please choose a file with content."


# --- through the Wagtail admin ---


def login(client, user_in_group, group=COORDINATION):
    user = user_in_group(f"u-{group.lower()}", group)
    client.force_login(user)
    return user


def collection_for(user):
    """A collection the user may add documents to (editors have theirs, not the root)."""
    policy = policy_registry.get_by_type(NetworkDocument)
    return policy.collections_user_has_permission_for(user, "add").order_by("path").first()


def add_document(client, user, name, content, **fields):
    data = {
        "title": fields.pop("title", "Neues Dokument"),
        "file": SimpleUploadedFile(name, content),
        "collection": collection_for(user).pk,
        "language": "de",
    }
    data.update(fields)
    return client.post(reverse("wagtaildocs:add"), data)


@pytest.mark.parametrize("name, content, code, message", REJECTED)
def test_admin_refuses_bad_uploads_and_stores_nothing(
    client, user_in_group, media, name, content, code, message
):
    user = login(client, user_in_group)
    before = NetworkDocument.objects.count()
    response = add_document(client, user, name, content)
    assert response.status_code == 200
    assert message in BeautifulSoup(response.content, "html.parser").get_text()
    assert response.context["form"].errors["file"] == [message]  # one clear message only
    assert NetworkDocument.objects.count() == before
    assert stored_files(media) == []


def test_admin_refuses_oversized_upload(client, user_in_group, media, settings):
    settings.DOCUMENT_MAX_UPLOAD_SIZE = 1024 * 1024
    user = login(client, user_in_group)
    before = NetworkDocument.objects.count()
    response = add_document(client, user, "gross.pdf", pdf_bytes() + b"%" * (1024 * 1024))
    text = BeautifulSoup(response.content, "html.parser").get_text()
    assert "Erlaubt sind höchstens 1 MB." in text
    assert NetworkDocument.objects.count() == before
    assert stored_files(media) == []


@pytest.mark.parametrize("extension", sorted(ALLOWED_SAMPLES))
def test_admin_accepts_each_allowed_type(client, user_in_group, media, extension):
    user = login(client, user_in_group, EDITORS)
    content = ALLOWED_SAMPLES[extension]()
    response = add_document(
        client, user, f"Flyer Frühjahr.{extension.upper()}", content, title="Flyer"
    )
    assert response.status_code == 302
    document = NetworkDocument.objects.get(title="Flyer")
    assert document.filename == f"flyer-fruhjahr.{extension}"
    assert document.file_type == extension
    assert document.language == "de"
    assert stored_files(media) == [document.filename]
    with document.open_file() as stored:
        assert stored.read() == content


def test_admin_stores_jpeg_under_a_jpg_name(client, user_in_group, media):
    user = login(client, user_in_group)
    add_document(client, user, "Foto.jpeg", ALLOWED_SAMPLES["jpg"](), title="Foto")
    document = NetworkDocument.objects.get(title="Foto")
    assert (document.filename, document.file_type) == ("foto.jpg", "jpg")


def test_multiple_upload_validates_and_saves(client, user_in_group, media):
    user = login(client, user_in_group, EDITORS)
    url = reverse("wagtaildocs:add_multiple")
    root = collection_for(user).pk
    response = client.post(
        url,
        {"files[]": SimpleUploadedFile("Protokoll (Mai).pdf", pdf_bytes()), "collection": root},
    )
    data = json.loads(response.content)
    assert data["success"] is True
    document = NetworkDocument.objects.get(pk=data["doc_id"])
    assert document.filename == "protokoll-mai.pdf" and document.language == "de"
    # The metadata form shown for the new document has no version note (nothing replaced),
    # and saving it (no file field) works and keeps no version.
    assert f'name="doc-{document.pk}-version_note"' not in data["form"]
    prefix = f"doc-{document.pk}-"
    response = client.post(
        reverse("wagtaildocs:edit_multiple", args=[document.pk]),
        {
            prefix + "title": "Protokoll Mai",
            prefix + "collection": root,
            prefix + "language": "en",
            prefix + "tags": "",
        },
    )
    assert json.loads(response.content)["success"] is True
    document.refresh_from_db()
    assert (document.title, document.language) == ("Protokoll Mai", "en")
    assert not document.versions.exists()

    before = NetworkDocument.objects.count()
    response = client.post(
        url, {"files[]": SimpleUploadedFile("bild.pdf", png_bytes()), "collection": root}
    )
    data = json.loads(response.content)
    assert data == {"success": False, "error_message": MISMATCH_PDF}
    assert NetworkDocument.objects.count() == before


def test_add_form_has_no_version_note_and_edit_form_has_it(
    client, user_in_group, make_document, collection, settings
):
    settings.DOCUMENT_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
    login(client, user_in_group)
    add = BeautifulSoup(client.get(reverse("wagtaildocs:add")).content, "html.parser")
    assert add.find(attrs={"name": "file"}) is not None
    assert f"Erlaubte Dateitypen: {ALLOWED}, höchstens 20 MB." in add.get_text()
    assert add.find(attrs={"name": "version_note"}) is None

    document = make_document("Satzung", collection("Verein"))
    edit = BeautifulSoup(
        client.get(reverse("wagtaildocs:edit", args=[document.pk])).content, "html.parser"
    )
    note = edit.find("textarea", attrs={"name": "version_note"})
    assert note is not None
    assert (
        edit.find("label", attrs={"for": note["id"]})
        .get_text(strip=True)
        .startswith("Notiz zur neuen Fassung")
    )


def test_category_choices_are_the_german_ones(
    client, user_in_group, doc_category, make_document, collection
):
    login(client, user_in_group)
    german = doc_category("Testkategorie Uploads", "testkategorie-uploads")
    english = DocumentCategory.objects.create(
        name="Upload test category",
        slug="testkategorie-uploads",
        locale=Locale.objects.get(language_code="en"),
        translation_key=german.translation_key,
    )
    document = make_document("Antrag", collection("Ämter"))
    page = BeautifulSoup(
        client.get(reverse("wagtaildocs:edit", args=[document.pk])).content, "html.parser"
    )
    values = {o["value"] for o in page.select('select[name="category"] option') if o["value"]}
    assert str(german.pk) in values
    assert str(english.pk) not in values
