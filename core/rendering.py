"""The one rendering path for visitor text.

Every rich text and text block of an item passes through `render_text` on its way
to a template or to the API, in display order, so that whatever processing the
site applies (link resolution here, abbreviation expansion from the glossary app)
is applied once per item and identically in both places.

Later apps add processors with `register_text_processor` from their
`AppConfig.ready()`; this module never imports them.
"""

import hashlib
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils.html import escape, linebreaks, strip_tags
from django.utils.safestring import SafeString, mark_safe
from wagtail.rich_text import RichText, expand_db_html

from .embeds import stream_leaves
from .rich_text_links import links_batch

# A processor gets the item's fragments (HTML, display order) and its locale, and
# returns the processed fragments plus the terms it wants the API to list.
TextProcessor = Callable[[list[str], object], tuple[list[str], list[dict]]]

_processors: list[TextProcessor] = []
# version(locale) -> a token that changes whenever the processor's output for the
# same input may change (the glossary's version per locale). A processor without
# one makes rendered text unstorable: `render_many` then renders every time.
_versions: dict[TextProcessor, Callable[[object], str]] = {}

# How long rendered text is kept; the key changes with the text, the locale and
# the processors' versions, so an entry is never stale, only unused.
STORE_SECONDS = 24 * 3600
_STORE_KEY = "rendered-text:{}"


def register_text_processor(processor: TextProcessor, *, version: Callable[[object], str] | None = None) -> None:
    """Add a processor to the rendering path (idempotent, order of registration).

    Args:
        version: returns, for a locale, a token that changes whenever the
            processor's output may change; lets listings reuse rendered text.
    """
    if processor not in _processors:
        _processors.append(processor)
    if version is not None:
        _versions[processor] = version


def unregister_text_processor(processor: TextProcessor) -> None:
    if processor in _processors:
        _processors.remove(processor)
    _versions.pop(processor, None)


@dataclass(frozen=True)
class RenderedText:
    """The visitor text of one item, ready to display."""

    fragments: dict[str, SafeString] = field(default_factory=dict)
    abbreviations: list[dict] = field(default_factory=list)

    def __getitem__(self, name: str) -> SafeString:
        return self.fragments.get(name, mark_safe(""))

    def __getattr__(self, name: str) -> SafeString:
        # Lets templates write {{ rendered.abstract }}.
        if name.startswith("_"):
            raise AttributeError(name)
        return self.fragments.get(name, mark_safe(""))


# ASCII whitespace only: a no-break space (&nbsp;) is the author's, and stays.
_SPACES = re.compile(r"[ \t\n\r\f\v]+")


def visible_text(fragment: str) -> str:
    """What a reader sees of an HTML fragment, as plain text on one line: tags
    removed and entities decoded ("R&amp;D" → "R&D"). Search snippets and other
    plain-text outputs use it, so that escaping happens once, where text meets HTML."""
    return _SPACES.sub(" ", html.unescape(strip_tags(fragment or ""))).strip()


def plain_text_to_html(text: str) -> str:
    """Escape plain text and keep its paragraphs, so it can join the HTML path."""
    return linebreaks(escape(text or ""))


def db_sources(value) -> Iterable[str]:
    """The database-format rich text inside `value` (a rich-text string, a
    `RichText`, or a StreamField value holding them at any depth)."""
    for leaf in stream_leaves(value):
        if isinstance(leaf, RichText):
            yield leaf.source
        elif isinstance(leaf, str):
            yield leaf


def _to_html(value) -> str:
    if value is None:
        return ""
    if isinstance(value, RichText):
        return expand_db_html(value.source)
    return expand_db_html(str(value))


