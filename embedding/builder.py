"""The embed builder: an "Einbetten" view in the admin for every embeddable page.

A coordinator picks the language version, the listing's own filters, the number of items, an
accent colour and the layout, and copies what the county's website needs: the iframe snippet,
the script snippet, the address to paste into a Wagtail or WordPress site (oEmbed) and the
feeds of the same selection. One GET form, computed on the server, so it works without
JavaScript; builder.js only refreshes the outputs and the preview while the form changes.
"""

from urllib.parse import urljoin

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from core.privacy import is_restricted
from core.site_title import home_title

from .hook import has_embed, page_embed
from .models import EmbedSettings
from .options import LAYOUTS, MAX_ITEMS, OPTION_NAMES, EmbedOptions, contrast_on_white
from .pages import embed_path, embeddable, full_url, page_address

# The embeds' accent without a choice (--color-primary of site.css): the colour field starts
# here, and choosing it again adds nothing to the address.
DEFAULT_ACCENT = "#0b5394"
# Not among any listing's filters (nor the embed options): the language version to embed.
TRANSLATION = "translation"
LANGUAGE_NAMES = dict(settings.LANGUAGES)
REFUSAL = _("Einbetten dürfen Koordination und Redaktion, die diese Seite bearbeiten dürfen.")
LAYOUT_LABELS = {"standard": _("Standard"), "compact": _("Kompakt (weniger Abstand)")}


# ------------------------------------------------------------------------------ who may


def can_embed(user, page):
    """Who may edit the page (coordinators, editors) may also put it on another website."""
    if not user.is_authenticated or not user.is_active:
        return False
    if not user.has_perm("wagtailadmin.access_admin"):
        return False
    return page.permissions_for_user(user).can_edit()


def offers_embed(page):
    """A cheap check for buttons in page listings (no query): a live page of an embeddable type.

    Privacy is left to the builder, which says why a members-only page is not embedded.
    """
    page_class = page.specific_class
    return bool(page.live and page_class and has_embed(page_class))


def unembeddable_reason(page):
    """Why this page cannot be embedded, for the editor; None when it can."""
    if not has_embed(page):
        return _(
            "Diese Art von Seite lässt sich nicht einbetten. Einbetten lassen sich "
            "Veranstaltungen, öffentliche Dokumentbibliotheken, Nachrichten und der Wegweiser "
            "mit seinen Organisationen."
        )
    if not page.live:
        return _(
            "Die Seite ist nicht veröffentlicht. Eingebettet werden nur veröffentlichte Seiten."
        )
    if is_restricted(page):
        return _(
            "Die Seite ist nicht öffentlich (zum Beispiel nur für Mitglieder). Eingebettet "
            "werden nur öffentliche Inhalte."
        )
    if not embeddable(page) or page_address(page) is None:
        return _("Diese Seite lässt sich nicht einbetten.")
    return None


# ------------------------------------------------------------------------------ the form


def full_hex(colour):
    """#abc → #aabbcc."""
    if len(colour) == 4:
        return "#" + "".join(c * 2 for c in colour[1:])
    return colour


