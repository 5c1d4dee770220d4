"""What a news index and a post show in another website's frame (see embedding.pages).

The index's embed is its list: the same posts, filters and order as the page
(views.index_selection), only the first few. The request is anonymous: embeds never show
what only members may see.
"""

from types import SimpleNamespace

from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from . import queries
from .templatetags.blog_tags import post_authors, post_original_language
from .views import index_selection, selection_feeds

DEFAULT_LIMIT = 10


def index_context(index, request, options):
    locale = queries.active_locale()
    _posts, form, selected = index_selection(request, index, request.GET, locale)
    posts = queries.first_posts(selected, options.limit or DEFAULT_LIMIT)
    for post in posts:
        post.embed_url = absolute_url(request, post)
    return {"posts": posts, "is_filtered": form.is_filtered}


def absolute_url(request, page):
    """A page's full address on the host the frame was served from (as the frame's own link)."""
    return request.build_absolute_uri(page.get_url(request))


def filter_form(index, data=None):
    """The index's filter form, with the choices an anonymous visitor has."""
    if isinstance(data, str):
        data = QueryDict(data)
    anonymous = SimpleNamespace(user=AnonymousUser())
    return index_selection(anonymous, index, data, queries.active_locale())[1]


def index_feed_urls(index, request, query):
    """RSS and Atom of the same selection (category and tag; feeds have no search)."""
    address = absolute_url(request, index)
    feeds = selection_feeds(
        {"rss_url": f"{address}rss/", "atom_url": f"{address}atom/"}, filter_form(index, query)
    )
    return [
        (_("Nachrichten (RSS)"), feeds["rss_url"]),
        (_("Nachrichten (Atom)"), feeds["atom_url"]),
    ]


def post_context(post, request, options):
    """The post's date, authors (in the visitor's language), teaser and image."""
    return {
        "original": post_original_language(post),
        "authors": post_authors(post),
    }
