"""The message every mail is: text with an HTML alternative, storable as a task argument."""

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


def message_data(message):
    """A rendered message as plain JSON values: what a task queue stores (no attachments)."""
    if message.attachments:
        raise ValueError("Messages with attachments are not sent through the mail task.")
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
    )
