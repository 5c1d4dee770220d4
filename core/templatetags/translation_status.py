"""{% translation_status_line page %}: the page editor's line per language
(core.translation_report.status_line)."""

from django import template

register = template.Library()


@register.inclusion_tag("core/translation_report/status_line.html", takes_context=True)
def translation_status_line(context, page):
    from core.translation_report.status_line import status_items

    request = context.get("request")
    return {"items": status_items(page, request.user) if request else []}
