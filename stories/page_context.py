"""What the story pages add to their template context (called by the models,
so they never import views or forms)."""

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from core.delivery import with_locale_fallback
from core.geography import Region
from core.links import localized_urls
from core.pages import register_page_context
from flagships.selectors import public_flagships, rows_for_pages
from home.models import ThematicArea
from publications.filters import UnknownFilterValue

from .models import StoryIndexPage, StoryPage
from .selectors import (
    StoryFilters,
    apply_filters,
    place_label,
    public_contact,
    related_pages,
    stories_in,
    story_cards,
)

PAGE_SIZE = 12


def index_context(index_page, request) -> dict:
    locale = index_page.locale
    params = request.GET
    filters = StoryFilters(
        region=params.get("region") or None,
        country=params.get("country") or None,
        thematic_area=params.get("thematic_area") or None,
        flagship=params.get("flagship") or None,
    )
    base = stories_in(locale)
    notice = None
    try:
        queryset = apply_filters(base, filters, locale)
    except UnknownFilterValue as error:
        notice = _("There is no “%(value)s” to filter by; showing all stories.") % {"value": error.value}
        queryset, filters = base, StoryFilters()
    page_obj = Paginator(queryset, PAGE_SIZE).get_page(params.get("page"))
    query = params.copy()
    query.pop("page", None)
    return {
        "stories": story_cards(page_obj.object_list, locale, request),
        "page_obj": page_obj,
        "filters": filters,
        "filter_notice": notice,
        "filter_query": query.urlencode(),
        "region_choices": Region.choices,
        "thematic_area_choices": list(
            with_locale_fallback(ThematicArea.objects.live(), locale).order_by("sort_order", "name")
        ),
        "flagship_choices": list(public_flagships(locale).order_by("title").only("title", "slug")),
    }


def story_context(page, request) -> dict:
    related = related_pages(page)
    urls = localized_urls(list(related.values()), page.locale, request)
    areas = rows_for_pages([page], "thematic_areas", "thematic_area", ThematicArea)[page.pk]
    return {
        "place": place_label(page, page.locale.language_code),
        "thematic_areas": areas,
        "related": [(name, target, urls.get(target.pk)) for name, target in related.items()],
        "contact": public_contact(page.contact),
    }


def register() -> None:
    """Called from `StoriesConfig.ready()`: the models never import what is built on them."""
    register_page_context(StoryIndexPage, index_context)
    register_page_context(StoryPage, story_context)
