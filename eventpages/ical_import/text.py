"""A source's description as the small, safe HTML our event pages show.

Producers write descriptions three ways: plain text (Apple, Thunderbird, Nextcloud, Mobilizon),
HTML inside DESCRIPTION (Google Calendar), or plain text plus HTML in X-ALT-DESC (Outlook, The
Events Calendar). HTML goes through nh3 (the Ammonia sanitiser) with a short list of tags and
only http(s)/mailto links; plain text keeps its paragraphs and line breaks, and its addresses
become links. Whatever comes out has passed nh3, so the plain-text path cannot smuggle markup.
"""

import html
import re

import nh3

TAGS = {"p", "br", "a", "strong", "em", "b", "i", "ul", "ol", "li"}
ATTRIBUTES = {"a": {"href"}}
SCHEMES = {"http", "https", "mailto"}
# Elements whose content is dropped together with the element (an Outlook body's <head>).
DROPPED = {"script", "style", "head", "title", "template", "noscript"}

HTML_HINT = re.compile(
    r"</?(p|br|a|div|span|b|i|u|strong|em|ul|ol|li|h[1-6]|table|html|body)\b[^<>]*>", re.I
)
LINK = re.compile(r"(https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]])|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")
EMPTY_PARAGRAPH = re.compile(r"<p>(\s|<br>)*</p>")


def sanitise(markup):
    """Allowed tags and links only; scripts, handlers (onerror=…) and styles are gone."""
    cleaned = nh3.clean(
        markup,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=SCHEMES,
        clean_content_tags=DROPPED,
        link_rel="nofollow noopener noreferrer",
    )
    return EMPTY_PARAGRAPH.sub("", cleaned).strip()


def looks_like_html(text):
    return bool(HTML_HINT.search(text))


def _linked(line):
    parts, position = [], 0
    for match in LINK.finditer(line):
        parts.append(html.escape(line[position : match.start()]))
        url, email = match.group(1), match.group(2)
        href = url if url else f"mailto:{email}"
        parts.append(f'<a href="{html.escape(href)}">{html.escape(match.group(0))}</a>')
        position = match.end()
    parts.append(html.escape(line[position:]))
    return "".join(parts)


def plain_to_html(text):
    """Paragraphs at blank lines, <br> at single line breaks, addresses as links."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]
    return "".join(
        "<p>" + "<br>".join(_linked(line) for line in paragraph.split("\n")) + "</p>"
        for paragraph in paragraphs
    )


def description_html(plain, alternative=None):
    """The description as safe HTML, from DESCRIPTION and an HTML X-ALT-DESC if there is one."""
    if alternative and alternative.strip():
        return sanitise(alternative)
    if not plain or not plain.strip():
        return ""
    if looks_like_html(plain):
        return sanitise(plain.replace("\r\n", "\n"))
    return sanitise(plain_to_html(plain))
