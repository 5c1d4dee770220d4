"""core.dates: every date, time and number in each of the seven languages, by the CLDR (Babel).

Monday 7 December 2026, 15:00–17:00 in the county (Europe/Berlin), a file of 1.5 MB. Arabic
uses Latin digits (CLDR's default for `ar`), Persian its own digits and "٫"; Ukrainian and
Russian months in the genitive with the CLDR's year abbreviation; English as in Europe.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import translation

from core import dates

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2026, 12, 7, 15, 0, tzinfo=BERLIN)
END = datetime(2026, 12, 7, 17, 0, tzinfo=BERLIN)
MB_1_5 = 1572864
RLM = "\u200f"
NNBSP = "\u202f"  # CLDR: between the year and "р."/"г."

EXPECTED = {
    # language: (day, moment, time range, month and year, weekday, file size)
    "de": (
        "7. Dezember 2026",
        "7. Dezember 2026, 15:00",
        "15:00–17:00 Uhr",
        "Dezember 2026",
        "Montag",
        "1,5 MB",
    ),
    "en": (
        "7 December 2026",
        "7 December 2026, 15:00",
        "15:00–17:00",
        "December 2026",
        "Monday",
        "1.5 MB",
    ),
    "ar": (
        "7 ديسمبر 2026",
        "7 ديسمبر 2026، 3:00 م",
        "3:00–5:00 م",
        "ديسمبر 2026",
        "الاثنين",
        "1.5 م.ب",
    ),
    "fa": (
        "۷ دسامبر ۲۰۲۶",
        f"۷ دسامبر ۲۰۲۶،{RLM} ۱۵:۰۰",
        "۱۵:۰۰ تا ۱۷:۰۰",
        "دسامبر ۲۰۲۶",
        "دوشنبه",
        "۱٫۵ MB",
    ),
    "uk": (
        f"7 грудня 2026{NNBSP}р.",
        f"7 грудня 2026{NNBSP}р., 15:00",
        "15:00–17:00",
        f"грудень 2026{NNBSP}р.",
        "понеділок",
        "1,5 МБ",
    ),
    "ru": (
        f"7 декабря 2026{NNBSP}г.",
        f"7 декабря 2026{NNBSP}г., 15:00",
        "15:00—17:00",
        f"декабрь 2026{NNBSP}г.",
        "понедельник",
        "1,5 МБ",
    ),
    "tr": (
        "7 Aralık 2026",
        "7 Aralık 2026 15:00",
        "15:00–17:00",
        "Aralık 2026",
        "Pazartesi",
        "1,5 MB",
    ),
}


@pytest.mark.parametrize("language", EXPECTED)
def test_each_language_formats_by_the_cldr(language):
    day, moment, time_range, month_year, weekday, size = EXPECTED[language]
    assert dates.day(START, language) == day
    assert dates.day(date(2026, 12, 7), language) == day
    assert dates.moment(START, language) == moment
    assert dates.time_range(START, END, language) == time_range
    assert dates.month_year(date(2026, 12, 1), language) == month_year
    assert dates.weekday(START, language) == weekday
    assert dates.filesize(MB_1_5, language) == size


@pytest.mark.parametrize("language", EXPECTED)
def test_the_template_filters_use_the_active_language(language):
    day, moment, _range, month_year, weekday, size = EXPECTED[language]
    template = Template(
        "{% load dates %}{{ start|day }}|{{ start|moment }}|{{ month|month_year }}|"
        "{{ start|weekday }}|{{ size|filesize }}|{% time_range start end %}"
    )
    context = Context({"start": START, "end": END, "month": date(2026, 12, 1), "size": MB_1_5})
    with translation.override(language):
        rendered = template.render(context)
    assert rendered == "|".join([day, moment, month_year, weekday, size, _range])


def test_never_the_us_order_and_never_a_leading_zero():
    march = datetime(2027, 3, 4, 9, 5, tzinfo=BERLIN)
    assert dates.day(march, "en") == "4 March 2027"
    assert dates.day(march, "uk") == f"4 березня 2027{NNBSP}р."
    assert dates.day(march, "ru") == f"4 марта 2027{NNBSP}г."
    assert dates.moment(march, "en") == "4 March 2027, 09:05"
    assert dates.short_day(march, "en") == "Thu, 04/03/2027"  # day before month, as in Europe


def test_a_moment_is_shown_in_county_time():
    utc = datetime(2026, 12, 7, 23, 30, tzinfo=ZoneInfo("UTC"))  # 00:30 on the 8th in Berlin
    assert dates.moment(utc, "de") == "8. Dezember 2026, 00:30"


def test_numbers_and_file_sizes_per_language():
    assert dates.number(1234.5, "de") == "1.234,5"
    assert dates.number(1234.5, "fa") == "۱٬۲۳۴٫۵"
    assert dates.number(1234, "uk") == "1\xa0234"
    assert dates.number(1234, "ar") == "1,234"
    assert dates.filesize(348160, "de") == "340 kB"
    assert dates.filesize(348160, "fa") == "۳۴۰ kB"
    assert dates.filesize(12, "ar") == "12 بايت"


def test_lists_use_the_language_separators_and_isolate_names():
    assert dates.join(["Amira", "Milan", "Sara"], "de") == "Amira, Milan und Sara"
    assert dates.join(["Amira", "Milan"], "uk") == "Amira і Milan"
    template = Template("{% load dates %}{{ names|bdi_list }} {{ name|bdi }}")
    with translation.override("ar"):
        rendered = template.render(Context({"names": ["Amira", "<b>Milan</b>"], "name": "Milan"}))
    assert rendered == "<bdi>Amira</bdi> و<bdi>&lt;b&gt;Milan&lt;/b&gt;</bdi> <bdi>Milan</bdi>"


def test_the_repeated_hour_of_the_autumn_night_keeps_its_offset():
    first = datetime(2027, 10, 31, 2, 30, tzinfo=BERLIN)
    second = datetime(2027, 10, 31, 2, 30, fold=1, tzinfo=BERLIN)
    with translation.override("de"):
        assert dates.clock(first) == "02:30 (UTC+2)"
        assert dates.clock(second) == "02:30 (UTC+1)"


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_cached_patterns_format_as_babel_does(language):
    """The pattern matched once per language gives what babel's format_skeleton gives."""
    from babel.dates import format_skeleton

    locale = dates.babel_locale(language)
    assert dates.babel_locale(language) is locale  # parsed once
    for value in (date(2026, 12, 7), date(2027, 3, 4), date(2027, 10, 31)):
        for skeleton in (dates.SHORT_DAY_SKELETON, "yMMMM", "Md"):
            expected = format_skeleton(skeleton, value, locale=locale)
            assert dates.format_skeleton_cached(skeleton, value, locale) == expected
        assert dates.short_day(value, language) == dates.native_digits(
            format_skeleton(dates.SHORT_DAY_SKELETON, value, locale=locale), locale
        )
