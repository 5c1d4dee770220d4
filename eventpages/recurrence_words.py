"""A series' rule in words, one whole sentence per rule shape and language.

"jeden ersten Dienstag im Monat", "щомісяця в перший вівторок", "каждый первый вторник
месяца", "أول ثلاثاء من كل شهر": each shape (daily; every N days; weekly on days; every N
weeks on days; monthly on day N; every N months on day N; monthly on the Nth weekday; every N
months on the Nth weekday) is one gettext message with named placeholders, so every language
orders the sentence its own way. A rule repeating every time (interval 1) has its own message
without a number ("jeden Dienstag", never "каждую 1 неделю"); the others are ngettext messages
whose forms follow the number.

The words put into a sentence are messages of their own, with the sentence as context, because
their grammatical form depends on it: the weekdays after "jeden …" (Russian "по вторникам",
Arabic "ثلاثاء" without article) and after "alle N Wochen am …" (Arabic "الثلاثاء"); and the
ordinal with its weekday as one phrase ("ersten Dienstag"), since Russian and Ukrainian make the
ordinal agree with the weekday's gender ("каждый первый вторник", "каждую первую среду").
Numbers are written with the language's digits (core.dates.number); lists of weekdays with its
separators (core.dates.join).
"""

from django.utils.translation import npgettext, pgettext, pgettext_lazy

from core import dates

from . import recurrence

# The weekdays of a weekly rule repeating every week: "jeden Dienstag und Donnerstag".
EVERY_WEEK_ON = {
    "MO": pgettext_lazy("jeden …", "Montag"),
    "TU": pgettext_lazy("jeden …", "Dienstag"),
    "WE": pgettext_lazy("jeden …", "Mittwoch"),
    "TH": pgettext_lazy("jeden …", "Donnerstag"),
    "FR": pgettext_lazy("jeden …", "Freitag"),
    "SA": pgettext_lazy("jeden …", "Samstag"),
    "SU": pgettext_lazy("jeden …", "Sonntag"),
}

# The weekdays of a weekly rule repeating every N weeks: "alle 2 Wochen am Dienstag".
EVERY_N_WEEKS_ON = {
    "MO": pgettext_lazy("alle N Wochen am …", "Montag"),
    "TU": pgettext_lazy("alle N Wochen am …", "Dienstag"),
    "WE": pgettext_lazy("alle N Wochen am …", "Mittwoch"),
    "TH": pgettext_lazy("alle N Wochen am …", "Donnerstag"),
    "FR": pgettext_lazy("alle N Wochen am …", "Freitag"),
    "SA": pgettext_lazy("alle N Wochen am …", "Samstag"),
    "SU": pgettext_lazy("alle N Wochen am …", "Sonntag"),
}

