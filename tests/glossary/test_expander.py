"""The expander's rules, as a reader of the page sees them."""

import time

import pytest

from glossary.expander import expand_fragments
from tests.factories.glossary import AbbreviationFactory

pytestmark = pytest.mark.django_db

SDG_FIRST = "Sustainable Development Goal (SDG)"
SDG_LATER = '<abbr title="Sustainable Development Goal">SDG</abbr>'


def expand(html, locale, *more):
    fragments, terms = expand_fragments([html, *more], locale)
    return fragments if more else fragments[0], terms


def test_first_use_is_spelled_out_and_later_uses_are_marked_up(glossary, locales):
    html, terms = expand("<p>The SDG matters. Every SDG counts.</p>", locales["en"])
    assert html == f"<p>The {SDG_FIRST} matters. Every {SDG_LATER} counts.</p>"
    assert terms == [{"abbreviation": "SDG", "expansion": "Sustainable Development Goal", "description": ""}]


def test_first_use_is_per_item_across_fragments_in_display_order(glossary, locales):
    (abstract, body), terms = expand("<p>About the SDG.</p>", locales["en"], "<p>The SDG and the WUF.</p>")
    assert abstract == f"<p>About the {SDG_FIRST}.</p>"
    assert body == f"<p>The {SDG_LATER} and the World Urban Forum (WUF).</p>"
    assert [term["abbreviation"] for term in terms] == ["SDG", "WUF"]
    assert terms[1]["description"] == "Held every two years."


def test_each_item_starts_afresh(glossary, locales):
    first, _ = expand("<p>SDG</p>", locales["en"])
    second, _ = expand("<p>SDG</p>", locales["en"])
    assert first == second == f"<p>{SDG_FIRST}</p>"


def test_variants_count_as_the_same_term(glossary, locales):
    html, terms = expand("<p>All SDGs, one SDG.</p>", locales["en"])
    assert html == f"<p>All Sustainable Development Goal (SDGs), one {SDG_LATER}.</p>"
    assert len(terms) == 1


@pytest.mark.parametrize(
    "text",
    ["EDUCATION", "ED-1", "MED", "EDs", "ED2", "2ED", "-ED", "ed", "Ed"],
)
def test_no_match_inside_a_longer_word_or_next_to_a_digit_or_hyphen(glossary, locales, text):
    html, terms = expand(f"<p>{text}</p>", locales["en"])
    assert html == f"<p>{text}</p>"
    assert terms == []


def test_slash_and_punctuation_are_boundaries(glossary, locales):
    html, _ = expand("<p>ED/DED, (ED). «ED»</p>", locales["en"])
    assert html.startswith("<p>Executive Director (ED)/DED, (")
    assert html.count('<abbr title="Executive Director">ED</abbr>') == 2


def test_abbreviations_with_hyphens_and_digits_match_whole(glossary, locales):
    html, _ = expand("<p>UN-Habitat and COVID-19.</p>", locales["en"])
    assert html == (
        "<p>United Nations Human Settlements Programme (UN-Habitat) and coronavirus disease 2019 (COVID-19).</p>"
    )


def test_latin_abbreviation_inside_chinese_text(glossary, locales):
    AbbreviationFactory(abbreviation="SDG", expansion="可持续发展目标", locale=locales["zh-hans"])
    html, _ = expand("<p>推动SDG实现。SDG2030不算。</p>", locales["zh-hans"])
    assert html == "<p>推动可持续发展目标 (SDG)实现。SDG2030不算。</p>"


def test_cyrillic_capitals_and_cyrillic_boundaries(glossary, locales):
    html, _ = expand("<p>ООН и ООНЫ, ООН.</p>", locales["ru"])
    assert html == (
        '<p>Организация Объединённых Наций (ООН) и ООНЫ, <abbr title="Организация Объединённых Наций">ООН</abbr>.</p>'
    )


def test_latin_abbreviation_inside_arabic_text(locales):
    AbbreviationFactory(abbreviation="SDG", expansion="هدف التنمية المستدامة", locale=locales["ar"])
    html, _ = expand("<p>تحقيق SDG في المدن وSDG أيضا</p>", locales["ar"])
    assert html == (
        '<p>تحقيق هدف التنمية المستدامة (SDG) في المدن و<abbr title="هدف التنمية المستدامة">SDG</abbr> أيضا</p>'
    )


def test_already_spelled_out_is_left_alone_and_counts_as_first_use(glossary, locales):
    html, terms = expand("<p>The World Urban Forum (WUF) met. The WUF ended.</p>", locales["en"])
    assert html == '<p>The World Urban Forum (WUF) met. The <abbr title="World Urban Forum">WUF</abbr> ended.</p>'
    assert [term["abbreviation"] for term in terms] == ["WUF"]


def test_spelled_out_after_the_abbreviation_and_across_markup(glossary, locales):
    html, _ = expand("<p>WUF (world urban forum) and <em>World Urban Forum</em> (WUF)</p>", locales["en"])
    assert html == "<p>WUF (world urban forum) and <em>World Urban Forum</em> (WUF)</p>"


