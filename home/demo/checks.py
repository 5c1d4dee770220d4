"""Self-check of the site's demo texts: every translatable German string has a real
translation in every language, the page tree and its blocks are well formed.

tests/home/test_demo_data.py runs it (no database needed: `pytest tests/home/test_demo_data.py`
after editing home/demo/data.py). Kept apart from the data, so the data module stays data.
"""

from . import data

# Contact card fields that may stay as they are.
VERBATIM_OK = {"name", "phone", "email", "address"}
BLOCK_TYPES = {
    "heading",
    "paragraph",
    "info_box",
    "accordion",
    "contact_card",
    "quote",
    "cta",
    "video",
}
CONTACT_FIELDS = ("name", "role", "organisation", "phone", "email", "address", "languages")


def check():
    """(summary, problems, warnings) for home/demo/data.py."""
    problems = []
    warnings = []
    found = {}  # German string -> True if it may stay identical

    german_only = False  # pages with "translate": False (easy-to-read German) need none

    def add(text, where, verbatim_ok=False):
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: empty or not a string: {text!r}")
            return
        if german_only:
            return
        found[text] = found.get(text, True) and verbatim_ok

    keys = [page["key"] for page in data.PAGES]
    if len(keys) != len(set(keys)):
        problems.append("duplicate page keys")
    seen = set()
    videos = 0
    for page in data.PAGES:
        key = page["key"]
        if page["type"] == "home":
            if page["parent"] is not None:
                problems.append(f"{key}: home page must not have a parent")
        elif page["parent"] not in seen:
            problems.append(f"{key}: parent {page['parent']!r} missing or listed later")
        seen.add(key)
        german_only = page.get("translate", True) is False
        if page.get("easy_language") and not german_only:
            problems.append(f"{key}: an easy-to-read page stays German (translate: False)")
        if page["members_only"] != (key == "mitglieder"):
            problems.append(f"{key}: members_only is wrong")
        add(page["title"], f"{key}.title")
        if page["type"] == "home":
            add(page["hero_heading"], f"{key}.hero_heading")
            add(page["hero_intro"], f"{key}.hero_intro")
        else:
            add(page["intro"], f"{key}.intro")
        if not 3 <= len(page["body"]) <= (14 if german_only else 8):
            warnings.append(f"{key}: {len(page['body'])} blocks (expected 3-8)")
        for index, (block_type, value) in enumerate(page["body"]):
            where = f"{key}.body[{index}].{block_type}"
            if block_type not in BLOCK_TYPES:
                problems.append(f"{where}: unknown block type")
            elif block_type == "heading":
                add(value["text"], where)
                if value["level"] not in ("h2", "h3"):
                    problems.append(f"{where}: bad level")
            elif block_type == "paragraph":
                for text in value:
                    add(text, where)
            elif block_type == "info_box":
                if value["kind"] not in ("note", "warning"):
                    problems.append(f"{where}: bad kind")
                add(value["title"], where)
                for text in value["text"]:
                    add(text, where)
            elif block_type == "accordion":
                add(value["title"], where)
                for item in value["items"]:
                    add(item["question"], where)
                    for text in item["answer"]:
                        add(text, where)
            elif block_type == "contact_card":
                for field in CONTACT_FIELDS:
                    add(value[field], f"{where}.{field}", field in VERBATIM_OK)
            elif block_type == "quote":
                add(value["text"], where)
                add(value["attribution"], where)
            elif block_type == "cta":
                add(value["label"], where)
                if value["page"] not in keys or value["page"] == key:
                    problems.append(f"{where}: bad target page {value['page']!r}")
            elif block_type == "video":
                videos += 1
                if key != "ueber-uns":
                    problems.append(f"{where}: video only allowed on ueber-uns")
                prefix = "https://www.youtube.com/watch?v="
                if not value["url"].startswith(prefix) or len(value["url"]) - len(prefix) != 11:
                    problems.append(f"{where}: bad video url")
                add(value["title"], where)
                add(value["caption"], where)
    if videos > 1:
        problems.append("more than one video block")

    for text, verbatim_ok in found.items():
        entry = data.TRANSLATIONS.get(text)
        if entry is None:
            problems.append(f"MISSING: {text!r}")
            continue
        for language in data.LANGUAGES:
            translated = entry.get(language)
            if not translated or not translated.strip():
                problems.append(f"MISSING {language}: {text!r}")
                continue
            for tag in ("<b>", "</b>"):
                if text.count(tag) != translated.count(tag):
                    problems.append(f"TAG COUNT {tag} {language}: {text!r}")
            if translated == text and not verbatim_ok and sum(char.isalpha() for char in text) > 3:
                warnings.append(f"IDENTICAL {language}: {text!r}")
            if '"' in translated or "<" in translated.replace("<b>", "").replace("</b>", ""):
                warnings.append(f"ODD CHARACTER {language}: {translated!r}")
        extra = set(entry) - set(data.LANGUAGES)
        if extra:
            warnings.append(f"extra languages {sorted(extra)}: {text!r}")
    for text in data.TRANSLATIONS:
        if text not in found:
            warnings.append(f"UNUSED translation: {text!r}")

    summary = (
        f"{len(data.PAGES)} pages: {', '.join(keys)}\n"
        f"{len(found)} translatable strings, {len(data.TRANSLATIONS)} translation entries, "
        f"{len(data.LANGUAGES)} languages"
    )
    return summary, problems, warnings
