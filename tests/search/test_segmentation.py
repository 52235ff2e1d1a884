"""Query words split where Elasticsearch's standard tokenizer splits (UAX #29),
so that no clause of a query is a fragment the index never holds."""

import pytest

from search.query import parse_query
from search.segmentation import join_words, words_of


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Apostrophes inside a word keep it whole (straight and typographic).
        ("children’s housing", ["children’s", "housing"]),
        ("children's housing", ["children's", "housing"]),
        ("aujourd'hui l’organisation", ["aujourd'hui", "l’organisation"]),
        # ... but not at its edges.
        ("'quoted' cities'", ["quoted", "cities"]),
        # Combining marks belong to their letter: Arabic vowel marks, decomposed accents.
        ("مُدُنٌ مُسْتَدَامَة", ["مُدُنٌ", "مُسْتَدَامَة"]),
        ("cafe\u0301 naïve", ["cafe\u0301", "naïve"]),
        # Numbers with separators stay whole; hyphens and slashes split.
        ("3.5 % of 1,000 km", ["3.5", "of", "1,000", "km"]),
        ("SDG-11 post/2030", ["SDG", "11", "post", "2030"]),
        # Symbols alone are not words.
        ("*** & :: --", []),
    ],
)
def test_words_as_the_standard_tokenizer_finds_them(text, words):
    assert words_of(text) == words


def test_touching_chinese_characters_stay_one_run():
    """The tokenizer emits each ideograph alone; a run that touches is kept
    together so the query treats it as one phrase (a bigram match)."""
    assert words_of("城市规划与住房") == ["城市规划与住房"]
    assert words_of("城市 规划") == ["城市", "规划"]
    assert words_of("城市planning") == ["城市", "planning"]
    assert words_of("カタカナ ひらがな") == ["カタカナ", "ひらがな"]


def test_chinese_characters_are_joined_without_spaces():
    assert join_words(["城", "市", "规", "划"]) == "城市规划"
    assert join_words(["城", "市", "planning"]) == "城市 planning"
    assert join_words(["城市", "规划"]) == "城市 规划", "separate runs stay separate"


def test_a_query_plan_keeps_apostrophes_and_marks(locales):
    english = parse_query("children’s cities", locales["en"])
    assert english.clauses == ((("children’s",),), (("cities",),))
    french = parse_query("aujourd'hui", locales["fr"])
    assert french.clauses == ((("aujourd'hui",),),)
    arabic = parse_query("مُدُنٌ", locales["ar"])
    assert arabic.clauses == ((("مُدُنٌ",),),)


def test_a_chinese_run_is_one_phrase_of_characters(locales):
    plan = parse_query("城市规划 住房", locales["zh-hans"])
    assert plan.clauses == ((("城", "市", "规", "划"),), (("住", "房"),))
