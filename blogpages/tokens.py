"""Signed links in the subscription emails: confirm an address, unsubscribe with one click.

The links carry the subscriber's id and a fingerprint of the address (never the address
itself, which would end up in web server logs). The fingerprint ties a link to the address it
was sent to, so a link for a deleted subscriber cannot act on a new one that got the same id.
Confirmation links expire; unsubscribe links in old emails keep working.
"""

from datetime import timedelta

from django.core import signing
from django.utils.crypto import salted_hmac

from .models import Subscriber

CONFIRM_SALT = "blogpages.subscription.confirm"
UNSUBSCRIBE_SALT = "blogpages.subscription.unsubscribe"
FINGERPRINT_SALT = "blogpages.subscription.address"
CONFIRM_MAX_AGE = timedelta(days=7)


class InvalidToken(Exception):
    """The link was changed, cut off or made for another address."""


class ExpiredToken(InvalidToken):
    """The confirmation link is older than CONFIRM_MAX_AGE."""


def fingerprint(email):
    return salted_hmac(FINGERPRINT_SALT, email.strip().lower(), algorithm="sha256").hexdigest()[:20]


def confirm_token(subscriber, choices=None):
    """A link to confirm; `choices` (language, frequency, categories) replace the stored ones.

    Choices travel in the link only for an address that is already confirmed: whoever typed it
    into the form cannot change that subscription without access to the mailbox.
    """
    payload = {"s": subscriber.pk, "f": fingerprint(subscriber.email)}
    if choices:
        payload["c"] = choices
    return signing.dumps(payload, salt=CONFIRM_SALT, compress=True)


def read_confirm_token(token):
    """(subscriber or None, choices or None); raises InvalidToken or ExpiredToken."""
    try:
        payload = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE.total_seconds())
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except signing.BadSignature as error:
        raise InvalidToken from error
    if not isinstance(payload, dict) or "s" not in payload or "f" not in payload:
        raise InvalidToken
    return _subscriber(payload["s"], payload["f"]), payload.get("c")


def unsubscribe_token(subscriber):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign_object(
        [subscriber.pk, fingerprint(subscriber.email)]
    )


def read_unsubscribe_token(token):
    """The subscriber, or None when the address has already gone; raises InvalidToken."""
    try:
        payload = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign_object(token)
        pk, address_fingerprint = payload
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise InvalidToken from error
    return _subscriber(pk, address_fingerprint)


def _subscriber(pk, address_fingerprint):
    subscriber = Subscriber.objects.filter(pk=pk).first() if isinstance(pk, int) else None
    if subscriber is None or fingerprint(subscriber.email) != address_fingerprint:
        return None
    return subscriber