def render_text(fragments: Sequence[tuple[str, object]] | Iterable[tuple[str, object]], locale) -> RenderedText:
    """Render an item's visitor text.

    Args:
        fragments: (name, HTML) pairs in display order: the abstract or summary
            first, then the body. Values may be database-format rich text (links
            to pages and documents are resolved here) or `RichText`.
        locale: the item's `Locale`; processors use it to pick the right
            glossary.

    Returns:
        A `RenderedText` with each fragment under its name, and the terms the
        processors report (empty until the glossary app registers its expander).
    """
    fragments = list(fragments)
    names, html = [], []
    # Every link of the item is looked up once per link type, however many
    # rich-text blocks hold them (core.rich_text_links).
    with links_batch(source for _name, value in fragments for source in db_sources(value)):
        for name, value in fragments:
            names.append(name)
            html.append(_to_html(value))
    abbreviations: list[dict] = []
    for processor in _processors:
        html, found = processor(html, locale)
        abbreviations.extend(found)
    return RenderedText(
        fragments={name: mark_safe(text) for name, text in zip(names, html, strict=True)},
        abbreviations=abbreviations,
    )


def _source(value) -> str:
    if value is None:
        return ""
    return value.source if isinstance(value, RichText) else str(value)


def _store_key(names: list[str], sources: list[str], locale, versions: str) -> str:
    digest = hashlib.blake2b(digest_size=20)
    for part in (versions, str(getattr(locale, "pk", locale)), *names, *sources):
        digest.update(part.encode())
        digest.update(b"\0")
    return _STORE_KEY.format(digest.hexdigest())


def render_many(items: Sequence[tuple[Sequence[tuple[str, object]], object]]) -> list[RenderedText]:
    """`render_text` for a page of listing items, reusing text rendered before.

    Each item's result is stored under a digest of its fragments' source, its
    locale and every processor's version (the glossary's, per locale), so a
    listing expands an abstract once per text, locale and glossary version
    rather than on every cache miss of the API. One cache read and at most one
    write for the whole page. Renders afresh when a processor has no version.

    Args:
        items: (fragments, locale) per item, fragments as for `render_text`.
    """
    if any(processor not in _versions for processor in _processors):
        return [render_text(fragments, locale) for fragments, locale in items]
    versions_by_locale: dict = {}
    prepared = []
    for fragments, locale in items:
        pairs = list(fragments)
        sources = [_source(value) for _name, value in pairs]
        locale_key = getattr(locale, "pk", locale)
        if locale_key not in versions_by_locale:
            versions_by_locale[locale_key] = "|".join(_versions[processor](locale) for processor in _processors)
        names = [name for name, _value in pairs]
        key = _store_key(names, sources, locale, versions_by_locale[locale_key])
        prepared.append((key, pairs, locale))
    stored = cache.get_many({key for key, _pairs, _locale in prepared})
    results, fresh = [], {}
    for key, pairs, locale in prepared:
        hit = stored.get(key) or fresh.get(key)
        if hit is None:
            rendered = render_text(pairs, locale)
            hit = ({name: str(text) for name, text in rendered.fragments.items()}, rendered.abbreviations)
            fresh[key] = hit
        fragments, abbreviations = hit
        results.append(
            RenderedText(
                fragments={name: mark_safe(text) for name, text in fragments.items()},
                abbreviations=list(abbreviations),
            )
        )
    if fresh:
        cache.set_many(fresh, timeout=STORE_SECONDS)
    return results


TEASER_WORDS = 30
# The end of a first sentence: Latin, Arabic and CJK full stops, question and exclamation marks.
# CJK full stops need no space after them.
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s|(?<=[。！？])")


def teaser(text: str, words: int = TEASER_WORDS) -> str:
    """The first sentence of `text`, or its first `words` words with an ellipsis
    when the sentence is longer (cards stay short however long the abstract)."""
    text = (text or "").strip()
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    # CJK text has no spaces: count characters there, about two per word.
    if " " not in first and len(first) > words * 2:
        return first[: words * 2].rstrip() + "…"
    parts = first.split()
    if len(parts) > words:
        return " ".join(parts[:words]).rstrip(",;:") + "…"
    return first
