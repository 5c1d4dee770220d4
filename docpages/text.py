"""Text of uploaded PDFs, so that search finds words inside documents.

pypdf is imported when a PDF is read (an upload), not with the models: public requests never
read a PDF, and the library (with its cryptography providers) would take time and memory in
every app server process.
"""

import logging

logger = logging.getLogger(__name__)

MAX_PAGES = 200
MAX_CHARACTERS = 200_000


def extract_text(file, file_type):
    """The PDF's text (bounded, so a huge report cannot bloat the index); '' for other types."""
    if file_type != "pdf" or not file:
        return ""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        file.open("rb")
        file.seek(0)
        reader = PdfReader(file)
        parts = []
        length = 0
        for page in reader.pages[:MAX_PAGES]:
            text = page.extract_text() or ""
            parts.append(text)
            length += len(text)
            if length >= MAX_CHARACTERS:
                break
        file.seek(0)
        return " ".join(" ".join(parts).split())[:MAX_CHARACTERS]
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as error:
        logger.warning("Could not read the text of %s: %s", getattr(file, "name", file), error)
        return ""
