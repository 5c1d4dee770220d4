"""Queries for news listings: an index's posts, one page of them, their archive months, and
categories and authors in the visitor's language.

Each costs a constant number of queries whatever the number of posts. The filters are written
on fields Wagtail's search index knows as filter fields (id, path, depth, live), so the same
queryset can go through `.search()`.
"""

from calendar import monthrange
from datetime import date

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from taggit.models import Tag
from wagtail.models import Locale, Page
from wagtail.search.query import PlainText

from core import visibility
from core.categories import translated
from core.listing import first_of_ids, in_order, page_of_ids
from core.search_terms import search_words
from core.tag_labels import tag_choices
from home import navigation
from home.pictures import card_renditions

from .models import BlogIndexPage, BlogPage, BlogPageTag

PER_PAGE = 10


def active_locale():
    try:
        return Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        return None


# Posts


def index_posts(index, request):
    """The live posts below an index (so in its language) that this visitor may see."""
    posts = BlogPage.objects.live().child_of(index)
    return visibility.visible_pages(posts, request, within=index.path)


def newest_first(posts):
    # "id", not "pk": the search backend sorts on filter fields only.
    return posts.order_by("-date", "-id")


def for_listing(posts):
    """What a teaser card and a feed item show, in a fixed number of queries."""
    return posts.select_related("image", "alias_of__locale", "locale").prefetch_related(
        card_renditions("image"), "authors", "categories", "tags"
    )


def for_feed(posts):
    """What a feed item shows (no images)."""
    return posts.select_related("alias_of", "locale").prefetch_related(
        "authors", "categories", "tags"
    )


def in_category(posts, slug):
    """Posts in a category; slugs are the same in every language."""
    through = BlogPage.categories.through
    return posts.filter(id__in=through.objects.filter(blogcategory__slug=slug).values("blogpage"))


def tagged(posts, slug):
    return posts.filter(id__in=BlogPageTag.objects.filter(tag__slug=slug).values("content_object"))


def in_month(posts, year, month):
    last = monthrange(year, month)[1]
    return posts.filter(date__gte=date(year, month, 1), date__lte=date(year, month, last))


def searched(posts, query):
    """Wagtail's search over the posts, newest first; no words, no results."""
    words = search_words(query)
    if not words:
        return posts.none()
    return newest_first(posts).search(PlainText(words, operator="and"), order_by_relevance=False)


def ids_of(posts):
    """An ordered queryset as its ids; search results stay as they are (listed takes both)."""
    return posts.values_list("pk", flat=True) if hasattr(posts, "values_list") else posts


def page_of_posts(request, posts, per_page=PER_PAGE):
    """One page of posts (core.listing.page_of_ids): the ids are paged first, then only those
    posts read in full. `posts` is an ordered queryset or search results."""
    return page_of_ids(request, ids_of(posts), listed, per_page)


def first_posts(posts, limit):
    """The first `limit` posts of an ordered queryset or search results (an embed)."""
    return first_of_ids(ids_of(posts), listed, limit)


def listed(items):
    """The posts with these ids (or of these search results), in this order, read in full."""
    return in_order(for_listing(BlogPage.objects.all()), items)


def archive_months(posts):
    """[{"date": first day, "count": n}, …] of the months that have posts, newest first."""
    rows = (
        posts.order_by()
        .annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(count=Count("pk"))
        .order_by("-month")
    )
    return [{"date": row["month"], "count": row["count"]} for row in rows]


def index_tags(posts, language=None):
    """The tags on these posts for the `?tag=` filter: (slug, label) pairs in the visitor's
    language sorted by label, and the slugs still in German (core.tag_labels), one query."""
    return tag_choices(
        Tag.objects.filter(
            pk__in=BlogPageTag.objects.filter(
                content_object__in=posts.order_by().values("pk")
            ).values("tag_id")
        ),
        language,
    )


def latest_posts(request, limit=3):
    """The newest posts in the active language on this site, that this visitor may see."""
    locale = active_locale()
    posts = BlogPage.objects.live()
    if locale is not None:
        posts = posts.filter(locale=locale)
    home = navigation.localized_home(request)
    if home is not None:
        posts = posts.descendant_of(home)
    posts = visibility.visible_pages(posts, request)
    posts = newest_first(posts).select_related("alias_of__locale", "image")
    return list(posts.prefetch_related(card_renditions("image"), "categories")[:limit])


def site_blog_index(request):
    """The first visible blog index of the site in the active language (for "all news")."""
    indexes = BlogIndexPage.objects.live()
    locale = active_locale()
    if locale is not None:
        indexes = indexes.filter(locale=locale)
    home = navigation.localized_home(request)
    if home is not None:
        indexes = indexes.descendant_of(home)
    return visibility.visible_pages(indexes.order_by("path"), request).first()


# Categories and authors in the visitor's language


def add_localized_snippets(posts, locale=None):
    """Give each post `shown_categories` and `shown_authors` in the visitor's language.

    For a whole page of posts (with categories and authors prefetched): two queries at most.
    """
    locale = locale or active_locale()
    posts = list(posts)
    for attribute, relation in (("shown_categories", "categories"), ("shown_authors", "authors")):
        lists = [list(getattr(post, relation).all()) for post in posts]
        # Posts point at the snippets of their own language, untranslated posts at German ones.
        flat = translated([item for items in lists for item in items], locale)
        position = 0
        for post, items in zip(posts, lists, strict=True):
            setattr(post, attribute, flat[position : position + len(items)])
            position += len(items)
    return posts


# What a post points at


def related_events(post, request, locale=None):
    """The post's events in the visitor's language (translation or alias), live and visible.

    Events are pages chosen in the admin; only their titles and addresses are needed, so
    eventpages' code is never imported.
    """
    locale = locale or active_locale()
    chosen = list(post.related_events.select_related("event").order_by("sort_order"))
    keys = [item.event.translation_key for item in chosen]
    if not keys:
        return []
    pages = Page.objects.live().filter(translation_key__in=keys)
    if locale is not None:
        pages = pages.filter(locale=locale)
    pages = visibility.visible_pages(pages, request).select_related("alias_of__locale")
    by_key = {page.translation_key: page for page in pages}
    return [by_key[key] for key in dict.fromkeys(keys) if key in by_key]


def attached_documents(post, request):
    """The post's documents this visitor may download (members-only collections left out)."""
    documents = post.attached_documents.select_related("document__collection").order_by(
        "sort_order"
    )
    hidden = Q()
    for path in visibility.hidden_collection_paths(request):
        hidden |= Q(document__collection__path__startswith=path)
    if hidden:
        documents = documents.exclude(hidden)
    return [item.document for item in documents]
