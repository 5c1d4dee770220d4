"""Interface strings are translated into all six languages and the committed .mo files match."""

import re
from pathlib import Path

import polib
import pytest

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"
TARGET_LANGUAGES = ["en", "ar", "fa", "uk", "ru", "tr"]
# Proper names that read the same in every language.
SAME_EVERYWHERE = {"Video (YouTube, Vimeo)", "[Test] %(title)s", "%(time)s (UTC%(offset)s)"}
# German words that English writes the same way ("OpenDocument Text" is the format's name).
SAME_IN_ENGLISH = {"OpenDocument Text (ODT)", "Filter (%(count)s)"}


def only_placeholders(msgid):
    """Patterns such as "%(weekday)s, %(date)s" may rightly read the same in a language."""
    return not re.search(r"[^\W\d_]", re.sub(r"%\(\w+\)s", "", msgid))


def english_originals(language):
    """Wagtail's and wagtail-localize's own msgids are English: in English they rightly read
    the same (core/dependency_strings.py)."""
    if language != "en":
        return set()
    from core.dependency_strings import DEPENDENCY_STRINGS

    return set(DEPENDENCY_STRINGS) | SAME_IN_ENGLISH


@pytest.mark.parametrize("language", TARGET_LANGUAGES)
def test_catalogue_is_complete(language):
    po = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))
    same = SAME_EVERYWHERE | english_originals(language)
    assert len(po) > 50
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    copies = [
        entry.msgid
        for entry in po.translated_entries()
        if entry.msgstr == entry.msgid
        and len(entry.msgid) > 12
        and entry.msgid not in same
        and not only_placeholders(entry.msgid)
    ]
    assert copies == [], f"{language}: German copied instead of translated"


@pytest.mark.parametrize("domain", ["django", "djangojs"])
@pytest.mark.parametrize("language", ["de", *TARGET_LANGUAGES])
def test_compiled_catalogue_matches_source(language, domain):
    """Compare messages, not file times: a fresh clone's times are its checkout time."""
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    po = polib.pofile(str(folder / f"{domain}.po"))
    mo = polib.mofile(str(folder / f"{domain}.mo"))

    def messages(catalogue):
        result = {}
        for entry in catalogue:
            if entry.obsolete or "fuzzy" in entry.flags or not entry.msgid:
                continue
            if not (entry.msgstr or any(entry.msgstr_plural.values())):
                continue  # German msgids in the German catalogue: msgfmt leaves them out
            key = (entry.msgctxt, entry.msgid, entry.msgid_plural)
            result[key] = entry.msgstr_plural and dict(entry.msgstr_plural) or entry.msgstr
        return result

    def normalise(value):
        if isinstance(value, dict):
            return {int(k): v for k, v in value.items()}
        return value

    po_messages = {k: normalise(v) for k, v in messages(po).items()}
    mo_messages = {k: normalise(v) for k, v in messages(mo).items()}
    assert po_messages == mo_messages, f"{language} {domain}: run 'make messages' to recompile"


def test_every_template_string_is_in_the_catalogue():
    """Nothing marked for translation is missing from the catalogues (makemessages was run)."""
    import re

    root = LOCALE_DIR.parent
    po = polib.pofile(str(LOCALE_DIR / "ar" / "LC_MESSAGES" / "django.po"))
    msgids = {entry.msgid for entry in po}
    pattern = re.compile(r"""{% (?:translate|trans) (["'])(.+?)\1""")
    missing = []
    for template in root.glob("*/templates/**/*.html"):
        if ".venv" in template.parts:
            continue
        for _quote, text in pattern.findall(template.read_text(encoding="utf-8")):
            if text not in msgids:
                missing.append((template.name, text))
    assert missing == []


@pytest.mark.parametrize("language", [*TARGET_LANGUAGES, "de"])
@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_msgfmt_accepts_the_catalogue(language, domain, tmp_path):
    """GNU gettext's own check (CI runs it too): every plural form of a Russian or Ukrainian
    "%(count)s" string must name the count, since its first form also serves 21, 31, …"""
    import shutil
    import subprocess  # nosec B404: msgfmt on our own catalogue

    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("GNU gettext (msgfmt) is not installed")
    po = LOCALE_DIR / language / "LC_MESSAGES" / f"{domain}.po"
    result = subprocess.run(  # nosec B603
        [msgfmt, "--check", "-o", str(tmp_path / "check.mo"), str(po)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
