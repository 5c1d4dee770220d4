"""What changed in the original since its translations were last synchronised.

wagtail-localize keeps, in the TranslationSource, the content the translations were made from
(`content_json`, as of the last sync). The original now is what a sync would read: the row in
the database (for a page, its live version: Wagtail writes a page's row when it is published,
drafts stay in revisions). Both are cut into wagtail-localize's own segments (the strings a
translator sees), and the segments are compared path by path: the texts of one field or one
block that differ, with the old and the new text side by side and the changed words marked.

Only text counts (strings, and the values a translation may override, such as link targets):
the layout of rich text and the choice of related objects are no translator's work.
"""

import difflib
import json
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


@dataclass(frozen=True)
class Change:
    path: str
    label: str
    old: str
    new: str

    @property
    def marked_old(self):
        return marked(self.old, self.new)[0]

    @property
    def marked_new(self):
        return marked(self.old, self.new)[1]


def texts(instance):
    """{segment path: its text} of an instance; a field with several strings (rich text) is
    one entry, its strings a line each, in the order wagtail-localize extracts them."""
    found = {}
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            text = segment.string.render_text()
        elif isinstance(segment, OverridableSegmentValue):
            text = segment.data if isinstance(segment.data, str) else json.dumps(segment.data)
        else:
            continue
        found.setdefault(segment.path, []).append(text)
    return {path: "\n".join(parts) for path, parts in found.items()}


def field_label(instance, path):
    """ "Inhalt › Absatz" for a block of a StreamField, the field's name otherwise."""
    parts = path.split(".")
    try:
        model_field = instance._meta.get_field(parts[0])
    except Exception:  # a path wagtail-localize made up (e.g. an inline child's key)
        return parts[0]
    label = capfirst(str(getattr(model_field, "verbose_name", parts[0])))
    if isinstance(model_field, StreamField) and len(parts) > 1:
        value = model_field.value_from_object(instance)
        if isinstance(value, StreamValue):
            for child in value:
                if child.id == parts[1]:
                    label = f"{label} › {capfirst(str(child.block.label))}"
                    break
    return label


def changes(source, current=None):
    """The original's changes since `source` (a TranslationSource) was last synchronised."""
    old_instance = source.as_instance()
    current = current or source.get_source_instance()
    old, new = texts(old_instance), texts(current)
    found = []
    for path in [*new, *(p for p in old if p not in new)]:
        before, after = old.get(path, ""), new.get(path, "")
        if before != after:
            instance = current if path in new else old_instance
            found.append(Change(path, field_label(instance, path), before, after))
    return found


WORDS = re.compile(r"\s+|\w+|[^\w\s]+")


def marked(old, new):
    """The two texts as HTML, the words only one of them has in <del> and <ins>."""
    a, b = WORDS.findall(old), WORDS.findall(new)
    before, after = [], []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        old_part, new_part = escape("".join(a[i1:i2])), escape("".join(b[j1:j2]))
        if tag == "equal":
            before.append(old_part)
            after.append(new_part)
            continue
        if old_part:
            before.append(f"<del>{old_part}</del>")
        if new_part:
            after.append(f"<ins>{new_part}</ins>")
    # Every part was escaped above; only our <del>/<ins> are markup.
    return mark_safe("".join(before)), mark_safe("".join(after))  # nosec B308 B703
