"""Words as Elasticsearch's standard tokenizer finds them.

The standard tokenizer splits text at the word boundaries of Unicode's UAX #29
(with each Han ideograph a word of its own). Splitting a query any other way
makes clauses Elasticsearch cannot match: with `\\w+`, "children’s" became
`children` + `s`, "aujourd'hui" `aujourd` + `hui`, and an Arabic word with vowel
marks fell apart at each mark. The `regex` module implements the UAX #29 rules
(its WORD flag), so a query is split here exactly where the index was.

The database backends accept these words too: PostgreSQL and SQLite split each
one again by their own rules, the same way they split the indexed text.
"""

import regex

from .text import CJK_CLASS

# With WORD, `\b` is a UAX #29 word boundary; a segment runs from one boundary
# to the next (spaces and punctuation are segments of their own).
_SEGMENT = regex.compile(r"\b.+?\b", flags=regex.WORD | regex.V1 | regex.DOTALL)
# A segment is a word if it holds a letter, a digit or a mark (as the
# tokenizer's word types do); spaces and punctuation are not.
_WORDLIKE = regex.compile(r"[\p{L}\p{N}\p{M}]", flags=regex.V1)
_CJK_ONLY = regex.compile(f"[{CJK_CLASS}]+", flags=regex.V1)


def words_of(text: str) -> list[str]:
    """The words of `text` by UAX #29, as written (no case change).

    Ideographs and kana that touch stay together ("城市规划" is one item) so that
    callers can treat a run of CJK characters as one phrase; the tokenizer emits
    them one by one, which `join_words` preserves by never spacing them apart.
    """
    words: list[str] = []
    end_of_last = -1
    for match in _SEGMENT.finditer(text or ""):
        segment = match.group()
        if not _WORDLIKE.search(segment):
            continue
        if words and match.start() == end_of_last and is_cjk(segment) and is_cjk(words[-1]):
            words[-1] += segment
        else:
            words.append(segment)
        end_of_last = match.end()
    return words


def is_cjk(word: str) -> bool:
    return bool(_CJK_ONLY.fullmatch(word))


def join_words(words) -> str:
    """Words back into text Elasticsearch analyses into the same tokens.

    Single CJK characters (how a query plan holds a run of them) are joined
    without spaces: `cjk_bigram` pairs only characters that touch, so "城 市"
    would reach the index as two single characters while it holds "城市".
    """
    text, previous = "", ""
    for word in words:
        if text and not (_single_cjk(word) and _single_cjk(previous)):
            text += " "
        text += word
        previous = word
    return text


def _single_cjk(word: str) -> bool:
    return len(word) == 1 and is_cjk(word)
