"""Visitor views of a news index: the list (filtered, searched, paged) and the monthly archive.

Each view costs the same number of queries for 5 posts or 500: the visitor's visibility, the
filter choices, the archive months, the ids of one page, and those posts with what their
cards show.
"""

from datetime import date

from django.http import Http404
from django.template.response import TemplateResponse

from core.listing import pagination_context

from . import queries
from .filters import BlogFilterForm
from .models import BlogCategory

FEED_FIELDS = ["category", "tag"]


def base_context(request, index, posts):
    """What the list and the archive share: the page, archive months and feed addresses."""
    page_url = index.get_url(request) or "/"
    context = index.get_context(request)
    context.update(
        {
            "page": index,
            "page_url": page_url,
            "archive_url": f"{page_url}archive/",
            "months": queries.archive_months(posts),
            "rss_url": f"{page_url}rss/",
            "atom_url": f"{page_url}atom/",
        }
    )
    return context


def paged_context(page_obj, query="", locale=None):
    queries.add_localized_snippets(page_obj.object_list, locale)
    return {"posts": page_obj.object_list, **pagination_context(page_obj, query)}


def selection_feeds(context, form):
    """Feed addresses (and names) for the chosen category and tag; feeds have no search."""
    values = form.values
    choices = {name: dict(form.fields[name].choices) for name in FEED_FIELDS}
    feed_query = form.query_string(FEED_FIELDS)
    suffix = f"?{feed_query}" if feed_query else ""
    names = [str(choices[name][values[name]]) for name in FEED_FIELDS if values.get(name)]
    return {
        "rss_url": context["rss_url"] + suffix,
        "atom_url": context["atom_url"] + suffix,
        "selection": ", ".join(names),
    }


def index_selection(request, index, data=None, locale=None):
    """(posts, form, selected): what the list and its embed share. `posts` are the index's
    posts this visitor may see, `selected` those the filters choose, newest first."""
    posts = queries.index_posts(index, request)
    form = BlogFilterForm(
        data or None,
        categories=BlogCategory.objects.choices(locale),
        tags=queries.index_tags(posts, locale),
    )
    values = form.values
    selected = queries.newest_first(form.filter_posts(posts))
    if values.get("q"):
        selected = queries.searched(selected, values["q"])
    return posts, form, selected


def index_view(request, index):
    locale = queries.active_locale()
    posts, form, selected = index_selection(request, index, request.GET, locale)
    context = base_context(request, index, posts)
    page_obj = queries.page_of_posts(request, selected)
    context.update(paged_context(page_obj, form.query_string(), locale))
    context.update(selection_feeds(context, form))
    context.update(
        {
            "form": form,
            "is_filtered": form.is_filtered,
            "has_errors": form.has_errors,
            "reset_url": context["page_url"],
        }
    )
    return TemplateResponse(request, "blogpages/blog_index_page.html", context)


def archive_view(request, index, year, month):
    """The posts of one month; a month that is not one (13, 0) is not found."""
    if not 1 <= month <= 12 or year < 1:
        raise Http404
    posts = queries.index_posts(index, request)
    selected = queries.newest_first(queries.in_month(posts, year, month))
    context = base_context(request, index, posts)
    context.update(paged_context(queries.page_of_posts(request, selected)))
    context["current_month"] = date(year, month, 1)
    return TemplateResponse(request, "blogpages/archive.html", context)
