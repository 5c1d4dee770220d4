"""wagtail-localize's machine translator, asking through core.machine_translation.

settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR names this class when MACHINE_TRANSLATION is set
(network_site/settings/base.py). A translator does not know which page its strings come from:
it treats them as private unless told otherwise (`private`), so a caller that has not asked
(wagtail-localize's own views, which core.machine_translation.editor replaces) sends nothing
private to a provider not allowed it. The editor's views set `private` from the page.

Strings are wagtail-localize's HTML (`<a id="a1">` for links, <b>, <i>, <br/>): an answer that
is not valid as a translation of its string (a lost or invented link, a tag that strings may
not hold) is left out, and the segment stays empty for a person to translate.
"""

import logging

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue, extract_ids

from . import config, translate_texts

logger = logging.getLogger(__name__)


class CountyTranslator(BaseMachineTranslator):
    private = True

    def __init__(self, options):
        super().__init__(options)
        self.display_name = config.provider_name() or ""

    def can_translate(self, source_locale, target_locale):
        return (
            config.problem() is None
            and source_locale.language_code.split("-")[0]
            != target_locale.language_code.split("-")[0]
        )

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        answers = translate_texts(
            [string.data for string in strings],
            source_locale.language_code,
            target_locale.language_code,
            private=self.private,
            html=True,
        )
        return {
            string: checked(string, answer) for string, answer in zip(strings, answers, strict=True)
        }


def checked(string, answer):
    """The answer as a StringValue, or None where it would lose or invent a link, or hold a
    tag that strings may not."""
    try:
        value = StringValue.from_translated_html(answer)
    except ValueError as exc:
        logger.warning("Machine translation of %r left out: %s", string.data, exc)
        return None
    if extract_ids(string.data) != extract_ids(value.data):
        logger.warning("Machine translation of %r left out: its links changed", string.data)
        return None
    return value
