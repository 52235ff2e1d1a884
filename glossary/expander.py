"""Spell out abbreviations in an item's visitor text.

The first use of each known abbreviation in an item becomes "Expansion (ABBR)",
later ones `<abbr title="Expansion">ABBR</abbr>`. "First" is per item: the
fragments of one item (abstract first, then the body) are walked in display
order with one shared memory of what was already spelled out.

Finding terms costs one dictionary lookup per token: each text node is cut into
one-script tokens by a regular expression, the set of tokens the glossary knows
is taken in one step, and only those few forms are then located with a small
pattern (cached per set of forms). Neither step depends on the glossary's size.

The HTML is walked with the standard library's streaming tokenizer rather than
parsed into a tree: a 5,000-word page costs a few milliseconds this way, where
building and re-serialising a BeautifulSoup tree alone took longer than the whole
budget. The walk is iterative, so deeply nested markup cannot exhaust the stack.
Tags, attributes and comments are copied from the source unchanged; only text
outside <abbr>, <code>, <pre> (and scripts) is touched.
"""

import re
from html import escape
from html.parser import HTMLParser

from .matcher import Matcher, Term, matcher_for
from .tokens import candidate_forms, form_pattern

# Text inside these is never expanded: already marked up, or literal.
SKIP_TAGS = frozenset({"abbr", "code", "pre", "kbd", "samp", "var", "script", "style", "textarea"})
# Their text is not HTML-escaped by the tokenizer, so it is copied verbatim.
RAW_TAGS = frozenset({"script", "style"})
# How much preceding text is kept to recognise "Expansion (ABBR)" written by the author.
_LOOKBEHIND = 400
_URL_MARKERS = ("://", "www.", "@")
_CHUNK = re.compile(r"\S+")


class _ItemState:
    """What one item has spelled out so far, shared by all its fragments."""

    def __init__(self, matcher: Matcher):
        self.matcher = matcher
        self.seen: set[str] = set()
        self.used: list[Term] = []

    def note(self, term: Term) -> bool:
        """Record a use of `term`; True when it is the first in the item."""
        if term.abbreviation in self.seen:
            return False
        self.seen.add(term.abbreviation)
        self.used.append(term)
        return True


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses: whitespace-delimited chunks with a marker.

    Found by cutting at whitespace rather than with a URL regex, which could
    backtrack quadratically on a long run of letters.
    """
    return [chunk.span() for chunk in _CHUNK.finditer(text) if any(marker in chunk.group() for marker in _URL_MARKERS)]


def _spelled_out(term: Term, before: str, after: str) -> bool:
    """True when the author already wrote "Expansion (ABBR)" or "ABBR (Expansion)"."""
    expansion = term.expansion.casefold()
    stripped = before.rstrip()
    if stripped.endswith("(") and after.startswith(")") and stripped[:-1].rstrip().casefold().endswith(expansion):
        return True
    following = after.lstrip()
    if following.startswith("("):
        return following[1:].lstrip().casefold().startswith(expansion)
    return False


class _Expander(HTMLParser):
    def __init__(self, state: _ItemState):
        # Character references are decoded so tokens and "already spelled out"
        # see the text a reader sees; text is escaped again on the way out.
        super().__init__(convert_charrefs=True)
        self.state = state
        self.out: list[str] = []
        self.skip = 0
        self.raw = 0
        self.changed = False
        self.tail = ""  # the last characters of visible text, across tags

    def handle_starttag(self, tag, attrs):
        self.out.append(self.get_starttag_text())
        if tag in SKIP_TAGS:
            self.skip += 1
            if tag in RAW_TAGS:
                self.raw += 1

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        if tag in SKIP_TAGS and self.skip:
            self.skip -= 1
            if tag in RAW_TAGS and self.raw:
                self.raw -= 1

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.out.append(f"<![{data}]>")

    def handle_data(self, data):
        if self.raw:
            self.out.append(data)
            return
        if self.skip:
            self.out.append(escape(data, quote=False))
        else:
            self._expand(data)
        self.tail = (self.tail + data)[-_LOOKBEHIND:]

    def _expand(self, text: str) -> None:
        forms = self.state.matcher.forms
        # One dictionary lookup per token, in C: which known forms this text holds.
        found = forms.keys() & candidate_forms(text)
        if not found:
            self.out.append(escape(text, quote=False))
            return
        urls = _url_spans(text) if any(marker in text for marker in _URL_MARKERS) else []
        out, position, url_index = self.out, 0, 0
        for match in form_pattern(tuple(sorted(found))).finditer(text):
            start, end, token = match.start(), match.end(), match.group()
            term = forms[token]
            while url_index < len(urls) and urls[url_index][1] <= start:
                url_index += 1
            if url_index < len(urls) and urls[url_index][0] <= start:
                continue
            # Bounded slices, so many hits in one long text node stay linear.
            before = text[max(0, start - _LOOKBEHIND) : start]
            if start < _LOOKBEHIND:
                before = (self.tail + before)[-_LOOKBEHIND:]
            if _spelled_out(term, before, text[end : end + _LOOKBEHIND]):
                self.state.note(term)
                continue
            out.append(escape(text[position:start], quote=False))
            if self.state.note(term):
                out.append(f"{escape(term.expansion, quote=False)} ({escape(token, quote=False)})")
            else:
                out.append(f'<abbr title="{escape(term.expansion)}">{escape(token, quote=False)}</abbr>')
            position = end
            self.changed = True
        out.append(escape(text[position:], quote=False))

    def expand(self, html: str) -> str:
        self.feed(html)
        self.close()
        return "".join(self.out) if self.changed else html


def expand_fragments(fragments: list[str], locale) -> tuple[list[str], list[dict]]:
    """The rendering path's processor: expand one item's fragments in `locale`.

    Args:
        fragments: the item's HTML fragments in display order.
        locale: the item's `Locale` (the default locale when None).

    Returns:
        The fragments with abbreviations spelled out, and the terms the item
        uses (in order of first use) for the API's `abbreviations` list.
    """
    matcher = matcher_for(locale)
    if not matcher.forms:
        return list(fragments), []
    state = _ItemState(matcher)
    expanded = [_Expander(state).expand(html) if html else html for html in fragments]
    return expanded, [term.as_dict() for term in state.used]
