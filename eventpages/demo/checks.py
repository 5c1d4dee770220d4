"""Self-check of the events demo texts: every translatable German string has a translation
in the languages it needs (snippets and the index in all, translated events in
EVENT_LANGUAGES), event slugs are unique.

tests/eventpages/test_demo_data.py runs it (no database needed). Kept apart from the data, so
the data module stays data.
"""

from . import data


def check():
    """(summary, problems, warnings) for eventpages/demo/data.py."""
    problems = []
    needed = {}  # German string -> languages

    def need(text, languages, where):
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: empty or not a string: {text!r}")
            return
        needed.setdefault(text, set()).update(languages)

    for _slug, name in data.CATEGORIES:
        need(name, data.LANGUAGES, f"category {name}")
    for venue in data.VENUES:
        if venue["accessibility_notes"]:
            need(venue["accessibility_notes"], data.LANGUAGES, f"venue {venue['key']}")
    need(data.INDEX["title"], data.LANGUAGES, "index.title")
    need(data.INDEX["intro"], data.LANGUAGES, "index.intro")
    for _type, value in data.INDEX["body"]:
        need(value["title"], data.LANGUAGES, "index.body")
        for text in value["text"]:
            need(text, data.LANGUAGES, "index.body")
    slugs = [event["slug"] for event in data.EVENTS]
    if len(slugs) != len(set(slugs)):
        problems.append("duplicate event slugs")
    for event in data.EVENTS:
        if event.get("translated"):
            for text in [event["title"], event["teaser"], *event["body"]]:
                need(text, data.EVENT_LANGUAGES, event["slug"])
            if event.get("cost"):
                need(event["cost"], data.EVENT_LANGUAGES, event["slug"])
    for text, languages in needed.items():
        entry = data.TRANSLATIONS.get(text, {})
        for language in sorted(languages):
            if not entry.get(language, "").strip():
                problems.append(f"MISSING {language}: {text!r}")
            elif entry[language] == text and language != "en":
                problems.append(f"IDENTICAL {language}: {text!r}")
    warnings = [f"unused translation: {text!r}" for text in data.TRANSLATIONS if text not in needed]
    summary = (
        f"{len(data.EVENTS)} events, {len(data.VENUES)} venues, {len(needed)} translatable strings"
    )
    return summary, problems, warnings
