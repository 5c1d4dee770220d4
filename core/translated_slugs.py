"""A translated page's slug comes from its translated title, until it is published.

The slug is not offered for translation (core.translatable_fields): wagtail-localize copies the
source page's slug into the translation on every sync, so publishing a translation never waits
for a "missing" slug. Instead, while wagtail-localize writes a translation that has not been
published as a translation yet, the page gets a slug of its own: its translated title,
slugified (Unicode letters where WAGTAIL_ALLOW_UNICODE_SLUGS allows them, Wagtail's default)
and made unique among its siblings. From its first publication on, every sync keeps the slug
the page has, so updating a translation does not move its address (as Wagtail's editor stops
following a page's title with its slug once the page is published), and translations
published before keep theirs.

How: wagtail-localize has no signal around `TranslationSource.create_or_update_translation`;
it ends by calling the translated page's `save()`. Page classes take `TranslatedSlugMixin`,
which sets the slug before Wagtail's `Page.save` works out the URL path (a `pre_save` receiver
would come after it and leave the page's and its children's URL paths behind). Only pages
wagtail-localize keeps in sync (an enabled `Translation` into their locale) are touched, so
source pages and translations edited in Wagtail's own editor keep the slug their editors set.
"Published as a translation": its live revision is one of its own (an alias carries its
original's).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug

from .translatable_fields import PAGE_FIELDS

_keeping_source_slugs = ContextVar("keeping_source_slugs", default=False)


@contextmanager
def keep_source_slugs():
    """Translations made inside keep the source page's slug (the demo: one path, seven
    languages, the /<lang>/ prefix telling them apart)."""
    token = _keeping_source_slugs.set(True)
    try:
        yield
    finally:
        _keeping_source_slugs.reset(token)


def title_slug(page):
    """The page's title as a slug that is free among its siblings ("" for a title without
    letters or digits that a slug may carry)."""
    return free_title_slug(page.title, page.get_parent(), page.pk)


def free_title_slug(title, parent, page_id=None):
    """`title` as a slug that is free below `parent` (the one rule for slugs the site makes:
    translations here, an empty slug in the page editor in core.admin_forms)."""
    allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
    slug = slugify(title, allow_unicode=allow_unicode)[:240].strip("-")
    if not slug or parent is None:
        return slug
    return find_available_slug(parent, slug, ignore_page_id=page_id)


def synced_translation(page):
    """The enabled wagtail-localize Translation that writes this page, or None."""
    from wagtail_localize.models import Translation

    return Translation.objects.filter(
        source__object_id=page.translation_key,
        target_locale_id=page.locale_id,
        enabled=True,
    ).first()


def published_as_itself(page):
    """Whether the page's live revision is its own (an alias's is its original's)."""
    if not page.live_revision_id:
        return False
    from wagtail.models import Revision

    return Revision.objects.filter(pk=page.live_revision_id, object_id=str(page.pk)).exists()


def give_translated_slug(page):
    """Set the slug of a page that wagtail-localize is about to save (see module docstring)."""
    if page.pk is None or page.alias_of_id or synced_translation(page) is None:
        return  # a new copy, an alias, a source page or a translation no longer synced
    if published_as_itself(page):
        stored = type(page).objects.filter(pk=page.pk).values_list("slug", flat=True).first()
        if stored:
            page.slug = stored  # the sync copied the source's slug over it
    elif not _keeping_source_slugs.get():
        page.slug = title_slug(page) or page.slug


class TranslatedSlugMixin:
    """For page classes: translations made by wagtail-localize get their slug from their
    translated title (see the module docstring). Their slug is not offered for translation;
    a class with more fields to keep writes `PAGE_FIELDS + kept_as_source(...)`."""

    override_translatable_fields = PAGE_FIELDS

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "slug" in update_fields:
            give_translated_slug(self)
        return super().save(*args, **kwargs)
