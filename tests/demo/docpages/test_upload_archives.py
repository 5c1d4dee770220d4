"""Zip-based office files: bombs, too many parts, nested archives and escaping paths refused.

The archives are built here with zipfile. Real bombs (runs of zeros, deflated) where that is
fast; the 1.1 GB case of the issue has a central directory that declares the size, which is
all the validator reads (it never unpacks to measure).
"""

import io
import json
import random
import zipfile

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from core.roles import EDITORS, MEMBERS
from docpages.models import DocumentSubmission, NetworkDocument
from docpages.validators import MESSAGES, validate_upload
from tests.docpages.files import (
    docx_bytes,
    ods_bytes,
    odt_bytes,
    ooxml_bytes,
    pdf_bytes,
    pptx_bytes,
)

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
STAMP = (2025, 1, 1, 0, 0, 0)

UNREADABLE = (
    "Die Datei ist beschädigt oder so gespeichert, dass sie sich nicht lesen lässt. Bitte "
    "die Datei neu speichern und noch einmal hochladen."
)
RATIO = (
    "Die Datei ist ungewöhnlich stark gepackt: Ausgepackt wäre sie mehr als 100-mal so groß. "
    "Solche Dateien können aus Sicherheitsgründen nicht hochgeladen werden. Bitte das Dokument "
    "neu speichern, zum Beispiel als PDF."
)
NESTED = (
    "Die Datei enthält ein weiteres gepacktes Archiv (etwa ZIP, RAR oder 7z). Solche Dateien "
    "können aus Sicherheitsgründen nicht hochgeladen werden. Bitte das Archiv aus dem Dokument "
    "entfernen oder das Dokument als PDF speichern."
)
UNSAFE_PATH = (
    "Die Datei enthält Teile mit unzulässigem Pfad (absolut oder mit „..“). Solche Dateien "
    "können aus Sicherheitsgründen nicht hochgeladen werden. Bitte das Dokument im "
    "Office-Programm neu speichern oder als PDF speichern."
)


def too_large(size, limit):
    return (
        f"Ausgepackt wäre der Inhalt der Datei {size} MB groß; erlaubt sind höchstens "
        f"{limit} MB. Bitte die Datei verkleinern, zum Beispiel mit kleineren Bildern."
    )


def too_many(count, limit):
    return (
        f"Die Datei besteht aus zu vielen einzelnen Teilen ({count}; erlaubt sind höchstens "
        f"{limit}). Bitte das Dokument aufteilen."
    )


# --- building archives ---


