"""Upload validation for documents: by content, not by name, for the admin and the share form.

A file's extension says what it claims to be; its bytes (read with `filetype`) must agree.
Anything that could run in a browser or on a computer (HTML, SVG, scripts, programs) is
refused even when it is renamed, because a library download must be safe to open; so are
office files that unpack to absurd sizes (docpages.archives).
"""

import os
import re
import zipfile

import filetype
from anyascii import anyascii
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.text import get_valid_filename, slugify
from django.utils.translation import gettext_lazy as _

from .archives import ArchiveProblem, Limits, check_archive

# Extension -> the `filetype` extension its content must be detected as ("" = plain text).
ALLOWED_TYPES = {
    "pdf": "pdf",
    "docx": "docx",
    "odt": "odt",
    "xlsx": "xlsx",
    "ods": "ods",
    "pptx": "pptx",
    "odp": "odp",
    "txt": "",
    "jpg": "jpg",
    "jpeg": "jpg",
    "png": "png",
}
ALLOWED_NAMES = "PDF, DOCX, ODT, XLSX, ODS, PPTX, ODP, TXT, JPG, PNG"

# What `filetype` reports for programs: refused with their own message whatever the name says.
EXECUTABLE_TYPES = {"exe", "elf", "dmg", "wasm", "swf", "crx", "deb", "rpm", "cab", "dex", "class"}

# Office files are zip packages; when `filetype` only sees "zip" (unusual entry order) the
# package is opened and its main part looked for.
OOXML_MAIN_PARTS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
ODF_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}

HEAD_SIZE = 8192
MAX_STEM_LENGTH = 60
MARKUP = re.compile(
    rb"<\s*(script|svg|html|body|iframe|object|embed|!doctype|\?xml)\b", re.IGNORECASE
)
# Invisible controls that reorder the text after them: embeddings and overrides (U+202A to
# U+202E) and isolates (U+2066 to U+2069). "Rechnung\u202efdp.exe" shows as "Rechnungexe.pdf".
# The marks LRM, RLM and ALM (U+200E, U+200F, U+061C) stay: they only place neutral
# characters (brackets, digits) and are typed in Arabic and Persian text.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# C0 control characters other than tab, line feed, form feed and carriage return, DEL, C1.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

MESSAGES = {
    "no_extension": _(
        "Die Datei hat keine Dateiendung. Erlaubt sind diese Dateitypen: %(allowed)s. Bitte "
        "die Datei mit der Endung ihres Typs speichern, zum Beispiel „merkblatt.pdf“."
    ),
    "type_not_allowed": _(
        "Dateien vom Typ „%(extension)s“ können nicht hochgeladen werden. "
        "Erlaubt sind diese Dateitypen: %(allowed)s. Bitte das Dokument in einem davon "
        "speichern, zum Beispiel als PDF."
    ),
    "empty": _("Die Datei ist leer. Bitte eine Datei mit Inhalt wählen."),
    "too_large": _(
        "Die Datei ist zu groß (%(size)s MB). Erlaubt sind höchstens %(limit)s MB. Bitte die "
        "Datei verkleinern, zum Beispiel mit kleineren Bildern, oder in mehrere Teile aufteilen."
    ),
    "content_mismatch": _(
        "Der Inhalt der Datei passt nicht zur Endung „.%(extension)s“. Bitte die Datei "
        "in diesem Format speichern oder mit der richtigen Endung hochladen."
    ),
    "unsafe_content": _(
        "Die Datei ist kein „.%(extension)s“, sondern enthält ein Programm, eine Webseite "
        "oder ein Skript. Solche Dateien können aus Sicherheitsgründen nicht hochgeladen werden. "
        "Bitte das Dokument als PDF speichern und die PDF-Datei hochladen."
    ),
    "unreadable_text": _(
        "Die Textdatei enthält Zeichen, die kein lesbarer Text sind. Bitte als einfachen "
        "Text (UTF-8) speichern."
    ),
    "archive_unreadable": _(
        "Die Datei ist beschädigt oder so gespeichert, dass sie sich nicht lesen lässt. Bitte "
        "die Datei neu speichern und noch einmal hochladen."
    ),
    "archive_too_large": _(
        "Ausgepackt wäre der Inhalt der Datei %(size)s MB groß; erlaubt sind höchstens "
        "%(limit)s MB. Bitte die Datei verkleinern, zum Beispiel mit kleineren Bildern."
    ),
    "archive_ratio": _(
        "Die Datei ist ungewöhnlich stark gepackt: Ausgepackt wäre sie mehr als %(ratio)s-mal "
        "so groß. Solche Dateien können aus Sicherheitsgründen nicht hochgeladen werden. Bitte "
        "das Dokument neu speichern, zum Beispiel als PDF."
    ),
    "archive_too_many_entries": _(
        "Die Datei besteht aus zu vielen einzelnen Teilen (%(count)s; erlaubt sind höchstens "
        "%(limit)s). Bitte das Dokument aufteilen."
    ),
    "archive_nested": _(
        "Die Datei enthält ein weiteres gepacktes Archiv (etwa ZIP, RAR oder 7z). Solche "
        "Dateien können aus Sicherheitsgründen nicht hochgeladen werden. Bitte das Archiv aus dem "
        "Dokument entfernen oder das Dokument als PDF speichern."
    ),
    "archive_unsafe_path": _(
        "Die Datei enthält Teile mit unzulässigem Pfad (absolut oder mit „..“). Solche "
        "Dateien können aus Sicherheitsgründen nicht hochgeladen werden. Bitte das Dokument im "
        "Office-Programm neu speichern oder als PDF speichern."
    ),
}
# Office files are zip packages: these are checked as archives before they are stored.
ZIP_BASED = {"docx", "xlsx", "pptx", "odt", "ods", "odp"}


