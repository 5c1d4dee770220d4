"""The demo's glossary for the machine translator (home/demo/data.py GLOSSARY): the network's
name and the places stay, the integration course is called as the network calls it."""

from core import machine_translation as mt
from core.models import GlossaryTerm
from home.demo.data import SITE_NAME


def test_demo_glossary(demo_site, fake_translator):
    fixed = GlossaryTerm.fixed_for("ar")
    assert fixed[SITE_NAME] == SITE_NAME
    assert fixed["Zeitz"] == "Zeitz" and fixed["Jobcenter"] == "Jobcenter"
    assert fixed["Integrationskurs"] == "دورة الاندماج"
    assert "Integrationskurs" not in GlossaryTerm.fixed_for("fa")  # the machine's choice there

    text = "Das Sprachcafé in Zeitz hilft beim Integrationskurs."
    assert mt.translate_text(text, "de", "ar", private=False) == (
        "[ar] Das Sprachcafé in Zeitz[ar]  hilft beim دورة الاندماج[ar] ."
    )
