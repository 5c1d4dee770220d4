"""A series' rule in words reads as a whole sentence in every language (one message per shape).

The sentences for languages other than German come from the catalogues; until the lead has
merged /tmp/notes/dates-translations.json into them, those cases are expected failures.
"""

import pytest
from django.utils import translation
from django.utils.translation import pgettext

from eventpages import recurrence_words

CASES = {
    # (frequency, interval, weekdays, day of month, month week, month weekday)
    "first_tuesday": ("monthly_weekday", 1, [], 5, 1, "TU"),
    "first_wednesday": ("monthly_weekday", 1, [], 5, 1, "WE"),
    "second_tuesday_every_2": ("monthly_weekday", 2, [], 5, 2, "TU"),
    "last_sunday": ("monthly_weekday", 1, [], 5, -1, "SU"),
    "weekly_tue_thu": ("weekly", 1, ["TH", "TU"], 5, 1, "MO"),
    "every_2_weeks_mon": ("weekly", 2, ["MO"], 5, 1, "MO"),
    "daily": ("daily", 1, [], 5, 1, "MO"),
    "every_5_days": ("daily", 5, [], 5, 1, "MO"),
    "monthly_on_7": ("monthly_date", 1, [], 7, 1, "MO"),
    "every_3_months_on_7": ("monthly_date", 3, [], 7, 1, "MO"),
}

EXPECTED = {
    "de": {
        "first_tuesday": "jeden ersten Dienstag im Monat",
        "first_wednesday": "jeden ersten Mittwoch im Monat",
        "second_tuesday_every_2": "alle 2 Monate am zweiten Dienstag",
        "last_sunday": "jeden letzten Sonntag im Monat",
        "weekly_tue_thu": "jeden Dienstag und Donnerstag",
        "every_2_weeks_mon": "alle 2 Wochen am Montag",
        "daily": "täglich",
        "every_5_days": "alle 5 Tage",
        "monthly_on_7": "jeden Monat am 7.",
        "every_3_months_on_7": "alle 3 Monate am 7.",
    },
    "en": {
        "first_tuesday": "on the first Tuesday of every month",
        "second_tuesday_every_2": "every 2 months on the second Tuesday",
        "weekly_tue_thu": "every Tuesday and Thursday",
        "every_2_weeks_mon": "every 2 weeks on Monday",
        "daily": "daily",
        "monthly_on_7": "every month on day 7",
    },
    "uk": {
        "first_tuesday": "щомісяця в перший вівторок",
        "first_wednesday": "щомісяця в першу середу",
        "second_tuesday_every_2": "кожні 2 місяці в другий вівторок",
        "last_sunday": "щомісяця в останню неділю",
        "weekly_tue_thu": "щовівторка і щочетверга",
        "every_2_weeks_mon": "кожні 2 тижні по понеділках",
        "daily": "щодня",
        "every_5_days": "кожні 5 днів",
        "monthly_on_7": "щомісяця 7-го числа",
    },
    "ru": {
        "first_tuesday": "каждый первый вторник месяца",
        "first_wednesday": "каждую первую среду месяца",
        "second_tuesday_every_2": "каждые 2 месяца во второй вторник",
        "last_sunday": "каждое последнее воскресенье месяца",
        "weekly_tue_thu": "по вторникам и четвергам",
        "every_2_weeks_mon": "каждые 2 недели по понедельникам",
        "every_5_days": "каждые 5 дней",
        "every_3_months_on_7": "каждые 3 месяца 7-го числа",
    },
    "ar": {
        "first_tuesday": "أول ثلاثاء من كل شهر",
        "second_tuesday_every_2": "كل شهرين، في ثاني ثلاثاء من الشهر",
        "weekly_tue_thu": "كل ثلاثاء وخميس",
        "every_2_weeks_mon": "كل أسبوعين، أيام الاثنين",
        "every_5_days": "كل 5 أيام",
        "monthly_on_7": "في اليوم 7 من كل شهر",
    },
    "fa": {
        "first_tuesday": "هر ماه، اولین سه\u200cشنبه",
        "weekly_tue_thu": "هر سه\u200cشنبه و پنج‌شنبه",
        "every_5_days": "هر ۵ روز",
        "monthly_on_7": "روز ۷ هر ماه",
    },
    "tr": {
        "first_tuesday": "her ayın ilk salı günü",
        "second_tuesday_every_2": "2 ayda bir, ayın ikinci salı günü",
        "weekly_tue_thu": "her salı ve perşembe",
        "every_2_weeks_mon": "2 haftada bir pazartesi",
        "monthly_on_7": "her ayın 7. günü",
    },
}


@pytest.mark.parametrize(
    ("language", "case"),
    [(language, case) for language, cases in EXPECTED.items() for case in cases],
)
def test_rule_in_words(language, case):
    with translation.override(language):
        if language != "de" and pgettext("Wiederholung", "täglich") == "täglich":
            pytest.xfail("the lead merges /tmp/notes/dates-translations.json into the catalogues")
        assert recurrence_words.rule_words(*CASES[case]) == EXPECTED[language][case]


def test_every_weekday_and_ordinal_has_its_phrase():
    for week in (1, 2, 3, 4, -1):
        for code in ("MO", "TU", "WE", "TH", "FR", "SA", "SU"):
            assert (week, code) in recurrence_words.EVERY_MONTH_ON
            assert (week, code) in recurrence_words.EVERY_N_MONTHS_ON
