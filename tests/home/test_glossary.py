"""Every translation keeps to locale/GLOSSARY.md: no word of a language's "avoid" column in
its catalogues, and Persian words of the ZWNJ list written with their zero-width non-joiner.

GLOSSARY_LOCALE_DIR points the test at another locale folder (e.g. a copy with fixes applied
before they are merged into the catalogues); by default it reads the project's `locale/`.
"""

import os
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
GLOSSARY = ROOT / "locale" / "GLOSSARY.md"
LOCALE = Path(os.environ.get("GLOSSARY_LOCALE_DIR") or ROOT / "locale")
ZWNJ = "\u200c"
NOT_IN_A_WORD = r"[\w\u200c]"


def parse_glossary(text):
    """{language: [(term, [use…], [avoid…])]} and the Persian ZWNJ words."""
    tables, zwnj, language, in_zwnj = {}, [], None, False
    for line in text.splitlines():
        heading = re.match(r"^## (\w+)\s*$", line)
        if heading:
            language, in_zwnj = heading.group(1), False
            tables[language] = []
            continue
        if line.startswith("### ZWNJ"):
            in_zwnj = True
            continue
        if in_zwnj and ZWNJ in line:
            zwnj += [word.strip() for word in line.split(",") if word.strip()]
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if language and line.startswith("|") and len(cells) == 3:
            term, use, avoid = cells
            if term in ("term", "") or set(term) <= {"-"}:
                continue
            split = [word.strip() for word in avoid.split(",") if word.strip() not in ("", "–")]
            tables[language].append((term, [word.strip() for word in use.split(",")], split))
    return tables, zwnj


def translations(language):
    """(domain, msgid, text) of every translated string of the language's catalogues."""
    for domain in ("django", "djangojs"):
        path = LOCALE / language / "LC_MESSAGES" / f"{domain}.po"
        for entry in polib.pofile(str(path)):
            if entry.obsolete:
                continue
            for text in [entry.msgstr, *entry.msgstr_plural.values()]:
                if text:
                    yield domain, entry.msgid, text


TABLES, ZWNJ_WORDS = parse_glossary(GLOSSARY.read_text(encoding="utf-8"))
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def test_glossary_covers_every_language_and_term():
    terms = {"network", "event", "document", "member", "board", "news", "password",
             "newsletter", "registration", "library", "coordinator"}  # fmt: skip
    assert set(TABLES) == set(LANGUAGES)
    for language, rows in TABLES.items():
        assert {term for term, _use, _avoid in rows} == terms, language
    assert "سه\u200cشنبه" in ZWNJ_WORDS


def starts_a_word(variant):
    return re.compile(rf"(?<!{NOT_IN_A_WORD}){re.escape(variant)}", re.IGNORECASE)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_uses_a_variant_to_avoid(language):
    patterns = [
        (term, variant, starts_a_word(variant))
        for term, _use, avoid in TABLES[language]
        for variant in avoid
    ]
    found = [
        f"{domain}: {msgid[:60]!r} uses {variant!r} ({term}): {text[:80]!r}"
        for domain, msgid, text in translations(language)
        for term, variant, pattern in patterns
        if pattern.search(text)
    ]
    assert not found, "\n".join(found)


def test_persian_words_keep_their_zwnj():
    patterns = []
    for word in ZWNJ_WORDS:
        for wrong in {word.replace(ZWNJ, ""), word.replace(ZWNJ, " ")}:
            patterns.append(
                (word, re.compile(rf"(?<!{NOT_IN_A_WORD}){re.escape(wrong)}(?!{NOT_IN_A_WORD})"))
            )
    found = [
        f"{domain}: {msgid[:60]!r} writes {word!r} without ZWNJ: {text[:80]!r}"
        for domain, msgid, text in translations("fa")
        for word, pattern in patterns
        if pattern.search(text)
    ]
    assert not found, "\n".join(found)