class EmbedBuilderForm(forms.Form):
    """The builder's own fields; the listing's filters come from the page's embed module."""

    translation = forms.ChoiceField(
        label=_("Sprachfassung der Seite"),
        help_text=_("In dieser Sprache erscheinen Inhalte und Beschriftungen."),
    )
    limit = forms.IntegerField(
        label=_("Anzahl der Einträge"),
        required=False,
        min_value=1,
        max_value=MAX_ITEMS,
    )
    accent = forms.CharField(
        label=_("Akzentfarbe"),
        required=False,
        max_length=7,
        widget=forms.TextInput(attrs={"type": "color"}),
        help_text=_("Für Überschrift, Links und Linien, passend zur Website des Landkreises."),
    )
    layout = forms.ChoiceField(
        label=_("Darstellung"),
        required=False,
        choices=[(name, LAYOUT_LABELS[name]) for name in LAYOUTS],
        widget=forms.RadioSelect,
    )

    def __init__(self, data=None, *, translations, default_language, **kwargs):
        """`translations`: [(language code, label)] of the language versions to choose from."""
        if data is not None:
            data = data.copy()
            if not data.get(TRANSLATION):
                data[TRANSLATION] = default_language
            # A colour field cannot be empty: without a choice it shows the default.
            if not data.get("accent"):
                data["accent"] = DEFAULT_ACCENT
            if not data.get("layout"):
                data["layout"] = LAYOUTS[0]
        initial = {TRANSLATION: default_language, "accent": DEFAULT_ACCENT, "layout": LAYOUTS[0]}
        super().__init__(data, initial=initial, **kwargs)
        self.fields[TRANSLATION].choices = translations
        self.fields["limit"].help_text = gettext(
            "Von 1 bis %(max)d. Leer lassen für die übliche Anzahl."
        ) % {"max": MAX_ITEMS}

    def clean_accent(self):
        value = self.cleaned_data["accent"].strip()
        accent = EmbedOptions.from_query({"accent": value}).accent
        if accent is None:
            raise ValidationError(
                _("„%(value)s“ ist keine Farbe. Bitte eine Farbe wie #0b5394 wählen."),
                params={"value": value},
            )
        return full_hex(accent)

    def values(self):
        """The valid fields' values (an invalid one falls back to its default)."""
        if not self.is_bound:
            return dict(self.initial)
        self.is_valid()
        return {**self.initial, **self.cleaned_data}

    def embed_options(self):
        values = self.values()
        accent = values.get("accent") or DEFAULT_ACCENT
        query = {
            "limit": str(values["limit"]) if values.get("limit") else "",
            "accent": "" if accent == DEFAULT_ACCENT else accent,
            "layout": values.get("layout") or "",
        }
        return EmbedOptions.from_query(query)

    def warnings(self):
        options = self.embed_options()
        if options.accent and not options.accent_readable:
            ratio = number_format(contrast_on_white(options.accent), 1)
            return [
                gettext(
                    "Die Akzentfarbe ist auf Weiß schwer zu lesen (Kontrast %(ratio)s : 1, "
                    "nötig sind 4,5 : 1). Sie färbt deshalb nur Linien; Überschrift und Links "
                    "bleiben in der lesbaren Standardfarbe. Eine dunklere Farbe färbt auch sie."
                )
                % {"ratio": ratio}
            ]
        return []


def selected_filters(filter_form):
    """The listing's filters the coordinator chose, as URL parameters: valid, non-empty ones."""
    if filter_form is None or not filter_form.is_bound:
        return []
    filter_form.is_valid()
    cleaned = getattr(filter_form, "cleaned_data", {})
    pairs = []
    for name, field in filter_form.fields.items():
        if name in filter_form.errors or cleaned.get(name) in (None, "", False, [], ()):
            continue
        key = filter_form.add_prefix(name)
        if isinstance(field, forms.BooleanField):
            pairs.append((key, "1"))
            continue
        data = filter_form.data
        raw = data.getlist(key) if hasattr(data, "getlist") else [data.get(key)]
        pairs.extend((key, value) for value in raw if value not in (None, ""))
    return pairs


def preset_links(request, embed, filters):
    """[(label, builder address, is current)] of the embed's ready-made selections.

    Each link is the builder itself with the preset's filters in place of the chosen ones,
    keeping the language version and the options: a plain GET, so it works without JavaScript.
    """
    presets = embed.presets()
    if not presets:
        return []
    kept = [
        (name, value)
        for name in (TRANSLATION, *OPTION_NAMES)
        for value in request.GET.getlist(name)
        if value
    ]
    chosen = sorted(filters)
    links = []
    for label, query in presets:
        pairs = [(name, str(value)) for name, value in query.items()]
        links.append((label, f"{request.path}?{urlencode(kept + pairs)}", sorted(pairs) == chosen))
    return links


# ------------------------------------------------------------------------------ the snippets


def script_url(request, page):
    """The host script, at its plain address: a snippet on a county's website lives for
    years, so it must not name a file with a content hash that the next deployment removes."""
    return urljoin(full_url(request, page, "/"), settings.STATIC_URL + "embedding/js/embed.js")


