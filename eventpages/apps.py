from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventPagesConfig(AppConfig):
    name = "eventpages"
    verbose_name = _("Veranstaltungen")
    # Its demo, run by home.demo.load_demo (core.demo.demo_loaders).
    demo_loader = "eventpages.demo.load"

    def ready(self):
        from . import signals  # noqa: F401  (keeps occurrences in step with publishing)
