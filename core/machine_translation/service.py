"""translate_texts: refusals first, then the glossary, then as few requests as possible."""

from django.utils.translation import get_language_info

from . import MachineTranslationError, config
from .glossary import Prepared, fixed_terms


def language_name(code):
    try:
        return get_language_info(code.split("-")[0])["name_translated"]
    except KeyError:
        return code


def translate_texts(texts, source, target, *, private, html=False):
    texts = [str(text) for text in texts]
    reason = config.refusal(private)
    if reason:
        raise MachineTranslationError(config.refusal_kind(private), reason)
    provider = config.provider()
    if not texts or source.split("-")[0] == target.split("-")[0]:
        return texts

    terms = fixed_terms(source, target)
    glossary_id = None
    if terms and provider.has_glossaries:
        glossary_id = provider.glossary_id(source, target, terms)
    placeholders = {} if glossary_id else terms

    results = list(texts)
    waiting = {False: [], True: []}  # plain, markup: [(position, Prepared)]
    for position, text in enumerate(texts):
        prepared = Prepared(text, html=html, terms=terms, keep=provider.keep)
        if prepared.needs_machine and placeholders is not terms:
            # DeepL's glossary does the terms; the placeholders only showed whether the text
            # is more than terms.
            prepared = Prepared(text, html=html, terms=placeholders, keep=provider.keep)
        if prepared.needs_machine:
            waiting[prepared.markup].append((position, prepared))
        else:
            results[position] = prepared.restore(prepared.text)

    languages = (language_name(source), language_name(target))
    for markup, items in waiting.items():
        if not items:
            continue
        answers = provider.translate(
            [prepared.text for _position, prepared in items],
            source,
            target,
            markup=markup,
            languages=languages,
            glossary_id=glossary_id,
        )
        for (position, prepared), answer in zip(items, answers, strict=True):
            results[position] = prepared.restore(answer)
    return results