# The ordinal and weekday of a monthly rule repeating every month: "jeden ersten Dienstag im Monat".
EVERY_MONTH_ON = {
    (1, "MO"): pgettext_lazy("jeden … im Monat", "ersten Montag"),
    (1, "TU"): pgettext_lazy("jeden … im Monat", "ersten Dienstag"),
    (1, "WE"): pgettext_lazy("jeden … im Monat", "ersten Mittwoch"),
    (1, "TH"): pgettext_lazy("jeden … im Monat", "ersten Donnerstag"),
    (1, "FR"): pgettext_lazy("jeden … im Monat", "ersten Freitag"),
    (1, "SA"): pgettext_lazy("jeden … im Monat", "ersten Samstag"),
    (1, "SU"): pgettext_lazy("jeden … im Monat", "ersten Sonntag"),
    (2, "MO"): pgettext_lazy("jeden … im Monat", "zweiten Montag"),
    (2, "TU"): pgettext_lazy("jeden … im Monat", "zweiten Dienstag"),
    (2, "WE"): pgettext_lazy("jeden … im Monat", "zweiten Mittwoch"),
    (2, "TH"): pgettext_lazy("jeden … im Monat", "zweiten Donnerstag"),
    (2, "FR"): pgettext_lazy("jeden … im Monat", "zweiten Freitag"),
    (2, "SA"): pgettext_lazy("jeden … im Monat", "zweiten Samstag"),
    (2, "SU"): pgettext_lazy("jeden … im Monat", "zweiten Sonntag"),
    (3, "MO"): pgettext_lazy("jeden … im Monat", "dritten Montag"),
    (3, "TU"): pgettext_lazy("jeden … im Monat", "dritten Dienstag"),
    (3, "WE"): pgettext_lazy("jeden … im Monat", "dritten Mittwoch"),
    (3, "TH"): pgettext_lazy("jeden … im Monat", "dritten Donnerstag"),
    (3, "FR"): pgettext_lazy("jeden … im Monat", "dritten Freitag"),
    (3, "SA"): pgettext_lazy("jeden … im Monat", "dritten Samstag"),
    (3, "SU"): pgettext_lazy("jeden … im Monat", "dritten Sonntag"),
    (4, "MO"): pgettext_lazy("jeden … im Monat", "vierten Montag"),
    (4, "TU"): pgettext_lazy("jeden … im Monat", "vierten Dienstag"),
    (4, "WE"): pgettext_lazy("jeden … im Monat", "vierten Mittwoch"),
    (4, "TH"): pgettext_lazy("jeden … im Monat", "vierten Donnerstag"),
    (4, "FR"): pgettext_lazy("jeden … im Monat", "vierten Freitag"),
    (4, "SA"): pgettext_lazy("jeden … im Monat", "vierten Samstag"),
    (4, "SU"): pgettext_lazy("jeden … im Monat", "vierten Sonntag"),
    (-1, "MO"): pgettext_lazy("jeden … im Monat", "letzten Montag"),
    (-1, "TU"): pgettext_lazy("jeden … im Monat", "letzten Dienstag"),
    (-1, "WE"): pgettext_lazy("jeden … im Monat", "letzten Mittwoch"),
    (-1, "TH"): pgettext_lazy("jeden … im Monat", "letzten Donnerstag"),
    (-1, "FR"): pgettext_lazy("jeden … im Monat", "letzten Freitag"),
    (-1, "SA"): pgettext_lazy("jeden … im Monat", "letzten Samstag"),
    (-1, "SU"): pgettext_lazy("jeden … im Monat", "letzten Sonntag"),
}

# The same for a rule repeating every N months: "alle 2 Monate am ersten Dienstag".
EVERY_N_MONTHS_ON = {
    (1, "MO"): pgettext_lazy("alle N Monate am …", "ersten Montag"),
    (1, "TU"): pgettext_lazy("alle N Monate am …", "ersten Dienstag"),
    (1, "WE"): pgettext_lazy("alle N Monate am …", "ersten Mittwoch"),
    (1, "TH"): pgettext_lazy("alle N Monate am …", "ersten Donnerstag"),
    (1, "FR"): pgettext_lazy("alle N Monate am …", "ersten Freitag"),
    (1, "SA"): pgettext_lazy("alle N Monate am …", "ersten Samstag"),
    (1, "SU"): pgettext_lazy("alle N Monate am …", "ersten Sonntag"),
    (2, "MO"): pgettext_lazy("alle N Monate am …", "zweiten Montag"),
    (2, "TU"): pgettext_lazy("alle N Monate am …", "zweiten Dienstag"),
    (2, "WE"): pgettext_lazy("alle N Monate am …", "zweiten Mittwoch"),
    (2, "TH"): pgettext_lazy("alle N Monate am …", "zweiten Donnerstag"),
    (2, "FR"): pgettext_lazy("alle N Monate am …", "zweiten Freitag"),
    (2, "SA"): pgettext_lazy("alle N Monate am …", "zweiten Samstag"),
    (2, "SU"): pgettext_lazy("alle N Monate am …", "zweiten Sonntag"),
    (3, "MO"): pgettext_lazy("alle N Monate am …", "dritten Montag"),
    (3, "TU"): pgettext_lazy("alle N Monate am …", "dritten Dienstag"),
    (3, "WE"): pgettext_lazy("alle N Monate am …", "dritten Mittwoch"),
    (3, "TH"): pgettext_lazy("alle N Monate am …", "dritten Donnerstag"),
    (3, "FR"): pgettext_lazy("alle N Monate am …", "dritten Freitag"),
    (3, "SA"): pgettext_lazy("alle N Monate am …", "dritten Samstag"),
    (3, "SU"): pgettext_lazy("alle N Monate am …", "dritten Sonntag"),
    (4, "MO"): pgettext_lazy("alle N Monate am …", "vierten Montag"),
    (4, "TU"): pgettext_lazy("alle N Monate am …", "vierten Dienstag"),
    (4, "WE"): pgettext_lazy("alle N Monate am …", "vierten Mittwoch"),
    (4, "TH"): pgettext_lazy("alle N Monate am …", "vierten Donnerstag"),
    (4, "FR"): pgettext_lazy("alle N Monate am …", "vierten Freitag"),
    (4, "SA"): pgettext_lazy("alle N Monate am …", "vierten Samstag"),
    (4, "SU"): pgettext_lazy("alle N Monate am …", "vierten Sonntag"),
    (-1, "MO"): pgettext_lazy("alle N Monate am …", "letzten Montag"),
    (-1, "TU"): pgettext_lazy("alle N Monate am …", "letzten Dienstag"),
    (-1, "WE"): pgettext_lazy("alle N Monate am …", "letzten Mittwoch"),
    (-1, "TH"): pgettext_lazy("alle N Monate am …", "letzten Donnerstag"),
    (-1, "FR"): pgettext_lazy("alle N Monate am …", "letzten Freitag"),
    (-1, "SA"): pgettext_lazy("alle N Monate am …", "letzten Samstag"),
    (-1, "SU"): pgettext_lazy("alle N Monate am …", "letzten Sonntag"),
}


