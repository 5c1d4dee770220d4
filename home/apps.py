from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from core.roles import COORDINATION


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Website")
    # Coordinators keep the footer's links and legal pages, the members' area, the site's look
    # (logo, colours) and the accessibility settings (easy-to-read page, sign-language video,
    # arbitration body) (core.roles.ensure_roles).
    group_permissions = {
        COORDINATION: [
            "home.change_footersettings",
            "home.change_membersareasettings",
            "home.change_accessibilitysettings",
            "home.change_sitelook",
        ]
    }

    def ready(self):
        post_migrate.connect(set_up_site_after_migrate, sender=self)


def set_up_site_after_migrate(sender, using="default", **kwargs):
    """The languages exist after every migrate (and after a test flush). (The default site,
    groups and workflow: core.apps.)"""
    from .locales import ensure_locales

    ensure_locales()
