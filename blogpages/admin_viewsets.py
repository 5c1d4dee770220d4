"""The subscribers' screens as a Wagtail viewset under /admin/blog-subscribers/.

- "" : the counts (coordinators and editors), what the menu item "Abonnements" opens;
- "addresses/": the addresses, a listing with filters and search (Koordination only);
- "test-email/<page id>/": a post's test email, linked from the post's edit page.
No add/edit/delete forms (core.admin_viewsets): people subscribe and unsubscribe themselves.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem

from core.admin_viewsets import ListingOnlyViewSet

from .admin_views import (
    SubscriberAddressesView,
    SubscriberCountsView,
    SubscriberFilterSet,
    TestEmailView,
    app_name,
    can_see_counts,
)
from .models import Subscriber


class SubscriberMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_counts(request.user)


class SubscriberViewSet(ListingOnlyViewSet):
    model = Subscriber
    name = app_name
    url_prefix = "blog-subscribers"
    icon = "mail"
    menu_label = _("Abonnements")
    menu_name = "blog-subscribers"
    menu_order = 330
    add_to_admin_menu = True
    menu_item_class = SubscriberMenuItem

    index_view_class = SubscriberAddressesView
    index_template_name = "blogpages/admin/subscriber_addresses.html"
    filterset_class = SubscriberFilterSet
    list_per_page = 100
    search_fields = ["email"]
    search_backend_name = None  # the database's icontains: subscribers are not in the index

    def get_common_view_kwargs(self, **kwargs):
        # The listing is the addresses; the viewset's first page ("index") is the counts.
        return super().get_common_view_kwargs(
            **{
                "index_url_name": self.get_url_name("addresses"),
                "index_results_url_name": self.get_url_name("addresses_results"),
                **kwargs,
            }
        )

    def get_urlpatterns(self):
        return [
            path("", SubscriberCountsView.as_view(), name="index"),
            path("addresses/", self.index_view, name="addresses"),
            path("addresses/results/", self.index_results_view, name="addresses_results"),
            path("test-email/<int:page_id>/", TestEmailView.as_view(), name="test_email"),
        ]
