"""An imported event's form: what the partner's calendar owns is shown but not taken from a POST.

The source owns the fields `pages.SOURCE_FIELDS` and the dates `pages.SOURCE_CHILDREN`; the
next sync would overwrite a change to them anyway. Until a coordinator detaches the event
(admin_detach), those fields are Django's `disabled` fields: rendered as they are, and whatever
a browser posts for them is ignored (the form keeps the page's values). Every field of the
dates' inline forms is disabled the same way, DELETE boxes included (only the hidden row id
stays, see below): a row keeps its values, is not deleted, and a row added in the browser has
nothing changed, so it is not saved.

Everything else on the page (categories, audience, registration, …) stays the coordinators'.
"""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

# eventpages.models imports the event form, which imports this module: the import's pages
# (which import eventpages.models) are imported where they are used.

LOCKED_HELP = _(
    "Kommt aus dem Kalender „%(name)s“; ändern Sie es dort oder lösen Sie die Verbindung."
)


class ReadOnlyText(forms.Widget):
    """A source-owned text or choice shown as it reads, with nothing to type into or choose:
    a disabled rich-text editor or chooser still looks editable."""

    def __init__(self, describe, attrs=None):
        super().__init__(attrs)
        self.describe = describe

    def render(self, name, value, attrs=None, renderer=None):
        return format_html(
            '<div class="ical-source-value" id="{}" aria-readonly="true">{}</div>',
            (attrs or {}).get("id", f"id_{name}"),
            self.describe(value),
        )


def _stream_html(value):
    return value.render_as_block() if value else "–"


def _choice_text(queryset):
    def describe(value):
        found = queryset.filter(pk=value).first() if value else None
        return str(found) if found is not None else "–"

    return describe


READ_ONLY = {
    "body": lambda field: _stream_html,
    "venue": lambda field: _choice_text(field.queryset),
}


def lock_source_fields(form, record):
    """Disable the source's fields and dates on `form` (an EventPageForm)."""
    from .pages import SOURCE_CHILDREN, SOURCE_FIELDS

    help_text = LOCKED_HELP % {"name": record.calendar.name}
    for name in SOURCE_FIELDS:
        field = form.fields.get(name)
        if field is not None:
            field.disabled = True
            field.required = False
            field.help_text = help_text
            if name in READ_ONLY:
                field.widget = ReadOnlyText(READ_ONLY[name](field))
    for name in SOURCE_CHILDREN:
        formset = form.formsets.get(name)
        if formset is None:
            continue
        # The row's id stays a live hidden input: a browser sends no disabled input, and the
        # formset looks each posted row up by its id while it is being built.
        key = formset.model._meta.pk.name
        formset.max_num = formset.initial_form_count()  # the panel's "add" button stays off
        for child_form in formset.forms:
            for field_name, field in child_form.fields.items():
                if field_name != key:
                    field.disabled = True
