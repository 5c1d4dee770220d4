"""The organiser's one message to everyone registered for a date."""

from django import forms
from django.utils.translation import gettext_lazy as _

SEATED = "seated"
SEATED_AND_WAITING = "seated_and_waiting"


class MessageForm(forms.Form):
    """Subject and text as the organiser writes them; each recipient gets them in a mail in
    their language with a note that the text is the organiser's (notices.organiser_message)."""

    recipients = forms.ChoiceField(
        label=_("An wen"),
        choices=[
            (SEATED, _("Alle mit Platz")),
            (SEATED_AND_WAITING, _("Alle mit Platz und alle auf der Warteliste")),
        ],
        initial=SEATED,
        widget=forms.RadioSelect,
    )
    subject = forms.CharField(
        label=_("Betreff"),
        max_length=150,
        help_text=_("Kurz und klar, z. B. „Raumänderung: wir treffen uns im Saal“."),
    )
    text = forms.CharField(
        label=_("Nachricht"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Schreiben Sie in einfachen Sätzen: die Nachricht geht so, wie Sie sie schreiben, "
            "an alle; die Erklärung drumherum bekommt jede Person in ihrer Sprache."
        ),
    )

    def clean_subject(self):
        subject = " ".join(self.cleaned_data["subject"].split())
        if not subject:
            raise forms.ValidationError(_("Bitte geben Sie einen Betreff ein."))
        return subject

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Bitte schreiben Sie eine Nachricht."))
        return text

    def recipients_of(self, lists):
        """The registrations the message goes to (an admin_queries.DateLists)."""
        if self.cleaned_data["recipients"] == SEATED_AND_WAITING:
            return lists.active
        return list(lists.seated)
