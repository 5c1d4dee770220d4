"""Zip packages (DOCX, XLSX, PPTX, ODT, ODS, ODP) checked from their directory, never unpacked.

A zip bomb is a small file that unpacks to gigabytes; whoever opens it (a member's office
program, a virus scanner, an indexer) runs out of memory or disk. The sizes, names and count
of the entries stand in the archive's central directory, which `zipfile` reads without
unpacking anything, so a bomb is refused by what it declares:

- more unpacked bytes than DOCUMENT_MAX_UNPACKED_SIZE, or more than MAX_RATIO times the file
  itself (measured against the bytes actually uploaded, which an archive cannot fake);
- more entries than DOCUMENT_MAX_ARCHIVE_ENTRIES (counted from the end record first, so a
  file of a million empty entries is refused before `zipfile` builds a million objects);
- an archive inside (zip, 7z, rar, gz … by name or by its first bytes): unpacked recursively
  it multiplies. Office files do hold two kinds of embedded file: OLE objects (.bin, not an
  archive) and, for every chart, its data as a Word/Excel/PowerPoint package under
  word|xl|ppt/embeddings/. Those packages are allowed, one level deep, and checked by the same
  rules (their entries and unpacked bytes count towards the limits of the whole file);
- entries with an absolute path or `..`, which unpack outside the target folder;
- compression other than stored or deflated (no office program writes it; bzip2 and lzma
  would also unpack without bound when the first bytes are read).

A declared size can lie; `zipfile` never returns more than an entry declares, so reading the
first bytes of an entry (for its type) or an embedded package (bounded by the limits checked
before) costs at most what the directory admits.
"""

import re
import shutil
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass

MAX_RATIO = 100
# Below this much unpacked content the ratio is not checked: nothing so small hurts anyone,
# and a tiny spreadsheet of empty rows can be packed very tightly.
RATIO_FLOOR = 1024 * 1024
# A central directory entry is 46 bytes plus its name and extra fields; office files use about
# 100. More directory than this per allowed entry means an archive of absurdly many entries.
DIRECTORY_BYTES_PER_ENTRY = 512
SIGNATURE_BYTES = 262  # a tar file says "ustar" at byte 257

ARCHIVE_EXTENSIONS = {
    "zip", "jar", "war", "ear", "apk", "7z", "rar", "gz", "tgz", "bz2", "tbz", "tbz2", "xz",
    "txz", "lz", "lzma", "lz4", "zst", "z", "tar", "cab", "arj", "lzh", "cpio", "iso",
    "docx", "docm", "xlsx", "xlsm", "xlsb", "pptx", "pptm", "sldx", "odt", "ods", "odp",
}  # fmt: skip
ARCHIVE_SIGNATURES = (
    b"PK\x03\x04",  # zip and everything built on it (office files, jar, apk)
    b"PK\x05\x06",  # an empty zip
    b"PK\x07\x08",  # a spanned zip
    b"\x1f\x8b\x08",  # gzip (three bytes: two alone turn up in random data, like fonts)
    b"BZh",  # bzip2
    b"\xfd7zXZ\x00",  # xz
    b"7z\xbc\xaf\x27\x1c",  # 7-Zip
    b"Rar!\x1a\x07",  # RAR
    b"\x28\xb5\x2f\xfd",  # Zstandard
    b"\x04\x22\x4d\x18",  # LZ4
    b"LZIP",
    b"MSCF",  # Microsoft cabinet
    b"!<arch>\n",  # ar (.deb)
)
# Where Word, Excel and PowerPoint keep embedded documents (a chart's data, an inserted file).
EMBEDDED_PACKAGE = re.compile(r"(word|xl|ppt)/embeddings/[^/]+\.(docx|xlsx|pptx|sldx)", re.I)
SUPPORTED_COMPRESSION = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}

END_RECORD = b"PK\x05\x06"
END_RECORD_SIZE = 22
ZIP64_LOCATOR = b"PK\x06\x07"
ZIP64_LOCATOR_SIZE = 20
ZIP64_END_RECORD = b"PK\x06\x06"
ZIP64_END_RECORD_SIZE = 56

# What goes wrong reading a damaged archive, besides BadZipFile.
READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,  # an encrypted entry
    struct.error,
    UnicodeDecodeError,
)


class ArchiveProblem(Exception):
    """Why an archive is refused: a code (docpages.validators.MESSAGES) and its numbers."""

    def __init__(self, code, **params):
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Limits:
    unpacked: int
    entries: int
    ratio: int = MAX_RATIO


