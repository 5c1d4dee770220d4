"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): no image in a private collection.

Wagtail images have no privacy: every file and rendition is public under /media/. A
members-only collection (a view restriction on it or above it) would only pretend otherwise,
so uploading an image into one, or moving one there, is refused. The form is the one Wagtail
uses everywhere: the add and edit views, the multiple uploader and the chooser's upload tab.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from .privacy import is_private_collection, private_collections

REFUSAL = _(
    "Bilder sind immer öffentlich. „%(collection)s“ ist eine private Sammlung; "
    "bitte eine öffentliche Sammlung wählen."
)


class PublicCollectionImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("collection")
        if field is not None:
            private = private_collections()
            if self.instance.pk:
                # An image already in one: greyed out, its collection would be sent empty.
                private = private.exclude(pk=self.instance.collection_id)
            field.disabled_queryset = private
            field.help_text = _(
                "Bilder sind für alle sichtbar; private Sammlungen sind deshalb ausgegraut."
            )

    def clean(self):
        cleaned_data = super().clean()
        if "collection" in self.fields:
            collection = cleaned_data.get("collection")
        else:  # only one collection to choose from: the form puts the image there
            collection = self.collections[0]
        if collection is not None and is_private_collection(collection):
            # A new upload is refused as a whole: the multiple uploader shows only the
            # file's errors, and drops the upload then.
            uploading = "file" in self.fields and self.instance.pk is None
            self.add_error(
                "file" if uploading else ("collection" if "collection" in self.fields else None),
                REFUSAL % {"collection": collection.name},
            )
        return cleaned_data
