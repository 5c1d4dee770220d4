"""Template tags of embedding for the site's own pages."""

from urllib.parse import unquote

from django import template
from django.utils.html import format_html
from wagtail.models import Page

from ..hook import has_embed
from ..oembed import discovery_href
from ..pages import embeddable, page_address

register = template.Library()


@register.simple_tag(takes_context=True)
def oembed_discovery_link(context):
    """The oEmbed discovery `<link>` of an embeddable public page (with the visitor's filters).

    Only at the page's own address (not at its sub-routes such as an archive or a feed), and
    at most two queries (the page's view restrictions, as Wagtail reads them).
    """
    page = context.get("page")
    request = context.get("request")
    if request is None or not isinstance(page, Page) or not has_embed(page):
        return ""
    address = page_address(page, request)
    if address is None or unquote(address[2]) != request.path:
        return ""
    if not embeddable(page):
        return ""
    return format_html(
        '<link rel="alternate" type="application/json+oembed" href="{}" title="{}">',
        discovery_href(request, request.build_absolute_uri()),
        page.title,
    )
