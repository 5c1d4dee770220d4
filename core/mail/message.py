"""The message every mail is: text with an HTML alternative, storable as a task argument."""

import base64
import email.message
import email.policy

from django.core.mail import EmailMultiAlternatives


class Email(EmailMultiAlternatives):
    """Keeps List-Unsubscribe on one line (RFC 5322 allows up to 998 characters).

    A URL has no spaces to fold at, and Python's email package would otherwise turn the long
    header into RFC 2047 encoded-words, which mail programs do not read as a link.
    """

    unfolded_headers = ("List-Unsubscribe",)

    def message(self, *, policy=email.policy.default):
        msg = super().message(policy=policy.clone(refold_source="none"))
        for name in self.unfolded_headers:
            value = msg.get(name)
            if value is not None:
                del msg[name]
                msg.set_raw(name, str(value))
        return msg


def attachment_data(attachment):
    """(filename, content, mimetype) as JSON values: text as it is, bytes in base64.

    Only files given by name, content and type travel (an iCalendar invitation, a list); a
    prepared MIME part cannot be stored as plain values and is refused.
    """
    if isinstance(attachment, email.message.Message):
        raise ValueError("Only attachments given as (filename, content, mimetype) are sent.")
    filename, content, mimetype = attachment
    if isinstance(content, bytes):
        return {
            "filename": filename,
            "base64": base64.b64encode(content).decode("ascii"),
            "mimetype": mimetype,
        }
    return {"filename": filename, "text": str(content), "mimetype": mimetype}


def attachment_from_data(data):
    if "base64" in data:
        content = base64.b64decode(data["base64"])
    else:
        content = data["text"]
    return data["filename"], content, data["mimetype"]


def message_data(message):
    """A rendered message as plain JSON values: what a task queue stores (attachments given as
    filename, content and type included, e.g. the .ics of a registration)."""
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {name: str(value) for name, value in message.extra_headers.items()},
        "alternatives": [
            [str(content), mimetype]
            for content, mimetype in getattr(message, "alternatives", None) or []
        ],
        "attachments": [attachment_data(item) for item in message.attachments],
    }


def message_from_data(data):
    """The message again, from message_data()."""
    return Email(
        subject=data["subject"],
        body=data["body"],
        from_email=data.get("from_email"),
        to=data.get("to") or [],
        cc=data.get("cc") or [],
        bcc=data.get("bcc") or [],
        reply_to=data.get("reply_to") or [],
        headers=data.get("headers") or {},
        alternatives=[tuple(pair) for pair in data.get("alternatives") or []],
        attachments=[attachment_from_data(item) for item in data.get("attachments") or []],
    )
