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
# Who keeps which organisation current is Koordination's decision (directory.admin_editors).
EDITOR_LINK_PERMISSIONS = [
    f"directory.{action}_organisationeditor" for action in ("add", "change", "delete", "view")
]


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Wegweiser")
    group_permissions = {
        COORDINATION: SNIPPET_PERMISSIONS + EDITOR_LINK_PERMISSIONS,
        EDITORS: SNIPPET_PERMISSIONS,
    }
    # Links, editing groups and reminders show on no page for visitors: saving them does not
    # purge the page cache (a confirmation's date does, directory.checking).
    page_cache_ignores = ["OrganisationEditor", "EditorGroup", "ReviewReminder"]
    # Its demo, run by home.demo.load_demo after the events demo whose towns it shares
    # (INSTALLED_APPS order; core.demo.demo_loaders).
    demo_loader = "directory.demo.load"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published

        from . import checking, editors
        from .models import OrganisationEditor, OrganisationPage

        post_save.connect(editors.link_changed, sender=OrganisationEditor)
        post_delete.connect(editors.link_changed, sender=OrganisationEditor)
        post_delete.connect(editors.organisation_removed, sender=OrganisationPage)
        page_published.connect(checking.on_publish, sender=OrganisationPage)
