"""wagtail-localize's translation editor in the admin's language and the target's direction.

- The editor's script (`core/static/core/js/translation-editor.js`, added through Wagtail's
  `insert_editor_js` hook, which wagtail-localize's edit view renders too) gives the editor's
  text fields `dir` and `lang` of the target language, so Arabic and Persian are typed right to
  left, and translates the two labels the editor's bundle writes in English. The right-to-left
  languages are Django's bidi languages among ours.
- Dates: wagtail-localize writes "Translated manually on 6 December 2026" with `strftime`, the
  process's C locale, so English month names in every admin language.
  `StringTranslation.get_comment` is replaced by the same three messages (its msgids,
  translated in our catalogue) with the date in the admin's language ("6. Dezember 2026").
  This replaces a wagtail-localize internal: read it again with each upgrade (README,
  "Upgrading Wagtail"; tests/core/test_translation_editor.py compares the messages).
"""

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail_localize.models import StringTranslation

from . import dates

EDITOR_SCRIPT = "core/js/translation-editor.js"


def rtl_languages():
    return [code for code, _name in settings.LANGUAGES if get_language_info(code)["bidi"]]


def editor_script():
    """The script tag for Wagtail's `insert_editor_js` hook (registered in wagtail_hooks)."""
    return format_html(
        '<script src="{}" data-rtl-languages="{}"></script>',
        static(EDITOR_SCRIPT),
        " ".join(rtl_languages()),
    )


def translation_comment(string_translation):
    """How and when a segment was translated, the date in the active language."""
    date = dates.day(string_translation.updated_at)
    if string_translation.tool_name:
        return _("Translated with {tool_name} on {date}").format(
            tool_name=string_translation.tool_name, date=date
        )
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return None


def localize_comment_dates():
    """Called once from CoreConfig.ready()."""
    StringTranslation.get_comment = translation_comment
