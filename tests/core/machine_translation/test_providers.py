"""core.machine_translation against the fake provider (tests/fake_translator.py): the requests
LibreTranslate and DeepL are sent, how their answers are read, and every failure as a
MachineTranslationError of its kind with a sentence for a person."""

import pytest

from core import machine_translation as mt
from core.machine_translation.deepl import DeepL

pytestmark = pytest.mark.django_db


def test_off_by_default(settings):
    assert settings.MACHINE_TRANSLATION == "none"
    assert not hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
    assert mt.provider_name() is None
    assert mt.is_enabled() is False
    assert mt.may_translate(False) is False
    assert "nicht eingerichtet" in mt.refusal(False)
    with pytest.raises(mt.MachineTranslationError) as caught:
        mt.translate_texts(["Hallo"], "de", "ar", private=False)
    assert caught.value.kind == "not_configured"


def test_libretranslate_request_and_answer(fake_translator):
    fake_translator.settings.MACHINE_TRANSLATION_KEY = "lt-key"
    result = mt.translate_texts(["Hallo Welt", "Guten Tag"], "de", "ar", private=False)

    assert result == ["[ar] Hallo Welt", "[ar] Guten Tag"]
    [request] = fake_translator.requests
    assert (request["method"], request["path"]) == ("POST", "/translate")
    assert request["json"] == {
        "q": ["Hallo Welt", "Guten Tag"],
        "source": "de",
        "target": "ar",
        "format": "text",
        "api_key": "lt-key",
    }
    assert mt.provider_name() == "LibreTranslate" and mt.is_enabled()


def test_libretranslate_without_key_sends_none_and_keeps_html(fake_translator):
    html = 'Besuchen Sie <a id="a1">das Büro</a> und <b>kommen</b> Sie.'
    assert mt.translate_text(html, "de", "uk", private=False, html=True) == (
        '[uk] Besuchen Sie <a id="a1">[uk] das Büro</a>[uk]  und <b>[uk] kommen</b>[uk]  Sie.'
    )
    [request] = fake_translator.requests
    assert request["json"]["format"] == "html"
    assert "api_key" not in request["json"]


def test_libretranslate_keeps_line_breaks_of_plain_text(fake_translator):
    assert mt.translate_text("Erste Zeile\n\nZweite < Zeile", "de", "fa", private=False) == (
        "[fa] Erste Zeile\n\n[fa] Zweite < Zeile"
    )


def test_deepl_request_and_answer(fake_translator):
    fake_translator.use("deepl", key="deepl-key:fx")
    result = mt.translate_texts(["Hallo Welt", "Guten Tag"], "de", "en", private=False)

    assert result == ["[en] Hallo Welt", "[en] Guten Tag"]
    [request] = fake_translator.requests
    assert (request["method"], request["path"]) == ("POST", "/v2/translate")
    assert request["headers"]["Authorization"] == "DeepL-Auth-Key deepl-key:fx"
    assert request["json"] == {
        "text": ["Hallo Welt", "Guten Tag"],
        "source_lang": "DE",
        "target_lang": "EN-GB",  # DeepL wants a variant of English
    }
    assert mt.provider_name() == "DeepL"


def test_deepl_html_is_xml_tag_handling(fake_translator):
    fake_translator.use("deepl")
    html = 'Zum <a id="a1">Büro</a>'
    assert mt.translate_text(html, "de", "ar", private=False, html=True) == (
        '[ar] Zum <a id="a1">[ar] Büro</a>'
    )
    [request] = fake_translator.requests
    assert request["json"]["tag_handling"] == "xml"
    assert request["json"]["target_lang"] == "AR"


def test_deepl_hosts():
    assert DeepL("key:fx", "", 5).base == "https://api-free.deepl.com"
    assert DeepL("key", "", 5).base == "https://api.deepl.com"
    assert DeepL("key", "http://127.0.0.1:9", 5).base == "http://127.0.0.1:9"


def test_deepl_gets_at_most_fifty_texts_a_request(fake_translator):
    fake_translator.use("deepl")
    texts = [f"Satz {number}" for number in range(60)]
    assert mt.translate_texts(texts, "de", "tr", private=False) == [f"[tr] {t}" for t in texts]
    assert [len(r["json"]["text"]) for r in fake_translator.requests] == [50, 10]


def test_nothing_to_ask_for_the_same_language_or_no_text(fake_translator):
    assert mt.translate_texts(["Hallo"], "de", "de", private=False) == ["Hallo"]
    assert mt.translate_texts([], "de", "ar", private=False) == []
    assert mt.translate_texts(["", "  "], "de", "ar", private=False) == ["", "  "]
    assert fake_translator.requests == []


# Failures: a kind each, and a sentence that says nothing typed was lost

KEPT = "Ihre Eingaben sind gespeichert."


