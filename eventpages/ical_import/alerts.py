"""One email to the coordinators when a calendar keeps failing, not one every hour.

After `ICAL_IMPORT_ALERT_AFTER` failed runs in a row (3 by default: three hours of a feed that
cannot be read) each coordinator gets one message in their language with the reason and a link
to the calendar; the next success resets the count, so a calendar that breaks again later is
reported again.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core.mail import (
    build_message,
    mail_language,
    one_per_address,
    send_after_commit,
    user_language,
)
from core.roles import COORDINATION
from core.site_url import admin_absolute_url

TEMPLATE = "eventpages/email/calendar_failing"


def threshold():
    return max(1, getattr(settings, "ICAL_IMPORT_ALERT_AFTER", 3))


def due(calendar):
    """Whether this failure is the one to report (the count reached, not yet reported)."""
    return calendar.failures >= threshold() and calendar.failure_mailed_at is None


def send(calendar):
    url = admin_absolute_url(
        reverse("wagtailsnippets_eventpages_externalcalendar:edit", args=[calendar.pk])
    )
    messages = []
    for user in one_per_address(COORDINATION):
        language = mail_language(user_language(user))
        with translation.override(language):
            subject = _("Kalender „%(name)s“ kann nicht abgeglichen werden") % {
                "name": calendar.name
            }
        context = {"calendar": calendar, "calendar_url": url, "failures": calendar.failures}
        messages.append(build_message(user.email, subject, TEMPLATE, context, language))
    return send_after_commit(messages)
