"""Input formats added to Django's per language, so every admin language reads the German
dates the admin's date picker writes (settings.WAGTAIL_DATE_FORMAT / WAGTAIL_DATETIME_FORMAT).

Django looks here first (settings.FORMAT_MODULE_PATH) and takes from its own locale what a
module here does not set. The additions come after a language's own formats, so the first
format (the one Django writes dates in outside the admin) stays the language's own.
"""

DAY_FIRST_DATE = ["%d.%m.%Y"]
DAY_FIRST_DATETIME = ["%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y"]


def with_day_first(dates, datetimes):
    """(date formats, datetime formats): the language's own, then the German ones."""
    return (
        [*dates, *(f for f in DAY_FIRST_DATE if f not in dates)],
        [*datetimes, *(f for f in DAY_FIRST_DATETIME if f not in datetimes)],
    )
