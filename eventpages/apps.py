from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventPagesConfig(AppConfig):
    name = "eventpages"
    verbose_name = _("Veranstaltungen")

    def ready(self):
        from . import signals  # noqa: F401  (keeps occurrences in step with publishing)
