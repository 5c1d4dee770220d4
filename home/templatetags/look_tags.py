"""Icons, pictures and their fallback in templates (home.icons, home.pictures).

{% icon "place" %}                       an inline SVG icon, hidden from screen readers
{% card_picture post %}                  a page's picture for a card (lazy, srcset, AVIF/WebP)
{% page_picture page %}                  the picture at the top of a page
{% picture_fallback topic "calendar" %}  a card without a picture: the topic's tone and icon
"""

from django import template
from django.utils.html import format_html

from .. import icons, pictures

register = template.Library()


@register.simple_tag
def icon(name, extra_class=""):
    return icons.svg(name, extra_class)


@register.simple_tag
def card_picture(page, sizes=pictures.CARD_SIZES):
    return pictures.card_picture(page, sizes)


@register.simple_tag
def page_picture(page):
    return pictures.page_picture(page)


@register.simple_tag
def picture_fallback(topic, default_icon):
    """A calm tile in the topic's colour with its icon, for a card without a picture."""
    return format_html(
        '<div class="card-picture card-picture--fallback tone-{}" aria-hidden="true">{}</div>',
        icons.topic_tone(topic),
        icons.svg(icons.topic_icon(topic, default_icon)),
    )
