from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail import hooks

from core import memo
from home import accessibility, languages, navigation
from home.models import FooterSettings, SiteLook

register = template.Library()


@register.simple_tag(takes_context=True)
def localized_home(context):
    return navigation.localized_home(context.get("request"))


@register.simple_tag(takes_context=True)
def site_look(context):
    """The logo and colours of the request's site (kept per content generation, core.memo)."""
    return memo.site_setting(SiteLook, context.get("request"))


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    page = navigation.current_page(context)
    current_path = page.path if page is not None else ""
    members_page = navigation.members_area(request)
    pages = navigation.menu_pages(request)
    if members_page is not None and members_page.pk not in {item.pk for item in pages}:
        pages.append(members_page)
    originals = languages.original_languages(pages)
    items = [
        {
            "page": item,
            "label": _("Mitgliederbereich") if item == members_page else item.title,
            # The members' area is named by the interface, in the visitor's language.
            "original": None if item == members_page else originals.get(item.pk),
            "is_current": item.path == current_path,
            "is_ancestor": current_path.startswith(item.path) and item.path != current_path,
        }
        for item in pages
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
    footer = memo.site_setting(FooterSettings, request)
    legal_pages = (
        memo.remember(("home:legal_pages", footer.pk, get_language()), footer.legal_pages, request)
        if footer
        else []
    )
    return {
        "legal_pages": legal_pages,
        "contact_email": footer.contact_email if footer else "",
        "home": navigation.localized_home(request),
        "easy_language": accessibility.easy_language_link(request),
        "request": request,
    }


# For an untranslated page (an alias): the language its text is written in ("Nur auf Deutsch").
page_original_language = register.simple_tag(
    languages.original_language, name="page_original_language"
)


# Apps add their members' places (library, board, share form) to the members' page without
# home importing them: each function registered under this hook takes (request, page), the
# members' page in the visitor's language, and returns a list of {"title", "url", "text",
# "order"} for what this visitor may use; it checks that itself. Listed by "order".
MEMBERS_AREA_LINKS_HOOK = "members_area_links"


@register.inclusion_tag("includes/members_area_links.html", takes_context=True)
def members_area_links(context):
    """On the members' page: the links the apps offer members (nothing on other pages)."""
    request = context.get("request")
    page = navigation.current_page(context)
    members_page = navigation.members_area(request)
    links = []
    if page is not None and members_page is not None and page.pk == members_page.pk:
        for find in hooks.get_hooks(MEMBERS_AREA_LINKS_HOOK):
            links.extend(find(request, members_page) or [])
    return {"links": sorted(links, key=lambda link: link.get("order", 50))}


@register.inclusion_tag("includes/easy_language_link.html", takes_context=True)
def easy_language_link(context):
    """The header's small "Leichte Sprache" link (AccessibilitySettings)."""
    request = context.get("request")
    return {"link": accessibility.easy_language_link(request), "request": request}


@register.simple_tag(takes_context=True)
def accessibility_extras(context, page):
    """For content pages: DGS video, statement date and arbitration body (home.accessibility)."""
    return accessibility.page_extras(context.get("request"), page)
