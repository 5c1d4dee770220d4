"""Real small files for upload and search tests, made in code."""


def pdf_bytes(text="Hallo Welt"):
    """A small but real PDF (one page, Helvetica) whose text pypdf can read back."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _zip(entries, first_stored=None):
    """A zip archive; `first_stored` is written first and uncompressed (ODF's mimetype rule)."""
    import io
    import zipfile

    buffer = io.BytesIO()
    stamp = (2025, 1, 1, 0, 0, 0)  # fixed, so the same call gives the same bytes
    with zipfile.ZipFile(buffer, "w") as archive:
        if first_stored:
            name, data = first_stored
            archive.writestr(zipfile.ZipInfo(name, stamp), data, compress_type=zipfile.ZIP_STORED)
        for name, data in entries:
            info = zipfile.ZipInfo(name, stamp)
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_OOXML_MAIN = {
    "docx": (
        "word/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    ),
    "xlsx": (
        "xl/workbook.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    ),
    "pptx": (
        "ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    ),
}


def _ooxml_body(kind, text):
    if kind == "docx":
        return (
            _XML + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
            f'2006/main"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>'
        )
    if kind == "xlsx":
        return (
            _XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheets><sheet name="Tabelle1" sheetId="1"/></sheets></workbook>'
        )
    return (
        _XML + '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/'
        '2006/main"><p:sldIdLst/></p:presentation>'
    )


def ooxml_bytes(kind, text="Hallo Welt"):
    """A small Office Open XML package (kind: docx, xlsx or pptx) in the order Word writes it."""
    part, content_type, relationship = _OOXML_MAIN[kind]
    content_types = (
        _XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{part}" ContentType="{content_type}"/></Types>'
    )
    rels = (
        _XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{relationship}" Target="{part}"/>'
        "</Relationships>"
    )
    return _zip(
        [
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", rels),
            (part, _ooxml_body(kind, text)),
        ]
    )


def docx_bytes(text="Hallo Welt"):
    return ooxml_bytes("docx", text)


def xlsx_bytes(text="Hallo Welt"):
    return ooxml_bytes("xlsx", text)


def pptx_bytes(text="Hallo Welt"):
    return ooxml_bytes("pptx", text)


_ODF_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}


def odf_bytes(kind, text="Hallo Welt"):
    """A small OpenDocument package (kind: odt, ods or odp) with the mimetype entry first."""
    mimetype = _ODF_MIMETYPES[kind]
    manifest = (
        _XML + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
        'manifest:1.0" manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/></manifest:manifest>'
    )
    content = (
        _XML + '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
        'office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        f'office:version="1.2"><office:body><office:text><text:p>{text}</text:p>'
        "</office:text></office:body></office:document-content>"
    )
    return _zip(
        [("META-INF/manifest.xml", manifest), ("content.xml", content)],
        first_stored=("mimetype", mimetype),
    )


def odt_bytes(text="Hallo Welt"):
    return odf_bytes("odt", text)


def ods_bytes(text="Hallo Welt"):
    return odf_bytes("ods", text)


def odp_bytes(text="Hallo Welt"):
    return odf_bytes("odp", text)


def image_bytes(image_format="PNG", size=(4, 3)):
    """A tiny real image made with Pillow (format: PNG or JPEG)."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 60)).save(buffer, format=image_format)
    return buffer.getvalue()


def png_bytes():
    return image_bytes("PNG")


def jpg_bytes():
    return image_bytes("JPEG")


def txt_bytes(text="Treffen am Dienstag.\nBitte Ausweis mitbringen: Größe egal.\n"):
    return text.encode("utf-8")


# Content for every allowed extension, for tests that loop over the types.
ALLOWED_SAMPLES = {
    "pdf": pdf_bytes,
    "docx": docx_bytes,
    "odt": odt_bytes,
    "xlsx": xlsx_bytes,
    "ods": ods_bytes,
    "pptx": pptx_bytes,
    "odp": odp_bytes,
    "txt": txt_bytes,
    "jpg": jpg_bytes,
    "png": png_bytes,
}

HTML_BYTES = b"<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>\n"
SVG_BYTES = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(1)</script></svg>\n"
)
# The start of a Windows program ("MZ" header, DOS stub) and of a Linux one (ELF header).
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 112
ELF_BYTES = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 120
