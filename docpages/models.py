"""Documents of the network: the document model, its earlier versions, categories and libraries."""

import os

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.documents.models import AbstractDocument, Document
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core import dates
from core.admin_forms import OneLanguagePageForm
from core.categories import TranslatableCategory
from core.routes import DeclaredRoutesMixin
from core.translated_slugs import TranslatedSlugMixin
from home.blocks import BaseStreamBlock
from home.languages import (
    EASY_LANGUAGE_CODE,
    EASY_LANGUAGE_LABEL,
    SPOKEN_LANGUAGE_NAMES,
    SPOKEN_LANGUAGES,
)

from .text import extract_text
from .validators import remove_bidi_controls

# What the listing's file type filter offers; the validator decides what may be uploaded.
# Names with a German word are translated ("OpenDocument Tabelle"); product names stay as they are.
# The directory's organisation pages, pointed at through wagtailcore.Page and named here as data
# (tests/core/test_links_between_apps.py): no docpages migration depends on the directory's.
ORGANISATION_PAGE_TYPE = "directory.OrganisationPage"

FILE_TYPES = [
    ("pdf", "PDF"),
    ("docx", "Word (DOCX)"),
    ("odt", _("OpenDocument Text (ODT)")),
    ("xlsx", "Excel (XLSX)"),
    ("ods", _("OpenDocument Tabelle (ODS)")),
    ("pptx", "PowerPoint (PPTX)"),
    ("odp", _("OpenDocument Präsentation (ODP)")),
    ("txt", _("Text (TXT)")),
    ("jpg", _("Bild (JPG)")),
    ("png", _("Bild (PNG)")),
]
FILE_TYPE_NAMES = dict(FILE_TYPES)


class DocumentCategory(TranslatableCategory):
    class Meta(TranslatableCategory.Meta):
        verbose_name = _("Dokumentkategorie")
        verbose_name_plural = _("Dokumentkategorien")


