"""A news index in another website's frame (the interface embedding.hook describes).

The embed is the index's list: the same posts, filters and order as the page
(views.index_selection), only the first few. The request is anonymous: embeds never show
what only members may see.
"""

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core.visibility import public_visitor

from .. import queries
from ..views import index_selection, selection_feeds
from . import absolute_url

DEFAULT_LIMIT = 10
template = "blogpages/embed/blog_index.html"


def context(index, request, options):
    locale = queries.active_locale()
    _posts, form, selected = index_selection(request, index, request.GET, locale)
    posts = queries.first_posts(selected, options.limit or DEFAULT_LIMIT)
    for post in posts:
        post.embed_url = absolute_url(request, post)
    return {"posts": posts, "is_filtered": form.is_filtered}


def filter_form(index, data=None):
    """The index's filter form, with the choices an anonymous visitor has."""
    if isinstance(data, str):
        data = QueryDict(data)
    return index_selection(public_visitor(), index, data, queries.active_locale())[1]


def feed_urls(index, request, query):
    """RSS and Atom of the same selection (category and tag; feeds have no search)."""
    address = absolute_url(request, index)
    feeds = selection_feeds(
        {"rss_url": f"{address}rss/", "atom_url": f"{address}atom/"}, filter_form(index, query)
    )
    return [
        (_("Nachrichten (RSS)"), feeds["rss_url"]),
        (_("Nachrichten (Atom)"), feeds["atom_url"]),
    ]
