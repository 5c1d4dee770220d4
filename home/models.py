"""The site's base pages and the settings every page shares."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.admin_forms import OneLanguagePageForm
from core.translated_slugs import TranslatedSlugMixin

from .blocks import BaseStreamBlock
from .languages import EASY_LANGUAGE_LABEL
from .look import DEFAULT_ACCENT, DEFAULT_PRIMARY, contrast_problem
from .look import stylesheet as look_stylesheet
from .look import version as look_version


class HomePage(TranslatedSlugMixin, Page):
    """The start page of one language tree; its title is the network's name in that language."""

    base_form_class = OneLanguagePageForm

    hero_heading = models.CharField(
        _("Überschrift im Kopfbereich"),
        max_length=255,
        blank=True,
        help_text=_(
            "Die große Überschrift oben auf der Startseite; leer bleibt der Seitentitel stehen, "
            "z. B. „Willkommen im Burgenlandkreis“."
        ),
    )
    hero_intro = models.TextField(
        _("Einleitung im Kopfbereich"),
        blank=True,
        help_text=_(
            "Ein bis zwei Sätze unter der großen Überschrift, z. B. „Beratung, Sprachkurse und "
            "Treffpunkte für alle, die neu im Landkreis sind.“"
        ),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Bild im Kopfbereich"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Wird neben der großen Überschrift gezeigt. Die Bildbeschreibung des Bildes ist der "
            "Text für Menschen, die es nicht sehen, z. B. „Menschen beim Nachbarschaftsfest“."
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("Inhalt"),
        blank=True,
        help_text=_(
            "Erscheint unter den nächsten Veranstaltungen und neuesten Nachrichten, "
            "z. B. Fragen und Antworten für den ersten Besuch."
        ),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_intro"), FieldPanel("hero_image")],
            heading=_("Kopfbereich"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # No subpage_types: each app's index names home's pages as its parents, so home
    # needs to know none of them.

    class Meta:
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")


class ContentPage(TranslatedSlugMixin, Page):
    """A general page: about us, counselling, and the legal pages the footer links to."""

    base_form_class = OneLanguagePageForm

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_(
            "Ein bis zwei hervorgehobene Sätze unter dem Titel, die sagen, worum es geht, "
            "z. B. „Hier finden Sie kostenlose Beratung in Ihrer Sprache.“"
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("Inhalt"),
        blank=True,
        help_text=_(
            "Der Text der Seite mit Zwischenüberschriften, Bildern und Links, z. B. die "
            "Sprechzeiten einer Beratungsstelle."
        ),
    )

    easy_language = models.BooleanField(
        _("In Leichter Sprache"),
        default=False,
        help_text=_(
            "Für Texte in Leichter Sprache (kurze Sätze, ein Gedanke pro Zeile), z. B. die "
            "Seite „Leichte Sprache“. Die Suche findet solche Seiten unter „Leichte Sprache“ "
            "und kann nach ihnen filtern."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("easy_language"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("easy_language_label"),
        index.FilterField("easy_language"),
    ]

    parent_page_types = ["home.HomePage", "home.ContentPage"]

    @property
    def easy_language_label(self):
        """Indexed, so that a search for "Leichte Sprache" finds the marked pages.

        The German term on purpose: it is the name people search for in every language.
        """
        return EASY_LANGUAGE_LABEL if self.easy_language else ""

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")


@register_setting(icon="list-ul")
class FooterSettings(BaseSiteSetting):
    """The legal pages German law requires on every page; shown in the visitor's language."""

    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Seite „Impressum“"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Wer die Website verantwortet; jede Seite verlinkt sie in der Fußzeile (übersetzt, "
            "wo es eine Übersetzung gibt), z. B. die Inhaltsseite „Impressum“."
        ),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Seite „Datenschutzerklärung“"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Was mit den Daten der Besucherinnen und Besucher geschieht; jede Seite verlinkt sie "
            "in der Fußzeile (übersetzt, wo es eine Übersetzung gibt), z. B. die Inhaltsseite "
            "„Datenschutz“."
        ),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Seite „Erklärung zur Barrierefreiheit“"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Wie zugänglich die Website ist und wo man Barrieren meldet; jede Seite verlinkt sie "
            "in der Fußzeile (übersetzt, wo es eine Übersetzung gibt), z. B. die Inhaltsseite "
            "„Barrierefreiheit“."
        ),
    )
    contact_email = models.EmailField(
        _("Kontakt-E-Mail"),
        blank=True,
        help_text=_(
            "Steht in der Fußzeile jeder Seite, damit Besucherinnen und Besucher das Netzwerk "
            "erreichen, z. B. integration@beispiel.de."
        ),
    )

    panels = [
        FieldPanel("imprint_page"),
        FieldPanel("privacy_page"),
        FieldPanel("accessibility_page"),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("Fußzeile")
        verbose_name_plural = _("Fußzeile")

    def legal_pages(self):
        """The chosen pages in the active language (two queries), in the footer's order."""
        chosen_ids = [self.imprint_page_id, self.privacy_page_id, self.accessibility_page_id]
        chosen_ids = [page_id for page_id in chosen_ids if page_id]
        if not chosen_ids:
            return []
        keys = dict(Page.objects.filter(id__in=chosen_ids).values_list("id", "translation_key"))
        in_language = {
            page.translation_key: page
            for page in Page.objects.live()
            .filter(translation_key__in=keys.values(), locale__language_code=get_language())
            .select_related("locale")
        }
        fallback = Page.objects.live().in_bulk(chosen_ids)
        pages = []
        for page_id in chosen_ids:
            page = in_language.get(keys.get(page_id)) or fallback.get(page_id)
            if page is not None:
                pages.append(page)
        return pages


@register_setting(icon="group")
class MembersAreaSettings(BaseSiteSetting):
    """Which page is the members' area: the main menu offers it to logged-in members (as
    "Mitgliederbereich", in their language), and it links their library, board and share form.

    A setting pointing at the page, rather than guessing it from the tree (the restricted page
    below the home page, say): the board and the members' library are restricted too, a site
    may move or rename the area, and an editor sees in one place which page it is. The page
    should be restricted to members (Wagtail's privacy setting); the menu shows it only to
    those who may read it, never to anonymous visitors.
    """

    members_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Seite „Mitgliederbereich“"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Die Startseite für Mitglieder, nur für sie sichtbar; das Hauptmenü zeigt sie "
            "angemeldeten Mitgliedern als „Mitgliederbereich“ (übersetzt, wo es eine "
            "Übersetzung gibt), z. B. die Inhaltsseite „Mitgliederbereich“."
        ),
    )

    panels = [FieldPanel("members_page")]

    class Meta:
        verbose_name = _("Mitgliederbereich")
        verbose_name_plural = _("Mitgliederbereich")


