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
