"""The recurrence panel's live preview: the next dates of a series as the form stands.

The editor's script sends the form's current date and series fields (and the cancelled and
extra dates of the inline forms); the answer is an HTML fragment for the panel's live region.
The dates come from the code that builds the site's occurrences (`recurrence.Series` over
`occurrences.window`), so the preview shows what publishing will list. They are written in
the admin user's language through core.dates, e.g. "Di., 02.03.2027, 18:00".

Incomplete or invalid input gets a plain hint (the same messages as saving, `rule_checks`),
never an error page. An admin view (eventpages.wagtail_hooks registers its URL): the user must
be allowed to edit the event, or to add an event below the index for a new one.
"""

from dataclasses import replace
from datetime import UTC

from babel.dates import format_skeleton
from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET
from wagtail.models import Page

from core import county_time
from core import dates as date_words

from . import recurrence, rule_checks
from .models import CancelledDate, EventPage, ExtraDate
from .occurrences import window

SHOWN = 10  # dates that take place, listed in the preview
MAX_INLINE_FORMS = 200  # cancelled or extra dates read from one request

HINTS = {
    "start": _(
        "Tragen Sie den Beginn ein, z. B. 16.12.2026 17:00, dann erscheinen hier die nächsten "
        "Termine."
    ),
    "invalid": _("„%(value)s“ ist kein gültiger Wert für „%(field)s“. Beispiel: %(example)s"),
    "cancelled": _(
        "„%(value)s“ bei den ausfallenden Terminen ist kein Datum. Schreiben Sie es z. B. so: "
        "30.03.2027."
    ),
    "extra": _(
        "„%(value)s“ bei den zusätzlichen Terminen ist kein Zeitpunkt. Schreiben Sie ihn z. B. "
        "so: 30.03.2027 18:00."
    ),
    "not_in_series": _(
        "Am %(date)s gibt es keinen Termin der Reihe: dieser Ausfall ändert nichts."
    ),
    "past": _("Alle Termine liegen in der Vergangenheit."),
}
EXAMPLES = {
    "start": "16.12.2026 17:00",
    "end": "16.12.2026 19:00",
    "until": "30.06.2027",
    "interval": "2",
    "count": "10",
}


CANCELLED_DATE = CancelledDate._meta.get_field("date")
EXTRA_START = ExtraDate._meta.get_field("start")


def rule_form_class():
    """A form of the event's date and series fields, parsed as the page form parses them."""
    names = [*rule_checks.VALUE_FIELDS, "all_day", "month_week", "month_weekday"]
    fields = {}
    for name in names:
        field = EventPage._meta.get_field(name).formfield()
        field.required = False
        fields[name] = field
    return type("RuleForm", (forms.Form,), fields)


def inline_values(data, prefix, field):
    """([values], [unreadable texts]) of an inline formset's field, leaving out deleted forms."""
    try:
        total = min(int(data.get(f"{prefix}-TOTAL_FORMS", 0)), MAX_INLINE_FORMS)
    except ValueError:
        total = 0
    values, unreadable = [], []
    for number in range(total):
        if data.get(f"{prefix}-{number}-DELETE") not in (None, "", "0", "false", "False"):
            continue
        text = data.get(f"{prefix}-{number}-{field.name}", "").strip()
        if not text:
            continue
        try:
            values.append(field.formfield().clean(text))
        except forms.ValidationError:
            unreadable.append(text)
    return values, unreadable


def words(moment, all_day):
    """ "Mi., 02.03.2027, 18:00" (or without the time for all-day dates), in county time."""
    return date_words.short_moment(moment, with_time=not all_day)


def short_day(moment_or_date):
    """ "30.3." in the admin's language."""
    locale = date_words.babel_locale()
    text = format_skeleton("Md", date_words.as_day(moment_or_date), locale=locale)
    return date_words.native_digits(text, locale)


