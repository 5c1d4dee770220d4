"""wagtail-localize's row buttons ("Translate this page", "Sync translated pages") without
queries of their own, where a listing has already read the rows' translations.

wagtail-localize asks two or three queries per row to decide whether to offer them; on a
listing of fifty rows that is a hundred and fifty queries. The one-language listings
(core.admin_translations) read every row's translations at once, so these replacements
answer from what the row carries, with the same buttons, labels and addresses, and hand
any other row (Wagtail's page explorer, other snippet listings) to wagtail-localize's own
function. `install()` swaps them into Wagtail's hook registry (core.wagtail_hooks); read
wagtail_localize.wagtail_hooks again when upgrading wagtail-localize.
"""

from urllib.parse import urlencode

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail_localize import wagtail_hooks as localize_hooks

from .admin_translations import STATES_ATTRIBUTE

# The buttons keep wagtail-localize's own (English) msgids, so its catalogues translate them
# as before; a name of its own keeps them out of the project's catalogue (makemessages).
localize_text = gettext


def page_listing_more_buttons(page, user, view_name=None, next_url=None):
    translations = getattr(page, STATES_ATTRIBUTE, None)
    if translations is None:
        yield from localize_hooks.page_listing_more_buttons(page, user, view_name, next_url)
        return
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    if translations.can_be_translated:
        url = reverse(
            "wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id]
        )
        yield Button(
            localize_text("Translate this page"),
            url,
            priority=60,
            icon_name="wagtail-localize-language",
        )
    if translations.source_id is not None:
        yield Button(
            localize_text("Sync translated pages"),
            sync_url(translations.source_id, next_url),
            priority=60,
            icon_name="resubmit",
        )


def snippet_listing_buttons(snippet, user, next_url=None):
    translations = getattr(snippet, STATES_ATTRIBUTE, None)
    if translations is None:
        yield from localize_hooks.register_snippet_listing_buttons(snippet, user, next_url)
        return
    if not user.has_perm("wagtail_localize.submit_translation"):
        return
    model = type(snippet)
    if translations.can_be_translated:
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[model._meta.app_label, model._meta.model_name, quote(snippet.pk)],
        )
        yield Button(
            localize_text("Translate"),
            url,
            attrs={"aria-label": localize_text("Translate '%(title)s'") % {"title": str(snippet)}},
            icon_name="wagtail-localize-language",
            priority=100,
        )
    if translations.source_id is not None:
        yield Button(
            localize_text("Sync translated snippets"),
            sync_url(translations.source_id, next_url),
            attrs={
                "aria-label": localize_text("Sync translations of '%(title)s'")
                % {"title": str(snippet)}
            },
            icon_name="resubmit",
            priority=106,
        )


def sync_url(source_id, next_url):
    url = reverse("wagtail_localize:update_translations", args=[source_id])
    return f"{url}?{urlencode({'next': next_url})}" if next_url is not None else url


REPLACEMENTS = {
    "register_page_listing_more_buttons": (
        localize_hooks.page_listing_more_buttons,
        page_listing_more_buttons,
    ),
    "register_snippet_listing_buttons": (
        localize_hooks.register_snippet_listing_buttons,
        snippet_listing_buttons,
    ),
}


def install():
    """Put the replacements where wagtail-localize's functions are registered (same order)."""
    for hook_name, (original, replacement) in REPLACEMENTS.items():
        registered = hooks._hooks.get(hook_name, [])
        hooks._hooks[hook_name] = [
            (replacement if fn is original else fn, order) for fn, order in registered
        ]
