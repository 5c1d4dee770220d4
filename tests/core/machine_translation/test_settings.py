"""Machine translation is configured by the environment and off by default; when it is on,
wagtail-localize gets our translator (network_site/settings/base.py)."""

import importlib.util
from pathlib import Path

import pytest

import network_site.settings

BASE = Path(network_site.settings.__file__).with_name("base.py")

VARIABLES = [
    "MACHINE_TRANSLATION",
    "MACHINE_TRANSLATION_URL",
    "MACHINE_TRANSLATION_KEY",
    "MACHINE_TRANSLATION_PRIVATE_OK",
    "MACHINE_TRANSLATION_TIMEOUT",
]


def base_settings(monkeypatch, **variables):
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    # A fresh copy of the module (the settings in use stay as they are).
    spec = importlib.util.spec_from_file_location("network_site.settings.base_probe", BASE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return vars(module)


def test_off_without_environment(monkeypatch):
    settings = base_settings(monkeypatch)
    assert settings["MACHINE_TRANSLATION"] == "none"
    assert settings["MACHINE_TRANSLATION_PRIVATE_OK"] is False
    assert settings["MACHINE_TRANSLATION_TIMEOUT"] == 20
    assert "WAGTAILLOCALIZE_MACHINE_TRANSLATOR" not in settings


@pytest.mark.parametrize("provider", ["libretranslate", "DeepL "])
def test_on_from_environment(monkeypatch, provider):
    settings = base_settings(
        monkeypatch,
        MACHINE_TRANSLATION=provider,
        MACHINE_TRANSLATION_URL="http://translate.kreis.example/",
        MACHINE_TRANSLATION_PRIVATE_OK="1",
        MACHINE_TRANSLATION_TIMEOUT="5",
    )
    assert settings["MACHINE_TRANSLATION"] == provider.strip().lower()
    assert settings["MACHINE_TRANSLATION_URL"] == "http://translate.kreis.example"
    assert settings["MACHINE_TRANSLATION_PRIVATE_OK"] is True
    assert settings["MACHINE_TRANSLATION_TIMEOUT"] == 5
    assert settings["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"] == {
        "CLASS": "core.machine_translation.localize.CountyTranslator",
        "OPTIONS": {},
    }
