"""Render once with markers, fill in per row: a listing's repeated HTML at the cost of one render.

Admin listings render the same fragment (a row's button dropdown, its language badges) for every
row, through Wagtail's templates, and the rows' fragments differ only in a few values (an
address, a title). A fragment is rendered once per shape with `marker(name)` where those values
go, split at the markers (`split`), and each row's HTML is the parts with its own values, escaped
as the template escapes them (`fill`): the same bytes the template gives, without rendering it
again. Used by core.listing_dropdown and core.admin_translations.
"""

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

MARK = "\ue000"  # a private-use character: in no label, title or address, and never escaped


def marker(name):
    """What stands in the template's input for the value `name`."""
    return f"{MARK}{name}{MARK}"


def split(html, names):
    """`html` split at its markers (text, name, text, …), or None unless every one of `names`
    came out of the template as it went in (not escaped, truncated or dropped) and no other."""
    parts = str(html).split(MARK)
    if len(parts) % 2 == 0 or set(parts[1::2]) != set(names):
        return None
    return parts


def fill(parts, values):
    """The HTML of `parts` with each marker's value from `values`, escaped as autoescape does."""
    escaped = {name: conditional_escape(value) for name, value in values.items()}
    html = "".join(part if index % 2 == 0 else escaped[part] for index, part in enumerate(parts))
    return mark_safe(html)  # noqa: S308  # nosec B308 B703 - the template's HTML, escaped values
