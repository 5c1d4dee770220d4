"""The admin's page form: translatable snippets in the page's own language, and a slug that
follows the title when the editor leaves it empty.

A page's checkbox lists, selects and chooser modals of translatable snippets (categories,
authors, venues) would otherwise list every item seven times, once per language. A German page
offers the German items; its translations point at the translated items by themselves
(wagtail-localize synchronises references to translatable snippets).

Chooser modals (Wagtail's snippet chooser) have a language filter of their own that starts at
"All"; the chooser's address gets `?locale=<the page's language>`, so the modal opens on the
page's language (the coordinator can still switch it).

A new page's slug is filled from its title in the browser only when the title field loses
focus; a coordinator who types a title and publishes at once sent an empty slug and got
"Dieses Feld muss ausgefüllt werden" (and, on that error page, Wagtail's autosave created
the page, so the next "Veröffentlichen" failed with "Der Kurztitel … wird bereits verwendet").
An empty slug is therefore made from the title here, unique among the page's siblings.

Every page model of the site uses it as `base_form_class = OneLanguagePageForm`.
"""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.models import Locale, TranslatableMixin

from .translated_slugs import free_title_slug

# A title without letters or digits ("!!!") gives no slug: the coordinator types one.
SLUG_REQUIRED = _(
    "Aus diesem Titel lässt sich keine Adresse bilden. Bitte geben Sie einen Kurztitel aus "
    "Buchstaben, Ziffern und Bindestrichen ein, z. B. „sprachcafe-im-advent“."
)


# A page's picture (fields `image` and `image_alt`) needs a text for people who cannot see it:
# the page's own (translated with the page) or, failing that, the image's description.
PICTURE_ALT_REQUIRED = _(
    "Bitte beschreiben Sie das Bild in ein bis zwei Sätzen für Menschen, die es nicht sehen, "
    "z. B. „Zwei Tassen Kaffee und Sprechblasen auf einem Tisch“. (Oder tragen Sie beim Bild "
    "selbst eine Beschreibung ein.)"
)


class OneLanguagePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
        self.offer_one_language()

    def clean(self):
        if "slug" in self.fields and self.slug_follows_title():
            title = self.cleaned_data.get("title", "")
            slug = free_title_slug(title, self.parent_page, self.instance.pk)
            if slug:
                self.cleaned_data["slug"] = slug
            elif not self.cleaned_data.get("slug"):
                self.add_error("slug", SLUG_REQUIRED)
        if "image" in self.fields and "image_alt" in self.fields:
            image = self.cleaned_data.get("image")
            alt = (self.cleaned_data.get("image_alt") or "").strip()
            if image is not None and not alt and not (image.description or "").strip():
                self.add_error("image_alt", PICTURE_ALT_REQUIRED)
        return super().clean()

    def slug_follows_title(self):
        """An empty slug; or, as Wagtail's slug field does in the browser, the slug of a page
        never published that its earlier title gave (an autosave a moment after the first
        keystrokes saves "Sprac" as "sprac": the page published a second later is called
        "Sprachcafé im Advent" and gets "sprachcafé-im-advent")."""
        submitted = self.cleaned_data.get("slug")
        if not submitted:
            return True
        page = self.instance
        if page.pk is None or page.live or page.first_published_at:
            return False
        title = self.cleaned_data.get("title")
        # Every title saved so far (the page row's and its drafts'): two autosaves while typing
        # ("Sprac", then "Sprachcafé im") move the draft on, while the form in the browser still
        # holds the slug the first one gave. A page never published has few drafts.
        saved = set(page.revisions.values_list("content__title", flat=True))
        earlier_titles = ({page.title, page.draft_title} | saved) - {"", None, title}
        earlier_slugs = {
            free_title_slug(earlier, self.parent_page, page.pk) for earlier in earlier_titles
        }
        return submitted in earlier_slugs

    def offer_one_language(self):
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is None:
            return
        language_code = None
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is None or not issubclass(queryset.model, TranslatableMixin):
                continue
            field.queryset = queryset.filter(locale_id=locale_id)
            if isinstance(field.widget, BaseChooser):
                if language_code is None:
                    language_code = Locale.objects.get(pk=locale_id).language_code
                open_chooser_in_language(field.widget, language_code)


def open_chooser_in_language(widget, language_code):
    """Point this form's copy of a chooser widget at the modal filtered to one language."""
    url = widget.get_chooser_modal_url()
    separator = "&" if "?" in url else "?"
    language_url = f"{url}{separator}{urlencode({'locale': language_code})}"
    widget.get_chooser_modal_url = lambda: language_url
