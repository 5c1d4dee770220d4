"""Showing what members wrote: plain text with clickable links, in its language and direction.

Members' texts are never HTML: everything is escaped, links become anchors with
rel="nofollow", line breaks are kept.
"""

from django import template
from django.conf import settings
from django.utils.html import linebreaks, urlize
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info

from core.people import member_name
from exchange.post_translation import mark_html

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


@register.filter
def plain_text(value):
    """Escaped text in paragraphs and line breaks, with its addresses as nofollow links."""
    linked = urlize(str(value or ""), nofollow=True, autoescape=True)
    # urlize escaped everything that is not a link; linebreaks keeps that (safe input).
    return mark_safe(linebreaks(linked, autoescape=False))  # nosec B308 B703


@register.filter
def text_direction(language_code):
    """ "rtl" for Arabic and Persian (and other bidi languages), else "ltr"."""
    try:
        return "rtl" if get_language_info(language_code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


@register.filter
def language_name(language_code):
    """The language's name in its own script, as the language switcher writes it."""
    return LANGUAGE_NAMES.get(language_code, language_code)


@register.filter
def translation_mark(translation):
    """ "Maschinell übersetzt aus dem Arabischen (LibreTranslate)" (exchange.post_translation)."""
    return mark_html(translation)


# How members see each other: the full name, else the user name.
register.filter("member_name", member_name)
