"""The board's moderation screens as Wagtail viewsets, under "Austausch" in the admin menu.

- Reports (/admin/exchange/): the reported posts, open first; resolving a report.
- Threads (/admin/exchange/threads/): all threads; one thread with all its posts; hide, close.
- Posts (/admin/exchange/posts/): hide or show a post, a note to its author (no list of its own:
  posts are moderated from the reports and from their thread).

ModelViewSets (core.admin_viewsets: no add/edit/delete forms, moderators act through the
actions only) for the URLs, listings, filters and menu; the views of their own (actions, one
thread, the note) in exchange.admin_views. Who may: access.can_moderate, checked by every
view; the permissions themselves are granted by the roles (core.roles).
"""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup

from core.admin_viewsets import ListingOnlyViewSet

from . import admin_views
from .access import can_moderate
from .admin_listings import ReportFilterSet, ReportIndexView, ThreadFilterSet, ThreadIndexView
from .models import Post, Report, Thread

PER_PAGE = 50
# The hook whose menu items join the "Austausch" submenu (the topics, wagtail_hooks).
SUBMENU_HOOK = "register_exchange_menu_item"


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return can_moderate(request.user)


class ModerationViewSet(ListingOnlyViewSet):
    """What the three viewsets share: the menu check and the page size."""

    list_per_page = PER_PAGE
    menu_item_class = ModerationMenuItem


class ReportViewSet(ModerationViewSet):
    model = Report
    name = "exchange_reports"
    url_prefix = "exchange"
    icon = "warning"
    menu_label = _("Gemeldete Beiträge")
    menu_name = "exchange-reports"
    menu_order = 100
    index_view_class = ReportIndexView
    index_template_name = "exchange/admin/reports.html"
    filterset_class = ReportFilterSet

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(
                "reports/<int:pk>/resolve/",
                admin_views.ResolveReportView.as_view(),
                name="resolve",
            ),
        ]


class ThreadViewSet(ModerationViewSet):
    model = Thread
    name = "exchange_threads"
    url_prefix = "exchange/threads"
    icon = "comment"
    menu_label = _("Alle Diskussionen")
    menu_name = "exchange-threads"
    menu_order = 200
    index_view_class = ThreadIndexView
    index_template_name = "exchange/admin/threads.html"
    filterset_class = ThreadFilterSet

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", admin_views.ThreadView.as_view(), name="detail"),
            path("<int:pk>/<str:action>/", admin_views.ThreadActionView.as_view(), name="action"),
        ]


class PostViewSet(ModerationViewSet):
    model = Post
    name = "exchange_posts"
    url_prefix = "exchange/posts"
    icon = "comment"

    def get_urlpatterns(self):
        return [
            path("<int:pk>/note/", admin_views.NoteView.as_view(), name="note"),
            path("<int:pk>/<str:action>/", admin_views.PostActionView.as_view(), name="action"),
        ]


class ModerationGroup(ViewSetGroup):
    """ "Austausch": reports, threads and (through SUBMENU_HOOK) topics; shown only to who may
    use one of them."""

    items = (ReportViewSet, ThreadViewSet)
    menu_label = _("Austausch")
    menu_name = "exchange"
    menu_icon = "comment"
    menu_order = 340
    submenu_hook = SUBMENU_HOOK


class TopicMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("exchange.change_topic")


def topics_menu_item():
    return TopicMenuItem(
        _("Themen"),
        reverse_lazy("wagtailsnippets_exchange_topic:list"),
        name="exchange-topics",
        icon_name="tag",
        order=300,
    )


def moderation_viewsets():
    return [ModerationGroup(), PostViewSet()]
