from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.roles import COORDINATION, EDITORS

SNIPPET_PERMISSIONS = [
    f"blogpages.{action}_{model}"
    for model in ("blogcategory", "author")
    for action in ("add", "change", "delete", "view")
]


class BlogpagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "blogpages"
    verbose_name = _("Neuigkeiten")
    # Those who write news keep its categories and authors (core.roles.ensure_roles).
    group_permissions = {COORDINATION: SNIPPET_PERMISSIONS, EDITORS: SNIPPET_PERMISSIONS}
    # Subscribers and the record of sent mail are on no public page: no page cache purge.
    page_cache_ignores = ["Subscriber", "PostDispatch", "Delivery"]
    # Its demo, run by home.demo.load_demo after the events and documents demos it points at
    # (INSTALLED_APPS order; core.demo.demo_loaders).
    demo_loader = "blogpages.demo.load"

    def ready(self):
        from . import signals  # noqa: F401
