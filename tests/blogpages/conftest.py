"""Factories for blog tests: an index of their own, categories, authors and posts.

Other helpers' tests use these too; add fixtures only at the end of the file.
"""

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from blogpages.models import Author, BlogCategory, BlogIndexPage, BlogPage
from core.roles import MEMBER_AREA_GROUPS
from home.locales import add_aliases_in_other_languages
from home.models import HomePage
from tests.factories import NEWS_SLUG

INDEX_URL = f"/de/{NEWS_SLUG}/"


def locale(code):
    return Locale.objects.get(language_code=code)


def today():
    return timezone.localdate()


def translate_snippet(snippet, language, **fields):
    """The snippet's translation into `language`, with the given (translated) fields."""
    translation = snippet.copy_for_translation(locale(language))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def translate_post(post, language, title, **fields):
    """A published translation of a post (make it before the post's aliases)."""
    translation = post.copy_for_translation(locale(language), copy_parents=True)
    translation.title = title
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return BlogPage.objects.get(pk=translation.pk)


def version_in(post, language):
    """The post's page in another language (its translation or its alias)."""
    return BlogPage.objects.get(translation_key=post.translation_key, locale=locale(language))


def restrict_to_members(page):
    """Restrict a page to the member area; core.privacy copies it into every language.

    Call it after the page's aliases exist.
    """
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=MEMBER_AREA_GROUPS))
    return restriction


@pytest.fixture
def blog_index(db):
    """A live blog index below the German home page, with aliases in the other languages.

    The minimal site has it (tests/factories.py); on the demo it is made for the test.
    """
    home = HomePage.objects.get(locale__language_code="de", depth=2)
    existing = BlogIndexPage.objects.child_of(home).filter(slug=NEWS_SLUG).first()
    if existing is not None:
        return existing
    index = BlogIndexPage(title="Nachrichten im Test", slug=NEWS_SLUG, intro="Neues.")
    home.add_child(instance=index)
    index.save_revision().publish()
    add_aliases_in_other_languages(index)
    return index


@pytest.fixture
def blog_category(db):
    """A German category; `translations={"en": "Language"}` adds translated names."""

    def make(name, slug, translations=None):
        category, _created = BlogCategory.objects.get_or_create(
            slug=slug, locale=locale("de"), defaults={"name": name}
        )
        for language, translated in (translations or {}).items():
            if not category.has_translation(locale(language)):
                translate_snippet(category, language, name=translated)
        return category

    return make


@pytest.fixture
def blog_author(db):
    """A German author; `translations={"en": {"role": …, "organisation": …}}` translates."""

    def make(name, role="", organisation="", photo=None, translations=None):
        author = Author.objects.create(
            name=name, role=role, organisation=organisation, photo=photo, locale=locale("de")
        )
        for language, fields in (translations or {}).items():
            translate_snippet(author, language, **fields)
        return author

    return make


@pytest.fixture
def make_post(blog_index):
    """Create (and by default publish) a post below an index (the test index by default).

    `aliases=True` also gives it an alias in every other language (six pages: slower).
    """

    def make(
        index=None,
        title="Neues aus dem Netzwerk",
        *,
        date=None,
        categories=(),
        tags=(),
        authors=(),
        publish=True,
        aliases=False,
        **fields,
    ):
        index = index or blog_index
        fields.setdefault("teaser", f"Kurz gesagt: {title}.")
        fields.setdefault("live", publish)
        post = BlogPage(title=title, date=date or today(), **fields)
        index.add_child(instance=post)
        if categories:
            post.categories.set(categories)
        if authors:
            post.authors.set(authors)
        if tags:
            post.tags.add(*tags)
        revision = post.save_revision()
        if publish:
            revision.publish()
        post = BlogPage.objects.get(pk=post.pk)
        if aliases:
            add_aliases_in_other_languages(post)
        return post

    return make