@pytest.mark.parametrize("provider", ["libretranslate", "deepl"])
@pytest.mark.parametrize(
    ("behaviour", "kind", "words"),
    [
        ("error500", "unavailable", "gerade nicht erreichbar"),
        ("garbage", "unavailable", "gerade nicht erreichbar"),
        ("bad_key", "rejected", "ungültigen Zugangsschlüssels"),
        ("quota", "quota", "Kontingent"),
    ],
)
def test_provider_failures(fake_translator, provider, behaviour, kind, words):
    fake_translator.use(provider)
    fake_translator.behave(behaviour)
    with pytest.raises(mt.MachineTranslationError) as caught:
        mt.translate_texts(["Hallo"], "de", "ar", private=False)
    assert caught.value.kind == kind
    assert words in caught.value.message
    assert KEPT in caught.value.message
    assert mt.provider_name() in caught.value.message
    assert len(fake_translator.requests) == 1


def test_libretranslate_key_limit_is_a_quota(fake_translator):
    fake_translator.behave("key_limit")
    with pytest.raises(mt.MachineTranslationError) as caught:
        mt.translate_text("Hallo", "de", "ar", private=False)
    assert caught.value.kind == "quota"


@pytest.mark.parametrize("provider", ["libretranslate", "deepl"])
def test_timeout(fake_translator, provider):
    fake_translator.use(provider, timeout=0.3)
    fake_translator.behave("slow", delay=1.5)
    with pytest.raises(mt.MachineTranslationError) as caught:
        mt.translate_text("Hallo", "de", "ar", private=False)
    assert caught.value.kind == "timeout"
    assert caught.value.message == (
        f"{mt.provider_name()} antwortet nicht (nach 0,3 Sekunden abgebrochen). {KEPT} "
        "Versuchen Sie es später noch einmal."
    )


@pytest.mark.parametrize(
    ("provider", "pair"), [("libretranslate", ("de", "fa")), ("deepl", ("DE", "FA"))]
)
def test_unsupported_pair(fake_translator, provider, pair):
    fake_translator.use(provider)
    fake_translator.behave(refuse_pairs={pair})
    with pytest.raises(mt.MachineTranslationError) as caught:
        mt.translate_text("Hallo", "de", "fa", private=False)
    assert caught.value.kind == "language"
    assert "nicht von Deutsch nach Persisch" in caught.value.message


def test_connection_refused(fake_translator):
    import socket

    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    fake_translator.settings.MACHINE_TRANSLATION_URL = f"http://127.0.0.1:{port}"
    with pytest.raises(mt.MachineTranslationError) as caught:
        mt.translate_text("Hallo", "de", "ar", private=False)
    assert caught.value.kind == "unavailable"


def test_missing_url_or_key(fake_translator):
    fake_translator.settings.MACHINE_TRANSLATION_URL = ""
    assert not mt.is_enabled()
    with pytest.raises(mt.MachineTranslationError) as caught:
        mt.translate_text("Hallo", "de", "ar", private=False)
    assert caught.value.kind == "not_configured"
    assert "MACHINE_TRANSLATION_URL" in caught.value.message

    fake_translator.use("deepl", key="")
    assert not mt.is_enabled()
    with pytest.raises(mt.MachineTranslationError) as caught:
        mt.translate_text("Hallo", "de", "ar", private=False)
    assert "MACHINE_TRANSLATION_KEY" in caught.value.message
    assert fake_translator.requests == []


# Privacy


def test_private_text_is_refused_unless_the_provider_may_have_it(fake_translator):
    fake_translator.use("deepl")
    assert mt.may_translate(False) and mt.refusal(False) is None
    assert not mt.may_translate(True)
    assert "nicht für vertrauliche Inhalte freigegeben" in mt.refusal(True)
    with pytest.raises(mt.MachineTranslationError) as caught:
        mt.translate_text("Unter uns", "de", "ar", private=True)
    assert caught.value.kind == "private_refused"
    assert caught.value.message == mt.refusal(True)
    assert fake_translator.requests == []

    fake_translator.use("libretranslate", private_ok=True)
    assert mt.may_translate(True)
    assert mt.translate_text("Unter uns", "de", "ar", private=True) == "[ar] Unter uns"


def test_is_private_page(site):
    from core.roles import MEMBER_AREA_GROUPS
    from home.models import ContentPage
    from tests.factories import add_child, restrict_to_groups

    public = add_child(site.home, ContentPage(title="Offen", slug="offen", locale=site.home.locale))
    closed = add_child(
        site.home, ContentPage(title="Intern", slug="intern", locale=site.home.locale)
    )
    below = add_child(
        closed, ContentPage(title="Darunter", slug="darunter", locale=site.home.locale)
    )
    restrict_to_groups(closed, MEMBER_AREA_GROUPS)
    assert not mt.is_private_page(public)
    assert mt.is_private_page(closed)
    assert mt.is_private_page(below)
    assert mt.is_private_page(site.board)
