"""A post in another website's frame (the interface embedding.hook describes)."""

from ..templatetags.blog_tags import post_authors, post_original_language

template = "blogpages/embed/blog_post.html"


def context(post, request, options):
    """The post's date, authors (in the visitor's language), teaser and image."""
    return {
        "original": post_original_language(post),
        "authors": post_authors(post),
    }
