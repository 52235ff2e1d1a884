"""Bad input to a glossary entry is refused with a message that says what to fix."""

import pytest
from django.core.exceptions import ValidationError

from glossary.models import Abbreviation
from tests.factories.glossary import AbbreviationFactory

pytestmark = pytest.mark.django_db


def _errors(locale, **fields):
    values = {"abbreviation": "NUA", "expansion": "New Urban Agenda", "locale": locale, **fields}
    entry = Abbreviation(**values)
    with pytest.raises(ValidationError) as caught:
        entry.full_clean()
    return caught.value.message_dict


def test_a_valid_entry_is_accepted_and_trimmed(locales):
    entry = Abbreviation(abbreviation=" NUA ", expansion=" New Urban Agenda ", locale=locales["en"], variants="NUAs")
    entry.full_clean()
    assert (entry.abbreviation, entry.expansion, entry.variant_list) == ("NUA", "New Urban Agenda", ["NUAs"])


def test_duplicate_in_one_locale_is_refused(locales):
    AbbreviationFactory(abbreviation="NUA")
    errors = _errors(locales["en"])
    assert errors["abbreviation"] == ["NUA is already in the glossary for this language: edit that entry instead."]


def test_same_abbreviation_in_another_locale_is_fine(locales):
    AbbreviationFactory(abbreviation="NUA")
    Abbreviation(abbreviation="NUA", expansion="Nouveau Programme pour les villes", locale=locales["fr"]).full_clean()


def test_case_matters_for_duplicates(locales):
    AbbreviationFactory(abbreviation="ED")
    Abbreviation(abbreviation="Ed", expansion="Editor", locale=locales["en"]).full_clean()


def test_empty_expansion_is_refused(locales):
    assert "expansion" in _errors(locales["en"], expansion="   ")


def test_expansion_equal_to_the_abbreviation_is_refused(locales):
    errors = _errors(locales["en"], expansion="nua")
    assert errors["expansion"] == ["The expansion repeats the abbreviation: write what it stands for, in words."]


@pytest.mark.parametrize("field", ["abbreviation", "expansion", "description", "variants"])
def test_html_in_any_field_is_refused(locales, field):
    errors = _errors(locales["en"], **{field: "<b>NUA</b>"})
    assert "HTML is not allowed here: write plain text without tags." in errors[field]


def test_a_less_than_sign_in_prose_is_not_html(locales):
    Abbreviation(
        abbreviation="LDC", expansion="least developed country", description="GDP < 1,000 USD", locale=locales["en"]
    ).full_clean()


@pytest.mark.parametrize("abbreviation", ["New Urban", "NUA-", "SDGцель", "-NUA"])
def test_abbreviation_must_be_one_word_of_one_script(locales, abbreviation):
    assert "one word of one script" in _errors(locales["en"], abbreviation=abbreviation)["abbreviation"][0]


def test_variants_must_be_single_words_and_not_other_entries(locales):
    AbbreviationFactory(abbreviation="UN")
    assert "Check: New Urban" in _errors(locales["en"], variants="NUAs, New Urban")["variants"][0]
    assert "UN" in _errors(locales["en"], variants="NUAs, UN")["variants"][0]


def test_duplicate_through_the_admin_gets_a_message_not_a_server_error(admin_client, locales):
    AbbreviationFactory(abbreviation="NUA")
    response = admin_client.post(
        "/admin/snippets/glossary/abbreviation/add/?locale=en",
        {"abbreviation": "NUA", "expansion": "New Urban Agenda", "description": "", "variants": ""},
    )
    assert response.status_code == 200
    assert "NUA is already in the glossary for this language" in response.content.decode()
    assert Abbreviation.objects.filter(abbreviation="NUA").count() == 1


def test_the_add_form_is_prefilled_from_the_editor_link(admin_client, locales):
    response = admin_client.get("/admin/snippets/glossary/abbreviation/add/?locale=fr&abbreviation=FUM")
    assert response.status_code == 200
    assert 'value="FUM"' in response.content.decode()
