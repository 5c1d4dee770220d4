"""The directory: who helps where, in which language.

Organisations and their offers are pages, not snippets: each has its own address for
visitors (and JSON-LD), goes through Wagtail's moderation workflow, keeps revisions, and is
translated and aliased by wagtail-localize like every other page; the tree says which offer
belongs to which organisation (DirectoryIndexPage > OrganisationPage > OfferPage).

Places, their opening hours and exceptions are inline rows of the organisation page (a place
is a ClusterableModel, so its hours are an InlinePanel inside the places' InlinePanel). They
are addresses and times, the same in every language: copied from the German page, not offered
for translation.
"""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.admin_forms import OneLanguagePageForm
from core.categories import TranslatableCategory
from core.routes import DeclaredRoutesMixin
from core.translatable_fields import PAGE_FIELDS, kept_as_source
from core.translated_slugs import TranslatedSlugMixin
from home.blocks import BaseStreamBlock
from home.fields import ChoiceListField
from home.languages import SPOKEN_LANGUAGES

from .panels import LastCheckedPanel, NestedInlinePanel

KINDS = [
    ("counselling", _("Beratungsstelle")),
    ("migrant", _("Migrantenorganisation")),
    ("club", _("Verein")),
    ("authority", _("Behörde")),
    ("education", _("Bildungsträger")),
    ("other", _("Sonstiges")),
]
KIND_NAMES = dict(KINDS)

# Python's weekday() numbers, so "open now" compares with county_time.local(now).weekday().
WEEKDAYS = [
    (0, _("Montag")),
    (1, _("Dienstag")),
    (2, _("Mittwoch")),
    (3, _("Donnerstag")),
    (4, _("Freitag")),
    (5, _("Samstag")),
    (6, _("Sonntag")),
]

ACCESS = [
    ("appointment", _("Mit Termin")),
    ("walk_in", _("Offene Sprechzeit")),
    ("both", _("Mit Termin oder in der offenen Sprechzeit")),
]


class Topic(TranslatableCategory):
    """What an offer is about (residence, work, housing, health, language course, …)."""

    class Meta(TranslatableCategory.Meta):
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")


class Audience(TranslatableCategory):
    """Whom an offer is for (women, families, young people, …)."""

    class Meta(TranslatableCategory.Meta):
        verbose_name = _("Zielgruppe")
        verbose_name_plural = _("Zielgruppen")


