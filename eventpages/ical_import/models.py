"""What the import keeps: partners' calendars, which of our events came from which source
event, the runs, and the places it created for a coordinator to check.

A calendar ("Externer Kalender") is a snippet a coordinator adds; `CategoryMapping` rows under
it turn the source's CATEGORIES into ours. `ImportedEvent` is the identity of one source event,
keyed by (calendar, UID), with what the last sync saw (content hash, SEQUENCE) so a sync that
finds nothing new writes nothing. The event page points back at it (`EventPage.import_source`),
so a page knows its source without a query of its own, and a page that is not imported costs
nothing.
"""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable


def in_site_language():
    """Indexes and categories offered for a calendar: the site language's (each has its
    translations; the sync picks the one in the language the pages are written in)."""
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


class ExternalCalendar(ClusterableModel):
    """A partner's iCal address and where and how its events arrive on our site."""

    ON_REMOVAL_CANCEL = "cancel"
    ON_REMOVAL_UNPUBLISH = "unpublish"
    ON_REMOVAL_KEEP = "keep"
    ON_REMOVAL_CHOICES = [
        (ON_REMOVAL_CANCEL, _("als „fällt aus“ markieren")),
        (ON_REMOVAL_UNPUBLISH, _("von der Website nehmen")),
        (ON_REMOVAL_KEEP, _("unverändert lassen")),
    ]

    name = models.CharField(
        _("Name"),
        max_length=200,
        help_text=_(
            "So heißt der Kalender bei Ihnen und auf der Website („Quelle: …“), z. B. "
            "„Volkshochschule Zeitz“."
        ),
    )
    url = models.CharField(
        _("Kalender-Adresse (iCal)"),
        max_length=2000,
        help_text=_(
            "Die Abo-Adresse des Kalenders, beginnend mit https://, http:// oder webcal://, "
            "z. B. https://vhs-zeitz.de/termine.ics."
        ),
    )
    website = models.URLField(
        _("Website des Partners"),
        max_length=2000,
        blank=True,
        help_text=_(
            "Wohin „Quelle: …“ führt, wenn ein Termin keinen eigenen Link hat, z. B. "
            "https://vhs-zeitz.de/kurse."
        ),
    )
    index = models.ForeignKey(
        "eventpages.EventIndexPage",
        verbose_name=_("Veranstaltungsseite"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=in_site_language,
        help_text=_("Unter welcher Veranstaltungsseite die Termine erscheinen."),
    )
    language = models.CharField(
        _("Sprache der Texte"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="de",
        help_text=_(
            "In welcher Sprache der Partner seine Termine schreibt; die Seiten entstehen in "
            "dieser Sprache, die anderen Sprachen zeigen sie, bis sie übersetzt sind."
        ),
    )
    category = models.ForeignKey(
        "eventpages.EventCategory",
        limit_choices_to=in_site_language,
        verbose_name=_("Kategorie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Für Termine, deren Kategorien in der Zuordnung unten nicht vorkommen. Später "
            "von Ihnen geänderte Kategorien bleiben bei jedem Abgleich erhalten."
        ),
    )
    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("Gemeinde"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Für neue Orte, die der Abgleich aus dem Feld „Ort“ des Kalenders anlegt."),
    )
    organiser = models.ForeignKey(
        "eventpages.Organiser",
        verbose_name=_("Veranstalter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    publish_directly = models.BooleanField(
        _("Sofort veröffentlichen"),
        default=False,
        help_text=_(
            "Neue Termine erscheinen sofort auf der Website. Ohne Haken kommen sie als "
            "Entwurf an und erscheinen erst, wenn Sie sie veröffentlichen; Änderungen an "
            "bereits veröffentlichten Terminen werden immer übernommen."
        ),
    )
    on_removal = models.CharField(
        _("Wenn ein Termin aus dem Kalender verschwindet"),
        max_length=12,
        choices=ON_REMOVAL_CHOICES,
        default=ON_REMOVAL_CANCEL,
    )
    active = models.BooleanField(
        _("Aktiv"),
        default=True,
        help_text=_("Ohne Haken ist der Abgleich angehalten; importierte Termine bleiben."),
    )

    # What the last runs found (written by the sync, shown in the admin).
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified_header = models.CharField(max_length=100, blank=True, editable=False)
    last_run_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_result = models.CharField(max_length=12, blank=True, editable=False)
    last_counts = models.JSONField(default=dict, blank=True, editable=False)
    # Skipped events and notes of the last run: [{"uid", "title", "reason"}].
    last_details = models.JSONField(default=list, blank=True, editable=False)
    last_error = models.TextField(blank=True, editable=False)
    failures = models.PositiveIntegerField(default=0, editable=False)
    failure_mailed_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("website"),
        MultiFieldPanel(
            [
                # A plain list of the (few) event indexes: quicker than the page chooser.
                FieldPanel("index", widget=forms.Select),
                FieldPanel("language"),
                FieldRowPanel([FieldPanel("category"), FieldPanel("municipality")]),
                FieldPanel("organiser"),
            ],
            heading=_("Wohin und wie die Termine kommen"),
        ),
        InlinePanel(
            "category_mappings",
            heading=_("Zuordnung der Kategorien"),
            label=_("Zuordnung"),
            help_text=_(
                "Welche Kategorie des Partners (CATEGORIES im Kalender) zu welcher Kategorie "
                "der Website gehört, z. B. „Sprachkurs“ → „Sprache und Bildung“."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("publish_directly"), FieldPanel("on_removal"), FieldPanel("active")],
            heading=_("Abgleich"),
        ),
    ]

    class Meta:
        verbose_name = _("Externer Kalender")
        verbose_name_plural = _("Externe Kalender")
        ordering = ["name"]

    def __str__(self):
        return self.name


class CategoryMapping(Orderable):
    calendar = ParentalKey(
        ExternalCalendar, on_delete=models.CASCADE, related_name="category_mappings"
    )
    source_name = models.CharField(
        _("Kategorie im Kalender"),
        max_length=200,
        help_text=_("Genau wie im Kalender des Partners, z. B. „Sprachkurs“."),
    )
    category = models.ForeignKey(
        "eventpages.EventCategory",
        limit_choices_to=in_site_language,
        verbose_name=_("Kategorie auf der Website"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldRowPanel([FieldPanel("source_name"), FieldPanel("category")])]

    class Meta(Orderable.Meta):
        verbose_name = _("Zuordnung der Kategorien")


class ImportedEvent(models.Model):
    """One source event (calendar + UID) and the page it became."""

    calendar = models.ForeignKey(ExternalCalendar, on_delete=models.CASCADE, related_name="events")
    uid = models.CharField(max_length=1000)
    page = models.ForeignKey(
        "eventpages.EventPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The page in the calendar's language; null once someone deleted it here.",
    )
    content_hash = models.CharField(max_length=64, blank=True)
    sequence = models.IntegerField(default=0)
    source_url = models.URLField(max_length=2000, blank=True)
    # A coordinator took the event over: the sync leaves it alone from then on.
    detached_at = models.DateTimeField(null=True, blank=True)
    detached_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # No longer in the source (what happened to the page follows calendar.on_removal).
    removed_at = models.DateTimeField(null=True, blank=True)
    first_seen_at = models.DateTimeField(auto_now_add=True)
    synced_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["calendar", "uid"], name="imported_event_once")
        ]

    def __str__(self):
        return f"{self.calendar} · {self.uid}"

    @property
    def is_detached(self):
        return self.detached_at is not None

    @property
    def link(self):
        """Where "Quelle: …" points: the event's own page at the partner, else their site."""
        return self.source_url or self.calendar.website


class ImportRun(models.Model):
    """One sync of one calendar: when, how it ended, what it did, what it skipped and why."""

    OK, UNCHANGED, FAILED = "ok", "unchanged", "failed"
    RESULTS = [(OK, _("abgeglichen")), (UNCHANGED, _("unverändert")), (FAILED, _("fehlgeschlagen"))]

    calendar = models.ForeignKey(ExternalCalendar, on_delete=models.CASCADE, related_name="runs")
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    result = models.CharField(max_length=12, choices=RESULTS)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    cancelled = models.PositiveIntegerField(default=0)
    removed = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    # [{"uid": …, "title": …, "reason": …}] for skipped events and notes, in German as written.
    details = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["calendar", "-started_at"])]

    def __str__(self):
        return f"{self.calendar} · {self.started_at:%Y-%m-%d %H:%M} · {self.result}"


class ImportedVenue(models.Model):
    """A place the sync created from a LOCATION no venue's name matched: to be checked."""

    venue = models.OneToOneField(
        "eventpages.Venue", on_delete=models.CASCADE, related_name="import_review"
    )
    calendar = models.ForeignKey(
        ExternalCalendar,
        verbose_name=_("Kalender"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    location = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("neuer Ort")
        verbose_name_plural = _("neue Orte")

    def __str__(self):
        return self.location
