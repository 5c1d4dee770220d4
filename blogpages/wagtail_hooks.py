"""Admin hooks of the news app: the listing of posts, snippets, subscriber overview.

Imports stay inside the hooks, so the admin loads the app's modules only when it needs them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.admin_translations import TranslatableSnippetViewSet

from .models import Author, BlogCategory


# Categories and authors are translatable: one language at a time, the others as badges.
class BlogCategoryViewSet(TranslatableSnippetViewSet):
    model = BlogCategory
    icon = "tag"
    list_display = ["name", "slug"]


class AuthorViewSet(TranslatableSnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "role", "organisation"]
    search_fields = ["name", "organisation"]


class BlogSnippetsGroup(SnippetViewSetGroup):
    items = (BlogCategoryViewSet, AuthorViewSet)
    menu_icon = "doc-full"
    # "Nachrichten" is the listing of posts (admin_listing), next to "Veranstaltungen".
    menu_label = _("Nachrichtendaten")
    menu_name = "blog"


register_snippet(BlogSnippetsGroup)


# --- The posts, one row per post with its languages as badges (admin_listing) ---
@hooks.register("register_admin_viewset")
def register_news_listing():
    from .admin_listing import NewsListingViewSet

    return NewsListingViewSet("news")


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
    # about the news emails, at its line of undelivered ones (Koordination follows it to the
    # addresses, ?status=failed).
    return DeskItem(
        name="failed-deliveries",
        label=_("Nicht zugestellte Nachrichten-E-Mails"),
        count=lambda request: Delivery.objects.filter(status=Delivery.FAILED).count(),
        url=lambda: reverse(f"{app_name}:index") + "#failed-deliveries",
        groups=(COORDINATION, EDITORS),
        order=50,
    )
