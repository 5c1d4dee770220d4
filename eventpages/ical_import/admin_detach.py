"""Take an imported event over from its calendar ("Verbindung lösen").

A coordinator who wants to write an event differently from the partner's calendar detaches it:
from then on the sync leaves it alone (sync._apply skips detached records) and the event form
no longer holds the source's fields read-only (admin_form). GET shows what that means, POST
does it. Who may: the Koordination group, or whoever may edit the event page (its editor has
just been looking at the form that links here).
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.admin_refusal import RefuseUnlessAllowedMixin
from core.roles import COORDINATION, in_groups

from .models import ImportedEvent


def may_detach(user, page):
    if not (user.is_authenticated and user.is_active):
        return False
    return in_groups(user, COORDINATION) or page.permissions_for_user(user).can_edit()


class DetachView(RefuseUnlessAllowedMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "eventpages/ical_import/admin/detach.html"
    page_title = _("Verbindung zum Kalender lösen")
    header_icon = "calendar-alt"
    refusal = _(
        "Die Verbindung einer Veranstaltung zu ihrem Kalender lösen dürfen die Koordination "
        "und wer die Veranstaltung bearbeiten darf."
    )

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        from eventpages.models import EventPage

        self.page = get_object_or_404(EventPage, pk=kwargs["page_id"])

    def allowed(self, user):
        return may_detach(user, self.page)

    @cached_property
    def record(self):
        if self.page.import_source_id is None:
            raise Http404("Not an imported event")
        return ImportedEvent.objects.select_related("calendar").get(pk=self.page.import_source_id)

    @cached_property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": self.edit_url, "label": self.page.get_admin_display_title()},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request, *args, **kwargs):
        if self.record.is_detached:
            return redirect(self.edit_url)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page=self.page,
            calendar=self.record.calendar,
            back_url=self.edit_url,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        record = self.record
        if not record.is_detached:
            record.detached_at = timezone.now()
            record.detached_by = request.user
            record.save(update_fields=["detached_at", "detached_by"])
        messages.success(
            request,
            gettext(
                "Die Verbindung zum Kalender „%(name)s“ ist gelöst: Sie können die "
                "Veranstaltung jetzt frei bearbeiten, der Abgleich ändert sie nicht mehr."
            )
            % {"name": record.calendar.name},
        )
        return redirect(self.edit_url)
