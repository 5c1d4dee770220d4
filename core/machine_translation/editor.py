"""wagtail-localize's two machine-translation views, on the county's terms.

- "Maschinell übersetzen" in the translation editor (POST translate/<id>/machine_translate/)
  and "Maschinelle Übersetzung verwenden" when updating translations (update/<id>/) are
  answered here: core.wagtail_hooks registers these URLs before wagtail-localize's (same
  paths, hook order -1), so the editor's form posts to us while `reverse()` of its names still
  gives the same address.
- Members-only pages go to the machine only if the provider may have private data; else the
  admin says why (core.machine_translation.refusal).
- A provider's failure is an error message on the page the person came from: their segments
  are as they were (the machine is asked before anything is written, and only empty segments
  are filled).
- Segments filled are StringTranslations of type "machine" with the provider's name as
  `tool_name`: the editor says "Übersetzt mit DeepL am …" under them until a person edits one,
  which makes it "manual" (wagtail-localize's edit_string_translation).
"""

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.views import update_translations
from wagtail_localize.views.edit_translation import apply_machine_translation

from . import MachineTranslationError, config, is_private_page
from .localize import CountyTranslator


def is_private(translation):
    """Whether the translated page (or its original) is under a view restriction."""
    for get in (translation.source.get_source_instance, translation.get_target_instance):
        try:
            instance = get()
        except ObjectDoesNotExist:  # a page not made yet (or deleted) says nothing
            continue
        if isinstance(instance, Page) and is_private_page(instance):
            return True
    return False


def empty_segments(translation):
    """How many of the source's segments have no translation into the target language."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=translation.target_locale_id,
    )
    return (
        StringSegment.objects.filter(source_id=translation.source_id)
        .exclude(Exists(translated))
        .count()
    )


def fill(translation, user):
    """Fill the translation's empty segments by machine; return (filled, left empty).

    Raises MachineTranslationError: the refusal for a private page, or the provider's failure.
    PermissionDenied where the user may not edit the translation (wagtail-localize's check).
    """
    private = is_private(translation)
    reason = config.refusal(private)
    if reason:
        raise MachineTranslationError(config.refusal_kind(private), reason)
    translator = CountyTranslator({})
    translator.private = private
    before = empty_segments(translation)
    apply_machine_translation(translation.id, user, translator)
    after = empty_segments(translation)
    return before - after, after


def say_filled(request, provider, filled, left):
    if filled:
        messages.success(
            request,
            ngettext(
                "%(count)s Abschnitt wurde mit %(provider)s übersetzt. Bitte prüfen Sie die "
                "maschinelle Übersetzung, bevor Sie veröffentlichen.",
                "%(count)s Abschnitte wurden mit %(provider)s übersetzt. Bitte prüfen Sie die "
                "maschinelle Übersetzung, bevor Sie veröffentlichen.",
                filled,
            )
            % {"count": filled, "provider": provider},
        )
    if left and filled:
        messages.warning(
            request,
            ngettext(
                "%(count)s Abschnitt ist noch leer: Bitte übersetzen Sie ihn selbst.",
                "%(count)s Abschnitte sind noch leer: Bitte übersetzen Sie sie selbst.",
                left,
            )
            % {"count": left},
        )
    if not filled and not left:
        messages.warning(request, _("Alle Abschnitte sind schon übersetzt."))
    if not filled and left:
        messages.warning(
            request,
            _("%(provider)s hat keinen der leeren Abschnitte übersetzen können.")
            % {"provider": provider},
        )


@require_POST
def machine_translate(request, translation_id):
    """The editor's "Übersetzen mit …" button."""
    translation = get_object_or_404(Translation, id=translation_id)
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    try:
        filled, left = fill(translation, request.user)
    except MachineTranslationError as exc:
        messages.error(request, exc.message)
    else:
        say_filled(request, config.provider_name(), filled, left)
    return redirect(next_url)


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """The update of translations with "Maschinelle Übersetzung verwenden": the machine's
    part done here, its refusal or failure said, and the update itself done either way."""

    def form_valid(self, form):
        if not form.cleaned_data.get("use_machine_translation"):
            return super().form_valid(form)
        form.cleaned_data["use_machine_translation"] = False
        self.object.update_from_db()  # the new source strings are what the machine fills
        filled = left = 0
        try:
            for translation in self.object.translations.filter(enabled=True):
                counts = fill(translation, self.request.user)
                filled, left = filled + counts[0], left + counts[1]
        except MachineTranslationError as exc:
            messages.error(self.request, exc.message)
        else:
            say_filled(self.request, config.provider_name(), filled, left)
        return super().form_valid(form)


urlpatterns = [
    path(
        "localize/translate/<int:translation_id>/machine_translate/",
        machine_translate,
        name="core_machine_translate",
    ),
    path(
        "localize/update/<int:translation_source_id>/",
        UpdateTranslationsView.as_view(),
        name="core_update_translations",
    ),
]
