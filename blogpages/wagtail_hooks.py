"""Admin hooks of the news app: snippets, subscriber overview.

Imports stay inside the hooks, so the admin loads the app's modules only when it needs them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Author, BlogCategory


class BlogCategoryViewSet(SnippetViewSet):
    model = BlogCategory
    icon = "tag"
    list_display = ["name", "slug"]


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "role", "organisation"]
    search_fields = ["name", "organisation"]


class BlogSnippetsGroup(SnippetViewSetGroup):
    items = (BlogCategoryViewSet, AuthorViewSet)
    menu_icon = "doc-full"
    menu_label = _("Nachrichten")
    menu_name = "blog"


register_snippet(BlogSnippetsGroup)


# --- Subscribers: counts for coordinators, addresses for Koordination only (admin_viewsets) ---
@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    from .admin_viewsets import SubscriberViewSet

    return SubscriberViewSet()


@hooks.register("register_page_header_buttons")
def test_email_button(page, user, view_name=None, next_url=None):
    from .admin_views import test_email_buttons

    return test_email_buttons(page, user)


# --- The coordinators' desk (core.desk): news emails that could not be delivered ---
@hooks.register("register_desk_item")
def failed_deliveries_desk_item():
    from django.urls import reverse

    from core.desk import DeskItem
    from core.roles import COORDINATION, EDITORS

    from .admin_views import app_name
    from .models import Delivery

    # Failed and not yet sent again (blogpages.delivery retries them); a number, no
    # addresses, so Redaktion sees it too. The link: the subscriptions' screen, the one
    # about the news emails (no screen lists single deliveries yet).
    return DeskItem(
        name="failed-deliveries",
        label=_("Nicht zugestellte Nachrichten-E-Mails"),
        count=lambda request: Delivery.objects.filter(status=Delivery.FAILED).count(),
        url=lambda: reverse(f"{app_name}:index"),
        groups=(COORDINATION, EDITORS),
        order=50,
    )
