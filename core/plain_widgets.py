"""Filter forms' fields rendered in Python instead of one template per widget and per option.

Django renders a select through a template for the select and one more for each of its
options: the event filter's nine fields (languages alone have dozens of options) took about
12 ms of every listing. The HTML here is what Django's widgets make (the widget's own context:
name, value, attributes, `aria-invalid`/`aria-describedby` for errors, the options and which
is selected), written out directly; a widget this module does not know is left to Django.
Used by the listings' filter panels through `{{ field|plain_widget }}` (core.templatetags.listing).
"""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join


def render(bound_field):
    """The field's widget as HTML, as Django's own templates would write it."""
    widget = bound_field.field.widget
    if type(widget) in _SELECTS:
        return _select(bound_field, widget)
    if type(widget) in _INPUTS:
        return _input(bound_field, widget)
    return bound_field.as_widget()


def _attrs(bound_field, widget):
    attrs = bound_field.build_widget_attrs({}, widget)
    if bound_field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", bound_field.auto_id)
    return attrs


def _widget_context(bound_field, widget):
    return widget.get_context(
        bound_field.html_name, bound_field.value(), _attrs(bound_field, widget)
    )["widget"]


def _input(bound_field, widget):
    context = _widget_context(bound_field, widget)
    attrs = {"type": context["type"], "name": context["name"]}
    if context["value"] is not None:
        attrs["value"] = context["value"]
    attrs.update(context["attrs"])
    return format_html("<input{}>", flatatt(attrs))


def _select(bound_field, widget):
    context = _widget_context(bound_field, widget)
    options = []
    for group_name, group_options, _index in context["optgroups"]:
        rendered = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option["value"], flatatt(option["attrs"]), option["label"])
                for option in group_options
            ),
        )
        if group_name:
            options.append(format_html('<optgroup label="{}">{}</optgroup>', group_name, rendered))
        else:
            options.append(rendered)
    return format_html(
        "<select{}>{}</select>",
        flatatt({"name": context["name"], **context["attrs"]}),
        format_html_join("", "{}", ((option,) for option in options)),
    )


_SELECTS = {forms.Select}
_INPUTS = {
    forms.TextInput,
    forms.SearchInput,
    forms.DateInput,
    forms.NumberInput,
    forms.EmailInput,
    forms.CheckboxInput,
}
