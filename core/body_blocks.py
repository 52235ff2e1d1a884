"""StreamField bodies as typed JSON blocks, beside the HTML body.

A detail answers its body twice: as HTML (`body`, `read_online`) and as a list of
`{type, id, value}` blocks a front end renders with its own components. Each app
says what a value holds per block type (`BlockWriters`, in the app's
`body_blocks.py`); this module does the rest, the same way for every body:

- Every text of a block (rich text, headings, captions, quotes, figures) goes
  through the one rendering path (`core.rendering.render_text`) in display
  order, after the item's lead text (abstract, summary, standfirst): links are
  resolved for the reader's locale and only to what the public may see,
  document links go through the counting route, the glossary spells out the
  first use of each abbreviation exactly where the HTML body does, headings
  take the levels they take in the HTML body, and file links are absolute.
  Texts are therefore HTML: rich text as written, plain text escaped.
- Images come in the shape of every other image of the API (`core.serializers.
  image_out`: renditions, `srcset`, alt text, focal point), their renditions
  fetched for the whole body at once.
- Video embeds answer what the embed cache already knows (one query for the
  body); an API request never calls a provider.

The cost of a body is a fixed number of queries whatever its number of blocks.
"""

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.text import normalize_newlines

from .embeds import stored_embed, stored_embeds
from .headings import normalise_headings
from .images import images_with_renditions
from .rendering import render_text
from .serializers import absolute_file_links, image_out

IMAGE_SHAPE = "lead"  # blocks sit in the reading measure, like a detail's own image


@dataclass(frozen=True)
class _Text:
    index: int


@dataclass(frozen=True)
class _Image:
    index: int


@dataclass(frozen=True)
class _Embed:
    index: int


@dataclass
class BlockWriter:
    """What a block's value is made of; `write_blocks` fills it in afterwards.

    A value builder calls these for each part of a block and returns the
    value's shape (dicts and lists) with what they return in place.
    """

    _texts: list[tuple[str, object]] = field(default_factory=list)
    _images: list[tuple[object, str | None, bool]] = field(default_factory=list)
    _embeds: list = field(default_factory=list)

    def _text(self, kind: str, source) -> _Text:
        self._texts.append((kind, source))
        return _Text(len(self._texts) - 1)

    def rich_text(self, value) -> _Text:
        """Rich text (`RichText` or database-format HTML) as HTML."""
        return self._text("html", value)

    def text(self, value: str | None) -> _Text:
        """One line of plain text, escaped."""
        return self._text("html", escape(value or ""))

    def lines(self, value: str | None) -> _Text:
        """Plain text whose line breaks count (a quote), escaped, lines kept with `<br>`."""
        return self._text("html", normalize_newlines(escape(value or "")).replace("\n", "<br>"))

    def heading(self, value: str | None, level: int) -> _Text:
        """A heading block's text, escaped; `level` is the one its template gives
        it in the HTML body, so rich-text headings around it shift the same way."""
        return self._text(f"h{level}", escape(value or ""))

    def image(self, image, *, alt: str | None = None, decorative: bool = False) -> _Image | None:
        """An image chooser's value; `alt` None takes the image's description."""
        if image is None:
            return None
        self._images.append((image, alt, decorative))
        return _Image(len(self._images) - 1)

    def embed(self, value) -> _Embed | None:
        """An `EmbedBlock` value: what the embed cache holds for it, or None."""
        if not getattr(value, "url", None):
            return None
        self._embeds.append(value)
        return _Embed(len(self._embeds) - 1)


# (block value, writer) → the value's shape, or None to leave the block out.
ValueBuilder = Callable[[object, BlockWriter], object]
BlockWriters = dict[str, ValueBuilder]


def write_blocks(page, field_name: str, writers: BlockWriters, request=None) -> list[dict]:
    """The StreamField `field_name` of `page` as `[{type, id, value}]`.

    Args:
        page: a page with `text_fragments()` (core.pages.PublicPageMixin), live
            or a draft restored in memory. Call inside the requested language
            (`translation.override`), as the HTML body is rendered.
        field_name: the StreamField, also the name of its fragment in
            `text_fragments()` and `heading_levels`.
        writers: {block type: value builder}; a type without one is left out.
        request: makes file and image URLs absolute.
    """
    stream = getattr(page, field_name)
    writer = BlockWriter()
    blocks = []
    for child in stream or ():
        build = writers.get(child.block_type)
        if build is None:
            continue
        value = build(child.value, writer)
        if value is not None:
            blocks.append({"type": child.block_type, "id": child.id, "value": value})
    if not blocks:
        return []
    texts = _render_texts(page, field_name, writer._texts, request)
    images = _images_out(writer._images, request)
    embeds = _embeds_out(writer._embeds)
    return [_fill(block, texts, images, embeds) for block in blocks]


def _render_texts(page, field_name: str, texts: list[tuple[str, object]], request) -> list[str]:
    # The item's other text first, in display order, so the glossary spells a
    # term out where the HTML body does; it is rendered again here only for that.
    lead = [(name, value) for name, value in page.text_fragments() if name != field_name]
    names = [f"block-{index}" for index in range(len(texts))]
    rendered = render_text([*lead, *zip(names, (source for _kind, source in texts), strict=True)], page.locale)
    html = [str(rendered[name]) for name in names]
    level = page.heading_levels.get(field_name)
    if level is not None:
        html = _normalise_headings(html, [kind for kind, _source in texts], level)
    return [absolute_file_links(text, request) for text in html]


def _normalise_headings(html: list[str], kinds: list[str], level: int) -> list[str]:
    """Heading levels as in the HTML body, where they are shifted across the
    whole body (core.headings): the texts are joined, heading blocks wrapped as
    their template wraps them, normalised together and cut apart again."""
    marker = f"<!--block-{secrets.token_hex(8)}-->"
    wrapped = [f"<{kind}>{text}</{kind}>" if kind != "html" else text for kind, text in zip(kinds, html, strict=True)]
    parts = normalise_headings(marker.join(wrapped), level).split(marker)
    if len(parts) != len(html):  # a text that held the marker: leave the levels as written
        return html
    return [
        part[part.index(">") + 1 : part.rindex("<")] if kind != "html" else part
        for kind, part in zip(kinds, parts, strict=True)
    ]


def _images_out(images: list[tuple[object, str | None, bool]], request) -> list[dict | None]:
    if not images:
        return []
    prefetched = images_with_renditions([image.pk for image, _alt, _decorative in images], IMAGE_SHAPE)
    return [
        image_out(prefetched.get(image.pk, image), IMAGE_SHAPE, request, alt=alt, decorative=decorative)
        for image, alt, decorative in images
    ]


def _embeds_out(values: list) -> list[dict | None]:
    """What the embed cache holds for each value; one query, never a provider call."""
    stored = stored_embeds(values)
    found = []
    for value in values:
        embed = stored_embed(value, stored)
        found.append(
            None
            if embed is None
            else {
                "type": embed.type,
                "html": embed.html,
                "title": embed.title,
                "provider_name": embed.provider_name,
                "thumbnail_url": embed.thumbnail_url or None,
                "width": embed.width,
                "height": embed.height,
            }
        )
    return found


def _fill(value, texts: list[str], images: list, embeds: list):
    if isinstance(value, _Text):
        return texts[value.index]
    if isinstance(value, _Image):
        return images[value.index]
    if isinstance(value, _Embed):
        return embeds[value.index]
    if isinstance(value, dict):
        return {key: _fill(item, texts, images, embeds) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_fill(item, texts, images, embeds) for item in value]
    return value
