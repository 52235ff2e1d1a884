"""The filters of the publication listing, shared by the API and the index page.

Slugs of thematic areas and types may differ per language, so a slug is turned
into the snippet's translation_key and matched in every locale: an English
fallback item is found by the French slug of its thematic area.
"""

from dataclasses import dataclass

from django.db.models.functions import ExtractYear

from core.delivery import with_locale_fallback
from core.geography import COUNTRY_CODES, Region, normalise_country
from home.models import ThematicArea
from publications.models import PublicationPageTag, PublicationType


class UnknownFilterValue(Exception):
    def __init__(self, parameter: str, value, allowed):
        super().__init__(parameter)
        self.parameter = parameter
        self.value = str(value)
        self.allowed = sorted(str(item) for item in allowed)


def each(value) -> list:
    """A filter's values as a list: one value (the index pages' forms) or several
    (the API's repeated or comma-separated values), an item matching any of them."""
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def checked(parameter: str, values: list, allowed) -> list:
    """`values`, each one of `allowed`.

    Raises:
        UnknownFilterValue: naming the first value that is not.
    """
    for value in values:
        if value not in allowed:
            raise UnknownFilterValue(parameter, value, allowed)
    return values


def filter_by_place(queryset, region=None, country=None):
    """`queryset` narrowed to items in any of the `region` values (the closed list
    of regions) and any of the `country` values (ISO 3166-1 codes, any case), for
    the page types that carry both fields (stories, events).

    Raises:
        UnknownFilterValue: naming the first region or country that does not exist.
    """
    if region:
        regions = checked("region", [value.strip().lower() for value in each(region)], Region.values)
        queryset = queryset.filter(region__in=regions)
    if country:
        countries = checked("country", [normalise_country(value) for value in each(country)], sorted(COUNTRY_CODES))
        queryset = queryset.filter(country__in=countries)
    return queryset


@dataclass(frozen=True)
class PublicationFilters:
    # Each takes one value or a list of values (any of them matches).
    thematic_area: str | list[str] | None = None
    type: str | list[str] | None = None
    year: int | list[int] | None = None
    keyword: str | list[str] | None = None

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
        slugs = checked("thematic_area", each(filters.thematic_area), areas)
        queryset = queryset.filter(
            thematic_area_rows__thematic_area__translation_key__in=[areas[slug] for slug in slugs]
        ).distinct()
    if filters.type:
        types = snippet_choices(PublicationType, locale)
        slugs = checked("type", each(filters.type), types)
        queryset = queryset.filter(publication_type__translation_key__in=[types[slug] for slug in slugs])
    if filters.year:
        years = set(queryset.order_by().annotate(y=ExtractYear("publication_date")).values_list("y", flat=True))
        queryset = queryset.filter(publication_date__year__in=checked("year", each(filters.year), years))
    if filters.keyword:
        keywords = set(
            PublicationPageTag.objects.filter(content_object__in=queryset.values("pk")).values_list(
                "tag__slug", flat=True
            )
        )
        queryset = queryset.filter(tagged_items__tag__slug__in=checked("keyword", each(filters.keyword), keywords))
        queryset = queryset.distinct()
    return queryset
