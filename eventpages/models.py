"""Events: index and event pages, the snippets they point at, and materialised occurrences."""

from datetime import timedelta

from django import forms
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import county_time
from core.admin_forms import OneLanguagePageForm
from core.categories import TranslatableCategory
from core.listing import first_of_ids, in_order
from core.models import Municipality  # noqa: F401  (the county's towns: core since directory)
from core.routes import DeclaredRoutesMixin
from core.translatable_fields import PAGE_FIELDS, kept_as_source
from core.translated_slugs import TranslatedSlugMixin
from core.visibility import visible_pages
from home.blocks import BaseStreamBlock
from home.fields import ChoiceListField, image_alt_field
from home.languages import SPOKEN_LANGUAGE_NAMES, SPOKEN_LANGUAGES
from home.pictures import card_renditions

from . import recurrence, rule_checks
from .admin_forms import EventPageForm
from .ical_import.admin_panels import ImportSourcePanel
from .panels import RecurrencePanel, RecurrencePreviewPanel, rule_field, rule_inline

TARGET_GROUPS = [
    ("women", _("Frauen")),
    ("families", _("Familien")),
    ("children", _("Kinder")),
    ("youth", _("Jugendliche")),
    ("seniors", _("Ältere Menschen")),
    ("newcomers", _("Neu Angekommene")),
    ("volunteers", _("Ehrenamtliche")),
    ("professionals", _("Fachkräfte")),
]
TARGET_GROUP_NAMES = dict(TARGET_GROUPS)

# The questions a registration form may ask besides name and e-mail (eventpages.registration).
REGISTRATION_QUESTIONS = [
    ("phone", _("Telefon")),
    ("children", _("Anzahl der Kinder")),
    ("languages", _("Gesprochene Sprachen")),
    ("accessibility", _("Barrierefreiheit: was brauchen Sie?")),
    ("note", _("Nachricht an die Veranstalter")),
]

WEEKDAYS = [
    ("MO", _("Montag")),
    ("TU", _("Dienstag")),
    ("WE", _("Mittwoch")),
    ("TH", _("Donnerstag")),
    ("FR", _("Freitag")),
    ("SA", _("Samstag")),
    ("SU", _("Sonntag")),
]


