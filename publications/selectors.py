"""Small public functions other apps call instead of reaching into our models.

Everything here returns only live, public, unexpired publications.
"""

from collections import defaultdict
from datetime import date

from django.db.models import F, Prefetch, Sum, Window
from django.db.models.functions import RowNumber
from wagtail.images import get_image_model
from wagtail.models import Locale

from core.delivery import localize_pages, public_pages, with_locale_fallback
from core.images import prefetch_specs
from publications.models import DownloadCount, PublicationPage, PublicationPageThematicArea, ViewCount


def public_publications():
    """Live, public, unexpired publication pages in every locale."""
    return public_pages(PublicationPage)


def publications_in(locale: Locale):
    """Publications in `locale`, falling back to the default locale where a
    publication has no published translation (annotated `translated`),
    newest first, with what a card shows fetched in a fixed number of queries."""
    return (
        with_locale_fallback(public_publications(), locale)
        .select_related("publication_type", "locale")
        .prefetch_related(
            Prefetch(
                "thematic_area_rows",
                queryset=PublicationPageThematicArea.objects.select_related("thematic_area").order_by("sort_order"),
            ),
            "keywords",
            Prefetch("cover_image", queryset=get_image_model().objects.prefetch_renditions(*prefetch_specs("card"))),
        )
        .defer_streamfields()
        .order_by("-publication_date", "-pk")
    )


def latest_publications(locale: Locale, limit: int = 5) -> list:
    return list(publications_in(locale)[:limit])


def localized_publications(pages, locale: Locale) -> list:
    """`pages` (publication pages, e.g. the ones a flagship cites) swapped for
    their public translation in `locale` where there is one; unpublished or
    private ones are dropped."""
    public_keys = set(
        public_publications()
        .filter(translation_key__in=[p.translation_key for p in pages])
        .values_list("translation_key", flat=True)
    )
    return [page for page in localize_pages(pages, locale) if page.translation_key in public_keys]


def download_totals(translation_keys, start: date | None = None, end: date | None = None, locale=None) -> dict:
    """{translation_key: downloads} over a period (inclusive), all locales unless one is given."""
    return _totals(DownloadCount, translation_keys, start, end, locale)


def view_totals(translation_keys, start: date | None = None, end: date | None = None, locale=None) -> dict:
    """{translation_key: abstract views} over a period (inclusive), all locales unless one is given."""
    return _totals(ViewCount, translation_keys, start, end, locale)


def _totals(model, translation_keys, start, end, locale) -> dict:
    rows = model.objects.filter(translation_key__in=list(translation_keys))
    if start:
        rows = rows.filter(day__gte=start)
    if end:
        rows = rows.filter(day__lte=end)
    if locale is not None:
        rows = rows.filter(locale=locale)
    totals = defaultdict(int)
    for key, total in (
        rows.values("translation_key").annotate(total=Sum("count")).values_list("translation_key", "total")
    ):
        totals[key] = total
    return dict(totals)


def related_publications_of(pages, locale: Locale, count: int) -> dict:
    """{publication id: up to `count` other publications in `locale` (with the
    default-locale fallback) sharing one of its thematic areas, newest first}:
    what each detail's `related` shows, for a whole listing in three queries.

    `pages` carry their `thematic_area_rows` (with the area). A page's related
    items are within the newest `count + 1` of each of its areas (one of them may
    be the page itself), so only those are read: a window per area, not every
    publication of every area.
    """
    pages = list(pages)
    areas_of = {page.pk: {row.thematic_area.translation_key for row in page.thematic_area_rows.all()} for page in pages}
    wanted = set().union(*areas_of.values()) if areas_of else set()
    related: dict = {page.pk: [] for page in pages}
    if not wanted:
        return related
    area_key = F("thematic_area__translation_key")
    rows = (
        PublicationPageThematicArea.objects.filter(
            page__in=publications_in(locale).order_by().values("pk"), thematic_area__translation_key__in=wanted
        )
        .annotate(
            rank=Window(
                RowNumber(), partition_by=[area_key], order_by=[F("page__publication_date").desc(), F("page_id").desc()]
            )
        )
        .filter(rank__lte=count + 1)
        .values_list("thematic_area__translation_key", "page_id")
    )
    candidate_areas: dict = defaultdict(set)
    for key, page_id in rows:
        candidate_areas[page_id].add(key)
    candidates = list(
        PublicationPage.objects.filter(pk__in=candidate_areas)
        .select_related("locale")
        .defer_streamfields()
        .order_by("-publication_date", "-pk")
    )
    for page in pages:
        related[page.pk] = [
            other
            for other in candidates
            if other.translation_key != page.translation_key and candidate_areas[other.pk] & areas_of[page.pk]
        ][:count]
    return related
