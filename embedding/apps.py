from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmbeddingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "embedding"
    verbose_name = _("Einbetten")
