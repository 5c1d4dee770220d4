"""The organiser's screens of registrations (admin menu "Anmeldungen").

- the events that take registrations, each with its next dates and their figures;
- an event's dates (coming, and past ones that have registrations);
- a date: who has a seat, the waiting list, addresses still to confirm, cancellations, with
  the answers; move someone up by hand, cancel a registration, the exports, a message to all;
- the exports (CSV, XLSX, a printable attendance list), each written to the log;
- cancel (a confirmation page first) and move up (a button): seats decides, notices mails.

Every view checks `admin_access.may_see_participants` for the event in its address before
anything is read (core.admin_refusal: a 403 that says who may), and keeps its answers out of
caches. Mails go out through eventpages.registration.notices, imported where they are sent.
"""

from django.conf import settings
from django.db.models import F, OuterRef, Subquery
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core import county_time, dates
from core.admin_refusal import RefuseUnlessAllowedMixin
from core.listing import paginate, pagination_context
from core.people import member_name

from ..models import Occurrence, Registration, RegistrationLog
from . import admin_exports, seats
from .admin_access import (
    date_slug,
    event_page,
    events_for,
    may_see_participants,
    parse_date_slug,
)
from .admin_forms import MessageForm
from .admin_queries import date_lists, event_dates, next_dates, organiser_log

LANGUAGE_NAMES = dict(settings.LANGUAGES)
app_name = "event_registrations"  # the URL namespace (admin_viewsets.RegistrationViewSet)
EVENTS_PER_PAGE = 50
EXPORT_FORMATS = ("csv", "xlsx", "print")

Status = Registration.Status


def notices():
    """The registration mails (eventpages.registration.notices), read when one is sent."""
    from . import notices as module

    return module


def date_url(view_name, event, start, *args):
    return reverse(f"{app_name}:{view_name}", args=[event.pk, date_slug(start), *args])


def log_text(entry):
    """What a log entry of the organisers says: "Liste exportiert: CSV", "Abgesagt: Amira"."""
    if entry.action == RegistrationLog.Action.EXPORTED:
        formats = {"csv": "CSV", "xlsx": "XLSX", "print": gettext("Anwesenheitsliste")}
        return gettext("Liste exportiert: %(format)s") % {
            "format": formats.get(entry.detail, entry.detail)
        }
    if entry.action == RegistrationLog.Action.MESSAGED:
        return f"{entry.get_action_display()}: {entry.detail}"
    name = entry.registration.name if entry.registration else gettext("gelöschte Anmeldung")
    return f"{entry.get_action_display()}: {name}"


# ------------------------------------------------------------------------------ bases


class RegistrationScreen(RefuseUnlessAllowedMixin, WagtailAdminTemplateMixin, TemplateView):
    """A screen about one event (any of its language versions: they share their dates)."""

    header_icon = "calendar-check"
    refusal = _(
        "Die Anmeldungen einer Veranstaltung sehen nur die Koordination und wer die "
        "Veranstaltung bearbeiten darf."
    )

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.event = event_page(kwargs["page_id"])

    def allowed(self, user):
        return may_see_participants(user, self.event)

    @cached_property
    def event_title(self):
        return self.event.get_admin_display_title()

    def get_page_subtitle(self):
        return self.event_title

    def event_breadcrumbs(self):
        return [
            {"url": reverse(f"{app_name}:index"), "label": gettext("Anmeldungen")},
            {"url": reverse(f"{app_name}:event", args=[self.event.pk]), "label": self.event_title},
        ]

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + self.event_breadcrumbs()


