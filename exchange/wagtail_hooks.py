"""Admin hooks of the board: the topics snippet, moderation ("Austausch").

Moderation is for Koordination only (every view checks access.can_moderate); the topics are
a translatable snippet like the news categories, edited by who holds the topic permissions
(Koordination, declared in exchange.apps).
"""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.admin_translations import TranslatableSnippetViewSet

from .models import Topic


# One language at a time, the other languages as badges (core.admin_translations).
class TopicViewSet(TranslatableSnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]


register_snippet(TopicViewSet)


# --- Moderation: reported posts, all threads, actions (exchange.admin_viewsets) ---
@hooks.register("register_admin_viewset")
def register_moderation_viewsets():
    from .admin_viewsets import moderation_viewsets

    return moderation_viewsets()


@hooks.register("register_exchange_menu_item")  # admin_viewsets.SUBMENU_HOOK
def register_topics_menu_item():
    from .admin_viewsets import topics_menu_item

    return topics_menu_item()


# --- The coordinators' desk (core.desk): reported posts not yet dealt with ---
@hooks.register("register_desk_item")
def reports_desk_item():
    from django.urls import reverse
    from django.utils.translation import gettext_lazy as _

    from core.desk import DeskItem
    from core.roles import COORDINATION

    from .models import Report

    # Moderation is Koordination's (exchange.access.can_moderate).
    return DeskItem(
        name="board-reports",
        label=_("Gemeldete Beiträge im Austausch"),
        count=lambda request: Report.objects.open().count(),
        url=lambda: reverse("exchange_reports:index") + "?status=open",
        groups=(COORDINATION,),
        order=30,
    )


# --- The members' page (home's members_area_links): the board ---
@hooks.register("members_area_links")
def members_area_board(request, members_page):
    from .members_area import members_area_links

    return members_area_links(request, members_page)
