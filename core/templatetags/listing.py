"""Template filters of the listings' filter forms (core.plain_widgets)."""

from django import template

from core import plain_widgets

register = template.Library()


@register.filter
def plain_widget(bound_field):
    """{{ field|plain_widget }}: the field's widget without a template per option."""
    return plain_widgets.render(bound_field)
