"""Labels visitors read on flagship and donate pages exist in every language,
and amounts follow the reader's conventions, isolated for bidi."""

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

LANGUAGES = ["fr", "es", "ar", "zh-hans", "ru"]
VISITOR_LABELS = [
    "Planned", "Paused", "Milestone", "Major development", "Funds received", "Funds spent",
    "Review", "Figure", "Valid on", "Share", "What", "All projects that need funding", "Thank you",
    "%(received)s received of %(goal)s (%(percent)s)",
]  # fmt: skip


@pytest.mark.parametrize("code", LANGUAGES)
def test_visitor_labels_are_translated(code):
    with translation.override(code):
        untranslated = [msgid for msgid in VISITOR_LABELS if translation.gettext(msgid) == msgid]
    assert untranslated == []


def _progress(code):
    template = Template(
        "{% load i18n public_tags %}{% blocktranslate with received=received|money:'USD' goal=goal|money:'USD' "
        "percent=share|percent %}{{ received }} received of {{ goal }} ({{ percent }}){% endblocktranslate %}"
    )
    with translation.override(code):
        return template.render(Context({"received": Decimal("4525"), "goal": Decimal("12500000"), "share": 0}))


def test_amounts_follow_the_readers_conventions_and_stay_whole_in_arabic():
    assert _progress("en") == "<bdi>$4,525.00</bdi> received of <bdi>$12,500,000.00</bdi> (<bdi>0%</bdi>)"
    french = _progress("fr")
    assert french.startswith("<bdi>4\u202f525,00\xa0$US</bdi> reçus sur <bdi>12\u202f500\u202f000,00\xa0$US</bdi>")
    arabic = _progress("ar")
    # Each amount is one isolated run: no "USD received of 4525,00" scramble.
    assert arabic.count("<bdi>") == 3
    assert "12500000,00" not in arabic and "USD received" not in arabic
