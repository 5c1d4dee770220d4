"""The visitor's side of registration: the form's POST below the event page, the confirmation
button page and the participant's own manage page (both behind signed links, no account).

Thin: the seats service decides (seats), notices mails, signup registers, places counts.
Every answer here is for one person: never cached (the page cache leaves POSTs and `never_cache`
answers alone). Only accepted forms count towards the rate limit, as on the other forms.
"""

import logging

from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core import ratelimit
from core.ratelimit import client_ip
from core.site_url import page_url

from . import facts, links, notices, places, seats, signup
from .forms import HONEYPOT_FIELD
from .models import Registration

logger = logging.getLogger(__name__)

RATE_LIMIT = 10  # accepted registrations per client address …
RATE_WINDOW = 10 * 60  # … in this many seconds (a family registering for several events)
TEMPLATES = "eventpages/registration/"
Status = Registration.Status


def registration_form(event, request, data=None):
    return places.form_and_dates(event, request, data)


def event_page_with(request, event, form, rows, status):
    """The event page again with the form as sent (errors and all): nothing typed is lost."""
    context = {
        **event.get_context(request),
        "registration_form": form,
        "registration_rows": rows,
    }
    return TemplateResponse(request, event.get_template(request), context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def register(request, event):
    """POST of the form on the event page (`<event>/anmelden/`); a GET goes to the form."""
    if not event.takes_registrations:
        raise Http404
    if request.method != "POST":
        return HttpResponseRedirect(event.url + "#anmeldung")
    form, rows = registration_form(event, request, request.POST)
    if form.is_trapped:
        logger.info("Registration form: honeypot filled in, nothing stored")
        data = request.POST.copy()
        data[HONEYPOT_FIELD] = ""
        form, rows = registration_form(event, request, data)
        form.is_valid()
        form.add_error(
            None,
            _(
                "Ihre Anmeldung konnte nicht angenommen werden. Bitte prüfen Sie Ihre Angaben "
                "und senden Sie das Formular noch einmal."
            ),
        )
        return event_page_with(request, event, form, rows, 400)
    if not form.is_valid():
        return event_page_with(request, event, form, rows, 400)
    # Only an accepted form counts: a mistyped address is corrected, not punished.
    if ratelimit.hit("registration:ip", client_ip(request), RATE_LIMIT, RATE_WINDOW):
        retry_after = ratelimit.retry_after("registration:ip", client_ip(request), RATE_WINDOW)
        return ratelimit.too_many_response(request, retry_after, {"back_url": event.url})
    signup.submit(event, form, language=get_language(), user=request.user)
    context = {
        "page": event,
        "email": form.cleaned_data["email"],
        "confirm_days": links.CONFIRM_MAX_AGE.days,
    }
    return TemplateResponse(request, TEMPLATES + "check_mail.html", context)


# ------------------------------------------------------------------------------ links


def link_problem(request, problem, status):
    context = {"problem": problem, "confirm_days": links.CONFIRM_MAX_AGE.days}
    return TemplateResponse(request, TEMPLATES + "link_problem.html", context, status=status)


def manage_path(registration):
    return reverse("registration_manage", args=[links.manage_token(registration)])


def confirm_now(registration, event):
    """Double opt-in done: a seat or the waiting list, and its mail (each once)."""
    registration = seats.confirm(registration, facts.capacity(event))
    if registration.status == Status.CONFIRMED:
        notices.send(registration, "confirmed")
    elif registration.status == Status.WAITING:
        notices.send(registration, "waiting")
    return registration


def date_context(registration, event):
    return {
        "registration": registration,
        "event": event,
        "event_url": page_url(event) if event is not None and event.live else None,
        "when": facts.date_text(event, registration.start) if event is not None else "",
        "is_past": registration.start <= timezone.now(),
    }


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET shows a button, only its POST confirms: mail scanners fetch links, people press."""
    try:
        registration = links.read_confirm_token(token)
    except links.ExpiredToken:
        return link_problem(request, "expired", 400)
    except links.InvalidToken:
        return link_problem(request, "invalid", 404)
    event = facts.event_in(registration, get_language())
    context = date_context(registration, event)
    if registration.status != Status.PENDING:
        return HttpResponseRedirect(manage_path(registration))
    if context["is_past"]:
        return link_problem(request, "past", 410)
    if request.method == "POST":
        confirm_now(registration, event)
        return HttpResponseRedirect(manage_path(registration) + "?done=confirmed")
    return TemplateResponse(request, TEMPLATES + "confirm.html", context)


class PersonsForm:
    """The number of persons, 1 to the event's limit (a plain select on the manage page)."""

    def __init__(self, registration, event, data=None):
        self.most = max(event.persons_per_registration or 1, registration.persons, 1)
        self.choices = list(range(1, self.most + 1))
        self.value = registration.persons
        self.error = ""
        if data is not None:
            try:
                self.value = int(data.get("persons", ""))
            except ValueError:
                self.value = None
            if self.value not in self.choices:
                self.error = _("Wählen Sie eine Zahl von 1 bis %(most)s.") % {"most": self.most}


DONE = {
    "confirmed": "confirmed",
    "persons": "persons",
    "cancelled": "cancelled",
}


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token):
    """The participant's page: status, waiting position, persons, cancel, delete, meeting link."""
    try:
        registration = links.read_manage_token(token)
    except links.InvalidToken:
        return link_problem(request, "gone", 404)
    event = facts.event_in(registration, get_language())
    persons_form = None
    status = 200
    if request.method == "POST" and event is not None:
        action = request.POST.get("action")
        if action == "delete":
            for promoted in seats.delete_personal_data(registration):
                notices.send(promoted, "promoted")
            return TemplateResponse(request, TEMPLATES + "deleted.html", {})
        if registration.start <= timezone.now() or registration.status == Status.CANCELLED:
            return HttpResponseRedirect(request.path)
        if action == "confirm" and registration.status == Status.PENDING:
            confirm_now(registration, event)
            return HttpResponseRedirect(request.path + "?done=confirmed")
        if action == "cancel":
            registration, promoted = seats.cancel(registration, facts.capacity(event))
            notices.send(registration, "cancelled")
            for other in promoted:
                notices.send(other, "promoted")
            return HttpResponseRedirect(request.path + "?done=cancelled")
        if action == "persons":
            persons_form = PersonsForm(registration, event, request.POST)
            if not persons_form.error:
                try:
                    registration, promoted = seats.change_persons(
                        registration, persons_form.value, facts.capacity(event)
                    )
                except seats.NotEnoughPlaces:
                    left = seats.availability(event, [registration.start])[registration.start].left
                    persons_form.error = _(
                        "So viele Plätze sind nicht mehr frei: Es können noch %(left)s "
                        "Personen dazukommen. Ihre Anmeldung bleibt, wie sie war."
                    ) % {"left": left}
                else:
                    for other in promoted:
                        notices.send(other, "promoted")
                    return HttpResponseRedirect(request.path + "?done=persons")
            status = 400
    context = date_context(registration, event)
    is_active = registration.status in (Status.CONFIRMED, Status.WAITING, Status.PENDING)
    context.update(
        {
            "done": DONE.get(request.GET.get("done", "")),
            "position": seats.waiting_position(registration),
            "can_change": is_active and not context["is_past"],
            "persons_form": persons_form
            or (PersonsForm(registration, event) if event is not None else None),
            "meeting_url": (
                event.meeting_url if facts.meeting_link_shown(registration, event) else ""
            ),
            "meeting_from": (
                facts.meeting_link_from(event, registration.start)
                if event is not None
                and event.meeting_url
                and registration.status == Status.CONFIRMED
                and not context["is_past"]
                else None
            ),
            "delete_after_days": facts.registration_settings(request).delete_after_days,
        }
    )
    if persons_form is not None and persons_form.error:
        context["error"] = persons_form.error
    return TemplateResponse(request, TEMPLATES + "manage.html", context, status=status)
