"""Registrations, the seat ledger per date, the log of state changes and the notices sent."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def new_key():
    """The secret in a participant's manage link (signed on top, see eventpages.registration)."""
    return secrets.token_urlsafe(24)


class RegistrationQuerySet(models.QuerySet):
    def for_date(self, event_key, start):
        return self.filter(event_key=event_key, start=start)

    def holding_seats(self):
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        return self.filter(status=Registration.Status.WAITING).order_by("sequence")

    def active(self):
        """Registrations that count: confirmed or waiting (not pending, not cancelled)."""
        return self.filter(status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITING])


class Registration(models.Model):
    """One person's registration (for `persons` people) for one date of an event."""

    class Status(models.TextChoices):
        PENDING = "pending", _("E-Mail noch nicht bestätigt")
        CONFIRMED = "confirmed", _("Angemeldet")
        WAITING = "waiting", _("Warteliste")
        CANCELLED = "cancelled", _("Abgesagt")

    event_key = models.UUIDField(_("Veranstaltung (Schlüssel)"), db_index=True)
    event = models.ForeignKey(
        "eventpages.EventPage",
        verbose_name=_("Veranstaltung"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Die Sprachfassung, über die sich die Person angemeldet hat."),
    )
    start = models.DateTimeField(_("Termin"))
    status = models.CharField(
        _("Status"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    persons = models.PositiveSmallIntegerField(_("Personen"), default=1)
    name = models.CharField(_("Name"), max_length=200)
    email = models.EmailField(_("E-Mail"))
    phone = models.CharField(_("Telefon"), max_length=50, blank=True)
    children = models.PositiveSmallIntegerField(_("Anzahl der Kinder"), null=True, blank=True)
    spoken_languages = models.CharField(_("Gesprochene Sprachen"), max_length=200, blank=True)
    accessibility = models.TextField(_("Barrierefreiheit"), blank=True)
    note = models.TextField(_("Nachricht"), blank=True)
    language = models.CharField(_("Sprache"), max_length=10, default="de")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    key = models.CharField(max_length=64, unique=True, default=new_key, editable=False)
    created_at = models.DateTimeField(_("Angemeldet am"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("Bestätigt am"), null=True, blank=True)
    # Arrival order on the date, given when the e-mail address is confirmed (seats.confirm):
    # the waiting list is promoted in this order.
    sequence = models.PositiveIntegerField(_("Reihenfolge"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Anmeldung")
        verbose_name_plural = _("Anmeldungen")
        ordering = ["start", "sequence", "created_at"]
        constraints = [
            # An address registers once per date; a second attempt gets its manage link again.
            models.UniqueConstraint(
                fields=["event_key", "start", "email"],
                condition=~models.Q(status="cancelled"),
                name="registration_one_per_address_and_date",
            ),
            models.UniqueConstraint(
                fields=["event_key", "start", "sequence"],
                name="registration_unique_sequence",
            ),
        ]
        indexes = [models.Index(fields=["event_key", "start", "status"])]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        super().save(*args, **kwargs)


class RegistrationDate(models.Model):
    """The seat ledger of one date: its row is locked while a seat is given or freed, so two
    requests at once can never give the same seat twice (eventpages.registration.seats)."""

    event_key = models.UUIDField()
    start = models.DateTimeField()
    last_sequence = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("Termin mit Anmeldung")
        verbose_name_plural = _("Termine mit Anmeldung")
        constraints = [
            models.UniqueConstraint(fields=["event_key", "start"], name="registration_date_once")
        ]

    def __str__(self):
        return f"{self.event_key} {self.start:%Y-%m-%d %H:%M}"


class RegistrationLog(models.Model):
    """Every state change of a registration and every export, without personal data: it stays
    when a registration's data is deleted."""

    class Action(models.TextChoices):
        REGISTERED = "registered", _("Angemeldet (E-Mail noch nicht bestätigt)")
        CONFIRMED = "confirmed", _("Platz erhalten")
        WAITING = "waiting", _("Auf die Warteliste gesetzt")
        PROMOTED = "promoted", _("Von der Warteliste nachgerückt")
        CHANGED = "changed", _("Anzahl der Personen geändert")
        CANCELLED = "cancelled", _("Abgesagt")
        DELETED = "deleted", _("Daten gelöscht")
        EXPORTED = "exported", _("Liste exportiert")
        MESSAGED = "messaged", _("Nachricht an alle geschickt")

    registration = models.ForeignKey(
        Registration, null=True, blank=True, on_delete=models.SET_NULL, related_name="log"
    )
    event_key = models.UUIDField()
    start = models.DateTimeField()
    action = models.CharField(max_length=12, choices=Action.choices)
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    detail = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("Protokolleintrag der Anmeldung")
        verbose_name_plural = _("Protokoll der Anmeldungen")
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["event_key", "start", "at"])]

    def __str__(self):
        return f"{self.get_action_display()} {self.at:%Y-%m-%d %H:%M}"


class RegistrationNotice(models.Model):
    """An e-mail a registration was sent, at most once per kind: created in the same
    transaction as the mail is queued, so a retried task or a double click never sends two.
    Kinds with a subject that changes (a new time) carry it in their `kind`."""

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=80)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "kind"], name="registration_notice_once"
            )
        ]

    def __str__(self):
        return self.kind


@register_setting(icon="calendar-check")
class RegistrationSettings(BaseSiteSetting):
    """What every registration form says and how long participants' data is kept."""

    consent_text = models.TextField(
        _("Text zur Einwilligung"),
        blank=True,
        help_text=_(
            "Steht über dem Absenden-Knopf jeder Anmeldung. Leer: ein Standardtext in der "
            "Sprache des Besuchers, der sagt, wofür die Daten dienen und wann sie gelöscht werden."
        ),
    )
    delete_after_days = models.PositiveSmallIntegerField(
        _("Daten löschen nach (Tagen)"),
        default=30,
        help_text=_(
            "So viele Tage nach einem Termin werden Namen und Adressen seiner Anmeldungen "
            "automatisch gelöscht, z. B. 30."
        ),
    )

    class Meta:
        verbose_name = _("Anmeldungen")
