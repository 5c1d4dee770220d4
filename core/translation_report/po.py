"""One PO file for a professional translator: the strings of many pages and snippets in one
target language, and back.

wagtail-localize exports and imports one translation at a time (Translation.export_po /
import_po: msgctxt is the string's place in its object, the file's header names the
translation). A translator's tool (Poedit, OmegaT, Weblate, Lokalize) opens one file best, so
the translations' files are put together:

- each entry's msgctxt is "<translation uuid>:<its own msgctxt>": the import knows which
  translation an entry belongs to, and the same German text in two pages stays two entries;
- a translator's comment names the page or snippet ("Seite: Beratung für Familien"), so the
  tool shows where a string is used;
- the header's Language is the target language, checked on import.

The import splits the file back per translation and hands each part to wagtail-localize
(its own checks: unknown strings and places are reported, not imported).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from uuid import UUID

import polib
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail_localize.models import Translation

TRANSLATION_HEADER = "X-WagtailLocalize-TranslationID"
SEPARATOR = ":"  # a uuid has none


class PoImportError(ValueError):
    """The file is no PO file of this report, or for another language (message says which)."""


def translations_for(keys_by_model, locale):
    """The enabled wagtail-localize translations into `locale` of the given originals.

    `keys_by_model`: translation keys of the originals (source-language versions).
    """
    return list(
        Translation.objects.filter(
            source__object_id__in=keys_by_model,
            source__locale__language_code=settings.LANGUAGE_CODE,
            target_locale=locale,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .order_by("source__object_repr", "pk")
    )


def export(translations, locale):
    """One POFile with the strings of every translation (their translations so far filled)."""
    combined = polib.POFile(wrapwidth=200)
    combined.metadata = {
        "Project-Id-Version": "Community Netzwerk",
        "POT-Creation-Date": str(timezone.now()),
        "Language": locale.language_code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Transfer-Encoding": "8bit",
    }
    for translation in translations:
        where = _("Aus: %(title)s") % {"title": translation.source.object_repr}
        for entry in translation.export_po():
            if entry.obsolete:
                continue  # kept by wagtail-localize for its own editor's reference
            combined.append(
                polib.POEntry(
                    msgid=entry.msgid,
                    msgstr=entry.msgstr,
                    msgctxt=f"{translation.uuid}{SEPARATOR}{entry.msgctxt}",
                    comment=where,
                )
            )
    return combined


@dataclass
class ImportResult:
    imported: int = 0
    skipped: int = 0  # entries wagtail-localize did not take (unknown string or place)
    translations: list = field(default_factory=list)


def parse(content):
    """A POFile from uploaded bytes, or PoImportError."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PoImportError(_("Die Datei ist nicht in UTF-8 kodiert.")) from error
    try:
        return polib.pofile(text)
    except (OSError, ValueError) as error:
        raise PoImportError(_("Die Datei ist keine PO-Datei.")) from error


def import_file(po, locale, user=None):
    """Import a combined PO file (export()) into the translations into `locale`."""
    language = po.metadata.get("Language", "").strip()
    if language and language != locale.language_code:
        raise PoImportError(
            _("Die Datei enthält Übersetzungen in „%(found)s“, gewählt ist „%(chosen)s“.")
            % {"found": language, "chosen": locale.language_code}
        )
    parts = defaultdict(list)
    for entry in po:
        if entry.obsolete or not entry.msgctxt or SEPARATOR not in entry.msgctxt:
            continue
        uuid, context = entry.msgctxt.split(SEPARATOR, 1)
        parts[uuid].append((entry, context))
    if not parts:
        raise PoImportError(_("Die Datei enthält keine Texte aus diesem Bericht."))

    found = {
        str(translation.uuid): translation
        for translation in Translation.objects.filter(uuid__in=valid_uuids(parts)).select_related(
            "source", "target_locale"
        )
    }
    foreign = [uuid for uuid in parts if uuid in found and found[uuid].target_locale != locale]
    if foreign or not found:
        raise PoImportError(
            _("Die Datei gehört zu keiner Übersetzung in die gewählte Sprache.")
            if not found
            else _("Die Datei enthält Texte anderer Sprachen als der gewählten.")
        )

    result = ImportResult()
    for uuid, entries in parts.items():
        translation = found.get(uuid)
        if translation is None:
            result.skipped += len(entries)
            continue
        single = polib.POFile(wrapwidth=200)
        single.metadata = {TRANSLATION_HEADER: uuid}
        for entry, context in entries:
            single.append(polib.POEntry(msgid=entry.msgid, msgstr=entry.msgstr, msgctxt=context))
        warnings = translation.import_po(single, user=user, tool_name="PO")
        refused = {warning.index for warning in warnings}
        result.imported += sum(
            1 for index, (entry, _c) in enumerate(entries) if entry.msgstr and index not in refused
        )
        result.skipped += len(refused)
        result.translations.append(translation)
    return result


def valid_uuids(parts):
    valid = []
    for value in parts:
        try:
            valid.append(UUID(value))
        except ValueError:
            continue
    return valid