class NetworkDocument(AbstractDocument):
    """A Wagtail document with what a library needs: language, category, publisher and Stand."""

    description = models.TextField(
        _("Beschreibung"),
        blank=True,
        max_length=1000,
        help_text=_(
            "Steht in der Bibliothek unter dem Titel und wird mit durchsucht: worum es geht und "
            "für wen, z. B. „Wie Sie Ihr Kind in der Kita anmelden, mit allen Fristen.“"
        ),
    )
    category = models.ForeignKey(
        DocumentCategory,
        verbose_name=_("Kategorie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Besucherinnen und Besucher filtern die Bibliothek danach, z. B. „Formulare“."),
    )
    language = models.CharField(
        _("Sprache des Dokuments"),
        max_length=12,
        choices=SPOKEN_LANGUAGES,
        default="de",
        help_text=_(
            "Die Sprache, in der das Dokument geschrieben ist; die Bibliothek lässt danach "
            "filtern, z. B. „Arabisch“ oder „Leichte Sprache“."
        ),
    )
    original = models.ForeignKey(
        "self",
        verbose_name=_("Original dieser Übersetzung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="language_versions",
        help_text=_(
            "Nur für Übersetzungen: Wählen Sie das Dokument, aus dem übersetzt wurde, z. B. das "
            "deutsche „Merkblatt Kita-Anmeldung“. Die Bibliothek verlinkt dann alle "
            "Sprachfassungen untereinander."
        ),
    )
    publisher = models.CharField(
        _("Herausgeber"),
        max_length=200,
        blank=True,
        help_text=_(
            "Die Organisation, von der das Dokument stammt; sie steht in der Bibliothek beim "
            "Dokument, z. B. „Jobcenter Burgenlandkreis“."
        ),
    )
    as_of = models.DateField(
        _("Stand"),
        null=True,
        blank=True,
        help_text=_(
            "Wann der Inhalt zuletzt geprüft wurde; die Bibliothek zeigt das Datum und sortiert "
            "danach (leer: das Datum des Hochladens), z. B. 01.03.2026."
        ),
    )
    # The organisation of the directory the document belongs to (issue 22): its page lists
    # the document if the document is public (docpages.organisations).
    organisation = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Organisation im Wegweiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Die Seite dieser Organisation im Wegweiser zeigt das Dokument, wenn es öffentlich "
            "ist (nie Dokumente nur für Mitglieder), z. B. „Migrationsberatung Zeitz“."
        ),
    )
    file_type = models.CharField(_("Dateityp"), max_length=10, blank=True, editable=False)
    text = models.TextField(_("Text des Dokuments"), blank=True, editable=False)
    file_updated_at = models.DateTimeField(_("Datei ersetzt am"), null=True, editable=False)

    admin_form_fields = Document.admin_form_fields + (
        "description",
        "category",
        "language",
        "original",
        "publisher",
        "organisation",
        "as_of",
    )
    search_fields = AbstractDocument.search_fields + [
        index.SearchField("description", boost=3),
        index.SearchField("publisher"),
        index.SearchField("text"),
        index.SearchField("easy_language_label"),
        index.FilterField("category"),
        index.FilterField("language"),
        index.FilterField("file_type"),
        index.FilterField("as_of"),
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("Dokument")
        verbose_name_plural = _("Dokumente")
        # A library lists the documents of its collections: filter choices, and pages by
        # date or title, come from these indexes without reading the rows.
        indexes = [
            models.Index(
                fields=["collection", "language", "file_type", "category"], name="doc_facets"
            ),
            models.Index(fields=["collection", "as_of", "created_at"], name="doc_by_date"),
            models.Index(fields=["collection", "title"], name="doc_by_title"),
        ]

    def save(self, *args, **kwargs):
        # The forms clean titles already (docpages.validators.clean_title); this covers code.
        self.title = remove_bidi_controls(self.title)
        self.file_type = self.file_extension.lower().replace("jpeg", "jpg")[:10]
        if self._file_changed():
            self.text = extract_text(self.file, self.file_type)
        super().save(*args, **kwargs)

    def _file_changed(self):
        if not self.file:
            return False
        if self.pk is None:
            return True
        stored = type(self).objects.filter(pk=self.pk).values_list("file", flat=True).first()
        return stored != self.file.name

    @property
    def language_name(self):
        return SPOKEN_LANGUAGE_NAMES.get(self.language, self.language)

    @property
    def easy_language_label(self):
        """Indexed: a search for "Leichte Sprache" finds the documents written in it."""
        return EASY_LANGUAGE_LABEL if self.language == EASY_LANGUAGE_CODE else ""

    @property
    def language_tag(self):
        """For the `lang` attribute: a BCP 47 tag (Leichte Sprache is German; signs have none)."""
        return {EASY_LANGUAGE_CODE: "de", "gsg": ""}.get(self.language, self.language)

    @property
    def file_type_name(self):
        return FILE_TYPE_NAMES.get(self.file_type, self.file_type.upper())

    @property
    def language_group_id(self):
        """Every language version of a document shares the id of the original."""
        return self.original_id or self.pk

    @transaction.atomic
    def keep_current_file_as_version(self, user=None, note=""):
        """Copy the current file into a version before it is replaced (Wagtail deletes it)."""
        if not self.file:
            return None
        with self.open_file() as current:
            content = current.read()
        version = DocumentVersion(
            document=self,
            file_size=len(content),
            file_hash=self.file_hash,
            original_created_at=self.file_updated_at or self.created_at,
            created_by=user,
            note=note[:500],
        )
        version.file.save(os.path.basename(self.file.name), ContentFile(content), save=False)
        version.save()
        return version

    @transaction.atomic
    def restore_version(self, version, user=None):
        """Make an earlier file current again; the file it replaces becomes a version too."""
        self.keep_current_file_as_version(
            user=user,
            note=str(_("Ersetzt durch Wiederherstellung der Fassung vom %(date)s"))
            % {"date": dates.moment(version.original_created_at)},
        )
        with version.file.open("rb") as stored:
            content = stored.read()
        old_name = self.file.name
        self.file.save(os.path.basename(version.file.name), ContentFile(content), save=False)
        self._set_document_file_metadata()
        self.file_updated_at = timezone.now()
        self.save()
        if old_name and old_name != self.file.name:
            self.file.storage.delete(old_name)


class DocumentVersion(models.Model):
    """An earlier file of a document, kept when an editor replaces it."""

    document = models.ForeignKey(NetworkDocument, on_delete=models.CASCADE, related_name="versions")
    file = models.FileField(_("Datei"), upload_to="documents/versions")
    file_size = models.PositiveBigIntegerField(_("Dateigröße"), null=True)
    file_hash = models.CharField(max_length=40, blank=True)
    original_created_at = models.DateTimeField(_("Hochgeladen am"), null=True)
    created_at = models.DateTimeField(_("Ersetzt am"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Ersetzt von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.CharField(_("Notiz"), max_length=500, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Frühere Fassung")
        verbose_name_plural = _("Frühere Fassungen")

    def __str__(self):
        return f"{self.document} ({timezone.localtime(self.created_at):%d.%m.%Y %H:%M})"

    @property
    def filename(self):
        return os.path.basename(self.file.name)


class DocumentLibraryPage(TranslatedSlugMixin, DeclaredRoutesMixin, Page):
    """Shows the documents of chosen collections (new ones appear by themselves) and picks."""

    base_form_class = OneLanguagePageForm

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_(
            "Ein bis zwei Sätze über der Liste der Dokumente, z. B. „Formulare und Merkblätter "
            "in vielen Sprachen, zum Herunterladen und Ausdrucken.“"
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("Inhalt"),
        blank=True,
        help_text=_(
            "Erscheint unter der Einleitung, nur auf der ersten Seite der ungefilterten Liste, "
            "z. B. ein Hinweis, wo es Hilfe beim Ausfüllen gibt."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel(
            "library_collections",
            label=_("Sammlungen"),
            help_text=_(
                "Alle Dokumente dieser Sammlungen (und ihrer Untersammlungen) erscheinen hier, "
                "neue von selbst. Für Dokumente nur für Mitglieder eine private Sammlung wählen. "
                "Geteilte Dokumente kommen nach der Freigabe in die erste Sammlung."
            ),
        ),
        InlinePanel(
            "featured_documents",
            label=_("Einzelne Dokumente"),
            help_text=_(
                "Dokumente aus anderen Sammlungen, die hier zusätzlich erscheinen sollen, "
                "z. B. ein Merkblatt aus der Sammlung einer anderen Bibliothek."
            ),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Dokumentenbibliothek")
        verbose_name_plural = _("Dokumentenbibliotheken")

    # Its list with filters (core.routes) and its embed on other websites (embedding.hook):
    # named here, imported where they are used.
    subpage_routes = "docpages.routes.LIBRARY_ROUTES"
    translated_filters = {"category": DocumentCategory}  # see home.places
    embed_module = "docpages.embeds"

    def upload_collection(self):
        """Where an approved shared document goes: the library's first collection."""
        first = self.library_collections.select_related("collection").first()
        return first.collection if first else None


class LibraryCollection(Orderable):
    page = ParentalKey(
        DocumentLibraryPage, on_delete=models.CASCADE, related_name="library_collections"
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("Sammlung"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Ihre Dokumente erscheinen in dieser Bibliothek, z. B. die Sammlung „Formulare“."
        ),
    )

    panels = [FieldPanel("collection")]

    class Meta(Orderable.Meta):
        verbose_name = _("Sammlung")
        verbose_name_plural = _("Sammlungen")


class LibraryDocument(Orderable):
    page = ParentalKey(
        DocumentLibraryPage, on_delete=models.CASCADE, related_name="featured_documents"
    )
    document = models.ForeignKey(
        NetworkDocument,
        verbose_name=_("Dokument"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Erscheint in dieser Bibliothek, auch wenn es in einer anderen Sammlung liegt, "
            "z. B. „Merkblatt Kita-Anmeldung“."
        ),
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("Einzelnes Dokument")
        verbose_name_plural = _("Einzelne Dokumente")


class DocumentSubmission(models.Model):
    """A document a member shared; it waits in the coordinators' inbox until decided."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    STATUSES = [
        (PENDING, _("Wartet auf Freigabe")),
        (APPROVED, _("Freigegeben")),
        (REJECTED, _("Abgelehnt")),
    ]

    document = models.OneToOneField(
        NetworkDocument,
        verbose_name=_("Dokument"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submission",
    )
    title = models.CharField(_("Titel"), max_length=255)
    library = models.ForeignKey(
        DocumentLibraryPage,
        verbose_name=_("Bibliothek"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Geteilt von"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("Geteilt am"), auto_now_add=True)
    language_code = models.CharField(max_length=10, default="de", editable=False)
    status = models.CharField(_("Status"), max_length=10, choices=STATUSES, default=PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Entschieden von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("Entschieden am"), null=True, blank=True)
    reason = models.TextField(_("Begründung"), blank=True)

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("Geteiltes Dokument")
        verbose_name_plural = _("Geteilte Dokumente")

    def __str__(self):
        return self.title
