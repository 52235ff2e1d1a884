"""The demo glossary: English, translated into the five other languages."""

import pytest

from glossary import demo
from glossary.demo_data import ENTRIES
from glossary.expander import expand_fragments
from glossary.models import Abbreviation

pytestmark = pytest.mark.django_db


def test_demo_glossary_in_six_languages_is_idempotent(locales):
    messages = []
    demo.load(messages.append)
    assert Abbreviation.objects.live().count() == len(ENTRIES) * 6
    sdg = Abbreviation.objects.get(abbreviation="SDG", locale=locales["en"])
    odd = sdg.get_translation(locales["fr"])
    assert (odd.abbreviation, odd.expansion, odd.live, odd.variant_list) == (
        "ODD",
        "objectif de développement durable",
        True,
        [],
    )
    assert sdg.get_translation(locales["ru"]).abbreviation == "ЦУР"
    assert sdg.get_translation(locales["zh-hans"]).variant_list == ["SDGs"]
    demo.load(messages.append)
    assert Abbreviation.objects.count() == len(ENTRIES) * 6
    assert messages[-1].endswith("(0 created)")
    french, _ = expand_fragments(["<p>Les ODD de l’ONU.</p>"], locales["fr"])
    assert french == ["<p>Les objectif de développement durable (ODD) de l’Organisation des Nations Unies (ONU).</p>"]
