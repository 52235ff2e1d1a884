"""Publication pages → API dictionaries, built for a whole page of results at once."""

from django.urls import reverse
from django.utils import translation

from core.delivery import locale_table
from core.links import link_resolver
from core.rendering import render_many
from core.serializers import absolute, cover_out
from core.translations import add_translations, api_url_for
from home.serializers import thematic_area_out


def type_out(publication_type) -> dict | None:
    if publication_type is None or not publication_type.live:
        return None
    return {"slug": publication_type.slug, "name": publication_type.name}


def document_out(row, request=None) -> dict:
    return {
        "title": row.document.title,
        # Through the counting route, absolute so a front end on another origin can link it.
        "url": absolute(reverse("publications:download", args=[row.pk]), request),
        "format": row.file_format,
        "format_label": row.format_label,
        "size": row.file_size,
        "size_label": row.size_label,
        "language": row.language,
        "language_label": row.language_label,
    }


def publication_items(pages, codes: dict, request=None, locales=None) -> list[dict]:
    """List items for `pages` (from selectors.publications_in), in a fixed
    number of queries whatever their number."""
    locales = locales or locale_table()
    abstracts = render_many([([("abstract", page.abstract)], locales[page.locale_id]) for page in pages])
    # Callers answer inside translation.override(requested locale): the links
    # stay in that locale (the translation, or the locale's fallback URL).
    links = link_resolver(request)
    links.prime(pages)
    # A thematic area is `translated` when it is in that locale too.
    requested_id = next((pk for pk, code in codes.items() if code == translation.get_language()), None)
    items = []
    for page, rendered in zip(pages, abstracts, strict=True):
        items.append(
            {
                "id": page.pk,
                "title": page.title,
                "abstract": rendered["abstract"],
                "publication_date": page.publication_date,
                "year": page.publication_date.year,
                "publication_type": type_out(page.publication_type),
                "authors": page.authors,
                "thematic_areas": [
                    thematic_area_out(row.thematic_area, codes, row.thematic_area.locale_id == requested_id)
                    for row in page.thematic_area_rows.all()
                    if row.thematic_area.live
                ],
                "keywords": sorted(tag.name for tag in page.keywords.all()),
                "cover_image": cover_out(page, request),
                "url": links.url(page),
                # In the requested locale: an English stand-in in a French listing
                # leads to the French fallback detail, not the English page.
                "api_url": api_url_for(page, codes.get(requested_id, codes[page.locale_id]), request),
                "locale": codes[page.locale_id],
                "translated": getattr(page, "translated", True),
            }
        )
    # `locales` comes with the translations, from the same copies.
    return add_translations(items, list(pages), request, published_in=True)
