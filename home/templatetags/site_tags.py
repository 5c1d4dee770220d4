from django import template

from home import navigation
from home.models import FooterSettings, SiteLook

register = template.Library()


@register.simple_tag(takes_context=True)
def localized_home(context):
    return navigation.localized_home(context.get("request"))


@register.simple_tag(takes_context=True)
def site_look(context):
    """The logo and colours of the request's site (one query; Wagtail keeps it per request)."""
    request = context.get("request")
    return SiteLook.for_request(request) if request is not None else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    page = navigation.current_page(context)
    current_path = page.path if page is not None else ""
    items = [
        {
            "page": item,
            "is_current": item.path == current_path,
            "is_ancestor": current_path.startswith(item.path) and item.path != current_path,
        }
        for item in navigation.menu_pages(request)
    ]
    return {"items": items, "request": request}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    return {"links": navigation.language_links(request, navigation.current_page(context))}


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    request = context.get("request")
    return {"links": navigation.alternate_links(request, navigation.current_page(context))}


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    request = context.get("request")
    footer = FooterSettings.for_request(request) if request is not None else None
    return {
        "legal_pages": footer.legal_pages() if footer else [],
        "contact_email": footer.contact_email if footer else "",
        "home": navigation.localized_home(request),
        "request": request,
    }
