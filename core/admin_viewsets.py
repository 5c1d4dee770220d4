"""A Wagtail ModelViewSet for admin screens that list and act, but have no forms.

The board's moderation and the news subscribers are such screens: a listing (Wagtail's
IndexView: table, filters, search, pagination, results fragment) and a few views of their
own (actions, a detail page), added by the app in `get_urlpatterns`. Nothing there is added,
edited or deleted through a form, so:
- the listing links to no add/edit/delete/copy/history/usage/inspect view (their URL names
  are None, and the app's `get_urlpatterns` routes only what exists);
- no permissions are registered for the group editor: the app's roles grant them;
- no admin URL finder (there is no edit view to point at) and no reference index.
Who may open a screen is each view's own check (core.admin_refusal for a 403 that says why).
"""

from wagtail.admin.viewsets.model import ModelViewSet

NO_FORM_VIEWS = ("add", "edit", "delete", "history", "usage", "copy", "inspect")


class ListingOnlyViewSet(ModelViewSet):
    add_to_reference_index = False
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        no_views = {f"{view}_url_name": None for view in NO_FORM_VIEWS}
        return super().get_common_view_kwargs(**(no_views | kwargs))

    def get_urlpatterns(self):
        raise NotImplementedError("A ListingOnlyViewSet routes its own views.")

    def register_permissions(self):
        pass

    def register_admin_url_finder(self):
        pass
