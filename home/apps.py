from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Website")

    def ready(self):
        from wagtail.signals import page_published

        from .roles import grant_on_publish

        post_migrate.connect(set_up_site_after_migrate, sender=self)
        page_published.connect(grant_on_publish)


def set_up_site_after_migrate(sender, using="default", **kwargs):
    """Groups, workflow and languages exist after every migrate (and after a test flush). (The
    default site follows SITE_URL: core.apps.)

    post_migrate runs app by app, so every app's permissions are created first.
    """
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    from .locales import ensure_locales
    from .roles import ensure_roles

    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    ensure_roles()
    ensure_locales()
