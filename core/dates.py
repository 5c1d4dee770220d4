"""Dates, times and numbers in a person's language: the one formatting layer of the site.

Pages, embeds, emails, feeds' human text and the admin's listings all format through here,
with the patterns of the CLDR (Babel), never hand-written ones, and in county time
(core.county_time): a moment is shown as the county's clocks show it.

- `day` "7. Dezember 2026", `day_with_weekday` "Montag, 7. Dezember 2026", `month_year`
  "Dezember 2026", `weekday` "Montag", `clock` "15:00", `moment` "7. Dezember 2026, 15:00",
  `time_range` "15:00–17:00 Uhr", `number` "1.234", `filesize` "1,5 MB", `join` "A, B und C";
- `short_day` "Mo., 07.12.2026" and `short_moment` for the admin's dense listings.

Languages: English is written as in Europe (en_GB: "7 December 2026", day before month,
24-hour clock), never the US order. Digits follow each language's CLDR default numbering
system: Persian with Persian digits and "٫" as decimal separator ("۷ دسامبر ۲۰۲۶"), Arabic
with Latin digits ("7 ديسمبر 2026، 3:00 م"): the CLDR's default for `ar` (since CLDR 42), and
what Arabic speakers in Germany meet on every letter, timetable, price and phone number around
them, so the dates read like the numbers beside them on the same page. Ukrainian and Russian
dates carry the CLDR's year abbreviation ("7 грудня 2026 р.", "7 декабря 2026 г.").
"""

from datetime import date, datetime, time
from functools import lru_cache

from babel import Locale
from babel.core import UnknownLocaleError
from babel.dates import (
    format_date,
    format_datetime,
    format_interval,
    format_time,
    match_skeleton,
)
from babel.lists import format_list
from babel.numbers import format_decimal
from babel.units import format_unit
from django.conf import settings
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext as _

from . import county_time

# The site's language codes whose written form is a regional variant of CLDR's.
LOCALES = {"en": "en_GB"}
# Digits of the numbering systems CLDR names as a language's default (Babel formats with Latin
# digits and leaves the digits to the caller).
DIGITS = {
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "arabext": "۰۱۲۳۴۵۶۷۸۹",
}
SHORT_DAY_SKELETON = "yMMddEEE"  # admin listings: weekday, day, month and year, numeric


def babel_locale(language=None):
    """The Babel locale of a language code (the active language by default)."""
    return parsed_locale(language or get_language() or settings.LANGUAGE_CODE)


# A listing formats hundreds of dates in one language: what depends only on the language (the
# parsed Locale, which keeps the CLDR data it has read, its digits, its matched skeletons) is
# worked out once per language and process. Babel's Locale and patterns are not changed by
# formatting, so sharing them changes no output.
@lru_cache(maxsize=64)
def parsed_locale(code):
    code = LOCALES.get(code, code)
    try:
        return Locale.parse(to_locale(code))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(to_locale(settings.LANGUAGE_CODE))


@lru_cache(maxsize=64)
def digit_table(numbering_system):
    """The str.translate table from Latin digits to a numbering system's, None for Latin."""
    digits = DIGITS.get(numbering_system)
    return str.maketrans("0123456789", digits) if digits else None


def native_digits(text, locale):
    """`text` with the digits of the locale's default numbering system."""
    table = digit_table(locale.default_numbering_system)
    return text.translate(table) if table else text


@lru_cache(maxsize=256)
def skeleton_pattern(locale, skeleton):
    """The locale's pattern for a skeleton, matched as babel's format_skeleton matches it."""
    patterns = locale.datetime_skeletons
    if skeleton not in patterns:
        skeleton = match_skeleton(skeleton, patterns) or skeleton
    return patterns[skeleton]


def format_skeleton_cached(skeleton, value, locale):
    """babel's format_skeleton(skeleton, value, locale=locale), its pattern matched once."""
    return format_datetime(value, skeleton_pattern(locale, skeleton), locale=locale)


def as_day(value):
    """A date: an aware datetime's county date, a date as it is."""
    if isinstance(value, datetime):
        return county_time.local_date(value)
    return value


def as_wall_clock(value):
    """What the county's clocks show: an aware datetime in county time, naive; a time of day
    (opening hours) on an arbitrary day."""
    if isinstance(value, datetime):
        return county_time.wall_clock(value) if value.tzinfo else value
    if isinstance(value, time):
        return datetime.combine(date(2000, 1, 3), value)
    return datetime.combine(value, datetime.min.time())


def day(value, language=None):
    """ "7. Dezember 2026", "7 December 2026", "۷ دسامبر ۲۰۲۶", "7 грудня 2026 р."."""
    if not value:
        return ""
    locale = babel_locale(language)
    return native_digits(format_date(as_day(value), "long", locale=locale), locale)


