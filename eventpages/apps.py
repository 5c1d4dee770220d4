from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.roles import COORDINATION, EDITORS


class EventPagesConfig(AppConfig):
    name = "eventpages"
    verbose_name = _("Veranstaltungen")
    # Those who publish events keep the places, organisers and categories they choose from
    # (core.roles.ensure_roles grants these).
    group_permissions = {
        COORDINATION: [
            "eventpages.add_venue",
            "eventpages.change_venue",
            "eventpages.delete_venue",
            "eventpages.view_venue",
            "eventpages.add_organiser",
            "eventpages.change_organiser",
            "eventpages.delete_organiser",
            "eventpages.view_organiser",
            "eventpages.add_eventcategory",
            "eventpages.change_eventcategory",
            "eventpages.delete_eventcategory",
            "eventpages.view_eventcategory",
            "eventpages.add_municipality",
            "eventpages.change_municipality",
            "eventpages.delete_municipality",
            "eventpages.view_municipality",
        ],
        EDITORS: [
            "eventpages.add_venue",
            "eventpages.change_venue",
            "eventpages.delete_venue",
            "eventpages.view_venue",
            "eventpages.add_organiser",
            "eventpages.change_organiser",
            "eventpages.delete_organiser",
            "eventpages.view_organiser",
            "eventpages.add_eventcategory",
            "eventpages.change_eventcategory",
            "eventpages.delete_eventcategory",
            "eventpages.view_eventcategory",
            "eventpages.add_municipality",
            "eventpages.change_municipality",
            "eventpages.delete_municipality",
            "eventpages.view_municipality",
        ],
    }
    # Its demo, run by home.demo.load_demo (core.demo.demo_loaders).
    demo_loader = "eventpages.demo.load"

    def ready(self):
        from . import signals  # noqa: F401  (keeps occurrences in step with publishing)
