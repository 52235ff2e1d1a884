"""The public glossary page of each locale, A to Z."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from glossary.models import Abbreviation
from tests.factories.glossary import AbbreviationFactory

pytestmark = pytest.mark.django_db


def test_english_glossary_a_to_z(client, home, glossary):
    html = client.get("/glossary/").content.decode()
    order = [html.index(f">{abbreviation}</abbr>") for abbreviation in ("COVID-19", "ED", "SDG", "UN-Habitat", "WUF")]
    assert order == sorted(order)
    assert "Held every two years." in html
    assert "ODD" not in html
    assert '<html lang="en"' in html


def test_french_glossary_under_its_prefix(client, home, glossary):
    html = client.get("/fr/glossary/").content.decode()
    assert "objectif de développement durable" in html
    assert "Sustainable Development Goal" not in html
    assert '<html lang="fr"' in html


def test_drafts_are_not_shown_and_text_is_escaped(client, home, locales):
    AbbreviationFactory(abbreviation="DRAFT", expansion="Not yet", live=False)
    AbbreviationFactory(abbreviation="XSS", expansion="<script>x</script>")
    html = client.get("/glossary/").content.decode()
    assert "DRAFT" not in html
    assert "<script>x</script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html


def test_empty_glossary(client, home):
    assert "El glosario de este idioma está vacío." in client.get("/es/glossary/").content.decode()


def _add(locale, start, stop):
    Abbreviation.objects.bulk_create(
        Abbreviation(abbreviation=f"AB{n}", expansion=f"Term {n}", locale=locale, live=True) for n in range(start, stop)
    )


def test_query_count_is_the_same_at_5_and_50_entries(client, home, locales):
    counts = []
    for start, stop in ((0, 5), (5, 50)):
        _add(locales["en"], start, stop)
        client.get("/glossary/")
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/glossary/").content.decode()
        assert html.count("<dt>") == stop
        counts.append(len(queries))
    assert counts[0] == counts[1]
