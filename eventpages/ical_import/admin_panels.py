"""Read-only panels of the import: a calendar's last runs, and an event's source.

`ImportStatusPanel` sits at the top of the calendar's form (admin_calendars): when it last ran,
what it did in plain words (status), the error, the events it skipped and why, the last ten runs
that wrote or failed (quiet hours leave no log rows, sync._finish), and "Jetzt abgleichen". A new
calendar says what to do first.

`ImportSourcePanel` sits at the top of an event's "Inhalt" tab, for imported events only: which
calendar the event comes from, a link to the partner's original, and "Verbindung lösen"
(admin_detach). It reads the import record the event form loaded (EventPageForm.import_record,
admin_form), so it costs no query of its own.
"""

from django.urls import reverse
from wagtail.admin.panels import Panel

# The event page's model module imports this one (its panels): what needs the import's models
# is imported where it is used.

RUNS_SHOWN = 10


class ImportStatusPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "eventpages/ical_import/admin/status_panel.html"

        def get_context_data(self, parent_context=None):
            from . import status
            from .admin_calendars import SYNC_FORM_ID, may_manage_calendars, sync_url
            from .models import ImportRun

            context = super().get_context_data(parent_context)
            calendar = self.instance
            saved = calendar.pk is not None
            request = self.request
            runs = []
            if saved:
                runs = list(ImportRun.objects.filter(calendar=calendar)[:RUNS_SHOWN])
                for run in runs:
                    run.result_text = status.result_text(run.result, status.run_counts(run))
            context.update(
                calendar=calendar,
                has_run=saved and calendar.last_run_at is not None,
                result=status.calendar_result(calendar),
                details=calendar.last_details or [],
                runs=runs,
                sync_url=sync_url(calendar) if saved else "",
                sync_form_id=SYNC_FORM_ID,
                may_sync=saved and request is not None and may_manage_calendars(request.user),
            )
            return context


class ImportSourcePanel(Panel):
    """ "Quelle: VHS Zeitz" on an imported event, with the original and "Verbindung lösen"."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "eventpages/ical_import/admin/source_panel.html"

        @property
        def record(self):
            return getattr(self.form, "import_record", None)

        def is_shown(self):
            return self.record is not None and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            record = self.record
            context.update(
                record=record,
                calendar=record.calendar,
                link=record.link,
                detached=record.is_detached,
                detach_url=reverse(
                    "wagtailsnippets_eventpages_externalcalendar:detach", args=[self.instance.pk]
                ),
            )
            return context