class DateScreen(RegistrationScreen):
    """A screen about one date of the event."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.start = parse_date_slug(kwargs["when"])
        self.event_key = self.event.translation_key

    def get_page_subtitle(self):
        return f"{self.event_title}, {dates.short_moment(self.start)}"

    def get_breadcrumbs_items(self):
        return (
            self.breadcrumbs_items
            + self.event_breadcrumbs()
            + [
                {
                    "url": date_url("date", self.event, self.start),
                    "label": dates.short_moment(self.start),
                },
                {"url": "", "label": self.get_page_title()},
            ]
        )

    def registration(self, pk, status=None):
        """A registration of this date (404 for another date's or event's)."""
        registrations = Registration.objects.for_date(self.event_key, self.start)
        if status:
            registrations = registrations.filter(status__in=status)
        return get_object_or_404(registrations, pk=pk)

    def back(self):
        return redirect(date_url("date", self.event, self.start))


# ------------------------------------------------------------------------------ listing


class EventsView(RefuseUnlessAllowedMixin, WagtailAdminTemplateMixin, TemplateView):
    """The events whose participants the user may see, the next dates first."""

    template_name = "eventpages/registration/admin/events.html"
    page_title = _("Anmeldungen")
    header_icon = "calendar-check"

    def allowed(self, user):
        # Everyone in the admin: the list holds only the events they may see.
        return user.is_authenticated

    def get_breadcrumbs_items(self):
        # Wagtail's header shows the last crumb: "Anmeldungen", not "Home".
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        upcoming = Occurrence.objects.filter(
            event=OuterRef("pk"), end__gte=county_time.now()
        ).order_by("start")
        events = (
            events_for(self.request.user)
            .annotate(next_start=Subquery(upcoming.values("start")[:1]))
            .order_by(F("next_start").asc(nulls_last=True), "title", "pk")
            .only("pk", "title", "draft_title", "translation_key", "capacity", "live")
        )
        page_obj = paginate(self.request, events, EVENTS_PER_PAGE)
        dates_of = next_dates(page_obj.object_list)
        for event in page_obj.object_list:
            for date in dates_of[event.pk]:
                date.url = date_url("date", event, date.start)
        rows = [(event, dates_of[event.pk]) for event in page_obj.object_list]
        return super().get_context_data(rows=rows, **pagination_context(page_obj), **kwargs)


class EventView(RegistrationScreen):
    """An event's dates with their figures."""

    template_name = "eventpages/registration/admin/event.html"
    page_title = _("Anmeldungen")

    def get_breadcrumbs_items(self):
        return (
            self.breadcrumbs_items
            + self.event_breadcrumbs()[:1]
            + [{"url": "", "label": self.event_title}]
        )

    def with_urls(self, dates_):
        for date in dates_:
            date.url = date_url("date", self.event, date.start)
        return dates_

    def get_context_data(self, **kwargs):
        coming, past = event_dates(self.event)
        return super().get_context_data(
            event=self.event,
            coming=self.with_urls(coming),
            past=self.with_urls(past),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.event.pk]),
            **kwargs,
        )


class DateView(DateScreen):
    """Who comes on a date, who waits, what they answered; the date's actions and log."""

    template_name = "eventpages/registration/admin/date.html"
    page_title = _("Anmeldungen")

    def get_breadcrumbs_items(self):
        return (
            self.breadcrumbs_items
            + self.event_breadcrumbs()
            + [{"url": "", "label": dates.short_moment(self.start)}]
        )

    def get_context_data(self, **kwargs):
        lists = date_lists(self.event_key, self.start)
        if not (lists.seated or lists.waiting or lists.pending or lists.cancelled):
            in_calendar = Occurrence.objects.filter(
                event__translation_key=self.event_key, start=self.start
            ).exists()
            if not in_calendar:
                raise Http404
        everyone = lists.active + lists.pending + lists.cancelled
        questions = admin_exports.answer_columns(self.event, everyone)
        fields = [admin_exports.ANSWER_FIELDS[question] for question in questions]
        for registration in everyone:
            registration.answers = [getattr(registration, name) for name in fields]
            registration.language_name = LANGUAGE_NAMES.get(
                registration.language, registration.language
            )
        log = list(organiser_log(self.event_key, self.start))
        for entry in log:
            entry.by_name = member_name(entry.by)
            entry.what = log_text(entry)
        capacity = self.event.capacity or 0
        slug = date_slug(self.start)
        return super().get_context_data(
            event=self.event,
            start=self.start,
            lists=lists,
            capacity=capacity,
            left=max(capacity - lists.persons, 0),
            questions=[admin_exports.QUESTION_LABELS[question] for question in questions],
            log=log,
            exports=[
                (format_, reverse(f"{app_name}:export", args=[self.event.pk, slug, format_]))
                for format_ in EXPORT_FORMATS
            ],
            message_url=date_url("message", self.event, self.start),
            slug=slug,
            **kwargs,
        )


# ------------------------------------------------------------------------------ exports


def export_filename(event, start, extension):
    day = county_time.wall_clock(start).strftime("%Y-%m-%d-%H%M")
    return f"anmeldungen-{slugify(event.title)[:50]}-{day}.{extension}"


