"""Forms for sharing: the members' upload form and the coordinators' rejection reason."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.visibility import visible_pages
from home.languages import SPOKEN_LANGUAGES

from .models import DocumentCategory, DocumentLibraryPage
from .validators import ALLOWED_NAMES, clean_title, validate_upload

SPOKEN_CODES = {code for code, _name in SPOKEN_LANGUAGES}
# The form's message, and the inbox's when a rejection reaches it without a reason.
REASON_REQUIRED = _(
    "Bitte schreiben Sie dem Mitglied eine Begründung, z. B. „Dieses Merkblatt gibt es schon in "
    "der Bibliothek.“"
)


def _translated_titles(pages, language_code):
    """{translation_key: title} of the live translations of these pages in the visitor's
    language (none needed in German)."""
    if language_code == settings.LANGUAGE_CODE or not pages:
        return {}
    rows = Page.objects.filter(
        locale__language_code=language_code,
        translation_key__in=[page.translation_key for page in pages],
        live=True,
    )
    return dict(rows.values_list("translation_key", "title"))


def _choices(empty_label, choices):
    return [("", empty_label)] + sorted(choices, key=lambda choice: str(choice[1]).lower())


def shareable_libraries(request):
    """German libraries the visitor may see that have a collection to take shared documents."""
    libraries = (
        DocumentLibraryPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE, library_collections__isnull=False)
        .distinct()
        .order_by("title")
    )
    return list(visible_pages(libraries, request))


def german_library_id(value, libraries):
    """The German library for a page id that may belong to one of its translations or aliases."""
    try:
        pk = int(value)
    except (TypeError, ValueError):
        return None
    by_key = {library.translation_key: library.pk for library in libraries}
    if pk in by_key.values():
        return pk
    key = Page.objects.filter(pk=pk).values_list("translation_key", flat=True).first()
    return by_key.get(key)


class ShareDocumentForm(forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=255)
    description = forms.CharField(
        label=_("Beschreibung"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Worum geht es in dem Dokument, für wen ist es gedacht?"),
    )
    language = forms.ChoiceField(label=_("Sprache des Dokuments"), choices=SPOKEN_LANGUAGES)
    category = forms.ChoiceField(label=_("Kategorie"), required=False)
    file = forms.FileField(label=_("Datei"))
    library = forms.ChoiceField(label=_("Bibliothek"))

    def __init__(self, data=None, files=None, *, request, library=None, **kwargs):
        super().__init__(data, files, **kwargs)
        language_code = get_language() or settings.LANGUAGE_CODE
        if language_code in SPOKEN_CODES:
            self.fields["language"].initial = language_code

        self.categories = {
            str(category.pk): category
            for category in DocumentCategory.objects.filter(
                locale__language_code=settings.LANGUAGE_CODE
            )
        }
        # The German categories are stored; their names are shown in the visitor's language.
        names = DocumentCategory.objects.names_by_key(language_code)
        self.fields["category"].choices = _choices(
            _("Keine Angabe"),
            [(pk, names.get(c.translation_key, c.name)) for pk, c in self.categories.items()],
        )

        libraries = shareable_libraries(request)
        self.libraries = {str(page.pk): page for page in libraries}
        titles = _translated_titles(libraries, language_code)
        self.fields["library"].choices = _choices(
            _("Bitte wählen"),
            [(pk, titles.get(p.translation_key, p.title)) for pk, p in self.libraries.items()],
        )
        if library is not None:
            self.fields["library"].initial = german_library_id(library, libraries)

        extensions = getattr(settings, "WAGTAILDOCS_EXTENSIONS", [])
        self.fields["file"].widget.attrs["accept"] = ",".join(f".{ext}" for ext in extensions)
        limits = {"types": ALLOWED_NAMES, "size": settings.DOCUMENT_MAX_UPLOAD_SIZE // 1024**2}
        self.fields["file"].help_text = (
            _("Erlaubte Dateitypen: %(types)s; höchstens %(size)s MB.") % limits
        )
        self.filename = None

    def clean_title(self):
        return clean_title(self.cleaned_data["title"], self.fields["title"])

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.filename = validate_upload(upload)
        return upload

    def clean_category(self):
        return self.categories.get(self.cleaned_data.get("category") or "")

    def clean_library(self):
        return self.libraries[self.cleaned_data["library"]]

    def ask_for_file_again(self):
        """A browser never re-sends a file after an error: the hint tells the member so."""
        if self.is_bound and self.errors:
            field = self.fields["file"]
            again = _("Bitte die Datei erneut auswählen.")
            field.help_text = f"{again} {field.help_text}"
            self["file"].help_text = field.help_text  # the bound field copied it in cleaning


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Begründung"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Das Mitglied bekommt diese Begründung per E-Mail, z. B. „Dieses Merkblatt gibt es "
            "schon in der Bibliothek.“"
        ),
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(REASON_REQUIRED)
        return reason
