"""The members' forms: a thread, a reply, an edit, a report and the notification settings.

Texts are plain text: what a member typed is stored as typed (trimmed) and escaped when shown,
so the forms only check that something was written and that it is not too long. Topics,
events and documents are offered in the visitor's language; what is stored is the chosen row,
which the thread page maps back to the visitor's language by translation key.
"""

from django import forms
from django.conf import settings
from django.db.models import Min, Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Locale

from core.listing import ListingFilterForm
from core.visibility import hidden_collection_paths, visible_pages

from .models import (
    BODY_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    NotificationPreference,
    Thread,
    Topic,
    event_page_model,
)

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
EVENT_CHOICES = 50  # the next upcoming events offered to link
DOCUMENT_CHOICES = 200  # documents offered to link, by title


def current_language():
    language = get_language() or settings.LANGUAGE_CODE
    return language if language in LANGUAGE_CODES else settings.LANGUAGE_CODE


def topics_by_key(language=None):
    """{translation_key: topic} in `language`, German where a topic is not translated.

    One query; the board list, its filter and the thread form share it.
    """
    return Topic.objects.by_key(language or current_language())


def sorted_topics(topics):
    return sorted(topics.values(), key=lambda topic: topic.name.lower())


class LanguageSelect(forms.Select):
    """Each language's name is written in that language: say so to screen readers."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


def text_field(label, required_message, max_length=BODY_MAX_LENGTH, rows=8):
    return forms.CharField(
        label=label,
        max_length=max_length,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={
            "required": required_message,
            "max_length": _(
                "Der Text ist zu lang: höchstens %(limit_value)d Zeichen, "
                "Ihr Text hat %(show_value)d."
            ),
        },
    )


def title_field():
    return forms.CharField(
        label=_("Titel"),
        max_length=TITLE_MAX_LENGTH,
        error_messages={
            "required": _("Bitte geben Sie einen Titel ein."),
            "max_length": _(
                "Der Titel ist zu lang: höchstens %(limit_value)d Zeichen, "
                "Ihr Titel hat %(show_value)d."
            ),
        },
    )


class PostForm(forms.Form):
    """A reply, and the part every post has: its text and the language it is written in."""

    body = text_field(_("Text"), _("Bitte schreiben Sie einen Text."))
    language = forms.ChoiceField(
        label=_("Sprache des Textes"),
        choices=settings.LANGUAGES,
        widget=LanguageSelect,
        help_text=_("Damit Ihr Text richtig angezeigt und vorgelesen wird."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = current_language()
        self.fields["body"].help_text = _(
            "Nur Text, höchstens %(limit)d Zeichen. Links werden anklickbar."
        ) % {"limit": BODY_MAX_LENGTH}


class EditPostForm(PostForm):
    """Editing a post; the opening post's form also changes the thread's title."""

    title = title_field()
    field_order = ["title", "body", "language"]

    def __init__(self, *args, with_title=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not with_title:
            del self.fields["title"]


class TopicChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class ThreadForm(PostForm):
    title = title_field()
    topic = TopicChoiceField(
        label=_("Thema"),
        queryset=Topic.objects.none(),
        empty_label=_("Bitte wählen"),
        error_messages={"required": _("Bitte wählen Sie ein Thema.")},
    )
    events = forms.ModelMultipleChoiceField(
        label=_("Verknüpfte Veranstaltungen"),
        queryset=Thread.events.field.related_model.objects.none(),
        required=False,
        help_text=_("Freiwillig. Mehrere mit Strg oder Cmd auswählen."),
    )
    documents = forms.ModelMultipleChoiceField(
        label=_("Verknüpfte Dokumente"),
        queryset=get_document_model().objects.none(),
        required=False,
        help_text=_("Freiwillig. Mehrere mit Strg oder Cmd auswählen."),
    )
    field_order = ["title", "topic", "body", "language", "events", "documents"]

    def __init__(self, *args, request=None, topics=None, **kwargs):
        super().__init__(*args, **kwargs)
        topics = sorted_topics(topics if topics is not None else topics_by_key())
        topic_field = self.fields["topic"]
        topic_field.queryset = Topic.objects.filter(pk__in=[topic.pk for topic in topics])
        topic_field.choices = [("", topic_field.empty_label)] + [
            (topic.pk, topic.name) for topic in topics
        ]
        self._limit_choices("events", upcoming_events(request))
        self._limit_choices("documents", linkable_documents(request))

    def _limit_choices(self, name, objects):
        field = self.fields[name]
        field.queryset = field.queryset.model.objects.filter(pk__in=[obj.pk for obj in objects])
        field.choices = [(obj.pk, obj.title) for obj in objects]
        if not objects:
            field.widget = forms.MultipleHiddenInput()


def upcoming_events(request, limit=EVENT_CHOICES):
    """The next live events in the visitor's language that this member may see, soonest first.

    The next start comes from the event pages' own occurrences, so this one query needs their
    class: found by name (models.EVENT_PAGE_TYPE), exchange imports nothing of eventpages."""
    now = timezone.now()
    locale = Locale.objects.filter(language_code=current_language()).first()
    events = (
        event_page_model()
        .objects.live()
        .annotate(next_start=Min("occurrences__start", filter=Q(occurrences__end__gte=now)))
        .filter(next_start__isnull=False)
    )
    if locale is not None:
        events = events.filter(locale=locale)
    if request is not None:
        events = visible_pages(events, request)
    return list(events.order_by("next_start", "pk").only("pk", "title")[:limit])


def linkable_documents(request, limit=DOCUMENT_CHOICES):
    """Documents this member may open (public and members' collections), by title."""
    documents = get_document_model().objects.all()
    hidden = Q()
    for path in hidden_collection_paths(request) if request is not None else ():
        hidden |= Q(collection__path__startswith=path)
    if hidden:
        documents = documents.exclude(hidden)
    return list(documents.order_by("title", "pk").only("pk", "title")[:limit])


class ReportForm(forms.Form):
    reason = text_field(
        _("Warum melden Sie diesen Beitrag?"),
        _("Bitte nennen Sie einen Grund."),
        max_length=2000,
        rows=5,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].help_text = _(
            "Nur die Koordination sieht Ihre Meldung und Ihren Namen."
        )


class BoardFilterForm(ListingFilterForm):
    """The list's search and topic filter (GET); invalid values are simply not applied (a
    stale topic slug leaves the search applied)."""

    filter_fields = ("q", "thema")

    q = forms.CharField(label=_("Suche"), required=False, max_length=200)
    thema = forms.ChoiceField(label=_("Thema"), required=False)

    def __init__(self, *args, topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["thema"].choices = [("", _("Alle Themen"))] + [
            (topic.slug, topic.name) for topic in topics
        ]


class NotificationPreferenceForm(forms.ModelForm):
    language = forms.ChoiceField(
        label=_("Sprache der E-Mails"), choices=settings.LANGUAGES, widget=LanguageSelect
    )

    class Meta:
        model = NotificationPreference
        fields = ["replies", "daily_summary", "language"]
