"""Easy-to-read and accessibility statement helpers (BITV 2.0), for the header, the footer
and the content pages: the "Leichte Sprache" page in the visitor's language, the sign-language
(DGS) video and the statement's date and arbitration body, all from AccessibilitySettings.

No query once the content generation's settings and pages are known (core.memo): they are
kept per site and language.
"""

from django.utils.translation import get_language
from wagtail.models import Page

from core import memo

from .blocks import VideoBlock, parse_video_url
from .languages import EASY_LANGUAGE_LABEL
from .models import AccessibilitySettings, FooterSettings

# The site search's filter "Leichte Sprache": ?leichte_sprache=1 (pages marked easy_language,
# documents in "de-simple"); search sections of other apps read it through wants_easy_language.
EASY_LANGUAGE_PARAM = "leichte_sprache"


def wants_easy_language(request):
    return request is not None and request.GET.get(EASY_LANGUAGE_PARAM) == "1"


def settings_for(request):
    if request is None:
        return None
    return memo.site_setting(AccessibilitySettings, request)


def in_active_language(page_id):
    """The live page in the active language (translation or alias), else the chosen one."""
    if not page_id:
        return None
    chosen = Page.objects.live().filter(pk=page_id).first()
    if chosen is None:
        return None
    translated = (
        Page.objects.live()
        .filter(translation_key=chosen.translation_key, locale__language_code=get_language())
        .first()
    )
    return translated or chosen


def easy_language_link(request):
    """{"page", "label", "lang"} for the header and footer link, or None without a page.

    The label stays German ("Leichte Sprache" is the page's language and its name); on pages
    in other languages it carries lang="de".
    """
    chosen = settings_for(request)
    if chosen is None:
        return None
    page = memo.remember(
        ("home:easy_language", chosen.pk, get_language()),
        lambda: in_active_language(chosen.easy_language_page_id),
        request,
    )
    if page is None:
        return None
    other_language = (get_language() or "de").split("-")[0] != "de"
    return {"page": page, "label": EASY_LANGUAGE_LABEL, "lang": "de" if other_language else ""}


def sign_language_video(chosen):
    """The DGS video as a video block value (rendered behind the two-click consent)."""
    if not chosen or not parse_video_url(chosen.sign_language_video_url):
        return None
    from django.utils.translation import gettext

    block = VideoBlock()
    return block.to_python(
        {
            "url": chosen.sign_language_video_url,
            "title": gettext("Diese Website in Deutscher Gebärdensprache (DGS)"),
            "caption": "",
        }
    )


def _same_page(page, page_id, request=None):
    if not page_id:
        return False
    key = memo.remember(
        ("home:translation_key", page_id),
        lambda: Page.objects.filter(pk=page_id).values_list("translation_key", flat=True).first(),
        request,
    )
    return key == page.translation_key


def page_extras(request, page):
    """What a content page shows beside its body: the DGS video on the easy-to-read page and
    on the statement, the statement's date and arbitration body on the statement."""
    chosen = settings_for(request)
    if chosen is None or page is None:
        return {}
    footer = memo.site_setting(FooterSettings, request)
    is_statement = _same_page(page, footer.accessibility_page_id, request)
    is_easy_language = getattr(page, "easy_language", False) or _same_page(
        page, chosen.easy_language_page_id, request
    )
    extras = {"is_statement": is_statement, "is_easy_language": is_easy_language}
    if is_statement or is_easy_language:
        extras["video"] = sign_language_video(chosen)
    if is_statement:
        extras["settings"] = chosen
        extras["easy_language"] = easy_language_link(request)
    return extras
