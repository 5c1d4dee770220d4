"""The event editor's form: the series fields are required only where the rule shows them, and
an imported event's source-owned fields are read-only until it is detached.

A field the recurrence panel hides (eventpages.panels) must not block saving, so the fields
that are required only for some rules are optional here and `EventPage.clean` asks for them
when the rule needs them (eventpages.rule_checks). An interval left empty under a rule that
does not show it keeps its default.

An event that came from a partner's calendar (eventpages.ical_import) shows the calendar's
share disabled, with where it comes from (ical_import.admin_form); `import_record` (the page's
`import_origin`) is what the source panel at the top of the form reads (ical_import.admin_panels).
"""

from core.admin_forms import OneLanguagePageForm

from .ical_import import admin_form as imported
from .rule_checks import REQUIRED_WHEN_SHOWN, is_shown


class EventPageForm(OneLanguagePageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in REQUIRED_WHEN_SHOWN:
            if name in self.fields:
                self.fields[name].required = False
        # The partner's calendar entry (EventPage.import_origin: no query for our own events).
        self.import_record = getattr(self.instance, "import_origin", None)
        self.source_locked = self.import_record is not None and not self.import_record.is_detached
        if self.source_locked:
            imported.lock_source_fields(self, self.import_record)

    def clean(self):
        cleaned_data = super().clean()
        if "interval" in self.fields and cleaned_data.get("interval") is None:
            if not is_shown("interval", cleaned_data) and "interval" not in self.errors:
                cleaned_data["interval"] = 1
        return cleaned_data
