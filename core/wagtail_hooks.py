"""Serving and admin hooks of page privacy (access, choosers, copies and aliases), the
editor's scripts (a publish that waits for an autosave; the translation editor's, from
core.translation_editor), and the coordinators' desk (core.desk)."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail import wagtail_hooks as wagtail_core_hooks
from wagtail.admin import messages

from .page_access import check_access
from .page_chooser import choosable_pages
from .translation_editor import editor_script


@hooks.register("before_serve_page")
def check_page_access(page, request, serve_args, serve_kwargs):
    """Restrictions of the page, its ancestors and an alias's original (core.page_access).

    A restricted page is never cached; a logged-in visitor without access gets a 403.
    """
    return check_access(page, request)


# Wagtail's own view-restriction check (an on_serve_page hook) would run after ours and ask
# the database again for what check_page_access already decided, more strictly: it is left
# out. Wagtail offers no way to unregister a hook, so it is taken from its list.
_wagtail_check = (wagtail_core_hooks.check_view_restrictions, 0)
if _wagtail_check in hooks._hooks.get("on_serve_page", []):
    hooks._hooks["on_serve_page"].remove(_wagtail_check)


@hooks.register("construct_page_chooser_queryset")
def only_choosable_pages(pages, request):
    return choosable_pages(pages, request)


@hooks.register("construct_explorer_page_queryset")
def only_choosable_pages_in_explorer_search(parent_page, pages, request):
    """The explorer's search (Wagtail runs this hook there) keeps the chooser's rule."""
    return choosable_pages(pages, request)


@hooks.register("after_copy_page")
def say_the_copy_stayed_private(request, page, new_page):
    """core.privacy restricted the new alias or copy: the coordinator should know why."""
    if getattr(new_page, "privacy_kept_from", None) is not None:
        messages.warning(
            request,
            _("Wie das Original ist „%(title)s“ nicht öffentlich sichtbar.")
            % {"title": new_page.get_admin_display_title()},
        )


@hooks.register("insert_editor_js")
def publish_after_autosave():
    """core/static/core/js/publish-after-autosave.js: a publish waits for a running autosave."""
    return format_html('<script src="{}"></script>', static("core/js/publish-after-autosave.js"))


# --- The desk on the dashboard: what waits for the office (core.desk) ---
@hooks.register("construct_homepage_panels")
def add_desk(request, panels):
    from .desk import add_desk_panel

    add_desk_panel(request, panels)


@hooks.register("register_desk_item")  # core.desk.HOOK
def workflow_desk_item():
    from .desk_items import workflow_item

    return workflow_item()


@hooks.register("register_desk_item")  # core.desk.HOOK
def outdated_translations_desk_item():
    from .desk_items import outdated_translations_item

    return outdated_translations_item()


# --- "Berichte" › "Übersetzungen": every item × language (core.translation_report) ---
@hooks.register("register_admin_viewset")
def register_translation_report():
    from .translation_report.viewset import TranslationReportViewSet

    return TranslationReportViewSet()


@hooks.register("construct_reports_menu")
def one_translations_report(request, menu_items):
    """wagtail-localize's own report of its translation records is also named "Übersetzungen":
    two items of one name in the menu, and ours answers its question (what is translated,
    what is behind) per page and language. Its address stays reachable."""
    from django.urls import reverse

    theirs = reverse("wagtail_localize:translations_report")
    menu_items[:] = [item for item in menu_items if item.url != theirs]


@hooks.register("register_admin_urls")
def outdated_translations_address():
    """The earlier listing's address leads to the report, filtered to what is outdated."""
    from django.urls import path

    from .translation_report.views import outdated_redirect

    return [path("outdated-translations/", outdated_redirect, name="outdated_translations")]


# wagtail-localize's row buttons answered from what the one-language listings have read
# (core.localize_buttons). Importing its hooks here registers them now, so they can be
# swapped; Wagtail's own search for hooks finds the module already imported.
def _install_localize_buttons():
    import wagtail_localize.wagtail_hooks  # noqa: F401

    from .localize_buttons import install

    install()


_install_localize_buttons()


def _install_row_buttons():
    """Page rows' "more" buttons with their addresses put together (core.row_buttons)."""
    from .row_buttons import install

    install()


_install_row_buttons()


@hooks.register("construct_page_listing_buttons")
def share_row_dropdowns(buttons, page, user, context=None):
    """Each page row's "more" dropdown rendered once per shape and request
    (core.listing_dropdown): the same HTML, without ten templates per row."""
    from .listing_dropdown import share_row_dropdowns

    share_row_dropdowns(buttons, page, user, context)


@hooks.register("insert_editor_js")
def translation_editor_script():
    """Right-to-left fields and our labels in wagtail-localize's translation editor."""
    return editor_script()


# --- "Schlagwörter übersetzen": the tags' names in the other languages (core.tag_admin) ---
@hooks.register("register_admin_viewset")
def register_tag_labels():
    from .tag_admin import TagLabelViewSet

    return TagLabelViewSet()


@hooks.register("register_permissions")
def tag_label_permissions():
    """The TagLabel permissions in the group editor (the viewset's model is taggit's Tag)."""
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(content_type__app_label="core", content_type__model="taglabel")


# --- Machine translation on the county's terms (core.machine_translation) ---
@hooks.register("register_admin_urls", order=-1)
def machine_translation_views():
    """Before wagtail-localize's URLs (order -1): its machine-translation views at the same
    paths are answered by ours (core.machine_translation.editor)."""
    from .machine_translation.editor import urlpatterns

    return urlpatterns


def _register_glossary():
    """The settings menu's "Glossar": the machine translator's fixed terms."""
    from wagtail.snippets.models import register_snippet

    from .glossary_admin import GlossaryViewSet

    register_snippet(GlossaryViewSet)


_register_glossary()