@register_setting(icon="view")
class AccessibilitySettings(BaseSiteSetting):
    """What BITV 2.0 asks for beside the statement: the easy-to-read page, a sign-language
    video, the date of the statement and the arbitration body (Schlichtungsstelle).

    The statement page (FooterSettings.accessibility_page) shows the date and the arbitration
    body from here; the easy-to-read page is linked in the header and the footer; the video
    is shown on both pages behind the two-click consent (blocks/video_block.html).
    """

    easy_language_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Seite „Leichte Sprache“"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Erklärt die Website in Leichter Sprache; Kopf- und Fußzeile jeder Seite verlinken "
            "sie, z. B. die Inhaltsseite „Leichte Sprache“."
        ),
    )
    sign_language_video_url = models.URLField(
        _("Video in Deutscher Gebärdensprache (DGS)"),
        blank=True,
        help_text=_(
            "Eine YouTube- oder Vimeo-Adresse, z. B. "
            "https://www.youtube.com/watch?v=aqz-KE-bpKQ. Das Video erscheint auf der Seite "
            "„Leichte Sprache“ und auf der Erklärung zur Barrierefreiheit und wird erst nach "
            "einem Klick geladen."
        ),
    )
    statement_date = models.DateField(
        _("Stand der Erklärung"),
        null=True,
        blank=True,
        help_text=_(
            "Wann die Erklärung zur Barrierefreiheit zuletzt geprüft wurde, z. B. 01.12.2026; "
            "steht auf der Erklärung. Prüfen Sie sie mindestens einmal im Jahr."
        ),
    )
    arbitration_name = models.CharField(
        _("Schlichtungsstelle"),
        max_length=255,
        blank=True,
        help_text=_(
            "Wohin sich Menschen wenden, wenn die Antwort auf eine gemeldete Barriere nicht "
            "genügt, z. B. „Schlichtungsstelle nach dem Behindertengleichstellungsgesetz“."
        ),
    )
    arbitration_address = models.TextField(
        _("Anschrift der Schlichtungsstelle"),
        blank=True,
        help_text=_("Z. B. „Mauerstraße 53, 10117 Berlin“."),
    )
    arbitration_url = models.URLField(
        _("Website der Schlichtungsstelle"),
        blank=True,
        help_text=_("Z. B. https://www.schlichtungsstelle-bgg.de"),
    )
    arbitration_email = models.EmailField(
        _("E-Mail der Schlichtungsstelle"),
        blank=True,
        help_text=_("Z. B. info@schlichtungsstelle-bgg.de"),
    )

    panels = [
        FieldPanel("easy_language_page"),
        FieldPanel("sign_language_video_url"),
        FieldPanel("statement_date"),
        MultiFieldPanel(
            [
                FieldPanel("arbitration_name"),
                FieldPanel("arbitration_address"),
                FieldPanel("arbitration_url"),
                FieldPanel("arbitration_email"),
            ],
            heading=_("Schlichtungsstelle"),
        ),
    ]

    class Meta:
        verbose_name = _("Barrierefreiheit")
        verbose_name_plural = _("Barrierefreiheit")

    def clean(self):
        from django.core.exceptions import ValidationError

        from .blocks import parse_video_url

        super().clean()
        if self.sign_language_video_url and not parse_video_url(self.sign_language_video_url):
            raise ValidationError(
                {
                    "sign_language_video_url": _(
                        "Geben Sie die Adresse eines YouTube- oder Vimeo-Videos ein, wie sie "
                        "im Browser steht, z. B. https://www.youtube.com/watch?v=aqz-KE-bpKQ."
                    )
                }
            )


