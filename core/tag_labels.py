"""Tags in the visitor's language: each tag's label there, else its German name marked German.

A tag (django-taggit) is one row for all languages; its name is German, its slug the same in
every language (so `?tag=` filters and feed addresses need no mapping). Its translations are
core.models.TagLabel rows, one per language, written by the coordinators in "Schlagwörter
übersetzen" (core.tag_admin).

Wherever tags are shown the question is the same, and it is answered for a whole listing at
once:
- `shown_tags(tags)`: the tags of one page, as `ShownTag`s (one query);
- `attach_shown_tags(items)`: the prefetched tags of every item of a listing, set as
  `item.shown_tags` (one query for the whole listing, whatever its length);
- `with_labels(tags)`: a Tag queryset annotated with `label` (no query of its own: a
  subquery), for the `?tag=` filter's options;
- `tag_choices(tags)`: (slug, label) pairs for a filter, sorted by label, and the slugs whose
  label is German (the filter's widget marks those options `lang="de"`).

In German (the source language) no label is read: the name is the German word.
"""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.db.models import CharField, OuterRef, Subquery, Value

from .categories import language_code

SOURCE = settings.LANGUAGE_CODE


@dataclass(frozen=True)
class ShownTag:
    """A tag as a visitor sees it: `name` in their language, `lang` set ("de") when it is the
    German name inside a page in another language, so templates can mark it."""

    pk: int
    slug: str
    name: str
    lang: str = ""

    def __str__(self):
        return self.name


def labels(tag_ids, language=None):
    """{tag id: label in `language`} of the tags that have one (one query; none in German)."""
    from .models import TagLabel

    code = language_code(language)
    tag_ids = set(tag_ids)
    if code == SOURCE or not tag_ids:
        return {}
    rows = TagLabel.objects.filter(tag_id__in=tag_ids, language=code).values_list("tag_id", "label")
    return dict(rows)


def _shown(tag, found, code):
    label = found.get(tag.pk)
    if label:
        return ShownTag(tag.pk, tag.slug, label)
    return ShownTag(tag.pk, tag.slug, tag.name, "" if code == SOURCE else SOURCE)


def shown_tags(tags, language=None):
    """The tags (already read, e.g. prefetched) as ShownTags in their order (one query)."""
    tags = list(tags)
    code = language_code(language)
    found = labels((tag.pk for tag in tags), code)
    return [_shown(tag, found, code) for tag in tags]


def attach_shown_tags(items, attr="tags", language=None):
    """Set `item.shown_tags` on every item from its prefetched `attr` (a tag manager): one
    query for the labels of the whole listing. Returns the items."""
    items = list(items)
    code = language_code(language)
    per_item = [list(getattr(item, attr).all()) for item in items]
    found = labels((tag.pk for tags in per_item for tag in tags), code)
    for item, tags in zip(items, per_item, strict=True):
        item.shown_tags = [_shown(tag, found, code) for tag in tags]
    return items


def with_labels(tags, language=None):
    """The Tag queryset annotated with `label`: the label in `language`, or None."""
    from .models import TagLabel

    code = language_code(language)
    if code == SOURCE:
        return tags.annotate(label=Value(None, output_field=CharField()))
    return tags.annotate(
        label=Subquery(
            TagLabel.objects.filter(tag=OuterRef("pk"), language=code).values("label")[:1]
        )
    )


def tag_choices(tags, language=None):
    """((slug, label) pairs sorted by label, slugs shown in German) for a `?tag=` filter, from
    a Tag queryset (one query)."""
    code = language_code(language)
    rows = with_labels(tags, code).values_list("slug", "name", "label")
    pairs, german = {}, set()
    for slug, name, label in rows:
        pairs[slug] = label or name
        if not label and code != SOURCE:
            german.add(slug)
    choices = sorted(pairs.items(), key=lambda item: item[1].lower())
    return choices, german


class TagSelect(forms.Select):
    """A `?tag=` select whose options in German (no label in the page's language) say so:
    `lang="de"`, for screen readers and hyphenation. Set `untranslated` to their values."""

    untranslated = frozenset()

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value in self.untranslated:
            option["attrs"]["lang"] = SOURCE
        return option
