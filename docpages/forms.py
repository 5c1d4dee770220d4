"""The admin's document form (WAGTAILDOCS_DOCUMENT_FORM_BASE): add, edit and multiple upload.

Uploads are checked by content (docpages.validators); replacing the file of an existing
document keeps the old file as a version before Wagtail deletes it.
"""

import logging

from django import forms
from django.apps import apps
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminPageChooser
from wagtail.documents.forms import BaseDocumentForm
from wagtail.models import Locale

from .models import ORGANISATION_PAGE_TYPE
from .validators import ALLOWED_NAMES, MESSAGES, clean_title, megabytes, validate_upload

logger = logging.getLogger(__name__)

# Wagtail's own fields of the document form, explained for the library's visitors.
COLLECTION_HELP = _(
    "Bestimmt, in welcher Bibliothek das Dokument erscheint und wer es sieht: Dokumente in "
    "privaten Sammlungen sehen nur Mitglieder, z. B. die Sammlung „Formulare“."
)
TAGS_HELP = _(
    "Freie Stichwörter beim Dokument; ein Klick darauf zeigt in der Bibliothek alle Dokumente "
    "mit demselben Schlagwort. Mehrere mit Komma trennen, z. B. „Kita, Anmeldung“."
)


class NetworkDocumentForm(BaseDocumentForm):
    version_note = forms.CharField(
        label=_("Notiz zur neuen Fassung"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Nur beim Ersetzen der Datei: Was hat sich geändert? Die Notiz steht in der Liste "
            "der früheren Fassungen, z. B. „Neue Öffnungszeiten ab März“."
        ),
    )

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, user=user, **kwargs)
        if self.instance.pk is None or "file" not in self.fields:
            # Adding, or the multiple uploader's metadata form: there is no file to replace.
            del self.fields["version_note"]
        else:
            order = list(self.fields)
            order.remove("version_note")
            order.insert(order.index("file") + 1, "version_note")
            self.order_fields(order)

        if "file" in self.fields:
            # Django's own check for empty files runs first; it should say what ours says.
            self.fields["file"].error_messages["empty"] = MESSAGES["empty"]
            self.fields["file"].help_text = _(
                "Die Datei, die Besucherinnen und Besucher herunterladen, z. B. ein Merkblatt als "
                "PDF. Erlaubte Dateitypen: %(allowed)s, höchstens %(limit)s MB. Die Datei wird "
                "beim Hochladen geprüft."
            ) % {"allowed": ALLOWED_NAMES, "limit": megabytes(settings.DOCUMENT_MAX_UPLOAD_SIZE)}
        if "collection" in self.fields:
            self.fields["collection"].help_text = COLLECTION_HELP
        if "tags" in self.fields:
            self.fields["tags"].label = _("Schlagwörter")
            self.fields["tags"].help_text = TAGS_HELP
        if "category" in self.fields:
            # Categories are translated snippets; the library matches them by translation_key.
            self.fields["category"].queryset = self.fields["category"].queryset.filter(
                locale=Locale.get_default()
            )
        if "organisation" in self.fields:
            # A page chooser of the directory's organisations (the document form's metaclass
            # leaves a foreign key to a page a plain select of every language version).
            field = self.fields["organisation"]
            organisation_page = apps.get_model(ORGANISATION_PAGE_TYPE)
            field.queryset = organisation_page.objects.all()
            field.widget = AdminPageChooser(target_models=[organisation_page])
        if "original" in self.fields:
            self.limit_originals()
        if "language" in self.fields:
            # The multiple uploader sends only title and collection; German is the default.
            self.fields["language"].required = False

    def limit_originals(self):
        """Offer only documents this user may open in the admin (Wagtail's permission policy).

        Titles are content too: an editor must not read those waiting in the coordinators'
        inbox. A link to a document the user may not open stays, without its title: the field
        is left out rather than shown empty, which would drop the link on saving.
        """
        originals = self.fields["original"].queryset.filter(original__isnull=True)
        if self.user is not None:
            originals = originals.filter(
                pk__in=self.permission_policy.instances_user_has_any_permission_for(
                    self.user, ["change", "choose"]
                ).values("pk")
            )
        if self.instance.pk:
            originals = originals.exclude(pk=self.instance.pk)
        current = self.instance.original_id
        if current is not None and not originals.filter(pk=current).exists():
            del self.fields["original"]
            return
        self.fields["original"].queryset = originals.order_by("title")

    def clean_title(self):
        return clean_title(self.cleaned_data.get("title"), self.fields["title"])

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            file.name = validate_upload(file)
        return file

    def _post_clean(self):
        file_refused = self.has_error("file")
        super()._post_clean()
        if file_refused:
            # Wagtail's model-level extension check then sees no file at all and adds a
            # confusing second message ("extension '' not allowed"); ours says it all.
            del self.errors["file"][1:]

    def clean_language(self):
        return self.cleaned_data.get("language") or self.instance.language or "de"

    def save(self, commit=True):
        replacing = bool(
            commit and self.instance.pk and self.original_file and "file" in self.changed_data
        )
        if replacing:
            stored = type(self.instance).objects.get(pk=self.instance.pk)
            try:
                stored.keep_current_file_as_version(
                    user=self.user, note=self.cleaned_data.get("version_note", "")
                )
            except OSError:
                # The old file is gone from storage (Wagtail's edit page says so and asks for
                # a new one): there is nothing to keep, and the replacement must still work.
                logger.warning("Document %s: old file missing, no version kept", stored.pk)
            self.instance.file_updated_at = timezone.now()
        return super().save(commit=commit)
