"""Development mail, printed readably on the console (settings/dev.py).

Django's console backend prints the message as it goes over the wire: Arabic text as base64,
German as quoted-printable with links broken across lines, subjects as RFC 2047 words. Nobody
can read that or click a link in it. This backend prints the headers that matter, decoded, and
the plain-text part as text; the HTML alternative and attachments are only named.
"""

from django.core.mail.backends.console import EmailBackend as ConsoleEmailBackend

HEADERS = (
    "From",
    "To",
    "Cc",
    "Reply-To",
    "Subject",
    "List-Unsubscribe",
    "List-Unsubscribe-Post",
)
RULE = "-" * 79


def readable(message):
    """The message (a Django EmailMessage) as text for a person reading the console."""
    mime = message.message()
    lines = [f"{name}: {mime[name]}" for name in HEADERS if mime[name] is not None]
    if message.bcc:
        lines.append("Bcc: " + ", ".join(message.bcc))
    text = None
    notes = []
    for part in mime.walk():
        if part.is_multipart():
            continue
        content_type = part.get_content_type()
        size = len(part.get_payload(decode=True) or b"")
        filename = part.get_filename()
        if filename or part.get_content_disposition() == "attachment":
            notes.append(f"[attachment: {filename or 'unnamed'} ({content_type}, {size} bytes)]")
        elif content_type == "text/plain" and text is None:
            charset = part.get_content_charset() or "utf-8"
            text = part.get_payload(decode=True).decode(charset, errors="replace")
        else:
            notes.append(f"[alternative: {content_type}, {size} bytes, not shown]")
    lines.append("")
    lines.append(text.rstrip("\n") if text is not None else "[no text part]")
    if notes:
        lines.append("")
        lines.extend(notes)
    return "\n".join(lines)


class EmailBackend(ConsoleEmailBackend):
    """Django's console backend, writing readable() instead of the raw MIME message."""

    def write_message(self, message):
        self.stream.write(f"{readable(message)}\n{RULE}\n")
