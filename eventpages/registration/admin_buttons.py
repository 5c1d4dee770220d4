"""The link "Anmeldungen" in an event page's header menu (edit view), for those who may see
its participants (admin_access)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.menus.pages import PageMenuItem

from .admin_access import may_see_participants
from .admin_views import app_name


class RegistrationsButton(PageMenuItem):
    label = _("Anmeldungen")
    icon_name = "calendar-check"
    url_name = f"{app_name}:event"
    priority = 75

    def is_shown(self, user):
        return may_see_participants(user, self.page)


def registration_buttons(page, user):
    """Only on events that take registrations (any language version: they share the dates)."""
    if page is None or not getattr(page, "takes_registrations", False):
        return []
    return [RegistrationsButton(page=page)]