class DirectoryIndexPage(TranslatedSlugMixin, DeclaredRoutesMixin, Page):
    """The directory: organisations as cards, with filters (directory.routes, .views)."""

    base_form_class = OneLanguagePageForm

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_(
            "Steht über den Filtern, z. B. „Wer hilft wo, in welcher Sprache: Beratung, Kurse "
            "und Vereine im Landkreis.“"
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("Inhalt"),
        blank=True,
        help_text=_("Weiterer Text unter der Liste, z. B. wie eine Organisation hineinkommt."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["directory.OrganisationPage"]
    max_count_per_parent = 1

    subpage_routes = "directory.routes.INDEX_ROUTES"
    embed_module = "directory.embeds.index"  # the interface embedding.hook describes
    translated_filters = {"topic": Topic, "audience": Audience}  # see home.places

    class Meta:
        verbose_name = _("Wegweiser")
        verbose_name_plural = _("Wegweiser")


class OrganisationPage(TranslatedSlugMixin, Page):
    """A counselling service, migrant organisation, club, authority or school of the county."""

    base_form_class = OneLanguagePageForm

    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("Kurzbeschreibung"),
        blank=True,
        help_text=_(
            "Wer Sie sind und wofür man zu Ihnen kommt, in wenigen Sätzen, z. B. „Wir beraten "
            "Erwachsene, die neu hier sind, zu Aufenthalt, Arbeit und Alltag.“"
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Erscheint oben auf der Seite der Organisation, z. B. Ihr Vereinslogo."),
    )
    kind = models.CharField(
        _("Art"),
        max_length=20,
        choices=KINDS,
        default="counselling",
        help_text=_("Steht auf der Karte im Wegweiser, z. B. „Beratungsstelle“ oder „Verein“."),
    )
    phone = models.CharField(
        _("Telefon"), max_length=50, blank=True, help_text=_("z. B. „03441 123456“")
    )
    email = models.EmailField(_("E-Mail"), blank=True, help_text=_("z. B. „beratung@example.org“"))
    website = models.URLField(
        _("Website"), blank=True, help_text=_("z. B. „https://www.example.org“")
    )
    messenger = models.CharField(
        _("Messenger"),
        max_length=200,
        blank=True,
        help_text=_(
            "Falls Sie per Messenger erreichbar sind, z. B. „Signal und WhatsApp: 0151 …“."
        ),
    )
    is_member = models.BooleanField(
        _("Mitglied im Netzwerk"),
        default=False,
        help_text=_(
            "Ankreuzen, wenn die Organisation zum Netzwerk gehört, z. B. nach dem Beitritt."
        ),
    )
    last_checked_at = models.DateField(
        _("Zuletzt geprüft am"),
        null=True,
        blank=True,
        help_text=_(
            "Wann zuletzt jemand bestätigt hat, dass die Angaben stimmen, z. B. 02.11.2026."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("body"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
                FieldPanel("messenger"),
            ],
            heading=_("Kontakt"),
        ),
        InlinePanel("places", heading=_("Orte und Öffnungszeiten"), label=_("Ort")),
        FieldPanel("is_member"),
        # Set by publishing and confirming, not by hand (directory.checking).
        LastCheckedPanel(heading=_("Zuletzt geprüft am")),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["directory.DirectoryIndexPage"]
    subpage_types = ["directory.OfferPage"]
    embed_module = "directory.embeds.organisation"  # the interface embedding.hook describes

    # Text for people is translated; contact data, the kind, dates and places are copied.
    override_translatable_fields = PAGE_FIELDS + kept_as_source(
        "kind", "phone", "email", "website", "logo", "is_member", "last_checked_at", "places"
    )

    class Meta:
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisationen")

    @property
    def kind_name(self):
        return KIND_NAMES.get(self.kind, self.kind)

    @property
    def is_authority(self):
        return self.kind == "authority"


class Place(ClusterableModel, Orderable):
    """Where an organisation receives people: an address with its accessibility and hours."""

    page = ParentalKey(OrganisationPage, on_delete=models.CASCADE, related_name="places")
    name = models.CharField(
        _("Name"), max_length=200, blank=True, help_text=_("z. B. „Beratungsbüro am Markt“")
    )
    street = models.CharField(
        _("Straße und Hausnummer"),
        max_length=200,
        help_text=_("Damit Besucher hinfinden, z. B. „Markt 1“."),
    )
    postcode = models.CharField(
        _("Postleitzahl"),
        max_length=10,
        blank=True,
        help_text=_("Steht mit der Gemeinde in der Adresse, z. B. „06618“."),
    )
    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("Gemeinde"),
        on_delete=models.PROTECT,
        related_name="directory_places",
        help_text=_("Besucher filtern den Wegweiser nach der Gemeinde, z. B. „Zeitz“."),
    )
    wheelchair_access = models.BooleanField(
        _("Rollstuhlgerecht"),
        default=False,
        help_text=_("Ohne Stufen erreichbar, z. B. über eine Rampe oder einen Aufzug."),
    )
    accessible_toilet = models.BooleanField(
        _("Barrierefreie Toilette"),
        default=False,
        help_text=_("z. B. eine Rollstuhl-Toilette im Erdgeschoss"),
    )
    hearing_loop = models.BooleanField(
        _("Induktive Höranlage"),
        default=False,
        help_text=_("Für Menschen mit Hörgerät, z. B. eine Ringschleife im Beratungsraum."),
    )
    latitude = models.DecimalField(
        _("Breitengrad"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Für die Karte im Wegweiser; aus OpenStreetMap übernehmen, z. B. 51.045600."),
    )
    longitude = models.DecimalField(
        _("Längengrad"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Für die Karte im Wegweiser; aus OpenStreetMap übernehmen, z. B. 12.138300."),
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("street"), FieldPanel("postcode")]),
        FieldPanel("municipality"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldRowPanel(
            [
                FieldPanel("wheelchair_access"),
                FieldPanel("accessible_toilet"),
                FieldPanel("hearing_loop"),
            ],
            heading=_("Barrierefreiheit"),
        ),
        NestedInlinePanel("opening_hours", heading=_("Öffnungszeiten"), label=_("Zeit")),
        NestedInlinePanel("opening_exceptions", heading=_("Abweichende Tage"), label=_("Tag")),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Ort")
        verbose_name_plural = _("Orte")

    def __str__(self):
        return self.name or self.street

    @property
    def accessibility(self):
        """The labels of what the place offers, for its page."""
        flags = ("wheelchair_access", "accessible_toilet", "hearing_loop")
        return [self._meta.get_field(name).verbose_name for name in flags if getattr(self, name)]


class OpeningHours(Orderable):
    """One regular opening of a place: a weekday, from, until."""

    place = ParentalKey(Place, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(
        _("Wochentag"), choices=WEEKDAYS, help_text=_("z. B. „Dienstag“")
    )
    opens = models.TimeField(_("von"), help_text=_("z. B. 09:00"))
    closes = models.TimeField(_("bis"), help_text=_("z. B. 12:00"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("Öffnungszeit")
        verbose_name_plural = _("Öffnungszeiten")


class OpeningException(Orderable):
    """A day a place is closed or open at other hours (holidays, a team day)."""

    place = ParentalKey(Place, on_delete=models.CASCADE, related_name="opening_exceptions")
    date = models.DateField(_("Datum"), help_text=_("z. B. 24.12.2026"))
    closed = models.BooleanField(
        _("Geschlossen"),
        default=True,
        help_text=_(
            "Ankreuzen, wenn an diesem Tag zu ist; sonst gelten die Zeiten daneben, "
            "z. B. 14:00 bis 16:00."
        ),
    )
    opens = models.TimeField(_("von"), null=True, blank=True, help_text=_("z. B. 09:00"))
    closes = models.TimeField(_("bis"), null=True, blank=True, help_text=_("z. B. 12:00"))
    note = models.CharField(
        _("Hinweis"), max_length=200, blank=True, help_text=_("z. B. „Teamfortbildung“")
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("closed")]),
        FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Abweichender Tag")
        verbose_name_plural = _("Abweichende Tage")


class OfferPage(TranslatedSlugMixin, Page):
    """An offer (Angebot) of an organisation: counselling, a course, a group."""

    base_form_class = OneLanguagePageForm

    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("Beschreibung"),
        blank=True,
        help_text=_(
            "Was das Angebot ist, für wen, und was man mitbringen sollte, z. B. „Bitte den "
            "Ausweis und alle Briefe der Behörde mitbringen.“"
        ),
    )
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("Thema"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Besucher filtern den Wegweiser nach Themen, z. B. „Aufenthalt und Asyl“."),
    )
    audiences = ParentalManyToManyField(
        Audience,
        verbose_name=_("Zielgruppen"),
        blank=True,
        help_text=_("Für wen das Angebot gedacht ist, z. B. „Frauen“ und „Familien“."),
    )
    languages = ChoiceListField(
        _("Sprachen"),
        choices_list=SPOKEN_LANGUAGES,
        help_text=_("In welchen Sprachen das Angebot stattfindet, z. B. Deutsch und Arabisch."),
    )
    at_places = models.BooleanField(
        _("An den Orten der Organisation"),
        default=True,
        help_text=_("Vor Ort, z. B. im Beratungsbüro der Organisation."),
    )
    online = models.BooleanField(
        _("Online"), default=False, help_text=_("z. B. per Videoanruf oder Chat")
    )
    by_phone = models.BooleanField(
        _("Telefonisch"), default=False, help_text=_("z. B. eine Beratung am Telefon")
    )
    home_visits = models.BooleanField(
        _("Hausbesuche"), default=False, help_text=_("z. B. Begleitung zu Hause oder zum Arzt")
    )
    cost = models.CharField(
        _("Kosten"),
        max_length=200,
        default="kostenlos",
        blank=True,
        help_text=_("z. B. „kostenlos“ oder „5 Euro im Monat“"),
    )
    access = models.CharField(
        _("Zugang"),
        max_length=20,
        choices=ACCESS,
        default="appointment",
        help_text=_("Wie man hinkommt, z. B. „Mit Termin“."),
    )
    access_note = models.CharField(
        _("Hinweis zum Zugang"),
        max_length=300,
        blank=True,
        help_text=_("z. B. „Termine unter 03441 123456, offene Sprechzeit dienstags 9–12 Uhr“"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("body"),
        FieldPanel("topic"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("languages"),
        FieldRowPanel(
            [
                FieldPanel("at_places"),
                FieldPanel("online"),
                FieldPanel("by_phone"),
                FieldPanel("home_visits"),
            ],
            heading=_("Wo"),
        ),
        FieldPanel("cost"),
        FieldRowPanel([FieldPanel("access"), FieldPanel("access_note")]),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["directory.OrganisationPage"]
    subpage_types = []

    # The topic and audiences point at the German categories (names are looked up in the
    # visitor's language, core.categories); codes and flags are copied.
    override_translatable_fields = PAGE_FIELDS + kept_as_source(
        "topic",
        "audiences",
        "languages",
        "at_places",
        "online",
        "by_phone",
        "home_visits",
        "access",
    )

    class Meta:
        verbose_name = _("Angebot")
        verbose_name_plural = _("Angebote")


class OrganisationEditor(models.Model):
    """A member who keeps an organisation's entry current (set by Koordination).

    The link is to the German organisation page; its translations follow. Through it the
    member may edit the entry and its offers (changes go through the approval workflow) and
    gets the "are your details still correct?" mail.
    """

    organisation = models.ForeignKey(
        OrganisationPage,
        verbose_name=_("Organisation"),
        on_delete=models.CASCADE,
        related_name="editors",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Mitglied"),
        on_delete=models.CASCADE,
        related_name="directory_organisations",
    )
    created_at = models.DateTimeField(_("Verknüpft am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Zuständiges Mitglied")
        verbose_name_plural = _("Zuständige Mitglieder")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="directory_one_link_per_member"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation}"


@register_setting(icon="site")
class MapSettings(BaseSiteSetting):
    """The directory's map: which tile server, if any (empty: no map, the list by town).

    A tile server is a third party: the page asks it for nothing until the visitor has
    agreed with a click (directory/static/directory/map.js).
    """

    tile_url = models.CharField(
        _("Adresse der Kartenkacheln"),
        max_length=300,
        blank=True,
        help_text=_(
            "Leer lassen: keine Karte, der Wegweiser zeigt eine Liste nach Gemeinden. Sonst "
            "die Adresse mit {z}, {x} und {y}, z. B. „https://tile.openstreetmap.org/{z}/{x}/{y}.png“."
        ),
    )
    attribution = models.CharField(
        _("Quellenangabe der Karte"),
        max_length=300,
        blank=True,
        help_text=_("Steht unten auf der Karte, z. B. „© OpenStreetMap-Mitwirkende“."),
    )

    panels = [FieldPanel("tile_url"), FieldPanel("attribution")]

    class Meta:
        verbose_name = _("Karte im Wegweiser")


class EditorGroup(models.Model):
    """The Wagtail group through which an organisation's members edit it (directory.editors).

    Kept as its own row, not found by name: the group's name follows the organisation's title
    for the admin's group list, and a renamed organisation keeps its group.
    """

    organisation = models.OneToOneField(
        OrganisationPage, on_delete=models.CASCADE, related_name="editor_group"
    )
    group = models.OneToOneField(
        "auth.Group", on_delete=models.CASCADE, related_name="directory_organisation"
    )

    class Meta:
        verbose_name = _("Bearbeitungsgruppe einer Organisation")
        verbose_name_plural = _("Bearbeitungsgruppen der Organisationen")

    def __str__(self):
        return str(self.group)


class ReviewReminder(models.Model):
    """When an organisation was last asked "are your details still correct?" (directory.reviews)

    One row per German organisation page, updated on each reminder: the daily command asks
    again only a whole review period later.
    """

    organisation = models.OneToOneField(
        OrganisationPage, on_delete=models.CASCADE, related_name="review_reminder"
    )
    sent_at = models.DateTimeField(_("Erinnerung verschickt am"))
    recipients = models.PositiveSmallIntegerField(_("Empfänger"), default=0)

    class Meta:
        verbose_name = _("Erinnerung zur Prüfung")
        verbose_name_plural = _("Erinnerungen zur Prüfung")

    def __str__(self):
        return f"{self.organisation} – {self.sent_at:%Y-%m-%d}"
