"""schema.org JSON-LD in a page: one safe <script> element for every app (events, directory).

The JSON goes into the page inside a <script> element; like Django's json_script, <, > and &
are written as \\u escapes, so no text an editor types (say "</script>") can end that element.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

SCHEMA = "https://schema.org/"
# The same escapes as django.utils.html.json_script.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def jsonld_script(data):
    """A <script type="application/ld+json"> element that nothing in `data` can break out of."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        # <, > and & escaped as \uXXXX, as json_script does.
        mark_safe(text.translate(JSON_SCRIPT_ESCAPES)),  # nosec B308 B703
    )


def absolute(request, url):
    if not url:
        return ""
    if request is not None:
        return request.build_absolute_uri(url)
    return url
