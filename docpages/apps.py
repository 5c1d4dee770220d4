from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from core.roles import COORDINATION, EDITORS

SNIPPET_PERMISSIONS = [
    f"docpages.{action}_{model}"
    for model in ("documentcategory",)
    for action in ("add", "change", "delete", "view")
]


class DocPagesConfig(AppConfig):
    name = "docpages"
    verbose_name = _("Dokumente")
    # Those who keep the libraries keep the document categories (core.roles.ensure_roles).
    group_permissions = {COORDINATION: SNIPPET_PERMISSIONS, EDITORS: SNIPPET_PERMISSIONS}
    # Shared documents waiting for approval are on no public page: no page cache purge.
    page_cache_ignores = ["DocumentSubmission"]
    # Its demo, run by home.demo.load_demo (core.demo.demo_loaders).
    demo_loader = "docpages.demo.load"

    def ready(self):
        from . import cdn, collections  # noqa: F401  (connect their signal handlers)

        post_migrate.connect(set_up_collections_after_migrate, sender=self)


def set_up_collections_after_migrate(sender, **kwargs):
    """The inbox for shared documents exists after every migrate (and after a test flush)."""
    from .collections import ensure_inbox

    ensure_inbox()
