"""{% load dates %}: the template filters of core.dates, in the active language and county time.

    {{ post.date|day }}                 7. Dezember 2026
    {{ day|day_with_weekday }}          Montag, 7. Dezember 2026
    {{ event.start|moment }}            7. Dezember 2026, 15:00
    {{ event.start|clock }}             15:00
    {% time_range start end %}          15:00–17:00 Uhr
    {{ month|month_year }}              Dezember 2026
    {{ day|weekday }} / |weekday_short  Montag / Mo
    {{ count|number }}, {{ size|filesize }}
    {{ names|bdi_list }}                <bdi>Amira</bdi>, <bdi>Milan</bdi> und <bdi>Sara</bdi>

Machine values stay with Django's `date` filter: `datetime="{{ x|date:'Y-m-d' }}"`.
"""

from django import template
from django.utils.html import format_html

from core import dates

register = template.Library()

register.filter("day", dates.day)
register.filter("day_with_weekday", dates.day_with_weekday)
register.filter("moment", dates.moment)
register.filter("clock", dates.clock)
register.filter("month_year", dates.month_year)
register.filter("weekday", dates.weekday)
register.filter("number", dates.number)
register.filter("filesize", dates.filesize)


@register.filter
def weekday_short(value):
    return dates.weekday(value, width="abbreviated")


@register.simple_tag
def time_range(start, end):
    return dates.time_range(start, end)


@register.filter
def bdi_list(items):
    """Names joined with the language's separators, each isolated for right-to-left text."""
    items = list(items)
    # The language's list pattern around numbered slots, then each name escaped into its slot.
    pattern = dates.join(f"<bdi>{{{number}}}</bdi>" for number in range(len(items)))
    return format_html(pattern, *items)


@register.filter
def short_moment(value):
    """ "Mi., 16.12.2026, 17:00": for the admin's dense tables."""
    return dates.short_moment(value) if value else ""


@register.filter
def bdi(value):
    """A name, title or number isolated from the text around it ("بدأه <bdi>Milan</bdi>")."""
    if value in (None, ""):
        return ""
    return format_html("<bdi>{}</bdi>", value)


@register.filter
def word_list(items):
    """Words in the page's language joined with its separators: "Arabisch, Deutsch und Farsi"."""
    return dates.join(items)
