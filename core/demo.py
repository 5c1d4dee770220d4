"""Helpers for the demo loaders: the steps every app's demo takes, written once.

Each app's demo (`<app>/demo/`) writes its content in German and translates it through
wagtail-localize with its own table of translations, finds what it made before by a natural
key (a slug under a parent, a username, a name), and restricts members-only pages and
collections to groups. Doing these the same way everywhere keeps the promise of every demo
loader: running it again changes nothing that exists (except the demo users' passwords).

Apps plug in by declaring `demo_loader = "<app>.demo.load"` on their AppConfig; the site's
demo (home.demo.load_demo) runs those loaders in INSTALLED_APPS order. Nothing here names an
app.
"""

import html

from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils.module_loading import import_string
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from .translated_slugs import keep_source_slugs

# ---------------------------------------------------------------------------------- loaders


def demo_loaders():
    """The apps' demo loaders (AppConfig.demo_loader, a dotted path), in INSTALLED_APPS order.

    The order is the apps' promise to each other: a demo that points at another's content
    (posts at events and documents, threads at events) comes after it in INSTALLED_APPS and
    leaves the link out when that demo is missing.
    """
    return [
        import_string(app_config.demo_loader)
        for app_config in apps.get_app_configs()
        if getattr(app_config, "demo_loader", None)
    ]


# ---------------------------------------------------------------------------------- translation


class MissingDemoTranslation(Exception):
    pass


def translated_text(source_text, language, translations):
    """The demo translation of one segment (rich text segments arrive HTML-escaped).

    `translations` maps each German text to {language code: translation}; bold (<b>) is the
    only markup a demo text may carry inside rich text.
    """
    entry = translations.get(source_text)
    if entry is None:
        entry = translations.get(html.unescape(source_text))
        if entry is not None and language in entry:
            return (
                html.escape(entry[language], quote=False)
                .replace("&lt;b&gt;", "<b>")
                .replace("&lt;/b&gt;", "</b>")
            )
    if entry is None or not entry.get(language):
        raise MissingDemoTranslation(f"No {language} translation for demo text {source_text!r}")
    return entry[language]


def translate(instance, locale, translations, keep=("slug",)):
    """Translate a page or snippet into one language through wagtail-localize and publish it.

    The same records an editor's translation creates. Segments whose path is in `keep` stay
    as they are (proper nouns); with "slug" in `keep` a page keeps its German slug (the
    /<lang>/ prefix tells the versions apart) where an editor's translation would get one from
    its translated title (core.translated_slugs). An existing translation is left alone; an
    alias (made by locale synchronisation) is turned into a translation.
    """
    existing = instance.get_translation_or_none(locale)
    if existing is not None and not getattr(existing, "alias_of_id", None):
        return existing
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if segment.context.path in keep:
            data = segment.string.data
        else:
            data = translated_text(segment.string.data, locale.language_code, translations)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if "slug" in keep:
        with keep_source_slugs():
            translation.save_target(publish=True)
    else:
        translation.save_target(publish=True)
    return instance.get_translation(locale)


# ---------------------------------------------------------------------------------- pages


def ensure_child_page(parent, page_class, slug, publish=True, **fields):
    """The `page_class` child of `parent` with this slug, created if missing; (page, created).

    A new page is in the parent's language and, with `publish`, published at once; without,
    the caller sets what needs the saved page (many-to-many fields, bodies that point at
    other pages) and publishes it. An existing page is returned as it is.
    """
    page = page_class.objects.child_of(parent).filter(slug=slug).first()
    if page is not None:
        return page, False
    page = page_class(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page, True


def pages_by_slug(locale, slugs, model):
    """Pages of one type ("app_label.model") in one language by slug, without importing the
    app that owns the type: how one app's demo points at another's (posts at events)."""
    app_label, model_name = model.lower().split(".")
    pages = Page.objects.filter(
        locale=locale,
        slug__in=slugs,
        content_type__app_label=app_label,
        content_type__model=model_name,
    )
    return {page.slug: page for page in pages}


# ---------------------------------------------------------------------------------- privacy


def restrict_page(page, groups):
    """Restrict a page to groups; core.privacy copies the restriction to every language.

    Adds the groups that are missing and removes none, so running the demo again neither
    takes back a group an editor added nor touches (and logs) a restriction that is complete.
    """
    _restrict(PageViewRestriction, groups, page=page)


def restrict_collection(collection, groups):
    """Restrict a collection's documents and images to groups (as restrict_page)."""
    _restrict(CollectionViewRestriction, groups, collection=collection)


def _restrict(restriction_model, groups, **target):
    restriction, _created = restriction_model.objects.get_or_create(
        restriction_type=restriction_model.GROUPS, **target
    )
    present = set(restriction.groups.values_list("pk", flat=True))
    missing = [group for group in groups if group.pk not in present]
    if missing:
        restriction.groups.add(*missing)


# ---------------------------------------------------------------------------------- people


def ensure_user(username, first_name, password, groups=(), superuser=None):
    """A demo account (address username@example.org) with the documented demo password.

    The password is set on every run, so the documented one always works; `superuser`
    (when given) sets both superuser and staff status. Groups are added, none removed.
    """
    user, _created = get_user_model().objects.get_or_create(
        username=username,
        defaults={"first_name": first_name, "email": f"{username}@example.org"},
    )
    if superuser is not None:
        user.is_superuser = user.is_staff = superuser
    user.set_password(password)
    user.save()
    if groups:
        user.groups.add(*groups)
    return user
