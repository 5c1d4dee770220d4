"""The glossary of fixed terms through the machine: placeholders with LibreTranslate (and with
DeepL where it has no glossary for the pair), DeepL's glossary API otherwise."""

import pytest

from core import machine_translation as mt
from core.models import GlossaryTerm

pytestmark = pytest.mark.django_db

JOB_CENTRE_AR = "مركز العمل"


@pytest.fixture
def glossary(db):
    GlossaryTerm.objects.create(term="Jobcenter", translations={"ar": JOB_CENTRE_AR})
    GlossaryTerm.objects.create(term="Zeitz", keep_unchanged=True)
    GlossaryTerm.objects.create(term="Integrationskurs", translations={"en": "integration course"})
    GlossaryTerm.objects.create(
        term="Netzwerk Integration", keep_unchanged=True, translations={"en": "Integration Network"}
    )


def test_fixed_terms_per_language(glossary):
    assert GlossaryTerm.fixed_for("ar") == {
        "Jobcenter": JOB_CENTRE_AR,
        "Netzwerk Integration": "Netzwerk Integration",
        "Zeitz": "Zeitz",
    }
    assert GlossaryTerm.fixed_for("en")["Integrationskurs"] == "integration course"
    assert GlossaryTerm.fixed_for("en")["Netzwerk Integration"] == "Integration Network"


def test_libretranslate_keeps_terms_by_placeholders(fake_translator, glossary):
    text = "Das Jobcenter in Zeitz hilft beim Integrationskurs."
    result = mt.translate_text(text, "de", "ar", private=False)

    [request] = fake_translator.requests
    assert request["json"]["format"] == "html"  # placeholders travel as markup
    [sent] = request["json"]["q"]
    assert sent == (
        f'Das <span translate="no" data-glossary="0">{JOB_CENTRE_AR}</span> in '
        '<span translate="no" data-glossary="1">Zeitz</span> hilft beim Integrationskurs.'
    )
    assert result == (f"[ar] Das {JOB_CENTRE_AR}[ar]  in Zeitz[ar]  hilft beim Integrationskurs.")


def test_placeholders_moved_by_the_machine_are_found(fake_translator, glossary):
    fake_translator.behave(move_placeholders=True)
    result = mt.translate_text("Im Jobcenter Zeitz.", "de", "ar", private=False)
    assert result == f"[ar] Im  [ar] . {JOB_CENTRE_AR} Zeitz"
    assert "span" not in result


def test_whole_words_as_written(fake_translator, glossary):
    result = mt.translate_text("Jobcenters und jobcenter, Zeitzeuge", "de", "ar", private=False)
    assert result == "[ar] Jobcenters und jobcenter, Zeitzeuge"
    assert fake_translator.requests[0]["json"]["format"] == "text"


def test_plain_text_with_terms_keeps_its_lines_and_characters(fake_translator, glossary):
    result = mt.translate_text("A < B & C\nim Jobcenter", "de", "ar", private=False)
    assert result == f"[ar] A < B & C\n[ar] im {JOB_CENTRE_AR}"


def test_terms_in_rich_text_and_links(fake_translator, glossary):
    html = 'Zum <a id="a1">Jobcenter</a> in <b>Zeitz</b>'
    result = mt.translate_text(html, "de", "ar", private=False, html=True)
    assert result == f'[ar] Zum <a id="a1">{JOB_CENTRE_AR}</a>[ar]  in <b>Zeitz</b>'


def test_only_terms_need_no_request(fake_translator, glossary):
    result = mt.translate_texts(["Jobcenter", " Zeitz "], "de", "ar", private=False)
    assert result == [JOB_CENTRE_AR, " Zeitz "]
    html = '<a id="a1">Jobcenter</a> <b>Zeitz</b>'
    assert mt.translate_text(html, "de", "ar", private=False, html=True) == (
        f'<a id="a1">{JOB_CENTRE_AR}</a> <b>Zeitz</b>'
    )
    assert fake_translator.requests == []


def test_other_source_languages_have_no_glossary(fake_translator, glossary):
    assert mt.translate_text("Jobcenter", "uk", "ar", private=False) == "[ar] Jobcenter"


def test_deepl_glossary_made_once_and_used(fake_translator, glossary):
    fake_translator.use("deepl")
    first = mt.translate_text("Das Jobcenter in Zeitz.", "de", "ar", private=False)
    second = mt.translate_text("Nur Zeitz bleibt.", "de", "ar", private=False)

    [created] = fake_translator.requests_to("/v2/glossaries")
    assert created["json"] == {
        "name": "Community Netzwerk de-ar",
        "source_lang": "de",
        "target_lang": "ar",
        "entries": f"Jobcenter\t{JOB_CENTRE_AR}\nNetzwerk Integration\tNetzwerk Integration\n"
        "Zeitz\tZeitz",
        "entries_format": "tsv",
    }
    translations = fake_translator.requests_to("/v2/translate")
    assert len(translations) == 2
    glossary_id = translations[0]["json"]["glossary_id"]
    assert glossary_id in fake_translator.glossaries
    assert translations[1]["json"]["glossary_id"] == glossary_id
    assert translations[0]["json"]["text"] == ["Das Jobcenter in Zeitz."]  # no placeholders
    assert "tag_handling" not in translations[0]["json"]
    assert first == f"[ar] Das {JOB_CENTRE_AR}[ar]  in Zeitz[ar] ."
    assert second.startswith("[ar] Nur Zeitz")


def test_deepl_glossary_changed_is_a_new_one_and_the_old_is_deleted(fake_translator, glossary):
    fake_translator.use("deepl")
    mt.translate_text("Im Jobcenter.", "de", "ar", private=False)
    old_id = fake_translator.requests_to("/v2/translate")[0]["json"]["glossary_id"]

    GlossaryTerm.objects.create(term="Landratsamt", keep_unchanged=True)
    mt.translate_text("Im Jobcenter.", "de", "ar", private=False)

    assert len(fake_translator.requests_to("/v2/glossaries")) == 2
    new_id = fake_translator.requests_to("/v2/translate")[1]["json"]["glossary_id"]
    assert new_id != old_id
    assert fake_translator.requests_to(f"/v2/glossaries/{old_id}")[0]["method"] == "DELETE"
    assert list(fake_translator.glossaries) == [new_id]


def test_deepl_without_glossary_for_the_pair_uses_placeholders(fake_translator, glossary):
    fake_translator.use("deepl")
    fake_translator.behave(refuse_glossary_pairs={("de", "ar")})
    first = mt.translate_text("Im Jobcenter.", "de", "ar", private=False)
    mt.translate_text("Im Jobcenter.", "de", "ar", private=False)

    assert len(fake_translator.requests_to("/v2/glossaries")) == 1  # not asked again
    request = fake_translator.requests_to("/v2/translate")[0]["json"]
    assert "glossary_id" not in request
    assert request["tag_handling"] == "xml" and request["ignore_tags"] == ["keep"]
    assert request["text"] == [f'Im <keep data-glossary="0">{JOB_CENTRE_AR}</keep>.']
    assert first == f"[ar] Im {JOB_CENTRE_AR}[ar] ."


def test_deepl_glossary_failure_is_a_failure(fake_translator, glossary):
    fake_translator.use("deepl")
    fake_translator.behave("quota")
    with pytest.raises(mt.MachineTranslationError) as caught:
        mt.translate_text("Im Jobcenter.", "de", "ar", private=False)
    assert caught.value.kind == "quota"
