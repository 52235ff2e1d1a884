"""Where abbreviations can start and end, in any script.

An abbreviation matches only when the characters beside it are neither letters
or digits of its own script nor a hyphen. Python's `\\b` cannot say that: `\\w`
includes Chinese characters, so "推动SDG实现" has no word boundary around
"SDG". Instead the text is cut into runs of letters, digits and hyphens, and a
run that mixes scripts is cut again where the script changes. Every step is a
regular expression made of single character classes, so it never backtracks and
stays linear on hostile input (100,000 capitals, long digit strings).

A hyphen joins the parts of a name ("UN-Habitat", "COVID-19") but also an
abbreviation to an ordinary word used with it ("UNDP-supported", "SDG-aligned",
"non-UNDP"): a run is therefore cut again at each hyphen touching a lowercase
letter, so the abbreviation in such a compound is a token of its own (and is
flagged when undefined, spelled out when known), while "UN-Habitat" stays whole.
"""

import re
from functools import lru_cache

DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
# Letter ranges of the scripts the site is written in (and Greek, for symbols in
# scientific text). Letters of other scripts form runs of their own below.
SCRIPTS = {
    "latin": "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff",
    "greek": "\u0370-\u03ff\u1f00-\u1fff",
    "cyrillic": "\u0400-\u052f\u2de0-\u2dff\ua640-\ua69f",
    "arabic": (
        "\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
    ),
    "cjk": "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
}

# Lowercase letters of the cased scripts (Latin with Latin-1, Greek, Cyrillic):
# a hyphen beside one joins a word to the token, not a part of a name.
LOWERCASE = "a-z\u00df-\u00f6\u00f8-\u00ff\u03ac-\u03ce\u0430-\u045f"
MODIFIER_HYPHEN = re.compile(f"(?<=[{LOWERCASE}])-|-(?=[{LOWERCASE}])")

# Letters and digits of any script, and hyphens: the material tokens are cut from.
RUN = re.compile(r"(?:[^\W_]|-)+")
# A run of one script, digits and hyphens counting as part of whichever script
# they touch. The last alternative catches letters of scripts not listed above.
SEGMENT = re.compile("|".join(f"[{letters}{DIGITS}-]+" for letters in SCRIPTS.values()) + r"|[^\W\d_]+|[\d-]+")
# One token of one script with at least one letter: what an abbreviation may be.
TOKEN = re.compile("|".join(f"[{DIGITS}-]*[{letters}][{letters}{DIGITS}-]*" for letters in SCRIPTS.values()))
_HAS_LETTER = re.compile(r"[^\W\d_]")


def is_single_token(text: str) -> bool:
    """True when `text` could be matched as one abbreviation (one script, no spaces)."""
    return bool(text) and TOKEN.fullmatch(text) is not None and text[0] != "-" and text[-1] != "-"


def tokens(text: str):
    """Yield (start, end, token) for each candidate token of `text`.

    A token is a maximal run of one script's letters, digits and hyphens. A token
    cut out of a mixed-script run is skipped when a digit or hyphen of the
    neighbouring script touches it ("2030SDG"), since digits belong to every script.
    """
    for run in RUN.finditer(text):
        value = run.group()
        parts = [(run.start(), run.end(), value)] if value.isascii() else split_run(value, run.start())
        for start, end, token in parts:
            if "-" in token:
                yield from _cut_at_modifier_hyphens(token, start)
            else:
                yield start, end, token


def _cut_at_modifier_hyphens(token: str, offset: int):
    """(start, end, part) for the parts of `token` between hyphens that touch a
    lowercase letter ("UNDP-supported" → "UNDP", "supported")."""
    position = 0
    for hyphen in MODIFIER_HYPHEN.finditer(token):
        if hyphen.start() > position:
            yield offset + position, offset + hyphen.start(), token[position : hyphen.start()]
        position = hyphen.end()
    if position < len(token):
        yield offset + position, offset + len(token), token[position:]


def candidate_forms(text: str) -> set[str]:
    """Every string that tokens() may yield for `text`, and a few more (whole
    segments before the cut): a superset to intersect with the known forms."""
    segments = set(SEGMENT.findall(text))
    for segment in [segment for segment in segments if "-" in segment]:
        segments.update(MODIFIER_HYPHEN.split(segment))
    return segments


def split_run(value: str, offset: int = 0):
    """The tokens of one non-ASCII run: itself when it is of one script, else its
    one-script parts, as (start, end, token) with `offset` added."""
    segments = list(SEGMENT.finditer(value))
    if len(segments) == 1:
        yield offset, offset + len(value), value
        return
    for segment in segments:
        start, end = segment.span()
        if start > 0 and (value[start - 1].isdigit() or value[start - 1] == "-"):
            continue
        if _HAS_LETTER.search(segment.group()):
            yield offset + start, offset + end, segment.group()


def _boundary(form: str) -> str:
    """A character class of what may not touch `form`: its script's letters, digits, hyphens."""
    for letters in SCRIPTS.values():
        if re.search(f"[{letters}]", form):
            return f"[{letters}{DIGITS}-]"
    return r"(?:[^\W_]|-)"


def _form_alternative(form: str) -> str:
    """`form` where tokens() cuts it out: nothing of its script touches it, except
    a hyphen that touches a lowercase letter (a modifier hyphen)."""
    letters_digits = _boundary(form).replace("-]", "]").replace("|-)", ")")
    before = f"(?<!{letters_digits})(?:(?<!-)|(?<=[{LOWERCASE}]-)|(?=[{LOWERCASE}]))"
    after = f"(?!{letters_digits})(?:(?!-)|(?=-[{LOWERCASE}])|(?<=[{LOWERCASE}]))"
    return f"{before}{re.escape(form)}{after}"


@lru_cache(maxsize=4096)
def form_pattern(forms: tuple[str, ...]) -> re.Pattern:
    """A pattern finding any of `forms` where tokens() would find it as a whole token.

    Longest forms first, so "UN-Habitat" wins over "UN". Only the forms present in
    one text node are compiled (usually a handful), and the result is cached, so
    the cost does not grow with the glossary.
    """
    alternatives = [_form_alternative(form) for form in sorted(forms, key=len, reverse=True)]
    return re.compile("|".join(alternatives))


def looks_like_abbreviation(token: str) -> bool:
    """An all-capitals token of two or more letters (digits and hyphens allowed),
    in any script that has capitals: what an editor would be asked to define."""
    letters = [char for char in token if char.isalpha()]
    if len(letters) < 2 or any(char.islower() for char in letters):
        return False
    if not all(char.isupper() for char in letters):
        return False  # scripts without case (Chinese, Arabic) never look like abbreviations
    return not _ROMAN_NUMERAL.fullmatch(token)


_ROMAN_NUMERAL = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
