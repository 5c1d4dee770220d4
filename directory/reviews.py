"""Entries nobody has confirmed for a while: which they are, and the friendly reminder.

An organisation is due for review when its German page is live and its "Zuletzt geprüft am"
(directory.checking) is more than DIRECTORY_REVIEW_MONTHS months ago (never checked: published
that long ago). The coordinators' desk counts them (directory.wagtail_hooks); the daily
command `send_directory_reviews` mails each one at most once per review period (a
models.ReviewReminder row says when it last did), to its linked members in their own language
(their Wagtail profile), else to the organisation's address in German.

The mail's "Angaben stimmen noch" link needs no login: it is signed with SECRET_KEY, names
only the organisation, and expires after LINK_MAX_AGE. Opening it shows a button; only the
button's POST confirms, since mail scanners open links (directory.review_views). Links are
absolute on SITE_URL (core.site_url): the command runs without a request.
"""

from datetime import timedelta

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core import county_time
from core.mail import build_message, mail_language, send_after_commit, user_language
from core.site_url import admin_absolute_url, page_url, site_root_url

from .models import OrganisationEditor, OrganisationPage, ReviewReminder

SALT = "directory.review.confirm"
LINK_MAX_AGE = timedelta(days=60)
TEMPLATE = "directory/email/review"


class InvalidToken(Exception):
    """The link was changed, cut off, or its organisation is gone."""


class ExpiredToken(InvalidToken):
    """A link older than LINK_MAX_AGE."""


def review_months():
    return int(getattr(settings, "DIRECTORY_REVIEW_MONTHS", 12))


def cutoff(today=None):
    """The first day that still counts as recent: checked before it means due for review."""
    return (today or county_time.today()) - relativedelta(months=review_months())


def due_for_review(today=None):
    """The live German organisation pages not checked for a review period (one query)."""
    first_recent = cutoff(today)
    never_checked = Q(
        last_checked_at__isnull=True, first_published_at__lt=county_time.midnight(first_recent)
    )
    return OrganisationPage.objects.live().filter(
        Q(last_checked_at__lt=first_recent) | never_checked,
        locale__language_code=settings.LANGUAGE_CODE,
    )


def to_remind(today=None):
    """Those due that were not reminded within the current review period."""
    first_recent = cutoff(today)
    return due_for_review(today).filter(
        Q(review_reminder__isnull=True)
        | Q(review_reminder__sent_at__lt=county_time.midnight(first_recent))
    )


# ---------------------------------------------------------------------------------- links


def confirm_token(organisation):
    return signing.dumps({"o": organisation.pk}, salt=SALT)


def read_token(token):
    """The German organisation page; raises ExpiredToken or InvalidToken."""
    try:
        payload = signing.loads(token, salt=SALT, max_age=LINK_MAX_AGE)
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except signing.BadSignature as error:
        raise InvalidToken from error
    if not isinstance(payload, dict) or not isinstance(payload.get("o"), int):
        raise InvalidToken
    organisation = OrganisationPage.objects.filter(
        pk=payload["o"], locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if organisation is None:
        raise InvalidToken
    return organisation


def confirm_url(organisation, language):
    with translation.override(language):
        return site_root_url() + reverse("directory_review", args=[confirm_token(organisation)])


def edit_url(organisation):
    return admin_absolute_url(reverse("wagtailadmin_pages:edit", args=[organisation.pk]))


# ---------------------------------------------------------------------------------- mails


def recipients(organisation):
    """[(address, language, may_edit)]: linked members with an address, else the entry's own."""
    links = (
        OrganisationEditor.objects.filter(organisation=organisation, user__is_active=True)
        .exclude(user__email="")
        .select_related("user__wagtail_userprofile")
        .order_by("user__email", "user_id")
    )
    seen, found = set(), []
    for link in links:
        if link.user.email.lower() not in seen:
            seen.add(link.user.email.lower())
            found.append((link.user.email, mail_language(user_language(link.user)), True))
    if not found and organisation.email:
        found.append((organisation.email, settings.LANGUAGE_CODE, False))
    return found


def in_language(organisation, language):
    """The organisation's page in the recipient's language (translation or alias), else German."""
    return (
        OrganisationPage.objects.live()
        .filter(translation_key=organisation.translation_key, locale__language_code=language)
        .first()
    ) or organisation


def message(organisation, address, language, may_edit):
    local = in_language(organisation, language)
    with translation.override(language):
        subject = _("Stimmen Ihre Angaben im Wegweiser noch? %(title)s") % {"title": local.title}
    context = {
        "organisation": local,
        "page_url": page_url(local),
        "confirm_url": confirm_url(organisation, language),
        "edit_url": edit_url(organisation) if may_edit else "",
        "last_checked_at": organisation.last_checked_at,
        "months": review_months(),
        "link_days": LINK_MAX_AGE.days,
    }
    return build_message(address, subject, TEMPLATE, context, language)


def send_reminders(now=None):
    """Queue the reminders due today; the number of organisations reminded."""
    now = now or timezone.now()
    today = county_time.local_date(now)
    reminded = 0
    for organisation in to_remind(today).order_by("pk"):
        with transaction.atomic():
            messages = [
                message(organisation, address, language, may_edit)
                for address, language, may_edit in recipients(organisation)
            ]
            # Also recorded without an address: the desk still shows the entry, and the
            # command does not look at it again every day.
            ReviewReminder.objects.update_or_create(
                organisation=organisation,
                defaults={"sent_at": now, "recipients": len(messages)},
            )
            send_after_commit(messages)
        reminded += bool(messages)
    return reminded
