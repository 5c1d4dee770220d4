"""The one way registration mails go out: in the registration's language, after the commit,
each kind at most once per registration.

    notices.send(registration, "confirmed")                  -> True (queued) / False (sent before)
    notices.organiser_message(registrations, subject, text, sender) -> number queued

`send` records a RegistrationNotice (registration, kind) in the same transaction as it queues
the mail (core.mail.send_after_commit): a retried task, a double click or a second run of the
daily command finds the row and sends nothing; a rolled-back change sends nothing either. Kinds:
"confirm_address", "confirmed", "waiting", "promoted", "cancelled" (by the participant),
"cancelled_by_organiser", "reminder", "date_cancelled", "time_changed:<new start ISO>" (the
new time is part of the kind, so a second change is a new mail) and "manage_link", the only
kind that may repeat (somebody registers the same address again: its owner gets the link,
nobody else learns anything); callers limit how often (views.ADDRESS_LIMIT).

Every mail names the event in the participant's language where it is translated (an
untranslated title is marked with its own language), the date by the CLDR's patterns
(core.dates through the event page's wording) and the private manage link. Seats come with
the `.ics` (eventpages.registration.calendar, the feed's UID). The meeting link is in a mail
only when it is sent inside the time the link is shown (facts.meeting_link_shown); otherwise
the mail says from when the manage page shows it.
"""

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import dates
from core.mail import build_message, language_info, send_after_commit
from core.people import member_name

from . import facts, links, seats
from .calendar import ics_attachment
from .models import Registration, RegistrationNotice

logger = logging.getLogger(__name__)

TEMPLATE = "eventpages/registration/email/notice"
REPEATABLE = {"manage_link"}


@dataclass(frozen=True)
class Kind:
    subject: str
    heading: str
    lead: str
    ics: bool = False  # the date as an .ics attachment
    button: str = ""  # "confirm" or "manage": the main button of the mail
    details: bool = True  # the date, the place and the persons


KINDS = {
    "confirm_address": Kind(
        gettext_lazy("Bitte bestätigen Sie Ihre Anmeldung: %(title)s"),
        gettext_lazy("Bitte bestätigen Sie Ihre Anmeldung"),
        gettext_lazy(
            "Jemand, wahrscheinlich Sie, hat sich mit dieser Adresse angemeldet. Erst wenn Sie "
            "bestätigen, bekommen Sie einen Platz oder einen Platz auf der Warteliste."
        ),
        button="confirm",
    ),
    "confirmed": Kind(
        gettext_lazy("Sie sind angemeldet: %(title)s"),
        gettext_lazy("Sie sind angemeldet"),
        gettext_lazy("Ihr Platz ist für Sie reserviert. Wir freuen uns auf Sie."),
        ics=True,
        button="manage",
    ),
    "waiting": Kind(
        gettext_lazy("Warteliste: %(title)s"),
        gettext_lazy("Sie stehen auf der Warteliste"),
        gettext_lazy(
            "Dieser Termin ist ausgebucht. Wird ein Platz frei, rücken Sie in der Reihenfolge "
            "der Anmeldungen automatisch nach und bekommen eine E-Mail."
        ),
        button="manage",
    ),
    "promoted": Kind(
        gettext_lazy("Sie haben einen Platz: %(title)s"),
        gettext_lazy("Sie haben einen Platz"),
        gettext_lazy(
            "Ein Platz ist frei geworden: Sie sind von der Warteliste nachgerückt und jetzt "
            "angemeldet. Wenn Sie nicht kommen können, sagen Sie bitte ab, damit der Platz "
            "weitergegeben werden kann."
        ),
        ics=True,
        button="manage",
    ),
    "cancelled": Kind(
        gettext_lazy("Abgesagt: %(title)s"),
        gettext_lazy("Ihre Anmeldung ist abgesagt"),
        gettext_lazy("Sie haben Ihre Anmeldung abgesagt. Ihr Platz wird weitergegeben."),
    ),
    "cancelled_by_organiser": Kind(
        gettext_lazy("Ihre Anmeldung wurde abgesagt: %(title)s"),
        gettext_lazy("Ihre Anmeldung wurde abgesagt"),
        gettext_lazy("Die Veranstalter haben Ihre Anmeldung für diesen Termin abgesagt."),
    ),
    "reminder": Kind(
        gettext_lazy("Erinnerung: %(title)s"),
        gettext_lazy("Bis morgen!"),
        gettext_lazy(
            "Wir erinnern Sie an Ihre Anmeldung für morgen. Wenn Sie nicht kommen können, "
            "sagen Sie bitte ab, damit jemand von der Warteliste Ihren Platz bekommt."
        ),
        button="manage",
    ),
    "date_cancelled": Kind(
        gettext_lazy("Der Termin fällt aus: %(title)s"),
        gettext_lazy("Der Termin fällt aus"),
        gettext_lazy(
            "Leider fällt dieser Termin aus. Ihre Anmeldung dafür ist damit aufgehoben; Sie "
            "müssen nichts weiter tun."
        ),
    ),
    "time_changed": Kind(
        gettext_lazy("Neue Zeit: %(title)s"),
        gettext_lazy("Der Termin hat eine neue Zeit"),
        gettext_lazy(
            "Die Veranstalter haben die Zeit dieses Termins geändert. Ihre Anmeldung gilt für "
            "die neue Zeit. Wenn Sie dann nicht kommen können, sagen Sie bitte ab."
        ),
        ics=True,
        button="manage",
    ),
    "manage_link": Kind(
        gettext_lazy("Ihre Anmeldung: %(title)s"),
        gettext_lazy("Ihre Anmeldung"),
        gettext_lazy(
            "Mit dieser Adresse wurde noch einmal eine Anmeldung für diesen Termin geschickt. "
            "Sie sind schon angemeldet; eine zweite Anmeldung ist nicht nötig. Hier ist der "
            "Link zu Ihrer Anmeldung."
        ),
        button="manage",
    ),
    "organiser_message": Kind(
        "%(subject)s",
        gettext_lazy("Eine Nachricht der Veranstalter"),
        gettext_lazy(
            "Sie sind für diesen Termin angemeldet. Die Veranstalter schreiben allen Angemeldeten:"
        ),
        button="manage",
    ),
}