def test_abbr_code_pre_attributes_and_urls_are_left_alone(glossary, locales):
    source = (
        '<p><abbr title="x">SDG</abbr> <code>SDG</code></p><pre>SDG</pre>'
        '<p><a href="https://example.org/SDG" title="SDG">see https://example.org/SDG and www.sdg.org/SDG or '
        "ed@SDG.org</a></p>"
    )
    html, terms = expand(source, locales["en"])
    assert html == source
    assert terms == []


def test_nested_markup_is_kept_and_text_inside_links_is_expanded(glossary, locales):
    html, _ = expand('<ul><li><strong><a href="/x">The <em>SDG</em></a></strong></li></ul>', locales["en"])
    assert html == f'<ul><li><strong><a href="/x">The <em>{SDG_FIRST}</em></a></strong></li></ul>'


def test_everything_inserted_is_escaped(locales):
    # The admin refuses HTML in entries; rows written another way are still escaped.
    AbbreviationFactory(abbreviation="XSS", expansion='<script>alert("x")</script> & "quotes"')
    html, _ = expand("<p>XSS then XSS &amp; &lt;b&gt;</p>", locales["en"])
    assert "<script>" not in html
    assert html == (
        '<p>&lt;script&gt;alert("x")&lt;/script&gt; &amp; "quotes" (XSS) then '
        '<abbr title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;">XSS</abbr>'
        " &amp; &lt;b&gt;</p>"
    )


def test_each_locale_uses_its_own_glossary(glossary, locales):
    french, terms = expand("<p>Les ODD et les SDG.</p>", locales["fr"])
    assert french == "<p>Les objectif de développement durable (ODD) et les SDG.</p>"
    assert terms[0]["abbreviation"] == "ODD"
    english, _ = expand("<p>ODD</p>", locales["en"])
    assert english == "<p>ODD</p>"


def test_draft_entries_are_not_used(locales):
    AbbreviationFactory(abbreviation="DRAFT", expansion="Not yet approved", live=False)
    assert expand("<p>DRAFT</p>", locales["en"]) == ("<p>DRAFT</p>", [])


def test_text_without_abbreviations_is_returned_unchanged(glossary, locales):
    source = "<p>Plain&nbsp;words &amp; <br/>nothing&#39;s here</p><!-- note -->"
    assert expand(source, locales["en"]) == (source, [])


def test_hostile_text_is_handled_in_linear_time(glossary, locales):
    capitals = "<p>" + "A" * 100_000 + " SDG</p>"
    nested = "<div>" * 10_000 + "SDG" + "</div>" * 10_000
    digits = "<p>" + "1" * 100_000 + "@ SDG</p>"
    repeated = "<p>" + "SDG " * 30_000 + "</p>"
    started = time.perf_counter()
    html, _ = expand(capitals, locales["en"])
    assert html.endswith(f" {SDG_FIRST}</p>")
    html, _ = expand(nested, locales["en"])
    assert SDG_FIRST in html and html.count("<div>") == 10_000
    html, _ = expand(digits, locales["en"])
    assert html.endswith(f" {SDG_FIRST}</p>")
    html, _ = expand(repeated, locales["en"])
    assert html.count(SDG_LATER) == 29_999
    assert time.perf_counter() - started < 2


def test_a_glossary_of_ten_thousand_entries(locales):
    from glossary.models import Abbreviation

    Abbreviation.objects.bulk_create(
        Abbreviation(abbreviation=f"T{n}X", expansion=f"Term {n}", locale=locales["en"], live=True)
        for n in range(10_000)
    )
    from glossary import matcher

    matcher.invalidate(locales["en"])
    html, terms = expand("<p>T9999X and T0X</p>", locales["en"])
    assert html == "<p>Term 9999 (T9999X) and Term 0 (T0X)</p>"
    assert len(terms) == 2


@pytest.mark.parametrize(
    "text",
    [
        "ED ED-1 2ED ED2 ED/DED (ED) EDUCATION -ED ED-",
        "推动SDG实现 SDG2030实现 推动2030SDG SDGцель ООНSDG",
        "UN-Habitat UN UN-Habitats UN-Habitat's ООН-Хабитат ООН",
        "تحقيق SDG وSDG SDGs",
        "SDG-aligned non-SDG UN-Habitat-supported UN-habitat SDGs-Foo ED-mRNA ООН-поддержка",
    ],
)
def test_the_fast_finder_agrees_with_the_tokenizer(text):
    """The expander locates known forms with a compiled pattern; it must find
    exactly the tokens that glossary.tokens.tokens() defines, no more, no less."""
    from glossary.tokens import candidate_forms, form_pattern, tokens

    forms = {"ED", "SDG", "SDGs", "UN", "UN-Habitat", "ООН", "ООН-Хабитат", "DED", "mRNA"}
    expected = [(start, end, token) for start, end, token in tokens(text) if token in forms]
    found = forms & candidate_forms(text)
    actual = (
        [(m.start(), m.end(), m.group()) for m in form_pattern(tuple(sorted(found))).finditer(text)] if found else []
    )
    assert actual == expected
