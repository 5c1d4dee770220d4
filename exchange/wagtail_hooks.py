"""Admin hooks of the board: the topics snippet, moderation ("Austausch").

Moderation is for Koordination only (exchange.admin_views checks every view); the topics are
a translatable snippet like the news categories, edited by who holds the topic permissions
(Koordination, home.roles).
"""

from django.urls import include, path
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]


register_snippet(TopicViewSet)


# --- Moderation: reported posts, all threads, actions (exchange.admin_views) ---
@hooks.register("register_admin_urls")
def register_moderation_urls():
    from . import admin_views

    return [path("exchange/", include(admin_views))]


@hooks.register("register_admin_menu_item")
def register_moderation_menu_item():
    from .admin_views import moderation_menu_item

    return moderation_menu_item()
