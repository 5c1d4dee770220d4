"""Plain text and links for mail: subjects on one line, tidy text parts, absolute addresses."""

import html
import re

from django.utils.html import strip_tags

from core.site_url import site_root_url

URL_ATTRIBUTE = re.compile(r'(?P<attr>\s(?:href|src))="(?P<path>/[^/"][^"]*|/)"')
BLOCK_END = re.compile(
    r"</(p|div|h[1-6]|li|tr|table|blockquote|figure|figcaption|section|aside|dl|dd|dt|ul|ol|details|summary)>|<br\s*/?>",
    re.IGNORECASE,
)


def one_line(text):
    """A subject: no line breaks (a header must not be folded by what a member typed)."""
    return " ".join(str(text).split())


def tidy_text(text):
    """No trailing blanks (but the signature's "-- "), no runs of empty lines."""
    lines = [line if line == "-- " else line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def absolute_links(fragment, root_url=None):
    """Site-relative links and images (rendered blocks have them) made absolute on SITE_URL:
    in a mail there is no page whose address they could be relative to."""
    root_url = root_url or site_root_url()
    return URL_ATTRIBUTE.sub(lambda m: f'{m["attr"]}="{root_url}{m["path"]}"', fragment)


def html_to_text(fragment):
    """Good enough for the text part: block ends become line breaks, tags go."""
    text = BLOCK_END.sub(lambda m: m.group(0) + "\n", fragment)
    text = html.unescape(strip_tags(text))
    return tidy_text("\n".join(line.strip() for line in text.splitlines())).strip()
