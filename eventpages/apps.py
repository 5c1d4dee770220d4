from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.roles import COORDINATION, EDITORS

SNIPPET_PERMISSIONS = [
    f"eventpages.{action}_{model}"
    for model in ("venue", "organiser", "eventcategory")
    for action in ("add", "change", "delete", "view")
]
# The municipalities are core's (shared with the directory); core declares who keeps them.
# Partners' calendars and the check of the places their import created: Koordination only
# (eventpages.ical_import.admin_calendars, admin_venues).
IMPORT_PERMISSIONS = [
    "eventpages.add_externalcalendar",
    "eventpages.change_externalcalendar",
    "eventpages.delete_externalcalendar",
    "eventpages.view_externalcalendar",
    "eventpages.view_importedvenue",
    "eventpages.change_importedvenue",
]


class EventPagesConfig(AppConfig):
    name = "eventpages"
    verbose_name = _("Veranstaltungen")
    # Those who publish events keep the places, organisers and categories they choose from
    # (core.roles.ensure_roles grants these).
    group_permissions = {
        COORDINATION: SNIPPET_PERMISSIONS + IMPORT_PERMISSIONS,
        EDITORS: SNIPPET_PERMISSIONS,
    }
    # Registrations are no page content: saving one does not purge the page cache by itself.
    # A change of seats purges it once per transaction (eventpages.registration.seats._log), so
    # listings, embeds and the API show current places; pages with the form are never kept
    # (its CSRF token, eventpages.templatetags.registration_tags).
    page_cache_ignores = [
        "Registration",
        "RegistrationDate",
        "RegistrationLog",
        "RegistrationNotice",
    ]
    # Its demo, run by home.demo.load_demo (core.demo.demo_loaders).
    demo_loader = "eventpages.demo.load"

    def ready(self):
        from . import signals  # noqa: F401  (keeps occurrences in step with publishing)
        from .feed_cache import connect_signals

        connect_signals()  # the feeds' kept VEVENT texts follow venues, categories, …
