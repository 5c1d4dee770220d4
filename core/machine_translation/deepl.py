"""DeepL's API (https://developers.deepl.com/docs): POST /v2/translate with the texts as a list
in `text`, answered by `translations[].text` in the same order; the key in the Authorization
header. Free keys (ending ":fx") have their own host; MACHINE_TRANSLATION_URL replaces either.

Fixed terms go through DeepL's glossaries: one per pair of languages and content of the
glossary, created when first needed and remembered by a hash of its entries (Django's cache);
a changed glossary is a new one, and the old one is deleted at DeepL. For pairs DeepL has no
glossaries for (it answers 400), the terms travel as placeholders instead (`<keep>`, an
ignored tag).
"""

import hashlib

from django.core.cache import cache

from . import MachineTranslationError
from .http import common_kind, error, mentions, send

BATCH = 50  # DeepL takes at most 50 texts per request
UNSUPPORTED = "-"  # cached for a pair DeepL has no glossaries for
UNSUPPORTED_FOR = 60 * 60 * 24
CACHE_PREFIX = "machine-translation:deepl-glossary"


def classify(status, text):
    if status == 456:
        return "quota"
    if status == 429:  # too many requests at once: later will do
        return "unavailable"
    if status == 400 and mentions(text, "lang"):
        return "language"
    return common_kind(status)


def classify_glossary(status, text):
    """A glossary DeepL will not make (400: no glossaries for the pair) means placeholders."""
    return "language" if status == 400 else classify(status, text)


def target_code(language):
    """DeepL wants a variant for English (and Portuguese) as a target language."""
    code = language.split("-")[0].upper()
    return {"EN": "EN-GB", "PT": "PT-PT"}.get(code, code)


class DeepL:
    name = "DeepL"
    has_glossaries = True

    def __init__(self, key, url, seconds):
        self.key, self.seconds = key, seconds
        if url:
            self.base = url
        elif key.endswith(":fx"):
            self.base = "https://api-free.deepl.com"
        else:
            self.base = "https://api.deepl.com"
        self.glossary_key = None

    @property
    def headers(self):
        return {"Authorization": f"DeepL-Auth-Key {self.key}"}

    def _send(self, method, path, *, classify=classify, languages=("", ""), **kwargs):
        return send(
            method,
            f"{self.base}{path}",
            headers=self.headers,
            provider=self.name,
            seconds=self.seconds,
            classify=classify,
            languages=languages,
            **kwargs,
        )

    def keep(self, index, text):
        """A glossary term the machine must leave alone (an ignored XML tag)."""
        return f'<keep data-glossary="{index}">{text}</keep>'

    def translate(self, texts, source, target, *, markup, languages, glossary_id=None):
        translated = []
        try:
            for start in range(0, len(texts), BATCH):
                translated += self._translate(
                    texts[start : start + BATCH], source, target, markup, languages, glossary_id
                )
        except MachineTranslationError as exc:
            if glossary_id and exc.kind == "rejected" and self.glossary_key:
                # Perhaps the glossary was deleted at DeepL: the next attempt makes a new one.
                cache.delete(self.glossary_key)
            raise
        return translated

    def _translate(self, texts, source, target, markup, languages, glossary_id):
        body = {
            "text": texts,
            "source_lang": source.split("-")[0].upper(),
            "target_lang": target_code(target),
        }
        if markup:
            body["tag_handling"] = "xml"
            body["ignore_tags"] = ["keep"]
        if glossary_id:
            body["glossary_id"] = glossary_id
        answer = self._send("POST", "/v2/translate", json=body, languages=languages)
        items = answer.get("translations") if isinstance(answer, dict) else None
        if not (isinstance(items, list) and len(items) == len(texts)):
            raise error("unavailable", self.name)
        try:
            return [str(item["text"]) for item in items]
        except (KeyError, TypeError):
            raise error("unavailable", self.name) from None

    def glossary_id(self, source, target, entries):
        """The id of DeepL's glossary with these entries ({term: translation}), made if needed;
        None where DeepL has no glossaries for the pair."""
        source, target = source.split("-")[0].lower(), target.split("-")[0].lower()
        tsv = "\n".join(f"{term}\t{translation}" for term, translation in sorted(entries.items()))
        account = hashlib.sha256(f"{self.base}|{self.key}".encode()).hexdigest()[:16]
        digest = hashlib.sha256(f"{source}|{target}|{tsv}".encode()).hexdigest()
        self.glossary_key = f"{CACHE_PREFIX}:{account}:{digest}"
        known = cache.get(self.glossary_key)
        if known == UNSUPPORTED:
            return None
        if known:
            return known
        try:
            answer = self._send(
                "POST",
                "/v2/glossaries",
                classify=classify_glossary,
                json={
                    "name": f"Community Netzwerk {source}-{target}",
                    "source_lang": source,
                    "target_lang": target,
                    "entries": tsv,
                    "entries_format": "tsv",
                },
            )
        except MachineTranslationError as exc:
            if exc.kind == "language":
                cache.set(self.glossary_key, UNSUPPORTED, UNSUPPORTED_FOR)
                return None
            raise
        glossary_id = answer.get("glossary_id") if isinstance(answer, dict) else None
        if not glossary_id:
            raise error("unavailable", self.name)
        cache.set(self.glossary_key, glossary_id, None)
        self._replace(f"{CACHE_PREFIX}:{account}:{source}-{target}", glossary_id)
        return glossary_id

    def _replace(self, pair_key, glossary_id):
        """The pair's previous glossary is deleted at DeepL (accounts hold a limited number),
        and forgotten here."""
        previous = cache.get(pair_key)
        cache.set(pair_key, (glossary_id, self.glossary_key), None)
        if not previous or previous[0] == glossary_id:
            return
        previous_id, previous_key = previous
        cache.delete(previous_key)
        try:
            self._send("DELETE", f"/v2/glossaries/{previous_id}", expect_json=False)
        except MachineTranslationError:
            pass  # a glossary left over at DeepL harms nothing here