@dataclass
class Totals:
    unpacked: int = 0
    entries: int = 0


def check_archive(file, limits):
    """Raise ArchiveProblem unless the zip `file` (any seekable binary file) is harmless."""
    totals = Totals()
    try:
        _check(file, limits, totals, outer=True)
    except READ_ERRORS as error:
        raise ArchiveProblem("archive_unreadable") from error
    finally:
        file.seek(0)


def _check(file, limits, totals, outer):
    size = file.seek(0, 2)
    count, directory_size = declared_entries(file, size)
    # The end record's count, or as many entries as the directory's size allows.
    estimate = max(count, directory_size // DIRECTORY_BYTES_PER_ENTRY)
    _require_entries(totals.entries + estimate, limits)

    file.seek(0)
    with zipfile.ZipFile(file) as archive:
        entries = archive.infolist()
        totals.entries += len(entries)
        _require_entries(totals.entries, limits)  # in case the end record lied
        for entry in entries:
            if _unsafe_path(entry.filename):
                raise ArchiveProblem("archive_unsafe_path")
            if entry.compress_type not in SUPPORTED_COMPRESSION:
                raise ArchiveProblem("archive_unreadable")

        unpacked = sum(entry.file_size for entry in entries)
        totals.unpacked += unpacked
        if totals.unpacked > limits.unpacked:
            raise ArchiveProblem("archive_too_large", size=totals.unpacked, limit=limits.unpacked)
        if unpacked > RATIO_FLOOR and unpacked > limits.ratio * size:
            raise ArchiveProblem("archive_ratio", ratio=limits.ratio)

        for entry in entries:
            if not _is_archive(archive, entry):
                continue
            if not (outer and EMBEDDED_PACKAGE.fullmatch(entry.filename)):
                raise ArchiveProblem("archive_nested")
            _check_embedded(archive, entry, limits, totals)


def _require_entries(count, limits):
    if count > limits.entries:
        raise ArchiveProblem("archive_too_many_entries", count=count, limit=limits.entries)


def _check_embedded(archive, entry, limits, totals):
    """An office package inside an office file: the same rules, and no archive inside it."""
    with tempfile.SpooledTemporaryFile(max_size=RATIO_FLOOR) as copy:
        with archive.open(entry) as source:
            shutil.copyfileobj(source, copy)
        _check(copy, limits, totals, outer=False)  # not a package at all: a damaged file


def declared_entries(file, size):
    """(number of entries, bytes of central directory) from the archive's end record.

    Read before `zipfile` parses the directory, because it parses all of it whatever the
    count says. Zip64 archives keep both numbers in a record just before the locator.
    """
    tail_size = min(size, END_RECORD_SIZE + 0xFFFF)  # the record and its longest comment
    file.seek(size - tail_size)
    tail = file.read(tail_size)
    at = tail.rfind(END_RECORD)
    if at < 0 or len(tail) - at < END_RECORD_SIZE:
        raise zipfile.BadZipFile("no end of central directory")
    count, directory_size, _offset = struct.unpack("<HII", tail[at + 10 : at + 20])
    locator = at - ZIP64_LOCATOR_SIZE
    if locator < 0 or tail[locator : locator + 4] != ZIP64_LOCATOR:
        return count, directory_size
    record = locator - ZIP64_END_RECORD_SIZE
    if record >= 0:
        data = tail[record:locator]
    else:
        file.seek(size - tail_size + record)
        data = file.read(ZIP64_END_RECORD_SIZE)
    if data[:4] != ZIP64_END_RECORD:
        raise zipfile.BadZipFile("damaged zip64 end record")
    count, directory_size = struct.unpack("<QQ", data[32:48])
    return count, directory_size


def _unsafe_path(name):
    parts = re.split(r"[\\/]", name)
    return name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name) or ".." in parts


def _is_archive(archive, entry):
    if entry.is_dir():
        return False
    name = entry.filename.rsplit("/", 1)[-1]
    if "." in name and name.rsplit(".", 1)[1].lower() in ARCHIVE_EXTENSIONS:
        return True
    if entry.file_size < 2:
        return False
    with archive.open(entry) as opened:
        head = opened.read(SIGNATURE_BYTES)
    return head.startswith(ARCHIVE_SIGNATURES) or head[257:262] == b"ustar"
