import pytest

from tests.factories.glossary import AbbreviationFactory


@pytest.fixture
def glossary(locales):
    """A small English glossary, and the French one where SDG is ODD."""
    english = {
        "SDG": AbbreviationFactory(abbreviation="SDG", expansion="Sustainable Development Goal", variants="SDGs"),
        "ED": AbbreviationFactory(abbreviation="ED", expansion="Executive Director"),
        "WUF": AbbreviationFactory(
            abbreviation="WUF", expansion="World Urban Forum", description="Held every two years."
        ),
        "UN-Habitat": AbbreviationFactory(
            abbreviation="UN-Habitat", expansion="United Nations Human Settlements Programme"
        ),
        "COVID-19": AbbreviationFactory(abbreviation="COVID-19", expansion="coronavirus disease 2019"),
    }
    french = {
        "ODD": AbbreviationFactory(
            abbreviation="ODD",
            expansion="objectif de développement durable",
            locale=locales["fr"],
            translation_key=english["SDG"].translation_key,
        ),
    }
    russian = {
        "ООН": AbbreviationFactory(abbreviation="ООН", expansion="Организация Объединённых Наций", locale=locales["ru"])
    }
    return {**english, **french, **russian}
