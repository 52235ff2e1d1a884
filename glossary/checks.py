"""Editor checks: abbreviations the glossary does not define, and readability.

Both read a page's visitor text as the rendering path sees it
(`page.text_fragments()`), so the editor is warned about exactly what visitors
would read.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser

from django.utils.translation import gettext_lazy as _
from wagtail.rich_text import RichText

from .expander import SKIP_TAGS
from .matcher import matcher_for
from .tokens import candidate_forms, form_pattern, looks_like_abbreviation, tokens


class _TextCollector(HTMLParser):
    """Visible prose of an HTML fragment, without code and existing <abbr> markup."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        elif tag in {"p", "li", "br", "h2", "h3", "h4", "h5", "h6", "div", "td", "th", "blockquote"}:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def fragment_html(value) -> str:
    if value is None:
        return ""
    return value.source if isinstance(value, RichText) else str(value)


def visible_text(fragments) -> str:
    """The prose of an item's fragments (HTML or `RichText`), in display order."""
    collector = _TextCollector()
    for value in fragments:
        collector.feed(fragment_html(value))
        collector.parts.append("\n")
    collector.close()
    return "".join(collector.parts)


def page_fragments(page) -> list:
    fragments = getattr(page, "text_fragments", None)
    return [value for _name, value in fragments()] if fragments else []


def undefined_abbreviations(fragments, locale) -> list[str]:
    """Abbreviations in the text that are neither in `locale`'s live glossary nor
    spelled out on the page ("World Urban Forum (WUF)" or "WUF (World Urban Forum)"),
    in order of first appearance."""
    text = visible_text(fragments)
    known = matcher_for(locale).forms
    # What the expander spells out is defined, even a form that tokens() would
    # cut at a hyphen ("e-GOV"): the two must agree on every known form.
    present = known.keys() & candidate_forms(text)
    defined = [match.span() for match in form_pattern(tuple(sorted(present))).finditer(text)] if present else []
    found: dict[str, None] = {}
    next_defined = 0  # both are in text order: one pass, linear in the text
    for start, end, token in tokens(text):
        while next_defined < len(defined) and defined[next_defined][1] <= start:
            next_defined += 1
        if next_defined < len(defined) and defined[next_defined][0] <= start and end <= defined[next_defined][1]:
            continue
        token = token.strip("-")
        if token not in known and token not in found and looks_like_abbreviation(token):
            found[token] = None
    spelled_out = set(_IN_PARENTHESES.findall(text)) | set(_BEFORE_PARENTHESES.findall(text))
    return [token for token in found if token not in spelled_out]


# "Expansion (ABBR)" and "ABBR (Expansion)"; bounded repeats keep the search linear.
_IN_PARENTHESES = re.compile(r"\(\s*([^\s()]{1,60})\s*\)")
_BEFORE_PARENTHESES = re.compile(r"([^\s()]{1,60})\s\(")


@dataclass(frozen=True)
class Readability:
    language_code: str
    formula: str | None
    score: float | None
    verdict: str
    advice: str


_ADVICE = _(
    "Scores run from 0 (very hard) to 100 (very easy). Aim for 60 or more: short sentences and "
    "everyday words. Below 30, only specialists read the text comfortably."
)
_MIN_WORDS = 30


@lru_cache(maxsize=1)
def _has_cmudict() -> bool:
    import nltk

    try:
        nltk.data.find("corpora/cmudict")
    except LookupError:
        return False
    return True


def _flesch_english(stats, text: str) -> float:
    """Flesch reading ease for English.

    textstat counts English syllables with NLTK's CMU dictionary, which NLTK
    downloads on first use; where it is not installed (offline servers) the
    syllables are counted with Pyphen's English hyphenation instead, as textstat
    does for every other language.
    """
    if not _has_cmudict():
        from pyphen import Pyphen

        hyphenator = Pyphen(lang="en_US")
        words = stats.lexicon_count(text)
        sentences = max(stats.sentence_count(text), 1)
        syllables = sum(len(hyphenator.positions(word)) + 1 for word in text.split() if any(c.isalpha() for c in word))
        return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / max(words, 1))
    return stats.flesch_reading_ease(text)


# language code → (formula named for editors, how to compute it with textstat)
FORMULAS = {
    "en": (_("Flesch reading ease"), _flesch_english),
    "fr": (_("Flesch reading ease, French (Kandel & Moles)"), lambda stats, text: stats.flesch_reading_ease(text)),
    "es": (_("Fernández Huerta"), lambda stats, text: stats.fernandez_huerta(text)),
    "ru": (_("Flesch reading ease, Russian (Oborneva)"), lambda stats, text: stats.flesch_reading_ease(text)),
    "ar": (_("Osman"), lambda stats, text: stats.osman(text)),
}


def readability(fragments, language_code: str) -> Readability:
    """One readability score of the text for its language, with the formula named."""
    from textstat.textstat import textstatistics

    entry = FORMULAS.get(language_code.split("-")[0])
    if entry is None:
        return Readability(
            language_code,
            None,
            None,
            _("No readability formula is available for this language."),
            _("Keep sentences short and explain technical terms."),
        )
    formula, compute = entry
    text = visible_text(fragments).strip()
    stats = textstatistics()
    stats.set_lang(language_code.split("-")[0])
    if stats.lexicon_count(text) < _MIN_WORDS:
        return Readability(language_code, formula, None, _("Too little text to score (fewer than 30 words)."), _ADVICE)
    score = round(max(0.0, min(100.0, compute(stats, text))), 1)
    if score >= 60:
        verdict = _("Easy to read")
    elif score >= 30:
        verdict = _("Fairly difficult")
    else:
        verdict = _("Difficult")
    return Readability(language_code, formula, score, verdict, _ADVICE)
