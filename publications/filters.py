"""The filters of the publication listing, shared by the API and the index page.

Slugs of thematic areas and types may differ per language, so a slug is turned
into the snippet's translation_key and matched in every locale: an English
fallback item is found by the French slug of its thematic area.
"""

from dataclasses import dataclass

from django.db.models.functions import ExtractYear

from core.delivery import with_locale_fallback
from home.models import ThematicArea
from publications.models import PublicationPageTag, PublicationType


class UnknownFilterValue(Exception):
    def __init__(self, parameter: str, value, allowed):
        super().__init__(parameter)
        self.parameter = parameter
        self.value = str(value)
        self.allowed = sorted(str(item) for item in allowed)


@dataclass(frozen=True)
class PublicationFilters:
    thematic_area: str | None = None
    type: str | None = None
    year: int | None = None
    keyword: str | None = None

    def is_empty(self) -> bool:
        return not (self.thematic_area or self.type or self.year or self.keyword)


def snippet_choices(model, locale) -> dict:
    """{slug: translation_key} of the live snippets visitors of `locale` see."""
    rows = with_locale_fallback(model.objects.live(), locale).values_list("slug", "translation_key")
    return dict(rows)


def apply_filters(queryset, filters: PublicationFilters, locale):
    """Narrow `queryset` (publications as visitors of `locale` see them).

    Raises:
        UnknownFilterValue: naming the parameter and the values that exist.
    """
    if filters.thematic_area:
        areas = snippet_choices(ThematicArea, locale)
        if filters.thematic_area not in areas:
            raise UnknownFilterValue("thematic_area", filters.thematic_area, areas)
        queryset = queryset.filter(
            thematic_area_rows__thematic_area__translation_key=areas[filters.thematic_area]
        ).distinct()
    if filters.type:
        types = snippet_choices(PublicationType, locale)
        if filters.type not in types:
            raise UnknownFilterValue("type", filters.type, types)
        queryset = queryset.filter(publication_type__translation_key=types[filters.type])
    if filters.year:
        years = set(queryset.order_by().annotate(y=ExtractYear("publication_date")).values_list("y", flat=True))
        if filters.year not in years:
            raise UnknownFilterValue("year", filters.year, years)
        queryset = queryset.filter(publication_date__year=filters.year)
    if filters.keyword:
        keywords = set(
            PublicationPageTag.objects.filter(content_object__in=queryset.values("pk")).values_list(
                "tag__slug", flat=True
            )
        )
        if filters.keyword not in keywords:
            raise UnknownFilterValue("keyword", filters.keyword, keywords)
        queryset = queryset.filter(tagged_items__tag__slug=filters.keyword).distinct()
    return queryset
