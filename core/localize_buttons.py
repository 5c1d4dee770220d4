"""wagtail-localize's row buttons ("Translate this page", "Sync translated pages") without
queries of their own, where a listing has already read the rows' translations.

wagtail-localize asks two to four queries per row to decide whether to offer them; on a
listing of fifty rows that is a hundred and fifty queries. These replacements answer from
what the row carries, with the same buttons, labels and addresses:

- the one-language listings (core.admin_translations) read every row's translations at once
  (STATES_ATTRIBUTE);
- Wagtail's page explorer lists its rows through the `construct_explorer_page_queryset` hook,
  where `with_translation_answers` adds both answers to the listing's own query (two
  subqueries, ANSWERS), so its rows need no query of their own either;
- any other page or snippet (a page's header buttons, other snippet listings) goes to
  wagtail-localize's own function.

`install()` swaps them into Wagtail's hook registry (core.wagtail_hooks); read
wagtail_localize.wagtail_hooks again when upgrading wagtail-localize.
"""

from urllib.parse import urlencode

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, Page
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import TranslationSource

from .admin_translations import STATES_ATTRIBUTE

# The buttons keep wagtail-localize's own (English) msgids, so its catalogues translate them
# as before; a name of its own keeps them out of the project's catalogue (makemessages).
localize_text = gettext


# The explorer's rows: whether a language is left to translate into, and the id of the
# TranslationSource this page is the original of (None without enabled translations).
CAN_TRANSLATE, SYNC_SOURCE = "_localize_can_translate", "_localize_sync_source"


class Answers:
    """What the buttons ask of a row, read from the explorer's annotations."""

    def __init__(self, page):
        self.can_be_translated = getattr(page, CAN_TRANSLATE)
        self.source_id = getattr(page, SYNC_SOURCE)


def with_translation_answers(pages):
    """`pages` annotated with wagtail-localize's two questions, as it asks them per row:

    - a locale without a version of the page that is not an alias ("Translate this page");
    - the page's TranslationSource in its own locale, if it has an enabled translation
      ("Sync translated pages").
    """
    translated_locales = Page.objects.filter(
        translation_key=OuterRef(OuterRef("translation_key")), alias_of__isnull=True
    ).values("locale_id")
    source = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"),
        object__content_type=ContentType.objects.get_for_model(Page),
        locale_id=OuterRef("locale_id"),
        translations__enabled=True,
    ).values("pk")[:1]
    return pages.annotate(
        **{
            CAN_TRANSLATE: Exists(Locale.objects.exclude(id__in=translated_locales)),
            SYNC_SOURCE: Subquery(source),
        }
    )


def explorer_with_translation_answers(parent_page, pages, request):
    """The construct_explorer_page_queryset hook (Wagtail runs it on every explorer listing)."""
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        return pages  # no buttons to decide
    return with_translation_answers(pages)


def row_translations(page):
    translations = getattr(page, STATES_ATTRIBUTE, None)
    if translations is None and hasattr(page, CAN_TRANSLATE):
        translations = Answers(page)
    return translations


def page_listing_more_buttons(page, user, view_name=None, next_url=None):
    translations = row_translations(page)
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
    """Put the replacements where wagtail-localize's functions are registered (same order),
    and let the explorer read what they need with its rows."""
    for hook_name, (original, replacement) in REPLACEMENTS.items():
        registered = hooks._hooks.get(hook_name, [])
        hooks._hooks[hook_name] = [
            (replacement if fn is original else fn, order) for fn, order in registered
        ]
    hooks.register("construct_explorer_page_queryset", explorer_with_translation_answers)
