"""RSS 2.0 and Atom feeds of a news index, with Django's syndication framework.

A feed is in the language of its index (each language has its own index page): its items are
the live posts below that index, untranslated ones as their aliases (text of the original).
`?category=` and `?tag=` narrow it as on the page; an unknown slug is not found. Only what an
anonymous reader may see is in a feed (a logged-in member's feed reader is rare, and it gets
what the member may see). The same number of queries for 5 posts or 500.

Teasers and introductions are plain text, but readers take RSS `<description>` and Atom
`<summary type="html">` as HTML: they are escaped once more there (as the site's templates
escape them), so `<b>` stays two words and a bracket, as on the site. Atom's `<subtitle>` and
all titles are text constructs and go as they are.
"""

import uuid
from datetime import datetime, time
from types import SimpleNamespace
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from taggit.models import Tag

from core import county_time
from core.site_title import home_title
from core.tag_labels import attach_shown_tags, shown_tags

from . import queries
from .models import BlogCategory

ITEMS = 20
NOON = time(12)


def published(post):
    """When a post appeared: its first publication if that was on the post's date, else noon.

    An alias counts from its original's publication (the alias is made later, by the sync).
    """
    original = post.alias_of if post.alias_of_id else post
    first = original.first_published_at or post.first_published_at
    if first and county_time.local_date(first) == post.date:
        return first
    return datetime.combine(post.date, NOON, tzinfo=county_time.zone())


def chosen_category(slug, locale):
    """The category with this slug, named in the feed's language where translated."""
    categories = list(BlogCategory.objects.filter(slug=slug).select_related("locale"))
    if not categories:
        raise Http404("Unknown category")
    for code in (locale.language_code, settings.LANGUAGE_CODE):
        for category in categories:
            if category.locale.language_code == code:
                return category
    return categories[0]


def chosen_tag(slug):
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None:
        raise Http404("Unknown tag")
    return tag


class PostsFeed(Feed):
    """One feed; an instance per request, since it keeps the request for absolute links."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, index):
        self.request = request
        self.language = index.locale.language_code
        posts = queries.index_posts(index, request)
        category = tag = None
        query = []
        if request.GET.get("category"):
            category = chosen_category(request.GET["category"], index.locale)
            posts = queries.in_category(posts, category.slug)
            query.append(("category", category.slug))
        if request.GET.get("tag"):
            tag = chosen_tag(request.GET["tag"])
            posts = queries.tagged(posts, tag.slug)
            query.append(("tag", tag.slug))
        items = list(queries.for_feed(queries.newest_first(posts))[:ITEMS])
        queries.add_localized_snippets(items, index.locale)
        attach_shown_tags(items, language=index.locale)  # one query for all their labels
        page_url = request.build_absolute_uri(index.get_url(request) or "/")
        return SimpleNamespace(
            index=index,
            items=items,
            category=category,
            tag=shown_tags([tag], index.locale)[0] if tag is not None else None,
            link=page_url + (f"?{urlencode(query)}" if query else ""),
            site=home_title(index),
        )

    def title(self, obj):
        # An untranslated index (an alias) has a German title: name the feed in its language.
        name = _("Nachrichten") if obj.index.alias_of_id else obj.index.title
        selection = [item.name for item in (obj.category, obj.tag) if item is not None]
        if selection:
            name = _("%(feed)s: %(selection)s") % {
                "feed": name,
                "selection": ", ".join(selection),
            }
        if obj.site:
            return _("%(feed)s – %(site)s") % {"feed": name, "site": obj.site}
        return name

    def link(self, obj):
        return obj.link

    def feed_url(self, obj):
        return self.request.build_absolute_uri()

    def intro(self, obj):
        """The index's introduction (plain text), or a general one for an untranslated index."""
        if obj.index.intro and not obj.index.alias_of_id:
            return obj.index.intro
        return _("Neuigkeiten aus dem Netzwerk")

    def description(self, obj):
        return escape(self.intro(obj))  # RSS <description>: HTML to readers

    def subtitle(self, obj):
        return self.intro(obj)  # Atom <subtitle>: text

    def author_name(self, obj):
        return obj.site or None

    def items(self, obj):
        return obj.items

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return escape(post.teaser)  # RSS <description>, Atom <summary type="html">

    def item_link(self, post):
        return self.request.build_absolute_uri(post.get_url(self.request))

    def item_guid(self, post):
        """The same for a post's language version whatever its address becomes."""
        key = uuid.uuid5(post.translation_key, post.locale.language_code)
        return key.urn

    item_guid_is_permalink = False

    def item_pubdate(self, post):
        return published(post)

    def item_updateddate(self, post):
        return max(filter(None, [post.last_published_at, published(post)]))

    def item_author_name(self, post):
        return ", ".join(author.name for author in post.shown_authors) or None

    def item_categories(self, post):
        """Its categories, then its tags, named in the feed's language."""
        return [category.name for category in post.shown_categories] + [
            tag.name for tag in post.shown_tags
        ]


class AtomPostsFeed(PostsFeed):
    feed_type = Atom1Feed


def serve(feed_class, request, index):
    with translation.override(index.locale.language_code):
        return feed_class()(request, index=index)


def rss_feed(request, index):
    return serve(PostsFeed, request, index)


def atom_feed(request, index):
    return serve(AtomPostsFeed, request, index)
