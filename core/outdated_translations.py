"""Translations whose original changed since they were last brought up to date.

The rule is core.translation_states' (the badges of the admin listings), so the desk and the
listings agree: a translation made with wagtail-localize (an enabled `Translation`) is
outdated when the original page was published after its `TranslationSource` was last
updated (`last_updated_at`: when the translation was started or last synchronised with
"Übersetzungen synchronisieren"). Only published changes count: a draft of the original is
nothing the translators must follow. Aliases show the original anyway; a translation written
by hand, without wagtail-localize, has no source to fall behind.

- `outdated_sources()`: the sources (one per original page) with at least one outdated
  translation, one query to count;
- `OutdatedTranslationsViewSet`: the admin listing the desk links to, one row per page with
  its languages and a link to wagtail-localize's screen that brings them up to date.
"""

from django.db.models import Exists, OuterRef, Subquery
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from .admin_refusal import RefuseUnlessAllowedMixin
from .admin_viewsets import ListingOnlyViewSet
from .roles import COORDINATION, EDITORS, in_groups


def _original_page():
    """The source's page in the source's language (a page shares its translation_key with
    its TranslatableObject)."""
    return Page.objects.filter(
        translation_key=OuterRef("object_id"), locale_id=OuterRef("locale_id")
    )


def _synced_translations():
    """The source's enabled wagtail-localize translations that have a page of their own."""
    translated_page = Page.objects.filter(
        translation_key=OuterRef("source__object_id"),
        locale_id=OuterRef("target_locale_id"),
        alias_of__isnull=True,
    )
    return Translation.objects.filter(source=OuterRef("pk"), enabled=True).filter(
        Exists(translated_page)
    )


def outdated_sources():
    """Sources of pages published since their translations were last updated."""
    changed_since = _original_page().filter(last_published_at__gt=OuterRef("last_updated_at"))
    return TranslationSource.objects.filter(Exists(changed_since), Exists(_synced_translations()))


def with_languages(sources):
    """Each source with `languages`, the names of its translations' languages (one query for
    the whole page of the listing)."""
    sources = list(sources)
    found = {}
    rows = (
        Page.objects.filter(
            translation_key__in={source.object_id for source in sources}, alias_of__isnull=True
        )
        .select_related("locale")
        .order_by("locale__language_code")
        .only("translation_key", "locale")
    )
    for page in rows:
        found.setdefault(page.translation_key, []).append(page.locale)
    for source in sources:
        source.languages = ", ".join(
            locale.get_display_name()
            for locale in found.get(source.object_id, [])
            if locale.pk != source.locale_id
        )
    return sources


def can_see(user):
    return in_groups(user, COORDINATION, EDITORS)


class UpdateTranslationsColumn(Column):
    """wagtail-localize's screen that takes the original again and brings the translations
    up to date (its last sync becomes now)."""

    cell_template_name = "core/admin/update_translations_cell.html"


class OutdatedTranslationsIndexView(RefuseUnlessAllowedMixin, IndexView):
    page_title = _("Veraltete Übersetzungen")
    header_icon = "globe"
    any_permission_required = None
    refusal = _("Diese Seite sehen nur die Koordination und die Redaktion.")
    no_results_message = _("Keine veralteten Übersetzungen: Alle sind auf dem Stand des Originals.")

    def allowed(self, user):
        return can_see(user)

    def get_base_queryset(self):
        original = _original_page()
        return (
            outdated_sources()
            .annotate(
                page_id=Subquery(original.values("pk")[:1]),
                published_at=Subquery(original.values("last_published_at")[:1]),
            )
            .order_by("-published_at", "-pk")
        )

    def get_table(self, object_list):
        return super().get_table(with_languages(object_list))

    @property
    def columns(self):
        return [
            TitleColumn(
                "object_repr",
                label=_("Seite"),
                get_url=lambda source: reverse("wagtailadmin_pages:edit", args=[source.page_id]),
            ),
            Column("languages", label=_("Übersetzungen")),
            DateColumn("published_at", label=_("Original geändert")),
            DateColumn("last_updated_at", label=_("Zuletzt abgeglichen")),
            UpdateTranslationsColumn("update", label=_("Aktualisieren")),
        ]


class OutdatedTranslationsViewSet(ListingOnlyViewSet):
    """Reached from the desk (no menu item): one listing, no forms."""

    model = TranslationSource
    name = "outdated_translations"
    url_prefix = "outdated-translations"
    icon = "globe"
    index_view_class = OutdatedTranslationsIndexView
    list_per_page = 50

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]
