"""What wagtail-localize offers for translation: text for people, nothing technical.

By default wagtail-localize offers every text field for translation and every other field for
"overriding" in the translation editor: a coordinator translating an event met "Wochentage:
TU", the page's slug, links and e-mail addresses. Models name such fields with
`kept_as_source(...)` in their `override_translatable_fields`: the value is copied from the
source on every translation update and not shown in the editor.

Pages keep their slug this way too (`PAGE_FIELDS`): a translation gets its own slug from its
translated title when it is made (core.translated_slugs), so publishing never waits for a
"missing" slug translation.
"""

from wagtail_localize.fields import SynchronizedField


def kept_as_source(*field_names):
    """Fields copied from the source language and not offered in the translation editor."""
    return [SynchronizedField(name, overridable=False) for name in field_names]


# Every page type's share: the slug (its translation's own comes from the translated title).
PAGE_FIELDS = kept_as_source("slug")