def preview(data, now=None):
    """{"hints": [...], "entries": [...], "summary": "..."} for the submitted form values."""
    form = rule_form_class()(data)
    form.is_valid()
    values = {name: form.cleaned_data.get(name) for name in form.fields}
    values["frequency"] = values["frequency"] or recurrence.NONE
    values["ends"] = values["ends"] or recurrence.ENDS_NEVER
    hints = [
        HINTS["invalid"]
        % {
            "value": data.get(name, ""),
            "field": form.fields[name].label,
            "example": EXAMPLES.get(name, "–"),
        }
        for name in form.errors
        if rule_checks.is_shown(name, values)
    ]
    cancelled, unreadable = inline_values(data, "cancelled_dates", CANCELLED_DATE)
    if rule_checks.is_shown("cancelled_dates", values):
        hints += [HINTS["cancelled"] % {"value": text} for text in unreadable]
    else:
        cancelled = []
    extra, unreadable = inline_values(data, "extra_dates", EXTRA_START)
    hints += [HINTS["extra"] % {"value": text} for text in unreadable]
    if not values["start"]:
        if "start" not in form.errors:
            hints.insert(0, HINTS["start"])
        return {"hints": hints}
    hints += [
        message for name, message in rule_checks.problems(values).items() if name not in form.errors
    ]
    if hints:
        return {"hints": hints}
    series = recurrence.Series(
        start=values["start"],
        end=values["end"],
        all_day=bool(values["all_day"]),
        frequency=values["frequency"],
        interval=values["interval"] or 1,
        weekdays=list(values["weekdays"] or []),
        month_week=values["month_week"] or 1,
        month_weekday=values["month_weekday"] or "MO",
        ends=values["ends"],
        until=values["until"],
        count=values["count"],
        cancelled=cancelled,
        extra=extra,
    )
    return dates(series, now)


def dates(series, now=None):
    """The next SHOWN dates that take place, with the cancelled ones among them, and hints.

    All three lists come from the same engine: the series as it is, without its cancellations,
    and without cancellations and extras (to tell the extra dates).
    """
    now = now or county_time.now()
    before = window(now)[1]
    taking_place = as_instants(series.starts_between(now, before))
    rule_only = as_instants(replace(series, cancelled=[], extra=[]).starts_between(now, before))
    entries, shown = [], 0
    for start in replace(series, cancelled=[]).starts_between(now, before):
        if shown == SHOWN:
            break
        if start.astimezone(UTC) in taking_place:
            shown += 1
            extra = start.astimezone(UTC) not in rule_only
            text = words(start, series.all_day)
            if extra:
                text = _("%(date)s (zusätzlich)") % {"date": text}
            entries.append({"text": text, "extra": extra, "cancelled": False})
        else:
            entries.append(
                {"text": _("%(date)s fällt aus") % {"date": short_day(start)}, "cancelled": True}
            )
    rule_days = {county_time.local_date(start) for start in rule_only}
    first, last = county_time.local_date(now), county_time.local_date(before)
    hints = [
        HINTS["not_in_series"] % {"date": short_day(day)}
        for day in sorted(set(series.cancelled))
        if first <= day <= last and day not in rule_days
    ]
    if not shown:
        return {"hints": [HINTS["past"], *hints], "entries": entries}
    summary = ngettext("Der nächste Termin:", "Die nächsten %(count)s Termine:", shown) % {
        "count": shown
    }
    return {"hints": hints, "entries": entries, "summary": summary}


def as_instants(starts):
    """Aware starts as UTC instants (within one zone, Python compares wall times)."""
    return {start.astimezone(UTC) for start in starts}


def check_permission(user, kind, page_id):
    """The user may edit this event, or add an event below this index."""
    if kind == "page":
        page = get_object_or_404(Page, pk=page_id).specific
        if not isinstance(page, EventPage) or not page.permissions_for_user(user).can_edit():
            raise PermissionDenied
    elif kind == "new":
        parent = get_object_or_404(Page, pk=page_id).specific
        if not EventPage.can_create_at(parent) or not (
            parent.permissions_for_user(user).can_add_subpage()
        ):
            raise PermissionDenied
    else:
        raise Http404


@require_GET
def preview_view(request, kind, page_id):
    check_permission(request.user, kind, page_id)
    return TemplateResponse(
        request, "eventpages/admin/recurrence_preview.html", preview(request.GET)
    )
