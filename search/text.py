"""Text normalisation shared by indexing and querying.

PostgreSQL and SQLite split words on spaces and punctuation, and Chinese is
written without either, so a Chinese sentence would be one long "word" that no
query matches. Every CJK character is therefore spaced apart in the indexed
text, and a run of CJK characters in a query becomes a phrase of single
characters: "城市" matches the two characters side by side (a character bigram
match), without a Chinese word segmenter.
"""

import re

from core.rendering import visible_text

# Han ideographs (with extensions A and compatibility) and Japanese kana.
CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"([{CJK_CLASS}])")
_CJK_RUN = re.compile(f"[{CJK_CLASS}]+")
_SPACES = re.compile(r"\s+")
# A hyphen inside a word ("COVID-19", "well-being"): the query splits there
# (UAX #29), and PostgreSQL's parser would otherwise index "-19" as a number.
_INNER_HYPHEN = re.compile(r"(?<=\w)[-\u2010\u2011](?=\w)")
WORD = re.compile(r"\w+", re.UNICODE)

# PostgreSQL text search configuration per language, used when indexing and when
# querying; `simple` (no stemming) for the others. Chinese is handled by spacing
# characters (above).
SEARCH_CONFIGS = {"en": "english", "fr": "french", "es": "spanish", "ru": "russian", "ar": "arabic"}


# Configurations whose stems this project computes (search/stemming.py) instead
# of PostgreSQL's dictionary, with their language: PostgreSQL's `arabic` is
# Snowball's Arabic stemmer alone, which misses "والمياه" and "إسكان" (see
# search/stemming.py). A row of such a configuration is indexed with `simple`
# over its plain and stemmed columns (migration 0010), and the query's words
# are stemmed in Python before they reach PostgreSQL.
STEMMED_IN_PYTHON = {"arabic": "ar"}


def search_config(language_code: str) -> str:
    return SEARCH_CONFIGS.get(language_code.split("-")[0], "simple")


def query_config(config: str) -> str:
    """The configuration PostgreSQL analyses a query with, for rows of `config`."""
    return "simple" if config in STEMMED_IN_PYTHON else config


def plain_text(html: str) -> str:
    """Visible text of an HTML fragment, on one line (entities decoded)."""
    return visible_text(html)


def index_form(text: str) -> str:
    """The text as the full-text indexes should see it (CJK characters spaced,
    hyphens inside words turned into spaces)."""
    text = _INNER_HYPHEN.sub(" ", text or "")
    return _SPACES.sub(" ", _CJK_CHAR.sub(r" \1 ", text)).strip()


def has_cjk(text: str) -> bool:
    return bool(_CJK_RUN.search(text or ""))


def words(text: str) -> list[str]:
    """Case-folded words; each CJK character is a word of its own."""
    return [word.casefold() for word in WORD.findall(index_form(text))]
