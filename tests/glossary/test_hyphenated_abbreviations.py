"""An abbreviation joined to a word by a hyphen ("UNDP-supported", "SDG-aligned")
is still an abbreviation: flagged when the glossary lacks it, spelled out when
it has it. Names made of hyphenated parts ("UN-Habitat", "COVID-19") stay whole."""

import pytest
from django.contrib.auth.models import Group

from glossary.checks import undefined_abbreviations
from glossary.expander import expand_fragments
from home.models import HomePage

pytestmark = pytest.mark.django_db

BRIEF_INTRODUCTION = (
    "<p>In November the UNDP-supported recovery work in Beira was completed, the SDG-aligned plans of "
    "three cities were adopted and the UN-Habitat-supported COVID-19-related programmes closed.</p>"
)


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw-for-tests-only")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_an_undefined_abbreviation_before_or_after_a_hyphenated_word_is_flagged(glossary, locales):
    text = BRIEF_INTRODUCTION + "<p>A non-UNEP body, and WUF-related events.</p>"
    assert undefined_abbreviations([text], locales["en"]) == ["UNDP", "UNEP"]
    assert undefined_abbreviations(["<p>ЕС-поддержка</p>"], locales["ru"]) == ["ЕС"]


def test_a_known_abbreviation_in_a_hyphenated_compound_is_spelled_out_once(glossary, locales):
    html, terms = expand_fragments(["<p>SDG-aligned plans, then an SDG-linked budget.</p>"], locales["en"])
    assert html == [
        "<p>Sustainable Development Goal (SDG)-aligned plans, then an "
        '<abbr title="Sustainable Development Goal">SDG</abbr>-linked budget.</p>'
    ]
    assert [term["abbreviation"] for term in terms] == ["SDG"]


def test_names_with_hyphens_stay_whole(glossary, locales):
    html, _ = expand_fragments(["<p>UN-Habitat-supported and COVID-19-related work, ED-1.</p>"], locales["en"])
    assert html == [
        "<p>United Nations Human Settlements Programme (UN-Habitat)-supported and "
        "coronavirus disease 2019 (COVID-19)-related work, ED-1.</p>"
    ]


def test_a_known_form_with_a_lowercase_part_is_neither_flagged_nor_missed(glossary, locales):
    from tests.factories.glossary import AbbreviationFactory

    AbbreviationFactory(abbreviation="e-GOV", expansion="electronic government")
    text = "<p>The e-GOV portal and the UNDP-supported e-GOV desk.</p>"
    assert undefined_abbreviations([text], locales["en"]) == ["UNDP"]
    html, _ = expand_fragments([text], locales["en"])
    assert html[0].startswith("<p>The electronic government (e-GOV) portal")


def test_the_editor_sees_the_hyphenated_abbreviation_in_the_checks_panel(client, editor, home, glossary):
    draft = HomePage.objects.get(pk=home.pk)
    draft.introduction = BRIEF_INTRODUCTION
    draft.save_revision(user=editor)
    client.force_login(editor)
    html = client.get(f"/admin/pages/{home.pk}/edit/").content.decode()
    assert "Abbreviations not in the glossary" in html
    assert "/admin/snippets/glossary/abbreviation/add/?locale=en&amp;abbreviation=UNDP" in html
    assert "abbreviation=SDG" not in html and "abbreviation=COVID" not in html


def test_the_report_lists_the_hyphenated_abbreviation_for_an_editor(client, editor, home, glossary):
    home.introduction = BRIEF_INTRODUCTION
    home.save_revision().publish()
    client.force_login(editor)
    html = client.get("/admin/reports/undefined-abbreviations/").content.decode()
    assert "<strong>UNDP</strong>" in html
    assert "<strong>SDG</strong>" not in html and "<strong>UN</strong>" not in html
