"""What a published publication must satisfy. Drafts may break these rules;
the publish checks (models/checks.py) apply them on every path to live."""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from core.rendering import visible_text

MIN_WORDS, MAX_WORDS = 30, 250
# Chinese is written without spaces; about two characters carry a word's meaning.
MIN_CHARACTERS, MAX_CHARACTERS = 60, 500
CHARACTER_COUNTED_LANGUAGES = ("zh", "ja")

_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def _is_cjk(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(("CJK UNIFIED", "CJK COMPATIBILITY", "HIRAGANA", "KATAKANA"))


@dataclass(frozen=True)
class AbstractLength:
    count: int
    unit: str  # "words" or "characters"

    @property
    def bounds(self) -> tuple[int, int]:
        return (MIN_WORDS, MAX_WORDS) if self.unit == "words" else (MIN_CHARACTERS, MAX_CHARACTERS)


def plain_text(html: str) -> str:
    return visible_text(html)


def measure_abstract(html: str, language_code: str) -> AbstractLength:
    """Words for scripts that separate words with spaces; characters for those
    that do not (by the page's language, or by the text when mostly CJK)."""
    text = plain_text(html)
    letters = [ch for ch in text if ch.isalnum()]
    cjk = sum(1 for ch in letters if _is_cjk(ch))
    if language_code.split("-")[0] in CHARACTER_COUNTED_LANGUAGES or (letters and cjk * 2 > len(letters)):
        return AbstractLength(len(letters), "characters")
    return AbstractLength(len(_WORD.findall(text)), "words")


def abstract_problem(html: str, language_code: str) -> str | None:
    """A message naming the field, the current count and the fix, or None."""
    if not plain_text(html):
        return str(
            _(
                "Abstract: a published publication opens with an abstract. Write 30 to 250 words "
                "(60 to 500 characters in Chinese) on what it finds and for whom."
            )
        )
    length = measure_abstract(html, language_code)
    low, high = length.bounds
    if length.unit == "words":
        if length.count < low:
            return str(
                ngettext_lazy(
                    "Abstract: it has %(count)d word; a published abstract needs at least %(low)d. "
                    "Say what the publication finds and who it is for.",
                    "Abstract: it has %(count)d words; a published abstract needs at least %(low)d. "
                    "Say what the publication finds and who it is for.",
                    length.count,
                )
                % {"count": length.count, "low": low}
            )
        if length.count > high:
            return str(
                _(
                    "Abstract: it has %(count)d words; a published abstract has at most %(high)d. "
                    "Shorten it: the detail belongs in the document or the read-online text."
                )
                % {"count": length.count, "high": high}
            )
        return None
    if length.count < low:
        return str(
            _(
                "Abstract: it has %(count)d characters; an abstract in Chinese needs at least %(low)d characters. "
                "Say what the publication finds and who it is for."
            )
            % {"count": length.count, "low": low}
        )
    if length.count > high:
        return str(
            _(
                "Abstract: it has %(count)d characters; an abstract in Chinese has at most %(high)d characters. "
                "Shorten it: the detail belongs in the document or the read-online text."
            )
            % {"count": length.count, "high": high}
        )
    return None
