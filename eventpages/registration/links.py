"""The private links in registration mails: confirm the address, manage the registration.

No account: the link is the key. It carries the registration's id and its secret `key`
(models.new_key), signed with the site's SECRET_KEY on top, so neither a guessed id nor a copy
of the database alone makes a working link. Confirmation links expire after CONFIRM_MAX_AGE
(as the newsletter's); manage links work as long as the registration exists.

The views are site-level addresses under the language prefix (`/<lang>/registration/…`, see
network_site/urls.py), not routes below the event page: the event's slug may be renamed or
translated, the page moved, the visitor may have registered through an alias in another
language, and the link in an old mail must still work. The language prefix only chooses the
language the page is shown in: the same token works under every prefix, so a visitor who
switches language on the page keeps their registration. Links are absolute on SITE_URL
(core.site_url): mails are built in tasks and commands, and a request's Host header must not
decide where they lead.
"""

from datetime import timedelta

from django.core import signing
from django.urls import reverse
from django.utils import translation

from core.site_url import site_root_url

from .models import Registration

CONFIRM_SALT = "eventpages.registration.confirm"
MANAGE_SALT = "eventpages.registration.manage"
CONFIRM_MAX_AGE = timedelta(days=7)


class InvalidToken(Exception):
    """The link was changed, cut off, or its registration is gone."""


class ExpiredToken(InvalidToken):
    """A confirmation link older than CONFIRM_MAX_AGE."""


def confirm_token(registration):
    return signing.dumps([registration.pk, registration.key], salt=CONFIRM_SALT)


def manage_token(registration):
    return signing.Signer(salt=MANAGE_SALT).sign_object([registration.pk, registration.key])


def read_confirm_token(token):
    """The registration; raises ExpiredToken, or InvalidToken (also when it was deleted)."""
    try:
        payload = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except signing.BadSignature as error:
        raise InvalidToken from error
    return _registration(payload)


def read_manage_token(token):
    try:
        payload = signing.Signer(salt=MANAGE_SALT).unsign_object(token)
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidToken from error
    return _registration(payload)


def _registration(payload):
    if not isinstance(payload, list) or len(payload) != 2 or not isinstance(payload[0], int):
        raise InvalidToken
    pk, key = payload
    registration = Registration.objects.select_related("event").filter(pk=pk, key=key).first()
    if registration is None:
        raise InvalidToken
    return registration


def _absolute(name, token, language):
    with translation.override(language):
        return site_root_url() + reverse(name, args=[token])


def confirm_url(registration):
    """The button page that confirms the address, in the registration's language."""
    return _absolute("registration_confirm", confirm_token(registration), registration.language)


def manage_url(registration):
    """The participant's own page: status, persons, cancel, delete, the meeting link."""
    return _absolute("registration_manage", manage_token(registration), registration.language)
