"""Template helpers for news: the latest posts on the home page, and what a post page shows
in the visitor's language (categories, authors, related events, documents).

The home page shows the latest posts through `latest_posts`, so `home` never imports this app.
"""

from django import template

from core import fragments
from core.categories import translated
from core.tag_labels import shown_tags
from home import languages

from .. import queries

register = template.Library()


@register.simple_tag(takes_context=True)
def latest_posts(context, limit=3):
    """The newest posts in the active language across the site's news indexes, rendered once
    per language and content generation (core.fragments)."""
    request = context.get("request")

    def build():
        posts = queries.latest_posts(request, limit)
        index = queries.site_blog_index(request) if posts else None
        return {"posts": posts, "index": index, "request": request}

    return fragments.kept(
        "blogpages:latest",
        "blogpages/includes/latest_posts.html",
        build,
        request,
        extra=(limit,),
    )


# For an untranslated post (an alias): the language its text is written in.
post_original_language = register.simple_tag(
    languages.original_language, name="post_original_language"
)


@register.simple_tag
def post_categories(post):
    """The post's categories in the active language where translated (two queries)."""
    return translated(post.categories.all(), queries.active_locale())


@register.simple_tag
def post_authors(post):
    """The post's authors, role and organisation in the active language where translated."""
    authors = post.authors.select_related("photo")
    return translated(authors, queries.active_locale(), related=["photo"])


@register.simple_tag(takes_context=True)
def post_index_url(context, post):
    """The address of the post's news index (read once per page, for the head and the body)."""
    if not hasattr(post, "_index_url"):
        index = post.get_parent()
        post._index_url = index.get_url(context.get("request")) if index is not None else ""
    return post._index_url or ""


@register.filter
def names(people):
    """Their names, to join in a sentence: "{{ post.shown_authors|names|join:', ' }}"."""
    return [person.name for person in people]


@register.simple_tag(takes_context=True)
def post_details(context, post):
    """Everything around a post's text, worked out once for its page."""
    request = context.get("request")
    return {
        "index_url": post_index_url(context, post),
        "categories": post_categories(post),
        "authors": post_authors(post),
        "tags": shown_tags(post.tags.all()),
        "events": queries.related_events(post, request),
        "documents": queries.attached_documents(post, request),
        "original": post_original_language(post),
    }
