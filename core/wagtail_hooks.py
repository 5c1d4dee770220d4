"""Serving and admin hooks of page privacy (access, choosers, copies and aliases) and the
translation editor's script (core.translation_editor)."""

from django.utils.translation import gettext as _
from wagtail import hooks
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
def translation_editor_script():
    """Right-to-left fields and our labels in wagtail-localize's translation editor."""
    return editor_script()
