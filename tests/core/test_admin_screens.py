"""Admin screens the one way: a 403 page that says why (core.admin_refusal) and viewsets that
list and act without forms (core.admin_viewsets)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group
from django.http import HttpResponse
from django.test import RequestFactory
from django.views import View
from wagtail import hooks

from core.admin_refusal import REFUSAL_TEMPLATE, RefuseUnlessAllowedMixin
from core.admin_viewsets import NO_FORM_VIEWS, ListingOnlyViewSet

pytestmark = pytest.mark.django_db


class SecretScreen(RefuseUnlessAllowedMixin, View):
    page_title = "Geheime Liste"
    header_icon = "lock"
    refusal = "Diese Liste sehen nur Befugte."

    def allowed(self, user):
        return user.is_superuser

    def get(self, request):
        return HttpResponse("Der Inhalt")


def get(user):
    request = RequestFactory().get("/admin/geheim/")
    request.user = user
    response = SecretScreen.as_view()(request)
    if hasattr(response, "render"):
        response.render()
    return response


def test_who_may_gets_the_screen_never_cached(django_user_model):
    response = get(django_user_model.objects.create_superuser("chefin", "c@example.org", "x"))
    assert response.status_code == 200
    assert response.content == b"Der Inhalt"
    assert "no-cache" in response["Cache-Control"]


def test_who_may_not_gets_a_403_that_says_why(user_in_group):
    response = get(user_in_group("neugierig"))
    assert response.status_code == 403
    assert "no-cache" in response["Cache-Control"]
    assert response.template_name == REFUSAL_TEMPLATE
    content = response.content.decode()
    assert "Diese Liste sehen nur Befugte." in content
    assert "Geheime Liste" in content  # the screen's own title
    assert "Der Inhalt" not in content
    assert 'href="/admin/"' in content  # back to the dashboard


def test_the_check_runs_before_the_view(rf):
    class Counting(SecretScreen):
        calls = 0

        def get(self, request):
            Counting.calls += 1
            return super().get(request)

    request = rf.get("/admin/geheim/")
    request.user = AnonymousUser()
    Counting.as_view()(request)
    assert Counting.calls == 0


class GroupScreens(ListingOnlyViewSet):
    model = Group
    name = "test_group_screens"


def test_a_listing_only_viewset_links_to_no_form_views():
    kwargs = GroupScreens().get_common_view_kwargs()
    assert {f"{view}_url_name": None for view in NO_FORM_VIEWS}.items() <= kwargs.items()
    assert kwargs["index_url_name"] == "test_group_screens:index"
    assert kwargs["model"] is Group


def test_a_listing_only_viewset_routes_only_its_own_views_and_registers_nothing():
    viewset = GroupScreens()
    with pytest.raises(NotImplementedError):
        viewset.get_urlpatterns()
    before = len(hooks.get_hooks("register_permissions"))
    viewset.register_permissions()
    viewset.register_admin_url_finder()
    assert len(hooks.get_hooks("register_permissions")) == before


@pytest.mark.parametrize(
    "url",
    [
        "/admin/exchange/",
        "/admin/exchange/threads/",
        "/admin/blog-subscribers/addresses/",
        "/admin/shared-documents/",
    ],
)
def test_a_superuser_opens_every_listing_only_screen(client, url):
    """A superuser holds every permission: a listing would try to link to add and edit views
    if the viewset named them."""
    client.force_login(get_user_model().objects.create_superuser("root", "r@example.org", "x"))
    response = client.get(url)
    assert response.status_code == 200
    assert 'id="listing-results"' in response.content.decode()
