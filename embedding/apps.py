from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.roles import COORDINATION


class EmbeddingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "embedding"
    verbose_name = _("Einbetten")
    # Coordinators list the sites allowed to embed ours (core.roles.ensure_roles).
    group_permissions = {COORDINATION: ["embedding.change_embedsettings"]}
