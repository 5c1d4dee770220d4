"""What a run did, in the words a coordinator reads: "3 neu, 1 geändert, 12 unverändert".

The calendar listing, its status panel and the message after "Jetzt abgleichen" say it the same
way, from the counts the sync keeps (`ExternalCalendar.last_counts`, `ImportRun`, `Outcome`).
Counts of nothing are left out; each count is a plural form of its own, for the languages whose
words follow the number.
"""

from django.utils.translation import gettext, ngettext

from core import dates

from .models import ImportRun

# In the order they are read; the sync's names (sync.Outcome.counts).
COUNT_NAMES = ("created", "updated", "cancelled", "removed", "unchanged", "skipped")


def count_phrase(name, count):
    number = dates.number(count)
    if name == "created":
        text = ngettext("%(count)s neu", "%(count)s neu", count)
    elif name == "updated":
        text = ngettext("%(count)s geändert", "%(count)s geändert", count)
    elif name == "cancelled":
        text = ngettext("%(count)s abgesagt", "%(count)s abgesagt", count)
    elif name == "removed":
        text = ngettext(
            "%(count)s von der Website genommen", "%(count)s von der Website genommen", count
        )
    elif name == "unchanged":
        text = ngettext("%(count)s unverändert", "%(count)s unverändert", count)
    else:
        text = ngettext("%(count)s übersprungen", "%(count)s übersprungen", count)
    return text % {"count": number}


def counts_text(counts):
    """ "3 neu, 1 geändert, 12 unverändert, 1 übersprungen"; "keine Termine" for none."""
    counts = counts or {}
    parts = [count_phrase(name, counts.get(name) or 0) for name in COUNT_NAMES if counts.get(name)]
    return ", ".join(parts) if parts else gettext("keine Termine")


def result_label(result):
    """The result's word: "Abgeglichen", "Keine Änderungen", "Fehlgeschlagen"."""
    if result == ImportRun.OK:
        return gettext("Abgeglichen")
    if result == ImportRun.UNCHANGED:
        return gettext("Keine Änderungen")
    if result == ImportRun.FAILED:
        return gettext("Fehlgeschlagen")
    return gettext("Noch nicht abgeglichen")


def result_text(result, counts):
    """ "Abgeglichen: 3 neu, 1 geändert", "Fehlgeschlagen", "Noch nicht abgeglichen"."""
    if result in (ImportRun.OK, ImportRun.UNCHANGED):
        return gettext("%(result)s: %(counts)s") % {
            "result": result_label(result),
            "counts": counts_text(counts),
        }
    return result_label(result)


def calendar_result(calendar):
    return result_text(calendar.last_result, calendar.last_counts)


def run_counts(run):
    return {name: getattr(run, name) for name in COUNT_NAMES}
