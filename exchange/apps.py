from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    name = "exchange"
    verbose_name = _("Austausch")
    # Its demo, run by home.demo.load_demo after the events demo it points at
    # (INSTALLED_APPS order; core.demo.demo_loaders).
    demo_loader = "exchange.demo.load"

    def ready(self):
        from . import signals  # noqa: F401  (connects its receivers)
