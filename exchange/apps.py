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

    def ready(self):
        from . import signals  # noqa: F401  (connects its receivers)