def kind_of(kind):
    """The Kind of a stored kind ("time_changed:2027-03-04T17:00:00+00:00" → time_changed)."""
    return KINDS[kind.split(":", 1)[0]]


def delete_after_days():
    return facts.registration_settings().delete_after_days


class Edition:
    """What the mails of one event date say in one language, worked out once per call."""

    def __init__(self, registration, language):
        self.event = facts.event_in(registration, language)
        self.language = language


def context_for(registration, kind, edition, extra):
    """The template context of one mail (in the active language)."""
    event = edition.event
    spec = kind_of(kind)
    title = event.title if event is not None else ""
    event_language = event.locale.language_code if event is not None else registration.language
    context = {
        "kind": kind.split(":", 1)[0],
        "heading": spec.heading,
        "lead": spec.lead,
        "title": title,
        "title_language": (
            language_info(event_language) if event_language != registration.language else None
        ),
        "registration": registration,
        "persons": dates.number(registration.persons),
        "delete_after_days": dates.number(delete_after_days()),
        "status": registration.get_status_display(),
        **extra,
    }
    if context["kind"] == "manage_link" and registration.status == Registration.Status.PENDING:
        context["lead"] = _(
            "Mit dieser Adresse wurde noch einmal eine Anmeldung für diesen Termin geschickt. "
            "Ihre Adresse ist noch nicht bestätigt: Bitte bestätigen Sie Ihre Anmeldung mit "
            "dem Knopf unten."
        )
    if event is not None and spec.details:
        context["when"] = facts.date_text(event, registration.start)
        if event.venue_id:
            venue = event.venue.localized
            context["place"] = ", ".join(part for part in [venue.name, venue.address] if part)
        elif event.is_online:
            context["place"] = _("Online")
        if event.organiser_id:
            context["organiser"] = event.organiser
    if "old_start" in extra and event is not None:
        context["old_when"] = facts.date_text(event, extra["old_start"])
    if registration.status == Registration.Status.WAITING:
        context["position"] = dates.number(seats.waiting_position(registration) or 0)
    if spec.button == "confirm" or registration.status == Registration.Status.PENDING:
        context["confirm_url"] = links.confirm_url(registration)
        context["confirm_days"] = dates.number(links.CONFIRM_MAX_AGE.days)
    if registration.status != Registration.Status.CANCELLED and registration.pk:
        context["manage_url"] = links.manage_url(registration)
    if event is not None and event.meeting_url and registration.status == "confirmed":
        if facts.meeting_link_shown(registration, event):
            context["meeting_url"] = event.meeting_url
        else:
            context["meeting_from"] = dates.moment(
                facts.meeting_link_from(event, registration.start)
            )
    return context


def build(registration, kind, edition=None, **extra):
    """The message for one registration (not yet sent)."""
    language = registration.language
    edition = edition or Edition(registration, language)
    spec = kind_of(kind)
    with translation.override(language):
        context = context_for(registration, kind, edition, extra)
        subject = str(spec.subject) % {"title": context["title"], **extra}
    message = build_message(registration.email, subject, TEMPLATE, context, language)
    if spec.ics and edition.event is not None:
        with translation.override(language):
            note = _("Ihre Anmeldung: %(url)s") % {"url": context.get("manage_url", "")}
        attachment = ics_attachment(edition.event, registration.start, description_extra=note)
        if attachment is not None:
            message.attach(*attachment)
    return message


def send(registration, kind, **context):
    """Queue one mail of `kind` to the registration's address, once; False if sent before."""
    if kind.split(":", 1)[0] not in KINDS or kind == "organiser_message":
        raise ValueError(f"Unknown registration notice {kind!r}")
    if not registration.email:
        return False
    with transaction.atomic():
        if kind not in REPEATABLE:
            try:
                with transaction.atomic():
                    _notice, created = RegistrationNotice.objects.get_or_create(
                        registration=registration, kind=kind
                    )
            except IntegrityError:  # another request recorded it at the same moment
                created = False
            if not created:
                return False
        send_after_commit([build(registration, kind, **context)])
    return True


def organiser_message(registrations, subject, text, sender):
    """The organiser's text to each registration, in each one's language, with a note that the
    text is the organiser's (it is not translated) and the manage link. Returns the number
    queued; may be sent any number of times (each is the organiser's decision)."""
    editions = {}
    messages = []
    sender_name = member_name(sender) if sender is not None else ""
    for registration in registrations:
        if not registration.email or registration.status == Registration.Status.CANCELLED:
            continue
        key = (registration.event_key, registration.language)
        if key not in editions:
            editions[key] = Edition(registration, registration.language)
        messages.append(
            build(
                registration,
                "organiser_message",
                editions[key],
                subject=subject,
                organiser_text=text,
                sender_name=sender_name,
            )
        )
    return send_after_commit(messages)
