"""Admin hooks of embedding: the embed builder's URL and its "Einbetten" buttons.

Imports stay inside the hooks, so the admin loads the builder only when it needs it.
"""

from django.urls import path
from wagtail import hooks


@hooks.register("register_admin_urls")
def register_builder_url():
    from .builder import embed_builder

    return [path("embed/<int:page_id>/", embed_builder, name="embedding_builder")]


@hooks.register("register_page_header_buttons")
def embed_header_button(page, user, view_name=None, next_url=None):
    from .builder import embed_buttons

    return embed_buttons(page, user, priority=85)


@hooks.register("register_page_listing_more_buttons")
def embed_listing_button(page, user, next_url=None):
    from .builder import embed_buttons

    # After "View live" (6) and "Add child page" (8): next to what the page shows publicly.
    return embed_buttons(page, user, priority=9)
