"""The members' board: a page, the topics (a translatable snippet), threads, posts and reports.

Threads belong to the board across its languages (they point at one language version; queries
use the board's translation key), because members write in their own languages and read each
other: every post records the language it was written in.
"""

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from core.admin_forms import OneLanguagePageForm
from core.categories import TranslatableCategory
from core.routes import DeclaredRoutesMixin
from core.translated_slugs import TranslatedSlugMixin

from .access import refuse_unless_member

TITLE_MAX_LENGTH = 200
BODY_MAX_LENGTH = 5000
# The page type a thread links to, named once as data: threads point at wagtailcore.Page (as
# posts do), so exchange depends on no model or migration of eventpages (README "Code map").
EVENT_PAGE_TYPE = "eventpages.EventPage"


def event_page_model():
    """The event page class, looked up by name where a query needs its own fields (the next
    start): found in the app registry, not imported from eventpages."""
    return apps.get_model(EVENT_PAGE_TYPE)


class Topic(TranslatableCategory):
    class Meta(TranslatableCategory.Meta):
        verbose_name = _("Thema im Austausch")
        verbose_name_plural = _("Themen im Austausch")


class BoardPage(TranslatedSlugMixin, DeclaredRoutesMixin, Page):
    """The members-only board; every route checks membership (exchange.access), whatever the
    page's view restriction says. The routes are in exchange.routes (core.routes)."""

    base_form_class = OneLanguagePageForm

    intro = models.TextField(
        _("Einleitung"),
        blank=True,
        help_text=_(
            "Begrüßt die Mitglieder über der Liste der Diskussionen und sagt, worüber man hier "
            "spricht, z. B. „Hier tauschen sich Haupt- und Ehrenamtliche über ihre Arbeit aus.“"
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    # The page's own fields only: threads and posts never reach the search index.
    search_fields = Page.search_fields

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Austauschforum")
        verbose_name_plural = _("Austauschforen")

    subpage_routes = "exchange.routes.BOARD_ROUTES"
    translated_filters = {"thema": Topic}  # see home.places

    def serve(self, request, *args, **kwargs):
        refused = refuse_unless_member(request)
        if refused is not None:
            return refused
        return super().serve(request, *args, **kwargs)

    def serve_preview(self, request, mode_name):
        return refuse_unless_member(request) or super().serve_preview(request, mode_name)

    def get_sitemap_urls(self, request=None):
        return []  # members only: never in the sitemap


class ThreadQuerySet(models.QuerySet):
    def on_board(self, board):
        return self.filter(board__translation_key=board.translation_key)

    def for_listing(self):
        return self.select_related("author", "topic").order_by("-last_activity_at", "-pk")

    def for_moderation(self):
        """Every thread, hidden ones too, with the counts the moderators' list shows.

        distinct=True: the two joins (posts, their reports) would otherwise multiply the counts.
        """
        return (
            self.select_related("board", "topic", "author")
            .annotate(
                post_count=Count("posts", filter=Q(posts__deleted_at__isnull=True), distinct=True),
                hidden_count=Count(
                    "posts",
                    filter=Q(posts__hidden=True, posts__deleted_at__isnull=True),
                    distinct=True,
                ),
                open_reports=Count(
                    "posts__reports",
                    filter=Q(posts__reports__resolved_at__isnull=True),
                    distinct=True,
                ),
            )
            .order_by("-last_activity_at", "-pk")
        )


class Thread(models.Model):
    board = models.ForeignKey(
        BoardPage, verbose_name=_("Forum"), on_delete=models.CASCADE, related_name="threads"
    )
    title = models.CharField(_("Titel"), max_length=TITLE_MAX_LENGTH)
    topic = models.ForeignKey(
        Topic, verbose_name=_("Thema"), on_delete=models.PROTECT, related_name="threads"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Begonnen von"),
        on_delete=models.CASCADE,
        related_name="exchange_threads",
    )
    language = models.CharField(_("Sprache"), max_length=10)
    created_at = models.DateTimeField(_("Begonnen am"), default=timezone.now)
    last_activity_at = models.DateTimeField(
        _("Letzte Aktivität"), default=timezone.now, db_index=True
    )
    closed = models.BooleanField(
        _("Geschlossen"), default=False, help_text=_("Keine neuen Antworten mehr möglich.")
    )
    hidden = models.BooleanField(
        _("Ausgeblendet"), default=False, help_text=_("Für Mitglieder nicht mehr sichtbar.")
    )
    # Event pages (EVENT_PAGE_TYPE) through the page table: the form offers only events.
    events = models.ManyToManyField(
        "wagtailcore.Page",
        verbose_name=_("Verknüpfte Veranstaltungen"),
        blank=True,
        related_name="+",
    )
    documents = models.ManyToManyField(
        settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name=_("Verknüpfte Dokumente"), blank=True
    )

    objects = ThreadQuerySet.as_manager()

    class Meta:
        verbose_name = _("Diskussion")
        verbose_name_plural = _("Diskussionen")
        ordering = ["-last_activity_at", "-pk"]

    def __str__(self):
        return self.title


class PostQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(hidden=False, deleted_at__isnull=True)

    def for_moderation(self):
        """Every post, hidden and deleted ones too, oldest first, with its open reports."""
        return (
            self.select_related("author")
            .annotate(open_reports=Count("reports", filter=Q(reports__resolved_at__isnull=True)))
            .order_by("created_at", "pk")
        )


class Post(models.Model):
    """One message; the first post of a thread is its opening text."""

    thread = models.ForeignKey(
        Thread, verbose_name=_("Diskussion"), on_delete=models.CASCADE, related_name="posts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Verfasst von"),
        on_delete=models.CASCADE,
        related_name="exchange_posts",
    )
    body = models.TextField(_("Text"), max_length=BODY_MAX_LENGTH)
    language = models.CharField(_("Sprache"), max_length=10)
    created_at = models.DateTimeField(_("Verfasst am"), default=timezone.now)
    edited_at = models.DateTimeField(_("Bearbeitet am"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("Gelöscht am"), null=True, blank=True)
    hidden = models.BooleanField(_("Ausgeblendet"), default=False)
    moderation_note = models.TextField(
        _("Hinweis der Koordination"),
        blank=True,
        help_text=_("Wird der Verfasserin oder dem Verfasser per E-Mail geschickt."),
    )

    objects = PostQuerySet.as_manager()

    class Meta:
        verbose_name = _("Beitrag")
        verbose_name_plural = _("Beiträge")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.thread.title} ({self.author})"


class ReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)

    def resolved(self):
        return self.filter(resolved_at__isnull=False)

    def for_moderation(self):
        """Open reports first, newest first, with everything the moderators' list shows."""
        return self.select_related(
            "post__author", "post__thread__board", "post__thread__topic", "reporter", "resolved_by"
        ).order_by(F("resolved_at").asc(nulls_first=True), "-created_at", "-pk")