class Venue(TranslatableMixin, models.Model):
    name = models.CharField(
        _("Name"),
        max_length=200,
        help_text=_("So steht der Ort bei der Veranstaltung, z. B. „Bürgerhaus am Markt“."),
    )
    street = models.CharField(
        _("Straße und Hausnummer"),
        max_length=200,
        blank=True,
        help_text=_("Damit Besucher hinfinden, z. B. „Markt 1“."),
    )
    postcode = models.CharField(
        _("Postleitzahl"),
        max_length=10,
        blank=True,
        help_text=_("Steht mit der Gemeinde in der Adresse, z. B. „06618“."),
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("Gemeinde"),
        on_delete=models.PROTECT,
        related_name="venues",
        help_text=_("Besucher filtern Veranstaltungen nach der Gemeinde, z. B. „Naumburg“."),
    )
    latitude = models.DecimalField(
        _("Breitengrad"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_(
            "Für den Link „Auf der Karte zeigen“; aus OpenStreetMap übernehmen, z. B. 51.152500."
        ),
    )
    longitude = models.DecimalField(
        _("Längengrad"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_(
            "Für den Link „Auf der Karte zeigen“; aus OpenStreetMap übernehmen, z. B. 11.809700."
        ),
    )
    step_free = models.BooleanField(
        _("Stufenlos erreichbar"),
        default=False,
        help_text=_(
            "Ankreuzen, wenn man ohne Stufen hineinkommt; Besucher sehen dann „stufenlos "
            "erreichbar“."
        ),
    )
    accessibility_notes = models.TextField(
        _("Hinweise zur Barrierefreiheit"),
        blank=True,
        help_text=_(
            "Was Besucher mit Rollstuhl, Kinderwagen oder Sehbehinderung wissen müssen, "
            "z. B. „Eingang über den Hof, Aufzug, barrierefreies WC“."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("street"),
        FieldRowPanel([FieldPanel("postcode"), FieldPanel("municipality")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("step_free"),
        FieldPanel("accessibility_notes"),
    ]
    # The address and the coordinates are the same in every language (core.translatable_fields).
    override_translatable_fields = [
        *kept_as_source("street", "postcode", "municipality", "latitude", "longitude"),
        SynchronizedField("step_free"),
        TranslatableField("accessibility_notes"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("Veranstaltungsort")
        verbose_name_plural = _("Veranstaltungsorte")

    def __str__(self):
        return f"{self.name}, {self.municipality}" if self.municipality_id else self.name

    @property
    def address(self):
        town = " ".join(part for part in [self.postcode, str(self.municipality)] if part)
        return ", ".join(part for part in [self.street, town] if part)

    @property
    def map_url(self):
        """A link to OpenStreetMap; no map is embedded, so nothing loads from there."""
        if self.latitude is None or self.longitude is None:
            return ""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=17/{self.latitude}/{self.longitude}"
        )


# The directory's organisation pages, pointed at through wagtailcore.Page and named here as data
# (tests/core/test_links_between_apps.py): no eventpages migration depends on the directory's.
ORGANISATION_PAGE_TYPE = "directory.OrganisationPage"


class Organiser(models.Model):
    name = models.CharField(
        _("Name"),
        max_length=200,
        help_text=_("Wer einlädt; steht bei der Veranstaltung, z. B. „Caritas Burgenlandkreis“."),
    )
    email = models.EmailField(
        _("E-Mail"), blank=True, help_text=_("Für Fragen von Besuchern, z. B. kontakt@beispiel.de.")
    )
    phone = models.CharField(
        _("Telefon"),
        max_length=50,
        blank=True,
        help_text=_("Für Fragen von Besuchern, z. B. 03445 123456."),
    )
    website = models.URLField(
        _("Website"),
        blank=True,
        help_text=_(
            "Besucher finden dort mehr über den Veranstalter, z. B. https://www.beispiel.de."
        ),
    )

    # The organiser's entry in the directory (issue 22): its name on an event links there, and
    # the organisation's page lists its next events (eventpages.organisations). Any language
    # version of the entry may be chosen: its translations are found by translation key.
    organisation = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Organisation im Wegweiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Der Eintrag des Veranstalters im Wegweiser: Besucher kommen über seinen Namen "
            "dorthin, und dort stehen seine nächsten Veranstaltungen, z. B. „Migrationsberatung "
            "Zeitz“."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("website"),
        PageChooserPanel("organisation", page_type=ORGANISATION_PAGE_TYPE),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Veranstalter")
        verbose_name_plural = _("Veranstalter")

    def __str__(self):
        return self.name

    def clean(self):
        """The link is to any page (wagtailcore.Page); only an organisation's page will do."""
        super().clean()
        if self.organisation_id is None:
            return
        organisation_page = apps.get_model(ORGANISATION_PAGE_TYPE)
        if not organisation_page.objects.filter(pk=self.organisation_id).exists():
            raise ValidationError(
                {"organisation": _("Bitte eine Organisation aus dem Wegweiser wählen.")}
            )


class EventCategory(TranslatableCategory):
    class Meta(TranslatableCategory.Meta):
        verbose_name = _("Veranstaltungskategorie")
        verbose_name_plural = _("Veranstaltungskategorien")


class EventIndexPage(TranslatedSlugMixin, DeclaredRoutesMixin, Page):
    """Lists the occurrences of the events below it, with filters, calendar, archive and feed.

    Its routes (the list, calendar/, archive/, ical/) are in eventpages.routes, its embed on
    other websites in eventpages.embeds.index: named here, imported where they are used.
    """

    base_form_class = OneLanguagePageForm

    # Members may add events/posts here as drafts for moderation (core.roles).
    members_may_propose = True

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_(
            "Steht über der Liste der Termine, z. B. „Alle Treffen, Kurse und Feste im Landkreis“."
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("Inhalt"),
        blank=True,
        help_text=_("Weiterer Text unter der Einleitung, z. B. wie man eigene Termine meldet."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["eventpages.EventPage"]

    subpage_routes = "eventpages.routes.INDEX_ROUTES"
    translated_filters = {"category": EventCategory}  # see home.places
    embed_module = "eventpages.embeds.index"  # the interface embedding.hook describes

    class Meta:
        verbose_name = _("Veranstaltungsübersicht")
        verbose_name_plural = _("Veranstaltungsübersichten")


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "eventpages.EventPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class EventPage(TranslatedSlugMixin, DeclaredRoutesMixin, Page):
    """One event, single or a series; its iCal route is in eventpages.routes, its embed in
    eventpages.embeds.event."""

    teaser = models.TextField(
        _("Kurzbeschreibung"),
        max_length=400,
        blank=True,
        help_text=_(
            "Ein bis zwei Sätze, die Besucher in Listen und Kalendern lesen, z. B. "
            "„Deutsch sprechen bei Kaffee und Kuchen, ohne Anmeldung.“"
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
            "Erscheint oben auf der Seite und in Listen; die Bildbeschreibung wird "
            "blinden Besuchern vorgelesen."
        ),
    )
    image_alt = image_alt_field()
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("Inhalt"),
        blank=True,
        help_text=_("Alles Weitere für Besucher: Ablauf, was mitzubringen ist, Kinderbetreuung."),
    )

    start = models.DateTimeField(
        _("Beginn"),
        help_text=_(
            "Wann der (erste) Termin beginnt, z. B. 16.12.2026 17:00. Bei ganztägigen "
            "Terminen zählt nur das Datum."
        ),
    )
    end = models.DateTimeField(
        _("Ende"),
        null=True,
        blank=True,
        help_text=_(
            "Wann der Termin endet, z. B. 16.12.2026 19:00. Leer lassen, wenn es offen "
            "ist; Besucher sehen dann nur den Beginn."
        ),
    )
    all_day = models.BooleanField(
        _("Ganztägig"),
        default=False,
        help_text=_(
            "Ankreuzen, wenn keine Uhrzeit gilt, z. B. bei einem Fest den ganzen Tag; "
            "Besucher sehen nur das Datum."
        ),
    )
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("Veranstaltungsort"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Wo die Veranstaltung stattfindet; Besucher sehen die Adresse und einen "
            "Kartenlink. Leer lassen, wenn sie nur online ist."
        ),
    )
    online_url = models.URLField(
        _("Link zur Online-Teilnahme"),
        blank=True,
        help_text=_(
            "Der Link, über den Besucher teilnehmen, z. B. "
            "https://meet.beispiel.de/sprachcafe. Für Online- und Hybrid-Veranstaltungen."
        ),
    )

    frequency = models.CharField(
        _("Wiederholung"),
        max_length=20,
        default=recurrence.NONE,
        choices=[
            (recurrence.NONE, _("Einmalig")),
            (recurrence.DAILY_RULE, _("Täglich")),
            (recurrence.WEEKLY_RULE, _("Wöchentlich an bestimmten Tagen")),
            (recurrence.MONTHLY_DATE, _("Monatlich am selben Datum")),
            (recurrence.MONTHLY_WEEKDAY, _("Monatlich an einem Wochentag (z. B. erster Dienstag)")),
        ],
        help_text=_(
            "Ob und wie sich der Termin wiederholt; Besucher sehen z. B. „jeden Dienstag,"
            " 18:00–20:00“."
        ),
    )
    interval = models.PositiveSmallIntegerField(
        _("Abstand"),
        default=1,
        help_text=_(
            "1 = jede Woche (jeden Tag, jeden Monat), 2 = jede zweite usw.; Besucher "
            "lesen z. B. „alle 2 Wochen am Dienstag“."
        ),
    )
    weekdays = ChoiceListField(
        _("Wochentage"),
        choices_list=WEEKDAYS,
        help_text=_(
            "An welchen Tagen der Woche der Termin stattfindet, z. B. Dienstag und Donnerstag."
        ),
    )
    month_week = models.SmallIntegerField(
        _("Woche im Monat"),
        default=1,
        choices=[
            (1, _("erster")),
            (2, _("zweiter")),
            (3, _("dritter")),
            (4, _("vierter")),
            (-1, _("letzter")),
        ],
        help_text=_(
            "Die wievielte Woche im Monat, z. B. „erster“ für „jeden ersten Dienstag im Monat“."
        ),
    )
    month_weekday = models.CharField(
        _("Wochentag im Monat"),
        max_length=2,
        default="MO",
        choices=WEEKDAYS,
        help_text=_("Der Wochentag dazu, z. B. Dienstag für „jeden ersten Dienstag im Monat“."),
    )
    ends = models.CharField(
        _("Endet"),
        max_length=20,
        default=recurrence.ENDS_NEVER,
        choices=[
            (recurrence.ENDS_NEVER, _("nie")),
            (recurrence.ENDS_ON, _("am Datum")),
            (recurrence.ENDS_AFTER, _("nach einer Anzahl von Terminen")),
        ],
        help_text=_("Wann die Reihe aufhört; Besucher sehen z. B. „bis 30. Juni 2027“."),
    )
    until = models.DateField(
        _("Letzter Termin am"),
        null=True,
        blank=True,
        help_text=_("Das Datum des letzten Termins, z. B. 30.06.2027."),
    )
    count = models.PositiveSmallIntegerField(
        _("Anzahl der Termine"),
        null=True,
        blank=True,
        help_text=_("Wie viele Termine es insgesamt gibt, ausfallende mitgezählt, z. B. 10."),
    )
    rrule = models.TextField(_("Regel (RFC 5545)"), blank=True, editable=False)

    registration_required = models.BooleanField(
        _("Anmeldung erforderlich"),
        default=False,
        help_text=_(
            "Ankreuzen, wenn Besucher sich vorher anmelden müssen; sie sehen dann "
            "„Anmeldung erforderlich“."
        ),
    )
    registration_url = models.URLField(
        _("Link zur Anmeldung"),
        blank=True,
        help_text=_("Wo Besucher sich anmelden, z. B. https://www.beispiel.de/anmeldung."),
    )
    registration_email = models.EmailField(
        _("E-Mail für die Anmeldung"),
        blank=True,
        help_text=_(
            "An diese Adresse schreiben Besucher zur Anmeldung, z. B. anmeldung@beispiel.de."
        ),
    )
    registration_deadline = models.DateField(
        _("Anmeldeschluss"),
        null=True,
        blank=True,
        help_text=_(
            "Bis zu diesem Tag nimmt die Anmeldung Besucher an, z. B. 10.12.2026; danach "
            "steht dort „Anmeldeschluss vorbei“."
        ),
    )
    # Registration on this site (issue 19, eventpages.registration): seats per date, shared by
    # every language version of the event (they are counted by its translation key).
    takes_registrations = models.BooleanField(
        _("Anmeldung über diese Website"),
        default=False,
        help_text=_(
            "Ankreuzen, wenn Besucher sich hier ohne Konto anmelden; Sie sehen die Liste der "
            "Teilnehmenden im Redaktionsbereich."
        ),
    )
    capacity = models.PositiveIntegerField(
        _("Plätze pro Termin"),
        null=True,
        blank=True,
        help_text=_("Wie viele Personen an einem Termin teilnehmen können, z. B. 12."),
    )
    persons_per_registration = models.PositiveSmallIntegerField(
        _("Personen pro Anmeldung"),
        default=1,
        help_text=_("Wie viele Personen eine Anmeldung höchstens mitbringen kann, z. B. 3."),
    )
    registration_questions = ChoiceListField(
        _("Weitere Fragen"),
        choices_list=REGISTRATION_QUESTIONS,
        help_text=_(
            "Name und E-Mail werden immer gefragt; kreuzen Sie an, was Sie noch wissen müssen."
        ),
    )
    meeting_url = models.URLField(
        _("Zugangslink für Angemeldete"),
        blank=True,
        help_text=_(
            "Der Link zum Online-Raum, z. B. https://meet.beispiel.de/infoabend; nur Angemeldete "
            "sehen ihn, nie die öffentliche Seite."
        ),
    )
    meeting_link_minutes = models.PositiveSmallIntegerField(
        _("Zugangslink sichtbar ab (Minuten vor Beginn)"),
        default=60,
        help_text=_("Ab wann Angemeldete den Zugangslink sehen, z. B. 60 Minuten vor Beginn."),
    )
    is_free = models.BooleanField(
        _("Kostenlos"),
        default=True,
        help_text=_(
            "Ankreuzen, wenn die Teilnahme nichts kostet; Besucher können nach "
            "kostenlosen Veranstaltungen filtern."
        ),
    )
    cost = models.CharField(
        _("Kosten"),
        max_length=200,
        blank=True,
        help_text=_("Was Besucher bezahlen, z. B. „5 €, ermäßigt 2 €“. Nur wenn nicht kostenlos."),
    )
    organiser = models.ForeignKey(
        Organiser,
        verbose_name=_("Veranstalter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wer einlädt; Besucher sehen Name und Kontakt, z. B. für Fragen."),
    )
    categories = ParentalManyToManyField(
        EventCategory,
        verbose_name=_("Kategorien"),
        blank=True,
        related_name="+",
        help_text=_("Besucher filtern die Veranstaltungen nach Kategorien, z. B. „Sprachkurs“."),
    )
    tags = ClusterTaggableManager(
        through=EventPageTag,
        blank=True,
        verbose_name=_("Schlagwörter"),
        help_text=_("Stichwörter für die Suche, z. B. „Deutsch, Frühstück“."),
    )
    target_groups = ChoiceListField(
        _("Zielgruppen"),
        choices_list=TARGET_GROUPS,
        help_text=_(
            "Für wen die Veranstaltung gedacht ist, z. B. Frauen oder Familien; Besucher "
            "sehen es bei der Veranstaltung."
        ),
    )
    languages = ChoiceListField(
        _("Gesprochene Sprachen"),
        choices_list=SPOKEN_LANGUAGES,
        help_text=_(
            "In welchen Sprachen die Veranstaltung stattfindet, z. B. Deutsch und "
            "Arabisch; Besucher können danach suchen."
        ),
    )
    # The partner's calendar this event comes from (eventpages.ical_import); null for ours.
    import_source = models.ForeignKey(
        "eventpages.ImportedEvent",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    interpreting = models.BooleanField(
        _("Dolmetschen möglich"),
        default=False,
        help_text=_(
            "Ankreuzen, wenn bei Bedarf gedolmetscht wird; Besucher sehen „Dolmetschen möglich“."
        ),
    )

    # Categories, authors, venues and organisers offered in the page's own language only;
    # the series fields required only where the rule shows them.
    base_form_class = EventPageForm

    # An imported event says where it comes from first (eventpages.ical_import).
    content_panels = [
        ImportSourcePanel(heading=_("Aus einem Partnerkalender")),
        *Page.content_panels,
        FieldPanel("teaser"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
    ]
    date_panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("Datum und Uhrzeit"),
        ),
        RecurrencePanel(
            [
                FieldRowPanel([FieldPanel("frequency"), rule_field("interval")]),
                rule_field("weekdays"),
                FieldRowPanel([rule_field("month_week"), rule_field("month_weekday")]),
                FieldRowPanel([rule_field("ends"), rule_field("until"), rule_field("count")]),
                rule_inline("cancelled_dates", heading=_("Ausfallende Termine"), label=_("Termin")),
                InlinePanel("extra_dates", heading=_("Zusätzliche Termine"), label=_("Termin")),
                RecurrencePreviewPanel(),
            ],
            heading=_("Wiederholung"),
        ),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("online_url")], heading=_("Ort")),
    ]
    registration_panels = [
        FieldPanel("registration_required"),
        FieldPanel("registration_url"),
        FieldPanel("registration_email"),
        FieldPanel("registration_deadline"),
        MultiFieldPanel(
            [
                FieldPanel("takes_registrations"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("persons_per_registration")]),
                FieldPanel("registration_questions"),
                FieldRowPanel([FieldPanel("meeting_url"), FieldPanel("meeting_link_minutes")]),
            ],
            heading=_("Anmeldung über diese Website"),
        ),
        FieldRowPanel([FieldPanel("is_free"), FieldPanel("cost")]),
        FieldPanel("organiser"),
    ]
    promote_panels = Page.promote_panels + [
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
        FieldPanel("target_groups"),
        FieldPanel("languages"),
        FieldPanel("interpreting"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Inhalt")),
            ObjectList(date_panels, heading=_("Datum und Ort")),
            ObjectList(registration_panels, heading=_("Anmeldung")),
            ObjectList(promote_panels, heading=_("Veröffentlichung")),
            ObjectList(Page.settings_panels, heading=_("Einstellungen")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]

    parent_page_types = ["eventpages.EventIndexPage"]
    subpage_types = []

    subpage_routes = "eventpages.routes.EVENT_ROUTES"
    embed_module = "eventpages.embeds.event"  # the interface embedding.hook describes

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")

    def picture_topic(self):
        """The slug of the category a card without a picture takes its tone and icon from
        (the same in every language); listings prefetch it (OccurrenceQuerySet.for_listing)."""
        categories = getattr(self, "listing_categories", None)
        if categories is None:
            categories = list(self.categories.order_by("slug")[:1])
        return categories[0].slug if categories else ""

    def clean(self):
        super().clean()
        # The date and series: only what the chosen rule shows (eventpages.rule_checks).
        errors = rule_checks.problems(
            {name: getattr(self, name) for name in rule_checks.VALUE_FIELDS}
        )
        if self.takes_registrations and not self.capacity:
            errors["capacity"] = _("Geben Sie an, wie viele Plätze es gibt, z. B. 12.")
        if (
            self.registration_required
            and not self.takes_registrations
            and not (self.registration_url or self.registration_email)
        ):
            errors["registration_url"] = _(
                "Geben Sie einen Link oder eine E-Mail-Adresse an, z. B. anmeldung@beispiel.de."
            )
        # An imported event may have no place: its source did not say (eventpages.ical_import).
        placeless = not (self.venue_id or self.online_url or self.meeting_url)
        if placeless and not self.import_source_id:
            errors["venue"] = _(
                "Wählen Sie einen Ort oder geben Sie einen Online-Link an, "
                "z. B. https://meet.beispiel.de/sprachcafe."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.rrule = self.series().rrule_text() if self.start else ""
        super().save(*args, **kwargs)

    def series(self):
        return recurrence.Series(
            start=self.start,
            end=self.end,
            all_day=self.all_day,
            frequency=self.frequency,
            interval=self.interval,
            weekdays=list(self.weekdays),
            month_week=self.month_week,
            month_weekday=self.month_weekday,
            ends=self.ends,
            until=self.until,
            count=self.count,
            cancelled=[item.date for item in self.cancelled_dates.all()],
            extra=[item.start for item in self.extra_dates.all()],
        )

    @property
    def is_online(self):
        """Online with a public link, or with a private one for registered participants."""
        return bool(self.online_url or (self.takes_registrations and self.meeting_url))

    @property
    def is_in_person(self):
        return bool(self.venue_id)

    @property
    def attendance_mode(self):
        if self.is_online and self.is_in_person:
            return "mixed"
        return "online" if self.is_online else "offline"

    @cached_property
    def language_names(self):
        return [SPOKEN_LANGUAGE_NAMES.get(code, code) for code in self.languages]

    @cached_property
    def target_group_names(self):
        return [TARGET_GROUP_NAMES.get(code, code) for code in self.target_groups]

    def upcoming_occurrences(self, limit=5):
        return self.occurrences.filter(end__gte=county_time.now()).order_by("start")[:limit]

    # The page's parts that read them (dates, facts, JSON-LD) share one query each per request.
    @cached_property
    def next_occurrences(self):
        """The next five dates not yet over."""
        return list(self.upcoming_occurrences(5))

    @cached_property
    def cancelled_list(self):
        """The called-off dates of the series (the dates list and the JSON-LD read them)."""
        return list(self.cancelled_dates.all())

    @cached_property
    def localized_venue(self):
        """The venue in the page's language where translated (its town fetched with it)."""
        if not self.venue_id:
            return None
        same_place = Venue.objects.filter(pk=self.venue_id).values("translation_key")
        found = {
            venue.locale_id: venue
            for venue in Venue.objects.select_related("municipality").filter(
                models.Q(pk=self.venue_id)
                | models.Q(translation_key__in=same_place, locale_id=self.locale_id)
            )
        }
        return found.get(self.locale_id) or next(iter(found.values()), None)

    @cached_property
    def import_origin(self):
        """The partner's calendar entry this event comes from, with its calendar; None for our
        own events, which therefore cost no query for it (eventpages.ical_import)."""
        if not self.import_source_id:
            return None
        return (
            ImportedEvent.objects.select_related("calendar")
            .filter(pk=self.import_source_id)
            .first()
        )

    # --- Translation (core.translatable_fields) --------------------------------------------
    # Only text for people is offered for translation. The slug, the recurrence rule and its
    # codes ("Wochentage: TU"), the lists of codes, links, the e-mail address and the organiser
    # are copied from the German event and not shown in the translation editor.
    override_translatable_fields = PAGE_FIELDS + kept_as_source(
        "frequency",
        "interval",
        "weekdays",
        "month_week",
        "month_weekday",
        "ends",
        "until",
        "count",
        "rrule",
        "target_groups",
        "languages",
        "online_url",
        "registration_url",
        "registration_email",
        "organiser",
        "takes_registrations",
        "capacity",
        "persons_per_registration",
        "registration_questions",
        "meeting_url",
        "meeting_link_minutes",
        "import_source",
    )
    # --- end of translation ----------------------------------------------------------------


class CancelledDate(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="cancelled_dates")
    date = models.DateField(
        _("Datum"),
        help_text=_(
            "Ein Termin der Reihe, der ausfällt, z. B. 30.03.2027; Besucher sehen ihn als"
            " „fällt aus“."
        ),
    )

    panels = [FieldPanel("date")]

    class Meta(Orderable.Meta):
        verbose_name = _("Ausfallender Termin")
        verbose_name_plural = _("Ausfallende Termine")


class ExtraDate(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="extra_dates")
    start = models.DateTimeField(
        _("Beginn"),
        help_text=_(
            "Ein Termin außerhalb der Regel, z. B. 01.04.2027 18:00; er dauert so lange "
            "wie die anderen."
        ),
    )

    panels = [FieldPanel("start")]

    class Meta(Orderable.Meta):
        verbose_name = _("Zusätzlicher Termin")
        verbose_name_plural = _("Zusätzliche Termine")


class OccurrenceQuerySet(models.QuerySet):
    """The queries of every listing of events: an index's list, calendar and archive, their
    embed, the API and the home page's next events, each with what its rows show.

    Filters a visitor chose (an eventpages.filters.EventFilterForm) are applied by the form's
    `filter_occurrences`; the methods here take the form as `filters` where a listing needs it.
    """

    def for_listing(self):
        """With the event, its venue and town, the languages a listing names, its picture's
        card renditions and its categories' slugs (the fallback's tone): no N+1."""
        return self.select_related(
            "event",
            "event__venue__municipality",
            "event__alias_of__locale",
            "event__locale",
            "event__image",
        ).prefetch_related(
            card_renditions("event__image"),
            Prefetch(
                "event__categories",
                queryset=EventCategory.objects.order_by("slug").only("id", "slug"),
                to_attr="listing_categories",
            ),
        )

    def with_categories(self):
        """With the events' categories, by name, read for the whole selection (one query)."""
        return self.prefetch_related(
            Prefetch("event__categories", queryset=EventCategory.objects.order_by("name"))
        )

    def visible_to(self, request, within=""):
        """Occurrences of events the visitor may see (core.visibility's one permission check).

        `within`: only view restrictions below this path are checked (see core.visibility).
        """
        return visible_pages(self, request, within=within, path_field="event__path")

    def in_index(self, index, request):
        """The occurrences of the events below an index that the visitor may see, to list.

        Rows exist only for live events (unpublishing deletes them), in the index's language.
        Only restrictions inside the index matter here: Wagtail itself refuses the index page
        when a restriction above it is not passed.
        """
        return self.for_listing().filter(index_id=index.pk).visible_to(request, within=index.path)

    def between(self, after, before):
        """Taking place at some time in [after, before)."""
        return self.filter(start__lt=before, end__gt=after)

    def in_range(self, after, before=None):
        """Taking place at some time from `after` on, and before `before` unless it is None."""
        occurrences = self.filter(end__gt=after)
        return occurrences if before is None else occurrences.filter(start__lt=before)

    def upcoming_for(self, index, request, *, after=None, before=None, filters=None):
        """What an index lists, and its embed shows: the running and coming occurrences
        (from `after`, by default now, until `before`) with the visitor's filters, in order.
        """
        occurrences = self.in_index(index, request).in_range(after or county_time.now(), before)
        if filters is not None:
            occurrences = filters.filter_occurrences(occurrences)
        return occurrences.order_by("start", "pk")

    def archived_for(self, index, request, *, filters=None):
        """An index's archive: the occurrences already over, the latest first."""
        occurrences = self.in_index(index, request).filter(end__lt=county_time.now())
        if filters is not None:
            occurrences = filters.filter_occurrences(occurrences)
        return occurrences.order_by("-start", "-pk")

    def upcoming_in_language(self, language, request, *, indexes=None):
        """The next occurrences in one language (the home page's), across `indexes` (a
        queryset of index pages) or every index, that the visitor may see."""
        occurrences = self.for_listing().filter(
            locale__language_code=language, end__gt=county_time.now()
        )
        if indexes is not None:
            occurrences = occurrences.filter(index_id__in=indexes.values("pk"))
        return occurrences.visible_to(request).order_by("start", "pk")

    def in_order(self, ids):
        """The occurrences with these ids, in this order, read for a listing.

        A page of a large listing is found on ids alone (the (index, start) index already has
        them in order) and only its rows are then read with their events and venues: sorting
        tens of thousands of joined rows was the slow part.
        """
        return in_order(self.for_listing(), ids)

    def first_listed(self, limit):
        """The first `limit` occurrences of this ordered selection, read the way a page is."""
        return first_of_ids(self.values_list("pk", flat=True), self.model.objects.in_order, limit)


class Occurrence(models.Model):
    """One date of one event in one language version: every listing is a range query here."""

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="occurrences")
    # The event's index page and language, so a listing needs no join to the page tree.
    index = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    start = models.DateTimeField()
    end = models.DateTimeField()
    # Copies of the event's filterable facts, so filters need no join.
    municipality = models.ForeignKey(
        Municipality, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    is_online = models.BooleanField(default=False)
    is_in_person = models.BooleanField(default=True)
    is_free = models.BooleanField(default=True)

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        ordering = ["start"]
        indexes = [
            models.Index(fields=["index", "end", "start"], name="occurrence_index_end"),
            models.Index(fields=["index", "start"], name="occurrence_index_start"),
            models.Index(fields=["locale", "end", "start"], name="occurrence_locale_end"),
        ]

    def __str__(self):
        return f"{self.event.title} {self.start:%Y-%m-%d %H:%M}"

    @property
    def duration(self):
        return self.end - self.start if self.end else timedelta(0)


# The registration models live in their own package; imported here so Django finds them.
# The iCal import's models (eventpages.ical_import), likewise.
from .ical_import.models import (  # noqa: E402, F401
    CategoryMapping,
    ExternalCalendar,
    ImportedEvent,
    ImportedVenue,
    ImportRun,
)
from .registration.models import (  # noqa: E402, F401
    Registration,
    RegistrationDate,
    RegistrationLog,
    RegistrationNotice,
    RegistrationSettings,
)
