"""Story pages → API dictionaries, built for a whole page of results at once."""

from core.delivery import locales_by_translation_key, public_pages
from core.geography import Region, country_name
from core.serializers import cover_out, page_type
from core.translations import add_translations
from home.serializers import thematic_area_out

from .selectors import story_cards


def place_out(page, language_code: str) -> dict:
    return {
        "region": page.region,
        "region_label": str(Region(page.region).label) if page.region else "",
        "country": page.country or None,
        "country_name": country_name(page.country, language_code) if page.country else None,
    }


def lead_image_out(page, request=None, shape: str = "card") -> dict | None:
    return cover_out(page, request, shape)


def story_items(pages, locale, codes: dict, request=None) -> list[dict]:
    """List items for prefetched stories (selectors.stories_in), links kept in `locale`."""
    cards = story_cards(pages, locale, request)
    published_in = locales_by_translation_key(public_pages(), [card.page.translation_key for card in cards])
    items = [
        {
            "id": card.page.pk,
            "title": card.page.title,
            "standfirst": card.standfirst,
            "date": card.page.date,
            "place": place_out(card.page, locale.language_code),
            "thematic_areas": [thematic_area_out(area, codes, area.locale_id == locale.pk) for area in card.areas],
            "lead_image": lead_image_out(card.page, request),
            "url": card.url,
            "api_url": card.page.get_api_url(locale.language_code),
            "locale": codes[card.page.locale_id],
            "translated": card.translated,
            "locales": published_in.get(card.page.translation_key, []),
        }
        for card in cards
    ]
    return add_translations(items, [card.page for card in cards], request)


# The detail's `related` keys and the relation each reads (selectors.related_pages).
RELATED_FIELDS = {"flagship": "flagship", "publication": "publication", "donation_project": "project"}


def related_out(related: dict, requested, codes: dict, urls: dict) -> dict:
    """A story's related flagship, publication and donation project as page
    links (None where it has none or it is not public); `urls` are the
    locale-true URLs (core.links.localized_urls) of the related pages."""
    out = {}
    for field, name in RELATED_FIELDS.items():
        target = related.get(name)
        out[field] = (
            None
            if target is None
            else {
                "id": target.pk,
                "type": page_type(target),
                "title": target.title,
                "url": urls.get(target.pk),
                "locale": codes[target.locale_id],
                "translated": target.locale_id == requested.pk,
            }
        )
    return out
