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

from django.utils.translation import gettext_lazy as _

# eventpages.models imports the event form, which imports this module: the import's models and
# pages (which import eventpages.models) are imported where they are used.

LOCKED_HELP = _(
    "Kommt aus dem Kalender „%(name)s“; ändern Sie es dort oder lösen Sie die Verbindung."
)


def import_record(page):
    """The page's import record with its calendar (one query), or None for our own events."""
    if not getattr(page, "import_source_id", None):
        return None
    from .models import ImportedEvent

    return (
        ImportedEvent.objects.select_related("calendar", "detached_by")
        .filter(pk=page.import_source_id)
        .first()
    )


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
    for name in SOURCE_CHILDREN:
        formset = form.formsets.get(name)
        if formset is None:
            continue
        # The row's id stays a live hidden input: a browser sends no disabled input, and the
        # formset looks each posted row up by its id while it is being built.
        key = formset.model._meta.pk.name
        for child_form in formset.forms:
            for field_name, field in child_form.fields.items():
                if field_name != key:
                    field.disabled = True
