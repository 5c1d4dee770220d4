from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from .roles import COORDINATION, EDITORS

# The county's municipalities (core.models.Municipality), kept by those who publish events and
# directory entries; the snippet is in the events' admin menu (eventpages.wagtail_hooks).
MUNICIPALITY_PERMISSIONS = [
    f"core.{action}_municipality" for action in ("add", "change", "delete", "view")
]


class CoreConfig(AppConfig):
    """What every app shares: visibility, roles, page cache, rate limits, security, site address.

    core names no other app: apps plug into it by declaring, e.g. `page_cache_ignores`
    (core.cache) or `group_permissions` (core.roles) on their AppConfig.
    """

    name = "core"
    label = "core"
    verbose_name = _("Grundfunktionen")
    # Bookkeeping rows no public page shows: saving one does not purge the page cache.
    # The glossary only reaches pages through the machine translator.
    page_cache_ignores = ["RateLimitCounter", "GlossaryTerm"]
    # Coordinators choose the languages the desk watches (core.models.DeskSettings), declared
    # like every app's own permissions (core.roles.model_permissions).
    # They also translate tags ("Schlagwörter übersetzen", core.tag_admin) and keep the
    # machine translator's glossary ("Glossar", core.glossary_admin).
    group_permissions = {
        COORDINATION: [
            "core.change_desksettings",
            "core.add_taglabel",
            "core.change_taglabel",
            "core.delete_taglabel",
            "core.add_glossaryterm",
            "core.change_glossaryterm",
            "core.delete_glossaryterm",
            "core.view_glossaryterm",
            *MUNICIPALITY_PERMISSIONS,
        ],
        EDITORS: MUNICIPALITY_PERMISSIONS,
    }

    def ready(self):
        from wagtail.signals import page_published

        from . import (
            privacy,  # noqa: F401  (connects its signal handlers)
            site_url,  # noqa: F401  (registers the SITE_URL check)
        )
        from .cache import connect_purge_signals
        from .login_throttle import connect_signals as connect_login_throttle
        from .roles import grant_on_publish
        from .serving import keep_locales
        from .translation_editor import localize_comment_dates

        post_migrate.connect(set_up_after_migrate, sender=self)
        page_published.connect(grant_on_publish)
        connect_purge_signals()
        connect_login_throttle()
        localize_comment_dates()
        keep_locales()


def set_up_after_migrate(sender, using="default", **kwargs):
    """After every migrate (and test flush): the default Wagtail site is where SITE_URL says;
    the groups, their permissions and the workflow exist.

    post_migrate runs app by app (core first), so every app's permissions are created here
    before the groups get them.
    """
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    from .roles import ensure_roles
    from .site_url import sync_default_site

    sync_default_site(using)  # the Wagtail site's host and port from SITE_URL
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    ensure_roles()
