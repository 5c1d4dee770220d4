"""News (blog): index and posts, authors and categories, and the email subscriptions.

Posts replace the coordinators' email circulars, so subscribers and their deliveries live
here too: each delivery is recorded, which keeps a retry or a second publish from sending twice.
"""

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.admin_forms import OneLanguagePageForm
from core.categories import TranslatableCategory
from core.routes import DeclaredRoutesMixin
from core.translatable_fields import PAGE_FIELDS
from core.translated_slugs import TranslatedSlugMixin
from home.blocks import BaseStreamBlock
from home.fields import image_alt_field
from home.languages import SPOKEN_LANGUAGE_NAMES

# ------------------------------------------------------------------------------ snippets


class BlogCategory(TranslatableCategory):
    class Meta(TranslatableCategory.Meta):
        verbose_name = _("Nachrichtenkategorie")
        verbose_name_plural = _("Nachrichtenkategorien")


class Author(TranslatableMixin, models.Model):
    """Who wrote a post; the name and photo stay, role and organisation are translated."""

    name = models.CharField(
        _("Name"),
        max_length=200,
        help_text=_(
            "Steht über jeder Nachricht dieser Person und bleibt in allen Sprachen gleich, "
            "z. B. „Kim Muster“."
        ),
    )
    role = models.CharField(
        _("Funktion"),
        max_length=200,
        blank=True,
        help_text=_(
            "Steht neben dem Namen, damit Leserinnen und Leser wissen, wer schreibt, "
            "z. B. „Integrationskoordinatorin“."
        ),
    )
    organisation = models.CharField(
        _("Organisation"),
        max_length=200,
        blank=True,
        help_text=_("Wo die Person arbeitet, z. B. „Landratsamt Burgenlandkreis“."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Ein kleines Porträt neben dem Namen, z. B. ein Foto von Kim Muster. Eine "
            "Bildbeschreibung braucht es hier nicht: Der Name steht gleich daneben."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
    ]
    override_translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("photo"),
        TranslatableField("role"),
        TranslatableField("organisation"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("Autorin oder Autor")
        verbose_name_plural = _("Autorinnen und Autoren")

    def __str__(self):
        return self.name


# ---------------------------------------------------------------------------------- pages


class BlogIndexPage(TranslatedSlugMixin, DeclaredRoutesMixin, Page):
    """Lists the posts below it, newest first, with filters, monthly archive and feeds."""

    base_form_class = OneLanguagePageForm

    # Members may add events/posts here as drafts for moderation (core.roles).
    members_may_propose = True

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_(
            "Ein bis zwei Sätze über der Liste der Nachrichten, z. B. „Neuigkeiten aus dem "
            "Integrationsnetzwerk: Kurse, Beratung und Termine im Landkreis.“"
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("Inhalt"),
        blank=True,
        help_text=_(
            "Erscheint unter der Einleitung, nur auf der ersten Seite der ungefilterten Liste, "
            "z. B. ein Kontakt für Fragen zu den Nachrichten."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["blogpages.BlogPage"]

    class Meta:
        verbose_name = _("Nachrichtenübersicht")
        verbose_name_plural = _("Nachrichtenübersichten")

    # The list, archive/<year>/<month>/, rss/ and atom/ (core.routes), and the embed on other
    # websites (embedding.hook): named here, imported where they are used.
    subpage_routes = "blogpages.routes.INDEX_ROUTES"
    translated_filters = {"category": BlogCategory}  # see home.places
    embed_module = "blogpages.embeds.index"


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "blogpages.BlogPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class BlogPage(TranslatedSlugMixin, Page):
    date = models.DateField(
        _("Datum"),
        default=timezone.localdate,
        help_text=_(
            "Steht über der Nachricht; die Übersicht und das Monatsarchiv sind danach geordnet, "
            "z. B. 16.12.2026."
        ),
    )
    teaser = models.TextField(
        _("Kurzfassung"),
        max_length=500,
        blank=True,
        help_text=_(
            "Zwei bis drei Sätze unter dem Titel, in der Übersicht, im Feed und in der E-Mail an "
            "die Abonnentinnen und Abonnenten, z. B. „Ab März trifft sich das Sprachcafé jeden "
            "Dienstag in Zeitz.“"
        ),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Bild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Erscheint über der Nachricht und in der Übersicht. Die Bildbeschreibung des Bildes "
            "ist der Text für Menschen, die es nicht sehen, z. B. „Gäste am Tisch im Sprachcafé“."
        ),
    )
    image_alt = image_alt_field()
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("Inhalt"),
        blank=True,
        help_text=_(
            "Der Text der Nachricht mit Zwischenüberschriften, Bildern und Links, z. B. wer "
            "eingeladen ist und wie man sich anmeldet."
        ),
    )
    authors = ParentalManyToManyField(
        Author,
        verbose_name=_("Autorinnen und Autoren"),
        blank=True,
        related_name="+",
        help_text=_(
            "Stehen mit Funktion und Foto über der Nachricht. Neue Namen legen Sie unter "
            "„Nachrichtendaten“ an, z. B. „Kim Muster“."
        ),
    )
    categories = ParentalManyToManyField(
        BlogCategory,
        verbose_name=_("Kategorien"),
        blank=True,
        related_name="+",
        help_text=_(
            "Besucherinnen und Besucher filtern die Nachrichten danach und können einzelne "
            "Kategorien per E-Mail abonnieren, z. B. „Sprache und Bildung“."
        ),
    )
    tags = ClusterTaggableManager(
        through=BlogPageTag,
        blank=True,
        verbose_name=_("Schlagwörter"),
        help_text=_(
            "Freie Stichwörter unter der Nachricht; ein Klick zeigt alle Nachrichten mit "
            "demselben Schlagwort. Mehrere mit Komma trennen, z. B. „Ehrenamt, Zeitz“."
        ),
    )

    # Categories, authors, venues and organisers offered in the page's own language only.
    base_form_class = OneLanguagePageForm

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("teaser"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("authors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Einordnung"),
        ),
        InlinePanel("related_events", label=_("Passende Veranstaltungen")),
        InlinePanel("attached_documents", label=_("Angehängte Dokumente")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    override_translatable_fields = PAGE_FIELDS + [SynchronizedField("date")]

    parent_page_types = ["blogpages.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Nachricht")
        verbose_name_plural = _("Nachrichten")
        indexes = [models.Index(fields=["date"], name="blogpage_date")]

    def picture_topic(self):
        """The slug of the category a card without a picture takes its tone and icon from
        (the same in every language); listings prefetch the categories."""
        categories = sorted(self.categories.all(), key=lambda category: category.slug)
        return categories[0].slug if categories else ""

    embed_module = "blogpages.embeds.post"  # the embed on other websites (embedding.hook)

    @property
    def original_language_name(self):
        if not self.alias_of_id:
            return ""
        code = self.alias_of.locale.language_code
        return SPOKEN_LANGUAGE_NAMES.get(code, code)


# The page type a post's events are, named once as data: the link is to wagtailcore.Page and
# the chooser is typed by name, so blogpages imports nothing of eventpages (README "Code map").
EVENT_PAGE_TYPE = "eventpages.EventPage"


class BlogPageRelatedEvent(Orderable):
    """An event the post is about; pointed at through the page chooser, not eventpages' code."""

    page = ParentalKey(BlogPage, on_delete=models.CASCADE, related_name="related_events")
    event = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Veranstaltung"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Wird unter der Nachricht bei „Passende Veranstaltungen“ verlinkt, "
            "z. B. „Sprachcafé im Advent“."
        ),
    )

    panels = [PageChooserPanel("event", page_type=EVENT_PAGE_TYPE)]

    class Meta(Orderable.Meta):
        verbose_name = _("Passende Veranstaltung")
        verbose_name_plural = _("Passende Veranstaltungen")


class BlogPageDocument(Orderable):
    page = ParentalKey(BlogPage, on_delete=models.CASCADE, related_name="attached_documents")
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("Dokument"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Steht unter der Nachricht zum Herunterladen, z. B. der Flyer zur Veranstaltung."
        ),
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("Angehängtes Dokument")
        verbose_name_plural = _("Angehängte Dokumente")


# -------------------------------------------------------------------------- subscriptions


class Subscriber(models.Model):
    """An email address that asked for news; deleted, not flagged, when it unsubscribes."""

    IMMEDIATELY = "immediately"
    WEEKLY = "weekly"
    FREQUENCIES = [
        (IMMEDIATELY, _("Sofort bei jeder neuen Nachricht")),
        (WEEKLY, _("Einmal pro Woche als Zusammenfassung")),
    ]

    email = models.EmailField(_("E-Mail-Adresse"), unique=True)
    language = models.CharField(_("Sprache"), max_length=12, choices=settings.LANGUAGES)
    # Categories are stored in any language; they match posts by translation_key.
    categories = models.ManyToManyField(
        BlogCategory,
        verbose_name=_("Kategorien"),
        blank=True,
        related_name="subscribers",
        help_text=_("Keine Auswahl: alle Kategorien."),
    )
    frequency = models.CharField(
        _("Häufigkeit"), max_length=20, choices=FREQUENCIES, default=IMMEDIATELY
    )
    created_at = models.DateTimeField(_("Angemeldet am"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("Bestätigt am"), null=True, blank=True)
    last_digest_at = models.DateTimeField(_("Letzte Zusammenfassung"), null=True, blank=True)

    class Meta:
        verbose_name = _("Abonnent")
        verbose_name_plural = _("Abonnenten")
        indexes = [models.Index(fields=["confirmed_at", "frequency"], name="subscriber_active")]

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class PostDispatch(models.Model):
    """Marks a post (all its language versions) as sent out: only its first publish sends."""

    translation_key = models.UUIDField(unique=True)
    post = models.ForeignKey(BlogPage, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Versand einer Nachricht")
        verbose_name_plural = _("Versand von Nachrichten")

    def __str__(self):
        return str(self.translation_key)


class Delivery(models.Model):
    """One email to one subscriber: a post sent at once, or a weekly digest."""

    POST = "post"
    DIGEST = "digest"
    KINDS = [(POST, _("Einzelne Nachricht")), (DIGEST, _("Wochenzusammenfassung"))]
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    STATUSES = [(PENDING, _("Ausstehend")), (SENT, _("Gesendet")), (FAILED, _("Fehlgeschlagen"))]

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    kind = models.CharField(max_length=10, choices=KINDS, default=POST)
    # For a post: the post's translation_key; for a digest: a key naming its week.
    key = models.CharField(max_length=64)
    post = models.ForeignKey(BlogPage, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=10, choices=STATUSES, default=PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("Zustellung")
        verbose_name_plural = _("Zustellungen")
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "kind", "key"], name="one_delivery_per_subscriber"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.key} → {self.subscriber_id}"