def rule_words(frequency, interval, weekdays, day_of_month, month_week, month_weekday):
    """The rule as a phrase, e.g. "jeden Donnerstag" ("" for a single date)."""
    n = max(1, int(interval or 1))
    values = {"interval": dates.number(n)}
    if frequency == recurrence.DAILY_RULE:
        if n == 1:
            return pgettext("Wiederholung", "täglich")
        text = npgettext("Wiederholung", "alle %(interval)s Tage", "alle %(interval)s Tage", n)
        return text % values
    if frequency == recurrence.WEEKLY_RULE:
        codes = [code for code in recurrence.WEEKDAY_CODES if code in weekdays]
        if n == 1:
            values["weekdays"] = dates.join(EVERY_WEEK_ON[code] for code in codes)
            return pgettext("Wiederholung", "jeden %(weekdays)s") % values
        values["weekdays"] = dates.join(EVERY_N_WEEKS_ON[code] for code in codes)
        text = npgettext(
            "Wiederholung",
            "alle %(interval)s Wochen am %(weekdays)s",
            "alle %(interval)s Wochen am %(weekdays)s",
            n,
        )
        return text % values
    if frequency == recurrence.MONTHLY_DATE:
        values["day"] = dates.number(day_of_month)
        if n == 1:
            return pgettext("Wiederholung", "jeden Monat am %(day)s.") % values
        text = npgettext(
            "Wiederholung",
            "alle %(interval)s Monate am %(day)s.",
            "alle %(interval)s Monate am %(day)s.",
            n,
        )
        return text % values
    if frequency == recurrence.MONTHLY_WEEKDAY:
        key = (int(month_week) if int(month_week) in (1, 2, 3, 4) else -1, month_weekday)
        if key not in EVERY_MONTH_ON:
            return ""
        if n == 1:
            values["nth_weekday"] = EVERY_MONTH_ON[key]
            return pgettext("Wiederholung", "jeden %(nth_weekday)s im Monat") % values
        values["nth_weekday"] = EVERY_N_MONTHS_ON[key]
        text = npgettext(
            "Wiederholung",
            "alle %(interval)s Monate am %(nth_weekday)s",
            "alle %(interval)s Monate am %(nth_weekday)s",
            n,
        )
        return text % values
    return ""
