"""The "read online" body (publications.blocks.PublicationBodyBlock) as typed
blocks for the API (core.body_blocks); the shapes are in publications/schemas.py."""

from core.body_blocks import BlockWriter, BlockWriters

# The section heading's template writes an h2 (publications/blocks/section_heading.html).
HEADING_LEVEL = 2


def _image(value, writer: BlockWriter):
    # Wagtail's ImageBlock: the image carries this use's alt text and decorative flag.
    decorative = bool(getattr(value, "decorative", False))
    return writer.image(value, alt=getattr(value, "contextual_alt_text", None), decorative=decorative)


def _quote(value, writer: BlockWriter) -> dict:
    return {"text": writer.lines(value.get("text")), "attribution": writer.text(value.get("attribution"))}


READ_ONLINE_BLOCKS: BlockWriters = {
    "heading": lambda value, writer: writer.heading(value, HEADING_LEVEL),
    "paragraph": lambda value, writer: writer.rich_text(value),
    "image": _image,
    "quote": _quote,
}