class Report(models.Model):
    post = models.ForeignKey(
        Post, verbose_name=_("Beitrag"), on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Gemeldet von"),
        on_delete=models.CASCADE,
        related_name="exchange_reports",
    )
    reason = models.TextField(_("Grund"), max_length=2000)
    created_at = models.DateTimeField(_("Gemeldet am"), default=timezone.now)
    resolved_at = models.DateTimeField(_("Erledigt am"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Erledigt von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("Meldung")
        verbose_name_plural = _("Meldungen")
        ordering = ["-created_at"]

    def __str__(self):
        return str(self.post)


class NotificationPreference(models.Model):
    """Per member: reply emails (on unless switched off) and a daily summary (off unless on)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exchange_preference"
    )
    replies = models.BooleanField(_("E-Mail bei Antworten in meinen Diskussionen"), default=True)
    daily_summary = models.BooleanField(
        _("Tägliche Zusammenfassung neuer Diskussionen"), default=False
    )
    language = models.CharField(_("Sprache der E-Mails"), max_length=10, default="de")
    summary_sent_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("Benachrichtigungseinstellung")
        verbose_name_plural = _("Benachrichtigungseinstellungen")

    def __str__(self):
        return str(self.user)


class ReplyNotification(models.Model):
    """One email per reply and recipient: a retried task never mails twice."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="notifications")
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "recipient"], name="one_notification_per_reply")
        ]

    def __str__(self):
        return f"{self.post_id} → {self.recipient_id}"
