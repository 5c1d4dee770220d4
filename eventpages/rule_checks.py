"""Which fields of an event's date and series the chosen rule needs, and what is wrong with them.

One table for the admin's recurrence panel and for validation, so they cannot disagree: the
panel's script hides what `RULE_FIELDS` says a choice does not need (it reads the table from
the panel's markup), and `problems` only checks the fields a coordinator can see. A hidden
field never blocks saving; its value is kept (switching back brings it again) and the rule
engine (`recurrence.Series`) ignores it.

The messages say how to fix the input, with an example.
"""

from django.utils.translation import gettext_lazy as _

from core import county_time

from . import recurrence

RECURRING = [
    recurrence.DAILY_RULE,
    recurrence.WEEKLY_RULE,
    recurrence.MONTHLY_DATE,
    recurrence.MONTHLY_WEEKDAY,
]

# field -> {controlling field: values under which it is shown}; every condition must hold.
RULE_FIELDS = {
    "interval": {"frequency": RECURRING},
    "weekdays": {"frequency": [recurrence.WEEKLY_RULE]},
    "month_week": {"frequency": [recurrence.MONTHLY_WEEKDAY]},
    "month_weekday": {"frequency": [recurrence.MONTHLY_WEEKDAY]},
    "ends": {"frequency": RECURRING},
    "until": {"frequency": RECURRING, "ends": [recurrence.ENDS_ON]},
    "count": {"frequency": RECURRING, "ends": [recurrence.ENDS_AFTER]},
    "cancelled_dates": {"frequency": RECURRING},
}
# The values `problems` reads.
VALUE_FIELDS = ["start", "end", "frequency", "interval", "weekdays", "ends", "until", "count"]
# Required whenever they are shown (their model fields may be empty: hidden, they are unused).
REQUIRED_WHEN_SHOWN = ["interval", "weekdays", "until", "count"]

MESSAGES = {
    "end_before_start": _(
        "Das Ende liegt vor dem Beginn. Tragen Sie ein späteres Ende ein, z. B. 16.12.2026 19:00 "
        "bei Beginn 16.12.2026 17:00."
    ),
    "interval": _(
        "Geben Sie an, wie oft sich der Termin wiederholt: 1 = jede Woche, 2 = jede zweite Woche."
    ),
    "weekdays": _("Wählen Sie mindestens einen Wochentag, z. B. Dienstag."),
    "until": _("Geben Sie das Datum des letzten Termins an, z. B. 30.06.2027."),
    "until_before_start": _(
        "Der letzte Termin liegt vor dem Beginn. Wählen Sie ein Datum nach dem ersten Termin."
    ),
    "count": _("Geben Sie an, wie viele Termine es gibt, z. B. 10."),
}


def is_shown(name, values):
    """Whether the panel shows field `name` for these values (fields outside the table: always)."""
    conditions = RULE_FIELDS.get(name, {})
    return all(values.get(field) in allowed for field, allowed in conditions.items())


def problems(values):
    """{field: message} for what must be fixed before these date and series values are saved.

    `values` maps the field names to their cleaned values (missing ones count as empty).
    """
    errors = {}
    start, end = values.get("start"), values.get("end")
    if start and end and end < start:
        errors["end"] = MESSAGES["end_before_start"]
    if is_shown("interval", values) and not values.get("interval"):
        errors["interval"] = MESSAGES["interval"]
    if is_shown("weekdays", values) and not values.get("weekdays"):
        errors["weekdays"] = MESSAGES["weekdays"]
    if is_shown("until", values):
        until = values.get("until")
        if not until:
            errors["until"] = MESSAGES["until"]
        elif start and until < county_time.local_date(start):
            errors["until"] = MESSAGES["until_before_start"]
    if is_shown("count", values) and not values.get("count"):
        errors["count"] = MESSAGES["count"]
    return errors
