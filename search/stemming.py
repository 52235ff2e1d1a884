"""Snowball stems for the SQLite index, so that "flood", "floods" and "flooding"
are one word there as they are on PostgreSQL and Elasticsearch.

SQLite's FTS5 ships only `unicode61` (no stemming) and `porter` (English only),
and Python's sqlite3 module cannot register a tokenizer of its own. The stems
are therefore computed here, written next to the text on the document row
(`stemmed_title`, `stemmed_keywords`, `stemmed_text`), and indexed by FTS5 with
`unicode61`; the query's words go through the same function.

Arabic: Snowball's Arabic stemmer keeps the conjunction و in front of the
article ("والمياه" → "والمي", since it never strips a و followed by ا) and
stems a noun with the article differently from the same noun without it
("الإسكان" → "اسك", "إسكان" → "اسكان"). The article with its attached particles
(وال، بال، كال، فال، لل، ال), or else a lone conjunction و, is therefore taken
off first, by the prefix rules of the light stemmer that Elasticsearch's
`arabic` stemmer applies (Larkey's light10), and Snowball stems the rest: every
form of a noun reaches Snowball as its bare indefinite form.

Words are split as `unicode61` splits them (letters, digits and combining marks;
everything else separates), so that FTS5 finds in the stemmed column the same
tokens, in the same order, as this module wrote: phrases still match.
"""

from functools import cache, lru_cache

import regex
import snowballstemmer

# Snowball algorithm per language code; other languages (Chinese) keep their words.
STEMMERS = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian", "ar": "arabic"}

_TOKEN = regex.compile(r"[\p{L}\p{N}\p{M}]+", flags=regex.V1)


def language_of(language_code: str) -> str:
    return (language_code or "").split("-")[0].lower()


# Longest first; a prefix is taken off only if at least two letters remain
# (light10), and the lone و only from a word of four letters or more.
ARABIC_ARTICLES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال")
ARABIC_CONJUNCTION = "و"


def strip_arabic_prefix(word: str) -> str:
    """The word without its article (and the particles attached to it) or,
    failing that, without a leading conjunction و."""
    for article in ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article) :]
    if word.startswith(ARABIC_CONJUNCTION) and len(word) > 3:
        return word[1:]
    return word


@cache
def _stemmer(language: str):
    algorithm = STEMMERS.get(language)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


def tokens(text: str) -> list[str]:
    """Case-folded words as FTS5's unicode61 tokenizer cuts them."""
    return [token.casefold() for token in _TOKEN.findall(text or "")]


# Bounded: every word ever searched for passes through here.
@lru_cache(maxsize=50_000)
def _stem_word(language: str, word: str) -> str:
    stemmer = _stemmer(language)
    if stemmer is None:
        return word
    if language == "ar":
        word = strip_arabic_prefix(word)
    # Snowball leaves a word it cannot shorten as it is; an empty stem (seen
    # with Arabic particles) would vanish from the index, so keep the word.
    return stemmer.stemWord(word) or word


def stem(word: str, language_code: str) -> str:
    """The stem of one case-folded word in a language."""
    return _stem_word(language_of(language_code), word)


def stem_text(text: str, language_code: str) -> str:
    """`text` as the stemmed columns hold it: its words' stems, space-separated, in order."""
    language = language_of(language_code)
    return " ".join(_stem_word(language, word) for word in tokens(text))


def stems_of_phrase(words, language_code: str) -> tuple[str, ...]:
    """A query phrase's words (as the query plan holds them) as stems, split again
    where unicode61 would split them ("l'habitat" → "l", "habitat")."""
    language = language_of(language_code)
    return tuple(_stem_word(language, token) for word in words for token in tokens(word))
