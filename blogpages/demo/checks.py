"""Self-check of the news demo texts: every translatable German string has a translation in
the languages it needs (snippets and the index in all, translated posts in POST_LANGUAGES),
posts name known categories and authors.

tests/blogpages/test_demo_data.py runs it (no database needed). Kept apart from the data, so
the data module stays data.
"""

from . import data


def block_texts(block_type, value):
    """The translatable German texts of one body block in the compact notation."""
    if block_type == "paragraph":
        return list(value)
    if block_type == "info_box":
        return [value["title"], *value["text"]]
    if block_type == "quote":
        return [value["text"], value["attribution"]]
    raise ValueError(f"No demo translation support for {block_type} blocks")


def check():
    """(summary, problems, warnings) for blogpages/demo/data.py."""
    problems = []
    needed = {}  # German string -> languages

    def need(text, languages, where):
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: empty or not a string: {text!r}")
            return
        needed.setdefault(text, set()).update(languages)

    for _slug, name in data.CATEGORIES:
        need(name, data.LANGUAGES, f"category {name}")
    for author in data.AUTHORS:
        need(author["role"], data.LANGUAGES, f"author {author['key']}")
        need(author["organisation"], data.LANGUAGES, f"author {author['key']}")
    need(data.INDEX["title"], data.LANGUAGES, "index.title")
    need(data.INDEX["intro"], data.LANGUAGES, "index.intro")
    slugs = [post["slug"] for post in data.POSTS]
    if len(slugs) != len(set(slugs)):
        problems.append("duplicate post slugs")
    categories = {slug for slug, _name in data.CATEGORIES}
    authors = {author["key"] for author in data.AUTHORS}
    for post in data.POSTS:
        if not set(post["categories"]) <= categories:
            problems.append(f"{post['slug']}: unknown category")
        if not set(post["authors"]) <= authors:
            problems.append(f"{post['slug']}: unknown author")
        if post.get("translated"):
            texts = [post["title"], post["teaser"]]
            for block_type, value in post["body"]:
                texts.extend(block_texts(block_type, value))
            for text in texts:
                need(text, data.POST_LANGUAGES, post["slug"])
    for text, languages in needed.items():
        entry = data.TRANSLATIONS.get(text, {})
        for language in sorted(languages):
            if not entry.get(language, "").strip():
                problems.append(f"MISSING {language}: {text!r}")
            elif entry[language] == text:
                problems.append(f"IDENTICAL {language}: {text!r}")
            elif '"' in entry[language] or "<" in entry[language]:
                problems.append(f"ODD CHARACTER {language}: {entry[language]!r}")
    warnings = [f"unused translation: {text!r}" for text in data.TRANSLATIONS if text not in needed]
    summary = f"{len(data.POSTS)} posts, {len(needed)} translatable strings"
    return summary, problems, warnings
