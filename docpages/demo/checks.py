"""Self-check of the documents demo: every translatable German string has a translation in
the languages it needs, every document has its file in files/, originals and picks exist.

tests/docpages/test_demo_data.py runs it (no database needed). Kept apart from the data, so
the data module stays data.
"""

from . import data


def check():
    """(summary, problems, warnings) for docpages/demo/data.py and its files."""
    problems = []
    needed = {}  # German string -> languages

    def need(text, languages):
        needed.setdefault(text, set()).update(languages)

    for _slug, name in data.CATEGORIES:
        need(name, data.LANGUAGES)
    need(data.LIBRARY["title"], data.LIBRARY_LANGUAGES)
    need(data.LIBRARY["intro"], data.LIBRARY_LANGUAGES)
    for _type, texts in data.LIBRARY["body"]:
        for text in texts:
            need(text, data.LIBRARY_LANGUAGES)
    for text, languages in needed.items():
        entry = data.TRANSLATIONS.get(text, {})
        for language in sorted(languages):
            if not entry.get(language, "").strip():
                problems.append(f"MISSING {language}: {text!r}")
    keys = {spec["key"] for spec in data.DOCUMENTS}
    for spec in [*data.DOCUMENTS, data.PENDING]:
        if not (data.FILES / spec["file"]).is_file():
            problems.append(f"no file {spec['file']}")
        if spec.get("original") and spec["original"] not in keys:
            problems.append(f"unknown original {spec['original']}")
    for key in data.MEMBERS_LIBRARY["picks"]:
        if key not in keys:
            problems.append(f"unknown pick {key}")
    warnings = [f"unused translation: {text!r}" for text in data.TRANSLATIONS if text not in needed]
    summary = f"{len(data.DOCUMENTS)} documents, {len(needed)} translatable strings"
    return summary, problems, warnings