def validate_readable_colour(value):
    """A hex colour readable on white, and white on it (home.look)."""
    problem = contrast_problem(value)
    if problem:
        raise ValidationError(problem, code="contrast")


@register_setting(icon="image")
class SiteLook(BaseSiteSetting):
    """The network's logo and colours: how the site looks, without touching its stylesheet."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Steht im Kopf jeder Seite vor dem Namen des Netzwerks, etwa 48 Pixel hoch, z. B. "
            "ein PNG mit durchsichtigem Hintergrund, das auf dunkler Farbe gut aussieht. "
            "Der Name daneben ersetzt einen Alternativtext."
        ),
    )
    primary_colour = models.CharField(
        _("Hauptfarbe"),
        max_length=7,
        default=DEFAULT_PRIMARY,
        validators=[validate_readable_colour],
        help_text=_(
            "Für Links, Überschriften der Karten, den Kopf der Seite und Schaltflächen (weiße "
            "Schrift darauf). Braucht einen Kontrast von mindestens 4,5 : 1 zu Weiß, z. B. "
            "#0b5394."
        ),
    )
    accent_colour = models.CharField(
        _("Akzentfarbe"),
        max_length=7,
        default=DEFAULT_ACCENT,
        validators=[validate_readable_colour],
        help_text=_(
            "Für Hervorhebungen: Linien, Kategorien, Hinweise. Braucht ebenfalls mindestens "
            "4,5 : 1 zu Weiß, z. B. #b8470b."
        ),
    )

    panels = [
        FieldPanel("logo"),
        FieldRowPanel(
            [
                FieldPanel("primary_colour", widget=forms.TextInput(attrs={"type": "color"})),
                FieldPanel("accent_colour", widget=forms.TextInput(attrs={"type": "color"})),
            ],
            heading=_("Farben"),
        ),
    ]

    select_related = ["logo"]

    class Meta:
        verbose_name = _("Erscheinungsbild")
        verbose_name_plural = _("Erscheinungsbild")

    @property
    def colours_version(self):
        return look_version(self.primary_colour, self.accent_colour)

    @property
    def colours_stylesheet(self):
        return look_stylesheet(self.primary_colour, self.accent_colour)
