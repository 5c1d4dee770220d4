from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.roles import COORDINATION


class ExchangeConfig(AppConfig):
    name = "exchange"
    verbose_name = _("Austausch")
    # Coordinators moderate the board (exchange.access.can_moderate) and keep its topics;
    # core.roles.ensure_roles grants these to the group.
    group_permissions = {
        COORDINATION: [
            "exchange.view_thread",
            "exchange.change_thread",
            "exchange.view_post",
            "exchange.change_post",
            "exchange.view_report",
            "exchange.change_report",
            "exchange.add_topic",
            "exchange.change_topic",
            "exchange.delete_topic",
            "exchange.view_topic",
        ]
    }

    # Its demo, run by home.demo.load_demo after the events demo it points at
    # (INSTALLED_APPS order; core.demo.demo_loaders).
    demo_loader = "exchange.demo.load"

    def ready(self):
        from . import signals  # noqa: F401  (connects its receivers)
