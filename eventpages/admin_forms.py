"""The event editor's form: the series fields are required only where the rule shows them.

A field the recurrence panel hides (eventpages.panels) must not block saving, so the fields
that are required only for some rules are optional here and `EventPage.clean` asks for them
when the rule needs them (eventpages.rule_checks). An interval left empty under a rule that
does not show it keeps its default.
"""

from core.admin_forms import OneLanguagePageForm

from .rule_checks import REQUIRED_WHEN_SHOWN, is_shown


class EventPageForm(OneLanguagePageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in REQUIRED_WHEN_SHOWN:
            if name in self.fields:
                self.fields[name].required = False

    def clean(self):
        cleaned_data = super().clean()
        if "interval" in self.fields and cleaned_data.get("interval") is None:
            if not is_shown("interval", cleaned_data) and "interval" not in self.errors:
                cleaned_data["interval"] = 1
        return cleaned_data