def _error(code, **params):
    return ValidationError(MESSAGES[code], code=code, params=params or None)


def megabytes(size):
    """A size in MB for messages: whole numbers stay whole, others get one decimal."""
    value = size / (1024 * 1024)
    if value >= 1 and value == int(value):
        return number_format(int(value))
    return number_format(max(value, 0.1), decimal_pos=1)


def remove_bidi_controls(text):
    """The text without bidi embedding, override and isolate controls (names and titles)."""
    return BIDI_CONTROLS.sub("", text or "")


def clean_title(title, field):
    """A document title without bidi controls; refused like an empty one if nothing is left."""
    title = remove_bidi_controls(title).strip()
    if not title:
        raise ValidationError(field.error_messages["required"], code="required")
    return title


def split_name(name):
    """(stem, lowercase extension without dot) of an uploaded file's name."""
    stem, extension = os.path.splitext(os.path.basename(name or ""))
    return stem, extension[1:].lower()


def sanitise_filename(name):
    """A safe ASCII name: transliterated, slugified stem, lowercase extension, bounded length."""
    stem, extension = split_name(remove_bidi_controls(name))
    extension = "jpg" if extension == "jpeg" else extension
    stem = slugify(anyascii(stem))[:MAX_STEM_LENGTH].strip("-_") or "dokument"
    return get_valid_filename(f"{stem}.{extension}" if extension else stem)


def _read_head(uploaded_file):
    uploaded_file.seek(0)
    head = uploaded_file.read(HEAD_SIZE)
    uploaded_file.seek(0)
    return head


def _read_all(uploaded_file):
    uploaded_file.seek(0)
    content = b"".join(uploaded_file.chunks())
    uploaded_file.seek(0)
    return content


def _looks_like_markup(data):
    text = data.lstrip(b"\xef\xbb\xbf \t\r\n\f")
    return text.startswith(b"<") or MARKUP.search(data) is not None


def _is_package(uploaded_file, extension):
    """Whether a zip really is the office package its extension claims (entries, mimetype)."""
    try:
        uploaded_file.seek(0)
        with zipfile.ZipFile(uploaded_file) as archive:
            if extension in OOXML_MAIN_PARTS:
                names = set(archive.namelist())
                return "[Content_Types].xml" in names and OOXML_MAIN_PARTS[extension] in names
            info = archive.getinfo("mimetype")
            if info.file_size > 100:
                return False
            return archive.read(info).strip() == ODF_MIMETYPES[extension].encode()
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return False
    finally:
        uploaded_file.seek(0)


def _check_text(uploaded_file, detected):
    content = _read_all(uploaded_file)
    if detected in EXECUTABLE_TYPES or _looks_like_markup(content):
        raise _error("unsafe_content", extension="txt")
    if detected is not None and b"\x00" in content:
        raise _error("content_mismatch", extension="txt")
    if b"\x00" in content:
        raise _error("unreadable_text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError:
            continue
        if CONTROL_CHARACTERS.search(text):
            break
        return
    raise _error("unreadable_text")


def _check_archive(uploaded_file):
    limits = Limits(
        unpacked=settings.DOCUMENT_MAX_UNPACKED_SIZE,
        entries=settings.DOCUMENT_MAX_ARCHIVE_ENTRIES,
    )
    try:
        check_archive(uploaded_file, limits)
    except ArchiveProblem as problem:
        params = dict(problem.params)
        for key in ("size", "limit") if problem.code == "archive_too_large" else ():
            params[key] = megabytes(params[key])
        for key in ("count", "limit") if problem.code == "archive_too_many_entries" else ():
            params[key] = number_format(params[key], force_grouping=True)
        raise _error(problem.code, **params) from problem


def validate_upload(uploaded_file):
    """Raise ValidationError unless the file is an allowed, intact type; return a safe name.

    Works on any Django File (InMemoryUploadedFile, TemporaryUploadedFile, ContentFile) and
    leaves it at position 0.
    """
    name = remove_bidi_controls(getattr(uploaded_file, "name", ""))
    _stem, extension = split_name(name)
    if not extension:
        raise _error("no_extension", allowed=ALLOWED_NAMES)
    if extension not in ALLOWED_TYPES:
        raise _error("type_not_allowed", extension=extension, allowed=ALLOWED_NAMES)

    size = uploaded_file.size
    if not size:
        raise _error("empty")
    limit = settings.DOCUMENT_MAX_UPLOAD_SIZE
    if size > limit:
        raise _error("too_large", size=megabytes(size), limit=megabytes(limit))

    head = _read_head(uploaded_file)
    if not head:
        raise _error("empty")
    guessed = filetype.guess(head)
    detected = guessed.extension if guessed else None
    expected = ALLOWED_TYPES[extension]

    if expected in ZIP_BASED and detected in (expected, "zip"):
        _check_archive(uploaded_file)  # before anything inside is read

    if not expected:
        _check_text(uploaded_file, detected)
    elif detected != expected:
        if detected in EXECUTABLE_TYPES or (detected is None and _looks_like_markup(head)):
            raise _error("unsafe_content", extension=extension)
        package = expected in OOXML_MAIN_PARTS or expected in ODF_MIMETYPES
        if not (package and detected == "zip" and _is_package(uploaded_file, expected)):
            raise _error("content_mismatch", extension=extension)

    uploaded_file.seek(0)
    return sanitise_filename(name)
