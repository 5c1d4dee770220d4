"""Admin and serving hooks of the base site."""

from wagtail import hooks

from .middleware import mark_restricted


@hooks.register("before_serve_page")
def mark_restricted_pages(page, request, serve_args, serve_kwargs):
    """A page under a view restriction (its own or an ancestor's) is never cached."""
    if page.get_view_restrictions().exists():
        mark_restricted(request)
