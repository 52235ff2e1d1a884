"""Cards of public content read from the search documents: the latest of a type
for the home page, and everything of one thematic area for its page.

The documents are one flattened row per live, public page and locale, with the
locale fallback already worked out (`documents.visible_documents`), so a whole
listing costs one query whatever the page types, and no draft, private or
expired page can appear (they have no document, or are filtered by expiry).
"""

from dataclasses import dataclass
from datetime import date

from core.images import images_with_renditions
from core.links import localized_urls_for_ids
from core.rendering import teaser
from core.search_registry import content_type_labels

from .documents import visible_documents


@dataclass(frozen=True)
class Card:
    title: str
    url: str
    type: str
    type_label: str
    date: date | None
    teaser: str
    locale: str
    translated: bool
    image: object = None  # with the card renditions prefetched
    image_alt: str = ""
    image_alt_language: str | None = None


def _cards(rows, codes_by_id, locale) -> list[Card]:
    labels = content_type_labels()
    rows = list(rows)
    # Stored URLs are the pages' own; a reader in `locale` follows the translation
    # or the locale's fallback URL (an English stand-in must not lead out of /fr/).
    urls = localized_urls_for_ids([row["page_id"] for row in rows], locale)
    covers = {row["page_id"]: row["cover"] for row in rows if row["cover"]}
    images = images_with_renditions((cover["id"] for cover in covers.values()), "card")
    return [
        Card(
            title=row["title"],
            url=urls.get(row["page_id"]) or row["url"],
            type=row["content_type"],
            type_label=str(labels.get(row["content_type"], row["content_type"])),
            date=row["date"],
            teaser=teaser(row["snippet"]),
            locale=codes_by_id.get(row["locale_id"], ""),
            translated=row["translated"],
            **_card_image(covers.get(row["page_id"]), images),
        )
        for row in rows
    ]


def _card_image(cover, images) -> dict:
    image = images.get(cover["id"]) if cover else None
    if image is None:  # none, or deleted since the page was indexed
        return {}
    return {"image": image, "image_alt": cover["alt"], "image_alt_language": cover["lang"]}


def _rows(queryset, limit):
    return queryset.order_by("-date", "-pk").values(
        "page_id", "title", "url", "content_type", "date", "snippet", "locale_id", "translated", "cover"
    )[:limit]


def latest(locale, content_type: str, limit: int = 3) -> list[Card]:
    """The latest public items of one type in `locale` (English standing in)."""
    from core.serializers import locale_codes

    return _cards(_rows(visible_documents(locale).filter(content_type=content_type), limit), locale_codes(), locale)


def for_thematic_area(locale, slugs, limit_per_type: int = 6) -> dict[str, list[Card]]:
    """{content type: cards} of the public items tagged with one of `slugs` (the
    area's slug in the locale and in the default locale, for stand-ins), newest
    first, at most `limit_per_type` of each type; one query."""
    from core.serializers import locale_codes

    queryset = visible_documents(locale).filter(tags__kind="area", tags__slug__in=list(slugs)).distinct()
    grouped: dict[str, list[Card]] = {}
    for card in _cards(_rows(queryset, 400), locale_codes(), locale):
        cards = grouped.setdefault(card.type, [])
        if len(cards) < limit_per_type:
            cards.append(card)
    return grouped
