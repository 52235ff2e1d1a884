"""Snowball stems for the SQLite index, so that "flood", "floods" and "flooding"
are one word there as they are on PostgreSQL and Elasticsearch.

SQLite's FTS5 ships only `unicode61` (no stemming) and `porter` (English only),
and Python's sqlite3 module cannot register a tokenizer of its own. The stems
are therefore computed here, written next to the text on the document row
(`stemmed_title`, `stemmed_keywords`, `stemmed_text`), and indexed by FTS5 with
`unicode61`; the query's words go through the same function.

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
