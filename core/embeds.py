"""Video embeds of a body, read from Wagtail's embed cache in one query.

Each `{{ value.video }}` in a template asks the embed table for its own row, so a
body with twenty videos cost twenty queries. `prime_embeds` reads every stored
embed of a body at once and hands each `EmbedValue` its HTML, rendered with
Wagtail's own template; an embed the cache lacks is left to Wagtail, which asks
the provider as before. The API's blocks read the same rows (`stored_embeds`).
"""

from collections.abc import Iterable

from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.embeds import get_embed_hash


def stream_leaves(value) -> Iterable:
    """The leaf values inside a StreamField value (blocks, structs and lists
    walked at any depth); any other value is its own one leaf."""
    if isinstance(value, StreamValue):
        for child in value:
            yield from stream_leaves(child.value)
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from stream_leaves(child)
    elif isinstance(value, ListValue | list | tuple):
        for child in value:
            yield from stream_leaves(child)
    elif value is not None:
        yield value


def embed_values(value) -> Iterable[EmbedValue]:
    """The `EmbedValue`s inside a StreamField value, at any depth."""
    return (leaf for leaf in stream_leaves(value) if isinstance(leaf, EmbedValue))


def _hash(value: EmbedValue) -> str:
    return get_embed_hash(value.url, value.max_width, value.max_height)


def stored_embeds(values: Iterable[EmbedValue]) -> dict[str, object]:
    """{embed hash: the unexpired `Embed` row} for `values`; one query."""
    hashes = {_hash(value) for value in values if value.url}
    if not hashes:
        return {}
    from wagtail.embeds.models import Embed

    return {
        embed.hash: embed for embed in Embed.objects.exclude(cache_until__lte=timezone.now()).filter(hash__in=hashes)
    }


def stored_embed(value: EmbedValue, stored: dict):
    return stored.get(_hash(value))


def prime_embeds(values: Iterable[EmbedValue]) -> None:
    """Give each value whose embed is stored its front-end HTML (as
    `wagtail.embeds.format.embed_to_frontend_html` renders it) before a template asks."""
    values = [value for value in values if "html" not in value.__dict__]
    stored = stored_embeds(values)
    for value in values:
        embed = stored_embed(value, stored)
        if embed is not None:
            value.__dict__["html"] = render_to_string("wagtailembeds/embed_frontend.html", {"embed": embed})
