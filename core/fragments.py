"""Parts of a page that are the same for every visitor who may see the same pages: rendered
once per language and content generation (core.memo), not on every request.

The home page's next events and latest news took two thirds of its time, yet they change only
when content changes (or, for what is "next", when the first event shown is over).
Only for fragments without anything personal in them (no form, no CSRF token, no user name):
what differs between visitors is the set of pages they may see, which is part of the key.
"""

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from . import county_time, memo
from .visibility import hidden_paths


def _rendered(template_name, context, request):
    """The template's output, already escaped by the template engine."""
    html = render_to_string(template_name, context, request=request)
    return mark_safe(html)  # noqa: S308  # nosec B308 B703


def kept(name, template_name, build_context, request, *, until=None, extra=()):
    """The template rendered with `build_context()`, kept for this language, this visitor's
    hidden pages and the content generation. `until(context)` may name the moment the
    fragment goes out of date by itself (the end of the first event shown), or None."""
    key = ("fragment", name, get_language(), tuple(hidden_paths(request)), *extra)

    def build():
        context = build_context()
        return _rendered(template_name, context, request), until(context) if until else None

    html, _expires = memo.remember(
        key,
        build,
        request,
        still_valid=lambda kept: kept[1] is None or county_time.now() < kept[1],
    )
    return html
