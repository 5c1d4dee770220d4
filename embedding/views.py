"""The embed view: a page's content for another website's frame.

Rendered as for an anonymous visitor (never private content, no session, no cookies),
cacheable, and frameable only by the origins listed in the site's embed settings.
"""

import base64
import hashlib

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.csp import CSP
from django.utils.http import urlencode
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from core.site_title import home_title

from .hook import page_embed
from .models import EmbedSettings
from .options import EmbedOptions, filter_query
from .pages import embeddable, full_url, page_for_path

EMBED_MAX_AGE = 300


class NoSession(dict):
    """An empty session that is never saved.

    SessionMiddleware leaves a session without `accessed`/`modified` alone: no `Vary: Cookie`,
    no cookie set or deleted, whatever the embed's code reads.
    """


def make_anonymous(request):
    """The request as a visitor without cookies sees it: the same embed for everybody."""
    anonymous = AnonymousUser()
    request.user = anonymous

    async def auser():
        return anonymous

    request.auser = auser
    request.session = NoSession()
    # No messages are shown or consumed (that would rewrite the messages cookie).
    if hasattr(request, "_messages"):
        del request._messages


def frame_ancestors(request):
    """The CSP frame-ancestors of embeds: exactly the listed origins, else nobody.

    Not even the site itself: the admin builder previews through `embed_preview`.
    """
    origins = EmbedSettings.for_request(request).origins()
    return origins or [CSP.NONE]


def csp_hash(text):
    digest = hashlib.sha256(text.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def media_sources():
    """Images may come from the media storage's own host (S3, a CDN): as on the site's pages."""
    from core.security import media_origins

    return list(media_origins())


def embed_csp(ancestors, options=None):
    """Our resources only (an embed loads nothing from any other host), framed by `ancestors`.

    The accent stylesheet is allowed by its hash, not a nonce: the response stays cacheable.
    """
    styles = [CSP.SELF]
    if options is not None and options.accent_css:
        styles.append(csp_hash(options.accent_css))
    return {
        "default-src": [CSP.SELF],
        "img-src": [CSP.SELF, "data:", *media_sources()],
        "style-src": styles,
        "script-src": [CSP.SELF],
        "object-src": [CSP.NONE],
        "base-uri": [CSP.SELF],
        "form-action": [CSP.SELF],
        "frame-ancestors": ancestors,
    }


def public_response(response):
    """Cacheable by anyone, for EMBED_MAX_AGE seconds (or the fewer its embed module asks
    for, `embed_max_age`: 0 keeps it out of every cache, core.cache too); its language is in
    its address."""
    max_age = getattr(response, "embed_max_age", None)
    max_age = EMBED_MAX_AGE if max_age is None else max(0, min(max_age, EMBED_MAX_AGE))
    patch_cache_control(response, public=True, max_age=max_age)
    # core.locale_middleware.LocaleMiddleware adds no `Vary: Accept-Language` then.
    response.language_from_url = True
    return response


def render_embed(request, page_path, ancestors):
    """The embed of the page at "<language>/<path>/", for an already anonymous request."""
    language = page_path.strip("/").split("/", 1)[0]
    if language not in dict(settings.LANGUAGES):
        raise Http404
    translation.activate(language)
    request.LANGUAGE_CODE = language
    page = page_for_path(request, page_path)
    if not embeddable(page):
        raise Http404
    embed = page_embed(page)
    options = EmbedOptions.from_query(request.GET)
    filters = filter_query(request.GET)
    open_url = full_url(request, page)
    if filters:
        open_url += "?" + urlencode(filters, doseq=True)
    context = {
        "page": page,
        # The frame's title names the network in the embed's language (core.site_title).
        "site_title": home_title(page),
        "options": options,
        "open_url": open_url,
        "embed_filters": filters,
        **embed.context(request, options),
    }
    response = TemplateResponse(request, embed.template, context)
    response.embed_max_age = embed.max_age(request)
    response._csp_config = embed_csp(ancestors, options)
    response.headers["Content-Language"] = language
    return response


@require_safe
@xframe_options_exempt  # CSP frame-ancestors decides who may frame an embed
def embed(request, page_path):
    # Before anything reads the session: the embed is the same for everybody.
    make_anonymous(request)
    return public_response(render_embed(request, page_path, frame_ancestors(request)))


@require_safe
def embed_preview(request, page_path):
    """The same embed for the admin's builder, which frames it from our own origin.

    Public content only, like every embed; not stored by any cache. (Not behind Wagtail's
    require_admin_access: that renders in the editor's admin language.)
    """
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    make_anonymous(request)
    response = render_embed(request, page_path, [CSP.SELF])
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response
