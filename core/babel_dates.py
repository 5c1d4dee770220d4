"""Absolute dates and times in a person's language, by the CLDR's patterns (Babel).

Admin listings show when something happens as a date, not as "in 3 days": "Mi., 16.12.2026,
17:00" in German, "Wed, 12/16/2026, 5:00 PM" in English, and in Arabic the same with Arabic
words and right-to-left marks. The pattern is the language's own (a CLDR skeleton: weekday,
day, month, year; the short time; the language's way of joining them), never written by hand,
and the moment is in county time (core.county_time).
"""

from babel import Locale
from babel.core import UnknownLocaleError
from babel.dates import format_skeleton, format_time
from django.conf import settings
from django.utils.translation import get_language, to_locale

from . import county_time

DAY_SKELETON = "yMMddEEE"  # weekday, day, month and year, in the language's order


def babel_locale(language=None):
    """The Babel locale of a language code (the active language by default)."""
    code = language or get_language() or settings.LANGUAGE_CODE
    try:
        return Locale.parse(to_locale(code))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(to_locale(settings.LANGUAGE_CODE))


def format_day(day, language=None):
    """ "Mi., 16.12.2026" """
    return format_skeleton(DAY_SKELETON, day, locale=babel_locale(language))


def format_moment(moment, language=None, with_time=True):
    """ "Mi., 16.12.2026, 17:00": an aware moment, in county time; the day only without time."""
    wall = county_time.wall_clock(moment)
    locale = babel_locale(language)
    day = format_skeleton(DAY_SKELETON, wall, locale=locale)
    if not with_time:
        return day
    time = format_time(wall, "short", locale=locale)
    return str(locale.datetime_formats["medium"]).format(time, day)
