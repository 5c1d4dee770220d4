from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app shares: visibility, page cache, rate limits, security, site address.

    core names no other app: apps plug into it by declaring, e.g. `page_cache_ignores` on
    their AppConfig (core.cache).
    """

    name = "core"
    label = "core"
    verbose_name = _("Grundfunktionen")
    # Bookkeeping rows no public page shows: saving one does not purge the page cache.
    page_cache_ignores = ["RateLimitCounter"]

    def ready(self):
        from . import (
            privacy,  # noqa: F401  (connects its signal handlers)
            site_url,  # noqa: F401  (registers the SITE_URL check)
        )
        from .cache import connect_purge_signals
        from .login_throttle import connect_signals as connect_login_throttle

        post_migrate.connect(sync_site_after_migrate, sender=self)
        connect_purge_signals()
        connect_login_throttle()


def sync_site_after_migrate(sender, using="default", **kwargs):
    """The default Wagtail site is where SITE_URL says, after every migrate (and test flush)."""
    from .site_url import sync_default_site

    sync_default_site(using)  # the Wagtail site's host and port from SITE_URL
