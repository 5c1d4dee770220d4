"""The dependencies' strings our catalogue translates (core/dependency_strings.py and .js) are
still theirs, and every admin language we ship has them: German included, where the source
language's catalogue carries only these.

When an upgrade of Wagtail or wagtail-localize drops or rewords a msgid, the first test names
it: take it out of the lists (and look for the new wording on the translation screens)."""

import json
import re
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize

from core.dependency_strings import DEPENDENCY_PLURALS, DEPENDENCY_STRINGS

ROOT = Path(__file__).resolve().parents[2]
LOCALE_DIR = ROOT / "locale"
ADMIN_LANGUAGES = ["de", "en", "ar", "fa", "uk", "ru", "tr"]
JS_LIST = ROOT / "core" / "dependency_strings.js"
EDITOR_BUNDLE = (
    Path(wagtail_localize.__file__).parent
    / "static"
    / "wagtail_localize"
    / "js"
    / "wagtail-localize.js"
)


def js_msgids():
    return [
        json.loads(f'"{text}"')
        for text in re.findall(r'gettext\("((?:[^"\\]|\\.)*)"\)', JS_LIST.read_text())
    ]


def plural_pairs():
    """(singular, plural) of each ngettext_lazy call in the module, as makemessages reads them."""
    source = (ROOT / "core" / "dependency_strings.py").read_text()
    pairs = re.findall(r'ngettext_lazy\("((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)"\)', source)
    assert len(pairs) == len(DEPENDENCY_PLURALS)
    return pairs


def upstream_msgids():
    """Every msgid of the installed Wagtail and wagtail-localize (their English catalogues)."""
    folders = [Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent]
    msgids = set()
    for folder in folders:
        for path in folder.glob("**/locale/en/LC_MESSAGES/django.po"):
            msgids |= {
                (entry.msgid, entry.msgid_plural or None) for entry in polib.pofile(str(path))
            }
    return msgids


def test_the_lists_name_strings_the_installed_dependencies_use():
    upstream = upstream_msgids()
    assert len(DEPENDENCY_STRINGS) > 100
    assert [msgid for msgid in DEPENDENCY_STRINGS if (msgid, None) not in upstream] == []
    assert [pair for pair in plural_pairs() if pair not in upstream] == []
    bundle = EDITOR_BUNDLE.read_text(encoding="utf-8")
    assert len(js_msgids()) >= 30
    assert [msgid for msgid in js_msgids() if json.dumps(msgid) not in bundle] == []


def catalogue(language, domain):
    path = LOCALE_DIR / language / "LC_MESSAGES" / f"{domain}.po"
    assert path.exists(), f"{path.relative_to(ROOT)} is missing: run 'make messages'"
    return polib.pofile(str(path))


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_every_admin_language_translates_them(language):
    po = catalogue(language, "django")
    missing = [
        msgid
        for msgid in DEPENDENCY_STRINGS
        if (entry := po.find(msgid)) is None or not entry.translated() or "fuzzy" in entry.flags
    ]
    for singular, _plural in plural_pairs():
        entry = po.find(singular)
        if entry is None or not entry.translated():
            missing.append(singular)
    po_js = catalogue(language, "djangojs")
    missing += [
        msgid
        for msgid in js_msgids()
        if (entry := po_js.find(msgid)) is None or not entry.translated() or "fuzzy" in entry.flags
    ]
    assert missing == []


@pytest.mark.parametrize("language", ["de", "ar", "fa", "uk", "ru", "tr"])
def test_no_locale_jargon_in_our_wording(language):
    """ "Locale" is the developers' word; the coordinators' is "Sprache"."""
    po = catalogue(language, "django")
    texts = [po.find(msgid).msgstr for msgid in DEPENDENCY_STRINGS if po.find(msgid)]
    assert [text for text in texts if "Locale" in text] == []
