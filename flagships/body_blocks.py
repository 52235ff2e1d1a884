"""The storytelling body of flagships (flagships.blocks.FlagshipBodyBlock, reused
by stories) as typed blocks for the API (core.body_blocks); the shapes are in
flagships/schemas.py."""

from core.body_blocks import BlockWriter, BlockWriters


def _image(value, writer: BlockWriter) -> dict:
    # The help text says: blank alternative text for a purely decorative image.
    alt = (value.get("alt_text") or "").strip()
    return {
        "image": writer.image(value.get("image"), alt=alt, decorative=not alt),
        "caption": writer.text(value.get("caption")),
    }


def _key_figures(value, writer: BlockWriter) -> list[dict]:
    return [{"value": writer.text(figure["value"]), "label": writer.text(figure["label"])} for figure in value]


def _quote(value, writer: BlockWriter) -> dict:
    return {"quote": writer.lines(value.get("quote")), "attribution": writer.text(value.get("attribution"))}


def _video(value, writer: BlockWriter) -> dict | None:
    video = value.get("video")
    if not video:
        return None
    return {"url": video.url, "caption": writer.text(value.get("caption")), "embed": writer.embed(video)}


BODY_BLOCKS: BlockWriters = {
    "text": lambda value, writer: writer.rich_text(value),
    "image": _image,
    "key_figures": _key_figures,
    "quote": _quote,
    "video": _video,
}