class ExportView(DateScreen):
    """CSV, XLSX or the printable attendance list of a date; each written to the log."""

    page_title = _("Anwesenheitsliste")
    print_template_name = "eventpages/registration/admin/attendance.html"

    def get(self, request, *args, **kwargs):
        format_ = kwargs["format"]
        if format_ not in EXPORT_FORMATS:
            raise Http404
        lists = date_lists(self.event_key, self.start)
        RegistrationLog.objects.create(
            event_key=self.event_key,
            start=self.start,
            action=RegistrationLog.Action.EXPORTED,
            by=request.user,
            detail=format_,
        )
        if format_ == "print":
            return self.attendance_list(lists)
        if format_ == "csv":
            content = admin_exports.as_csv(self.event, lists.active)
            response = HttpResponse(content, content_type="text/csv; charset=utf-8")
        else:
            title = f"{dates.short_day(self.start)} {self.event.title}"
            content = admin_exports.as_xlsx(self.event, lists.active, title)
            response = HttpResponse(content, content_type=admin_exports.XLSX_TYPE)
        filename = export_filename(self.event, self.start, format_)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def attendance_list(self, lists):
        """A page to print: the seated in arrival order with a tick and a signature column,
        a few empty rows for who comes without registering, the waiting list below."""
        context = {
            "event": self.event,
            "start": self.start,
            "end": Occurrence.objects.filter(event=self.event, start=self.start)
            .values_list("end", flat=True)
            .first(),
            "lists": lists,
            "capacity": self.event.capacity or 0,
            "venue": self.event.venue if self.event.venue_id else None,
            "spare_rows": range(max(3, min(10, (self.event.capacity or 0) - lists.persons))),
            "date_url": date_url("date", self.event, self.start),
        }
        return TemplateResponse(self.request, self.print_template_name, context)


# ------------------------------------------------------------------------------ actions


class PromoteView(DateScreen):
    """Give a waiting person a seat by hand (even beyond the capacity: an extra chair)."""

    page_title = _("Nachrücken lassen")

    def get(self, request, *args, **kwargs):
        return HttpResponseNotAllowed(["POST"])

    def post(self, request, *args, **kwargs):
        registration = self.registration(kwargs["registration_id"], status=[Status.WAITING])
        registration = seats.promote_by_hand(registration, by=request.user)
        if registration.status == Status.CONFIRMED:
            notices().send(registration, "promoted")
            messages.success(
                request,
                gettext("%(name)s hat jetzt einen Platz und bekommt eine E-Mail.")
                % {"name": registration.name},
            )
        return self.back()


class CancelView(DateScreen):
    """GET: what cancelling means; POST: cancel, mail the person and who moves up."""

    template_name = "eventpages/registration/admin/cancel.html"
    page_title = _("Anmeldung absagen")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            registration=self.target,
            back_url=date_url("date", self.event, self.start),
            **kwargs,
        )

    @cached_property
    def target(self):
        return self.registration(
            self.kwargs["registration_id"], status=[Status.CONFIRMED, Status.WAITING]
        )

    def post(self, request, *args, **kwargs):
        registration, promoted = seats.cancel(
            self.target, self.event.capacity or 0, by=request.user, detail="by organiser"
        )
        mail = notices()
        mail.send(registration, "cancelled_by_organiser")
        for moved_up in promoted:
            mail.send(moved_up, "promoted")
        text = gettext("Die Anmeldung von %(name)s ist abgesagt; sie bekommt eine E-Mail.") % {
            "name": registration.name
        }
        if promoted:
            text += " " + ngettext(
                "%(count)s Anmeldung ist von der Warteliste nachgerückt.",
                "%(count)s Anmeldungen sind von der Warteliste nachgerückt.",
                len(promoted),
            ) % {"count": len(promoted)}
        messages.success(request, text)
        return self.back()


class MessageView(DateScreen):
    """One message to everyone with a seat (and, if chosen, the waiting list) of a date."""

    template_name = "eventpages/registration/admin/message.html"
    page_title = _("Nachricht an alle Angemeldeten")
    form = None

    @cached_property
    def lists(self):
        return date_lists(self.event_key, self.start)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=self.form or MessageForm(),
            lists=self.lists,
            back_url=date_url("date", self.event, self.start),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        self.form = MessageForm(request.POST)
        if not self.form.is_valid():
            return self.get(request, *args, **kwargs)
        recipients = self.form.recipients_of(self.lists)
        if not recipients:
            messages.error(request, gettext("Für diesen Termin ist niemand angemeldet."))
            return self.get(request, *args, **kwargs)
        queued = notices().organiser_message(
            recipients,
            self.form.cleaned_data["subject"],
            self.form.cleaned_data["text"],
            request.user,
        )
        RegistrationLog.objects.create(
            event_key=self.event_key,
            start=self.start,
            action=RegistrationLog.Action.MESSAGED,
            by=request.user,
            detail=self.form.cleaned_data["subject"][:200],
        )
        messages.success(
            request,
            ngettext(
                "Die Nachricht geht an %(count)s Person.",
                "Die Nachricht geht an %(count)s Personen.",
                queued,
            )
            % {"count": queued},
        )
        return self.back()