def package(kind="docx", extra=(), zeros=None, declared=None):
    """A real office package (tests/docpages/files.py) with more entries appended.

    extra: (name, bytes) pairs, deflated; zeros: (name, n) a deflated run of n zero bytes,
    written in chunks so it is never held in memory; declared: (name, n) a tiny entry whose
    central directory claims n bytes, as a hand-made bomb's does.
    """
    makers = {"odt": odt_bytes, "ods": ods_bytes}
    buffer = io.BytesIO(makers[kind]() if kind in makers else ooxml_bytes(kind))
    with zipfile.ZipFile(buffer, "a") as archive:
        for name, data in extra:
            archive.writestr(zipfile.ZipInfo(name, STAMP), data, zipfile.ZIP_DEFLATED)
        if zeros:
            name, size = zeros
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w", force_zip64=True) as entry:
                chunk = b"\0" * MB
                for _ in range(size // MB):
                    entry.write(chunk)
        if declared:
            name, size = declared
            info = zipfile.ZipInfo(name, STAMP)
            archive.writestr(info, b"<x/>", zipfile.ZIP_DEFLATED)
            info.file_size = size  # written into the central directory when the archive closes
    return buffer.getvalue()


def random_bytes(size):
    return random.Random(14).randbytes(size)  # incompressible, same every run


def refusal(name, content):
    with pytest.raises(ValidationError) as caught:
        validate_upload(SimpleUploadedFile(name, content))
    return caught.value.code, caught.value.messages[0]


BOMB_1_1_GB = package("docx", declared=("word/media/image1.xml", 1100 * MB))


# --- validate_upload directly ---


def test_a_bomb_of_zeros_is_refused_by_its_ratio():
    content = package("docx", zeros=("word/document2.xml", 8 * MB))
    assert len(content) < 80_000  # really ~1000:1, and within the unpacked limit
    assert refusal("bombe.docx", content) == ("archive_ratio", RATIO)


def test_the_issues_1_1_gb_bomb_is_refused_by_its_size():
    code, message = refusal("tabelle.docx", BOMB_1_1_GB)
    assert (code, message) == ("archive_too_large", too_large("1100,0", "100"))


def test_the_unpacked_limit_is_a_setting(settings):
    settings.DOCUMENT_MAX_UNPACKED_SIZE = 1 * MB
    content = package("xlsx", extra=[("xl/media/image1.png", random_bytes(MB + MB // 2))])
    assert refusal("tabelle.xlsx", content) == ("archive_too_large", too_large("1,5", "1"))
    settings.DOCUMENT_MAX_UNPACKED_SIZE = 2 * MB
    assert validate_upload(SimpleUploadedFile("tabelle.xlsx", content)) == "tabelle.xlsx"


def test_too_many_entries_are_refused():
    many = [(f"customXml/item{i}.xml", b"") for i in range(10_001)]
    assert refusal("viele.docx", package("docx", extra=many)) == (
        "archive_too_many_entries",
        too_many("10.004", "10.000"),
    )


def test_the_entry_limit_is_a_setting(settings):
    content = package("pptx", extra=[("ppt/a.xml", b"<a/>"), ("ppt/b.xml", b"<b/>")])
    settings.DOCUMENT_MAX_ARCHIVE_ENTRIES = 4
    assert refusal("folien.pptx", content) == ("archive_too_many_entries", too_many("5", "4"))
    settings.DOCUMENT_MAX_ARCHIVE_ENTRIES = 5
    assert validate_upload(SimpleUploadedFile("folien.pptx", content)) == "folien.pptx"


@pytest.mark.parametrize(
    "name, data",
    [
        ("word/media/anhang.zip", docx_bytes()),  # by name
        ("word/media/daten.7z", b"7z\xbc\xaf\x27\x1c" + b"\0" * 30),
        ("word/media/backup.tar.gz", b"\x1f\x8b\x08\x00" + b"\0" * 30),
        ("word/media/image1.png", docx_bytes()),  # by content: a zip named as an image
        ("word/media/image2.jpeg", b"Rar!\x1a\x07\x01\x00" + b"\0" * 30),
        ("word/media/image3.emf", b"\x1f\x8b\x08\x00" + b"\0" * 30),
        ("word/embeddings/oleObject1.bin", b"BZh91AY&SY" + b"\0" * 30),
        ("word/media/Tabelle.xlsx", ooxml_bytes("xlsx")),  # a package outside embeddings
    ],
)
def test_nested_archives_are_refused(name, data):
    assert refusal("bericht.docx", package("docx", extra=[(name, data)])) == (
        "archive_nested",
        NESTED,
    )


def test_a_nested_archive_in_an_opendocument_file_is_refused():
    content = package("odt", extra=[("Pictures/bild.png", docx_bytes())])
    assert refusal("brief.odt", content) == ("archive_nested", NESTED)


def test_office_embeddings_are_accepted():
    """A chart's data (an .xlsx) and an OLE object (.bin) are ordinary parts of a Word file."""
    content = package(
        "docx",
        extra=[
            ("word/embeddings/Microsoft_Excel_Worksheet.xlsx", ooxml_bytes("xlsx")),
            ("word/embeddings/oleObject1.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500),
            ("word/media/image1.png", b"\x89PNG\r\n\x1a\n" + random_bytes(2000)),
        ],
    )
    assert validate_upload(SimpleUploadedFile("Bericht.docx", content)) == "bericht.docx"


def test_an_embedded_workbook_is_checked_like_the_document():
    inner = package("xlsx", zeros=("xl/worksheets/sheet1.xml", 8 * MB))
    content = package("pptx", extra=[("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx", inner)])
    assert refusal("folien.pptx", content) == ("archive_ratio", RATIO)
    nested_twice = package(
        "xlsx", extra=[("xl/embeddings/Microsoft_Word_Document.docx", docx_bytes())]
    )
    content = package(
        "docx", extra=[("word/embeddings/Microsoft_Excel_Worksheet.xlsx", nested_twice)]
    )
    assert refusal("bericht.docx", content) == ("archive_nested", NESTED)


@pytest.mark.parametrize(
    "name",
    [
        "../evil.xml",
        "word/../../evil.xml",
        "word\\..\\..\\evil.xml",
        "/etc/cron.d/evil",
        "\\windows\\evil.xml",
        "C:/evil.xml",
    ],
)
def test_entries_outside_the_archive_are_refused(name):
    assert refusal("bericht.docx", package("docx", extra=[(name, b"<x/>")])) == (
        "archive_unsafe_path",
        UNSAFE_PATH,
    )


def test_dots_inside_names_are_fine():
    content = package("docx", extra=[("word/media/bild..v2.png", b"\x89PNG\r\n\x1a\n")])
    assert validate_upload(SimpleUploadedFile("bericht.docx", content)) == "bericht.docx"


@pytest.mark.parametrize(
    "content",
    [
        docx_bytes()[:-30],  # the end of the central directory cut off
        docx_bytes()[:200] + b"\0" * 400 + docx_bytes()[600:],  # the middle overwritten
    ],
)
def test_a_damaged_package_is_refused(content):
    assert refusal("kaputt.docx", content) == ("archive_unreadable", UNREADABLE)


def test_an_embedding_that_is_no_package_is_damaged():
    content = package("docx", extra=[("word/embeddings/Paket.docx", pdf_bytes())])
    assert refusal("bericht.docx", content) == ("archive_unreadable", UNREADABLE)


def test_unusual_compression_methods_are_refused():
    buffer = io.BytesIO(docx_bytes())
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("word/extra.xml", b"<x/>" * 100, zipfile.ZIP_BZIP2)
    assert refusal("bericht.docx", buffer.getvalue()) == ("archive_unreadable", UNREADABLE)


@pytest.mark.parametrize(
    "name, make", [("a.docx", docx_bytes), ("a.pptx", pptx_bytes), ("a.odt", odt_bytes)]
)
def test_ordinary_packages_pass(name, make):
    assert validate_upload(SimpleUploadedFile(name, make())) == name


def test_the_demo_office_files_pass(settings):
    from pathlib import Path

    folder = Path(__file__).resolve().parents[3] / "docpages" / "demo" / "files"
    checked = 0
    for path in sorted(folder.iterdir()):
        if path.suffix[1:] in ("docx", "xlsx", "pptx", "odt", "ods", "odp"):
            upload = SimpleUploadedFile(path.name, path.read_bytes())
            assert validate_upload(upload) == path.name
            checked += 1
    assert checked >= 5


def test_the_reason_in_the_visitors_language():
    """The message is translated when shown, in the language active then."""
    with translation.override("en"):
        expected = translation.gettext(too_large("%(size)s", "%(limit)s"))
        code, message = refusal("bombe.docx", BOMB_1_1_GB)
    assert code == "archive_too_large"
    assert message == expected % {"size": "1100.0", "limit": "100"}


# --- through the forms ---


def stored_files(media):
    folder = media / "documents"
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


REFUSED = [
    ("tabelle.docx", BOMB_1_1_GB, too_large("1100,0", "100")),
    ("bombe.xlsx", package("xlsx", zeros=("xl/worksheets/sheet2.xml", 8 * MB)), RATIO),
    (
        "viele.docx",
        package("docx", extra=[(f"customXml/i{i}.xml", b"") for i in range(10_001)]),
        too_many("10.004", "10.000"),
    ),
    ("archiv.docx", package("docx", extra=[("word/media/a.zip", docx_bytes())]), NESTED),
    ("pfad.docx", package("docx", extra=[("../../evil.xml", b"<x/>")]), UNSAFE_PATH),
    ("absolut.xlsx", package("xlsx", extra=[("/tmp/evil.xml", b"<x/>")]), UNSAFE_PATH),
    ("kaputt.docx", docx_bytes()[:-30], UNREADABLE),
]


@pytest.mark.parametrize("name, content, message", REFUSED)
def test_admin_upload_refuses_and_stores_nothing(
    client, user_in_group, media, name, content, message
):
    from .test_uploads import add_document, login

    user = login(client, user_in_group)
    before = NetworkDocument.objects.count()
    response = add_document(client, user, name, content)
    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [message]
    assert message in BeautifulSoup(response.content, "html.parser").get_text()
    assert NetworkDocument.objects.count() == before
    assert stored_files(media) == []


def test_admin_multiple_upload_refuses_a_bomb(client, user_in_group, media):
    from .test_uploads import collection_for, login

    user = login(client, user_in_group, EDITORS)
    before = NetworkDocument.objects.count()
    response = client.post(
        reverse("wagtaildocs:add_multiple"),
        {
            "files[]": SimpleUploadedFile("tabelle.docx", BOMB_1_1_GB),
            "collection": collection_for(user).pk,
        },
    )
    assert json.loads(response.content) == {
        "success": False,
        "error_message": too_large("1100,0", "100"),
    }
    assert NetworkDocument.objects.count() == before
    assert stored_files(media) == []


def test_replacing_a_file_with_a_bomb_keeps_the_old_one(
    client, user_in_group, media, make_document, collection
):
    from .test_uploads import login

    login(client, user_in_group)
    document = make_document("Satzung", collection("Verein Bomben"))
    old_name = document.file.name
    response = client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": "Satzung",
            "file": SimpleUploadedFile("satzung.docx", BOMB_1_1_GB),
            "collection": document.collection_id,
            "language": "de",
            "version_note": "neu",
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [too_large("1100,0", "100")]
    document.refresh_from_db()
    assert document.file.name == old_name
    assert not document.versions.exists()
    assert stored_files(media) == [old_name.rsplit("/", 1)[-1]]


def test_admin_accepts_a_demo_like_package(client, user_in_group, media):
    from .test_uploads import add_document, login

    user = login(client, user_in_group, EDITORS)
    content = package(
        "docx", extra=[("word/embeddings/Microsoft_Excel_Worksheet.xlsx", ooxml_bytes("xlsx"))]
    )
    response = add_document(client, user, "Bericht mit Diagramm.docx", content, title="Diagramm")
    assert response.status_code == 302
    document = NetworkDocument.objects.get(title="Diagramm")
    assert stored_files(media) == [document.filename] == ["bericht-mit-diagramm.docx"]


SHARE_URL = "/de/share-document/"


@pytest.fixture
def library(collection, make_library):
    return make_library("Bibliothek Bomben", collections=[collection("Geteilte Bomben")])


@pytest.fixture
def member(user_in_group, client):
    user = user_in_group("teilerin-bomben", MEMBERS, email="teilerin@example.org")
    client.force_login(user)
    return user


def share(client, library, name, content, url=SHARE_URL):
    return client.post(
        url,
        {
            "title": "Tabelle Bombe",
            "description": "",
            "language": "de",
            "category": "",
            "library": str(library.pk),
            "file": SimpleUploadedFile(name, content),
        },
    )


@pytest.mark.parametrize("name, content, message", REFUSED)
def test_share_form_refuses_and_stores_nothing(
    member, client, library, media, name, content, message
):
    before = NetworkDocument.objects.count()
    response = share(client, library, name, content)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find(id="id_file_error").get_text(" ", strip=True) == message
    assert NetworkDocument.objects.count() == before
    assert not DocumentSubmission.objects.filter(title="Tabelle Bombe").exists()
    assert stored_files(media) == []


def test_share_form_explains_in_arabic(member, client, library, media):
    with translation.override("ar"):
        expected = str(MESSAGES["archive_ratio"]) % {"ratio": "100"}
    response = share(client, library, "bombe.xlsx", REFUSED[1][1], url="/ar/share-document/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    assert page.find(id="id_file_error").get_text(" ", strip=True) == expected
    assert stored_files(media) == []


def test_share_form_accepts_a_real_xlsx(member, client, library, media):
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "docpages/demo/files/fahrtkosten-abrechnung.xlsx"
    response = share(client, library, path.name, path.read_bytes())
    assert response.status_code == 302
    submission = DocumentSubmission.objects.get(title="Tabelle Bombe")
    assert stored_files(media) == [submission.document.filename]


# --- counting before parsing ---


def refuse_parsing(monkeypatch):
    """Make parsing the directory fail the test: the end record alone must decide."""

    def parse(*args, **kwargs):
        raise AssertionError("the central directory was parsed")

    monkeypatch.setattr("docpages.archives.zipfile.ZipFile", parse)


def test_a_zip64_end_record_is_read(settings, monkeypatch):
    """Archives of more than 65,535 entries keep the count in a zip64 record; made here small."""
    settings.DOCUMENT_MAX_ARCHIVE_ENTRIES = 50
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 5)  # zipfile writes zip64 from 6 on
    content = bytearray(package("xlsx", extra=[(f"x/{i}", b"") for i in range(60)]))
    assert b"PK\x06\x06" in content
    end = content.rfind(b"PK\x05\x06")
    content[end + 8 : end + 12] = b"\x01\x00\x01\x00"  # the old record says "one entry"
    refuse_parsing(monkeypatch)
    assert refusal("viele.xlsx", bytes(content)) == (
        "archive_too_many_entries",
        too_many("63", "50"),
    )


def test_an_end_record_that_understates_the_count_is_caught_by_the_directory_size(
    settings, monkeypatch
):
    settings.DOCUMENT_MAX_ARCHIVE_ENTRIES = 100
    content = bytearray(package("docx", extra=[(f"word/item{i}.xml", b"") for i in range(2000)]))
    end = content.rfind(b"PK\x05\x06")
    content[end + 8 : end + 12] = b"\x01\x00\x01\x00"  # "one entry" on this disk and in all
    refuse_parsing(monkeypatch)
    code, _message = refusal("viele.docx", bytes(content))
    assert code == "archive_too_many_entries"
