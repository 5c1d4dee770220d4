"""The glossary of fixed terms (core.models.GlossaryTerm) on its way through the machine.

A term is fixed for a target language when it has a given translation there, or is kept
unchanged in every language; otherwise the machine translates it like any word. Terms are
German: the glossary applies to texts translated from the site's source language.

Where the provider has no glossary (LibreTranslate; DeepL for pairs without glossaries) each
occurrence of a term (whole words, case as written) is replaced by a placeholder element
holding the wanted text, marked for the machine to leave alone (`provider.keep`); the answer's
placeholders are replaced by the wanted text wherever the machine has moved them. Plain text
with terms travels as markup for this (escaped, line breaks as <br/>) and comes back as plain
text. A text of nothing but terms, tags and spaces needs no machine at all.
"""

import html as html_lib
import re

from django.conf import settings

PLACEHOLDER = re.compile(
    r'<(span|keep)\b[^>]*?\bdata-glossary="(\d+)"[^>]*>.*?</\1\s*>', re.DOTALL | re.IGNORECASE
)
TAG = re.compile(r"(<[^>]*>)")
LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def fixed_terms(source, target):
    """{German term: the text the target language gets} for the pair; {} when none apply."""
    from core.models import GlossaryTerm

    if source.split("-")[0] != settings.LANGUAGE_CODE:
        return {}
    return GlossaryTerm.fixed_for(target.split("-")[0])


def term_pattern(terms):
    ordered = sorted(terms, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(term) for term in ordered) + r")(?!\w)")


class Prepared:
    """One text made ready for the machine: `.text` to send, `.markup` (HTML/XML or plain),
    `.needs_machine`; `restore(answer)` gives the finished text."""

    def __init__(self, text, *, html, terms, keep):
        self.from_plain = False
        self.wanted = []
        self.markup = html
        self.text = text
        if terms and not html and term_pattern(terms).search(text):
            self.from_plain, self.markup = True, True
            self.text = html_lib.escape(text, quote=False).replace("\n", "<br/>")
        if terms and self.markup:
            self.text = self._protect(self.text, terms, keep)
        self.needs_machine = bool(self._words(self.text))

    def _protect(self, markup, terms, keep):
        escaped = {html_lib.escape(term, quote=False): term for term in terms}
        pattern = term_pattern(escaped)

        def placeholder(match):
            self.wanted.append(terms[escaped[match.group(1)]])
            return keep(len(self.wanted) - 1, html_lib.escape(self.wanted[-1], quote=False))

        return "".join(
            part if part.startswith("<") else pattern.sub(placeholder, part)
            for part in TAG.split(markup)
        )

    def _words(self, text):
        if self.markup:
            text = TAG.sub("", PLACEHOLDER.sub("", text))
            text = html_lib.unescape(text)
        return text.strip()

    def restore(self, answer):
        if self.wanted:

            def wanted(match):
                index = int(match.group(2))
                if index >= len(self.wanted):
                    return match.group(0)
                return html_lib.escape(self.wanted[index], quote=False)

            answer = PLACEHOLDER.sub(wanted, answer)
        if self.from_plain:
            answer = html_lib.unescape(LINE_BREAK.sub("\n", answer))
        return answer
