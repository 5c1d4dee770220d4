"""LibreTranslate's API (https://libretranslate.com/docs/): POST {URL}/translate with the texts
as a list in `q`, answered by `translatedText` in the same order.

The county's recommended provider: self-hosted, the texts stay in its hands. It has no
glossaries: fixed terms travel as `<span translate="no">`, which its HTML mode leaves as they
are (core.machine_translation.glossary puts them in and takes them out again).
"""

from .http import common_kind, error, mentions, send

BATCH = 50  # texts per request


def classify(status, text):
    if status == 429 or (status == 403 and mentions(text, "limit", "quota")):
        return "quota"
    if status == 400 and mentions(text, "language", "not supported", "lang"):
        return "language"
    return common_kind(status)


class LibreTranslate:
    name = "LibreTranslate"
    has_glossaries = False

    def __init__(self, url, key, seconds):
        self.url, self.key, self.seconds = url, key, seconds

    def code(self, language):
        return language.split("-")[0].lower()

    def keep(self, index, text):
        """A glossary term the machine must leave alone, in HTML mode."""
        return f'<span translate="no" data-glossary="{index}">{text}</span>'

    def glossary_id(self, source, target, entries):
        return None

    def translate(self, texts, source, target, *, markup, languages, glossary_id=None):
        translated = []
        for start in range(0, len(texts), BATCH):
            translated += self._translate(
                texts[start : start + BATCH], source, target, markup, languages
            )
        return translated

    def _translate(self, texts, source, target, markup, languages):
        body = {
            "q": texts,
            "source": self.code(source),
            "target": self.code(target),
            "format": "html" if markup else "text",
        }
        if self.key:
            body["api_key"] = self.key
        answer = send(
            "POST",
            f"{self.url}/translate",
            json=body,
            provider=self.name,
            seconds=self.seconds,
            classify=classify,
            languages=languages,
        )
        result = answer.get("translatedText") if isinstance(answer, dict) else None
        if isinstance(result, str) and len(texts) == 1:
            result = [result]
        if not (isinstance(result, list) and len(result) == len(texts)):
            raise error("unavailable", self.name)
        if not all(isinstance(text, str) for text in result):
            raise error("unavailable", self.name)
        return result
