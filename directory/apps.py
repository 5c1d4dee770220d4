from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.roles import COORDINATION, EDITORS

# Those who publish directory entries keep the topics and audiences offers are filed under
# (core.roles.ensure_roles grants these).
SNIPPET_PERMISSIONS = [
    f"directory.{action}_{model}"
    for model in ("topic", "audience")
    for action in ("add", "change", "delete", "view")
]


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Wegweiser")
    group_permissions = {COORDINATION: SNIPPET_PERMISSIONS, EDITORS: SNIPPET_PERMISSIONS}
    # Its demo, run by home.demo.load_demo after the events demo whose towns it shares
    # (INSTALLED_APPS order; core.demo.demo_loaders).
    demo_loader = "directory.demo.load"