def day_with_weekday(value, language=None):
    """ "Montag, 7. Dezember 2026", "الاثنين، 7 ديسمبر 2026", "7 Aralık 2026 Pazartesi"."""
    if not value:
        return ""
    locale = babel_locale(language)
    return native_digits(format_date(as_day(value), "full", locale=locale), locale)


def month_year(value, language=None):
    """ "Dezember 2026" (the month's standalone name), "грудень 2026 р."."""
    if not value:
        return ""
    locale = babel_locale(language)
    return native_digits(format_skeleton_cached("yMMMM", as_day(value), locale), locale)


def weekday(value, language=None, width="wide"):
    """ "Montag" ("Mo" with width="abbreviated"): the standalone name, as a heading."""
    if not value:
        return ""
    pattern = "cccc" if width == "wide" else "ccc"
    return format_date(as_day(value), pattern, locale=babel_locale(language))


def plain_clock(value, locale):
    """The short time of a (naive, wall-clock) datetime in the locale's way: "15:00", "3:00 م"."""
    return native_digits(format_time(value, "short", locale=locale), locale)


def clock(value, language=None):
    """ "15:00" in county time; in the hour a change night repeats with the offset that tells
    the two apart, "02:30 (UTC+2)"."""
    if not value:
        return ""
    locale = babel_locale(language)
    text = plain_clock(as_wall_clock(value), locale)
    offset = county_time.repeated_hour_offset(value) if isinstance(value, datetime) else ""
    if offset:
        return _("%(time)s (UTC%(offset)s)") % {"time": text, "offset": offset}
    return text


def time_skeleton(locale):
    """ "Hm" or "hm": the language's own clock (24 or 12 hours), from its short time pattern."""
    return "hm" if "h" in locale.time_formats["short"].pattern else "Hm"


def time_range(start, end, language=None):
    """ "15:00–17:00 Uhr", "3:00–5:00 م", "۱۵:۰۰ تا ۱۷:۰۰": two times of one day (datetimes,
    or times of day such as opening hours)."""
    locale = babel_locale(language)
    if isinstance(start, datetime) and (
        county_time.repeated_hour_offset(start) or county_time.repeated_hour_offset(end)
    ):
        return _("%(start)s–%(end)s") % {
            "start": clock(start, language),
            "end": clock(end, language),
        }
    text = format_interval(
        as_wall_clock(start), as_wall_clock(end), time_skeleton(locale), locale=locale
    )
    return native_digits(text, locale)


def join_day_and_time(day_text, time_text, locale):
    """The language's way of joining a date and a time ("{1}, {0}"; Arabic "{1}، {0}")."""
    return str(locale.datetime_formats["medium"]).format(time_text, day_text)


def moment(value, language=None):
    """ "7. Dezember 2026, 15:00", "7 ديسمبر 2026، 3:00 م": a day and its time, county time."""
    if not value:
        return ""
    locale = babel_locale(language)
    return join_day_and_time(day(value, language), clock(value, language), locale)


def number(value, language=None):
    """A count or decimal: "1.234" (de), "1 234" (uk), "۱٬۲۳۴٫۵" (fa)."""
    if value is None or value == "":
        return ""
    locale = babel_locale(language)
    text = format_decimal(value, locale=locale, numbering_system="default")
    return native_digits(text, locale)


FILE_UNITS = ["digital-byte", "digital-kilobyte", "digital-megabyte", "digital-gigabyte"]


def filesize(num_bytes, language=None):
    """ "340 kB", "1,5 MB", "۱٫۵ MB": the size of a file (1024-based, one decimal from MB)."""
    if num_bytes in (None, ""):
        return ""
    value, unit = float(num_bytes), 0
    while value >= 1024 and unit < len(FILE_UNITS) - 1:
        value, unit = value / 1024, unit + 1
    value = round(value, 1) if unit >= 2 else round(value)
    if value == int(value):
        value = int(value)
    locale = babel_locale(language)
    text = format_unit(number(value, language), FILE_UNITS[unit], length="short", locale=locale)
    return text


def join(items, language=None):
    """ "Amira, Milan und Sara", "Amira وMilan": a list with the language's separators."""
    items = [str(item) for item in items]
    if not items:
        return ""
    return format_list(items, locale=babel_locale(language))


def short_day(value, language=None):
    """ "Mi., 16.12.2026": a numeric day with its weekday, for the admin's listings."""
    locale = babel_locale(language)
    text = format_skeleton_cached(SHORT_DAY_SKELETON, as_day(value), locale)
    return native_digits(text, locale)


def short_moment(value, language=None, with_time=True):
    """ "Mi., 16.12.2026, 17:00": an aware moment, in county time; the day only without time."""
    locale = babel_locale(language)
    text = short_day(value, language)
    if not with_time:
        return text
    return join_day_and_time(text, plain_clock(as_wall_clock(value), locale), locale)


def is_day(value):
    return isinstance(value, date)