def embed_snippets(request, page, filters, options):
    """Everything the builder shows for this selection, as plain strings."""
    query = urlencode([*filters, *options.as_query().items()])
    embed_url = full_url(request, page, embed_path(page, query, request=request))
    # The preview frames the same embed from the admin's own origin (see embedding.views).
    preview_url = embed_path(page, query, request=request, view="embed_preview")
    site_title = home_title(page)  # the network's name in the page's language
    title = f"{page.title} – {site_title}" if site_title else page.title
    open_url = full_url(request, page)
    if filters:
        open_url += "?" + urlencode(filters)
    # What a Wagtail or WordPress site pastes: the page's own address; the oEmbed endpoint
    # carries its filters and embed options over into the frame.
    paste_url = full_url(request, page) + (f"?{query}" if query else "")
    iframe = format_html(
        '<iframe src="{}" title="{}" loading="lazy" width="100%" height="600" '
        'style="border:0"></iframe>',
        embed_url,
        title,
    )
    script = format_html(
        '<div class="netzwerk-embed" data-src="{}" data-title="{}">'
        '<noscript><a href="{}">{}</a></noscript></div>\n'
        '<script src="{}" async></script>',
        embed_url,
        title,
        open_url,
        title,
        script_url(request, page),
    )
    feeds = page_embed(page).feed_urls(request, QueryDict(urlencode(filters)))
    return {
        "title": title,
        "embed_url": embed_url,
        "preview_url": preview_url,
        "iframe": str(iframe),
        "script": str(script),
        "oembed_url": paste_url,
        "feeds": feeds,
    }


# ------------------------------------------------------------------------------ the view


def live_translations(page):
    """The page's live, embeddable language versions, in the site's language order."""
    order = list(LANGUAGE_NAMES)
    versions = [
        version.specific
        for version in page.get_translations(inclusive=True).live().select_related("locale")
    ]
    versions = [v for v in versions if embeddable(v) and page_address(v) is not None]
    return sorted(versions, key=lambda version: order.index(version.locale.language_code))


def translation_label(version):
    code = version.locale.language_code
    label = f"{LANGUAGE_NAMES.get(code, code)} ({code})"
    if version.alias_of_id:
        label += " – " + gettext("noch nicht übersetzt")
    return label


class EmbedBuilderView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "embedding/admin/builder.html"
    page_title = _("Einbetten")
    header_icon = "code"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific

    def dispatch(self, request, *args, **kwargs):
        if not can_embed(request.user, self.page):
            response = self.refuse(REFUSAL, status=403)
        elif reason := unembeddable_reason(self.page):
            response = self.refuse(reason, status=404)
        else:
            response = super().dispatch(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    def refuse(self, reason, status):
        context = WagtailAdminTemplateMixin.get_context_data(
            self, reason=reason, edit_url=self.edit_url(), builder_page=self.page
        )
        return TemplateResponse(
            self.request, "embedding/admin/unavailable.html", context, status=status
        )

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": self.edit_url(), "label": self.page.get_admin_display_title()},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        request = self.request
        versions = {
            version.locale.language_code: version for version in live_translations(self.page)
        }
        form = EmbedBuilderForm(
            request.GET or None,
            translations=[(code, translation_label(v)) for code, v in versions.items()],
            default_language=self.page.locale.language_code,
        )
        chosen = form.values().get(TRANSLATION)
        target = versions.get(chosen) or self.page
        embed = page_embed(target)
        filter_form = embed.filter_form(request.GET or None)
        filters = selected_filters(filter_form)
        options = form.embed_options()
        return super().get_context_data(
            builder_page=self.page,
            target=target,
            form=form,
            builder_fields=[form[TRANSLATION]],
            option_fields=[form["limit"], form["accent"], form["layout"]],
            filter_form=filter_form,
            presets=preset_links(request, embed, filters),
            warnings=form.warnings(),
            snippets=embed_snippets(request, target, filters, options),
            origins=EmbedSettings.for_site(target.get_site()).origins(),
            can_edit_settings=request.user.has_perm("embedding.change_embedsettings"),
            settings_url=reverse("wagtailsettings:edit", args=["embedding", "embedsettings"]),
            edit_url=self.edit_url(),
            **kwargs,
        )


embed_builder = EmbedBuilderView.as_view()


# ------------------------------------------------------------------------------ buttons


class EmbedButton(PageMenuItem):
    label = _("Einbetten")
    icon_name = "code"
    url_name = "embedding_builder"
    priority = 85

    def is_shown(self, user):
        return can_embed(user, self.page)


def embed_buttons(page, user, priority=None):
    if page is None or not offers_embed(page):
        return []
    return [EmbedButton(page=page, priority=priority)]
