"""The report's filters: section, language, state (Wagtail's filter drilldown shows them).

The rows are not a queryset (each row's states come from core.translation_states), so the
filter set only reads and validates the choices; the view applies them to its rows
(rows.report_rows for the section, rows.filter_rows for language and state).
"""

import django_filters
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail_localize.models import TranslationSource

from ..translation_states import STATE_NAMES, language_name
from .rows import REPORT_STATES, sections, target_languages

FILTER_PARAMETERS = ("section", "language", "state")


class TranslationReportFilterSet(WagtailFilterSet):
    section = django_filters.ChoiceFilter(label=_("Bereich"), empty_label=_("Alle Bereiche"))
    language = django_filters.ChoiceFilter(label=_("Sprache"), empty_label=_("Alle Sprachen"))
    state = django_filters.ChoiceFilter(
        label=_("Stand"),
        empty_label=_("Jeder Stand"),
        choices=[(state, STATE_NAMES[state]) for state in REPORT_STATES],
    )

    class Meta:
        # Never queried: django-filter wants a model; the view filters its own rows.
        model = TranslationSource
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read once per request (one query), not at every look at the choices.
        self.filters["section"].extra["choices"] = [
            (section.value, section.label) for section in sections()
        ]
        self.filters["language"].extra["choices"] = [
            (code, language_name(get_language(), code)) for code in target_languages()
        ]
