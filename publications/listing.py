"""The index page's listing: the same querysets and filters as the API."""

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from core.delivery import locale_table, with_locale_fallback
from core.input_guard import bounded_int
from core.rendering import render_text
from home.models import ThematicArea
from publications.filters import PublicationFilters, UnknownFilterValue, apply_filters
from publications.models import PublicationType
from publications.selectors import publications_in

PAGE_SIZE = 12


def index_context(index_page, request) -> dict:
    locale = index_page.locale
    params = request.GET
    filters = PublicationFilters(
        thematic_area=params.get("thematic_area") or None,
        type=params.get("type") or None,
        year=bounded_int(params.get("year"), default=None, minimum=1, maximum=9999),
        keyword=params.get("keyword") or None,
    )
    base = publications_in(locale)
    notice = None
    try:
        queryset = apply_filters(base, filters, locale)
    except UnknownFilterValue as error:
        notice = _("There is no “%(value)s” to filter by; showing all publications.") % {"value": error.value}
        queryset, filters = base, PublicationFilters()
    paginator = Paginator(queryset, PAGE_SIZE)
    page_obj = paginator.get_page(params.get("page"))
    locales = locale_table()
    cards = [
        {"page": page, "abstract": render_text([("abstract", page.abstract)], locales[page.locale_id])["abstract"]}
        for page in page_obj.object_list
    ]
    query = params.copy()
    query.pop("page", None)
    return {
        "publications": cards,
        "page_obj": page_obj,
        "filters": filters,
        "filter_notice": notice,
        "filter_query": query.urlencode(),
        "thematic_area_choices": list(
            with_locale_fallback(ThematicArea.objects.live(), locale).order_by("sort_order", "name")
        ),
        "type_choices": list(
            with_locale_fallback(PublicationType.objects.live(), locale).order_by("sort_order", "name")
        ),
    }
