"""The reference search page (under each language prefix: /search/, /fr/search/ ...)."""

import re
from dataclasses import replace

from django.core.paginator import Paginator
from django.http import Http404, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from core.input_guard import bounded_int
from core.links import localized_urls_for_ids
from core.search_registry import content_type_labels

from . import service
from .results import MAX_RESULT_WINDOW, query_terms, snippet_html

PAGE_SIZE = 10
FILTERS = ("type", "thematic_area", "year", "country")


def _current_locale() -> Locale:
    code = translation.get_language() or ""
    return Locale.objects.filter(language_code=code).first() or Locale.get_default()


def _url(params: dict) -> str:
    query = QueryDict(mutable=True)
    for key, value in params.items():
        if value not in (None, ""):
            query[key] = value
    return "?" + query.urlencode() if query else "?"


def _facet_options(facets: dict, params: dict) -> list[dict]:
    """Facet values as links that toggle the filter (and go back to page 1)."""
    titles = {"type": _("Type"), "thematic_area": _("Thematic area"), "year": _("Year")}
    groups = []
    for name, values in facets.items():
        if not values:
            continue
        options = []
        for item in values:
            selected = params.get(name) == item.value
            target = {**params, name: None if selected else item.value, "page": None}
            options.append({"label": item.label, "count": item.count, "url": _url(target), "selected": selected})
        groups.append({"name": name, "title": titles[name], "options": options})
    return groups


def search_page(request):
    locale = _current_locale()
    params = {key: request.GET.get(key, "").strip() for key in ("q", *FILTERS)}
    context = {"query": params["q"], "locale": locale, "error": None, "answer": None}
    status = 200
    try:
        filters = service.validate_filters(**{name: params[name] or None for name in FILTERS})
    except service.InvalidFilter as error:
        # A link from elsewhere may carry a filter the site no longer has: say
        # which, rather than failing.
        context["error"] = _("“%(value)s” is not a known %(filter)s. Remove it and search again.") % {
            "value": error.value,
            "filter": error.parameter.replace("_", " "),
        }
        context["clear_filters_url"] = _url({"q": params["q"]})
        return render(request, "search/search_page.html", context, status=400)
    # Pages past the last reachable result (see MAX_RESULT_WINDOW) are not offered;
    # bounded_int also keeps a 64-bit-overflowing number from reaching the database.
    last_page = MAX_RESULT_WINDOW // PAGE_SIZE
    number = bounded_int(request.GET.get("page"), default=1, minimum=1, maximum=last_page)
    answer = service.search(params["q"], locale, filters, offset=(number - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    terms = query_terms(answer.plan)
    pages = Paginator(range(min(answer.page.count, last_page * PAGE_SIZE)), PAGE_SIZE)
    number = min(number, max(pages.num_pages, 1))
    labels = content_type_labels()
    # Stored URLs are the pages' own: link to the translation, or to this
    # locale's fallback URL, so the visitor stays in their language.
    urls = localized_urls_for_ids([result.page_id for result in answer.page.results], locale, request)
    context.update(
        {
            "answer": answer,
            "results": [
                {
                    "result": replace(result, url=urls.get(result.page_id) or result.url),
                    "type_label": labels.get(result.type, result.type),
                    "snippet_html": mark_safe(snippet_html(result, terms)),  # escaped except <mark>
                }
                for result in answer.page.results
            ],
            "facets": _facet_options(answer.page.facets, params),
            "page_number": number,
            "page_count": pages.num_pages,
            "previous_url": _url({**params, "page": number - 1}) if number > 1 else None,
            "next_url": _url({**params, "page": number + 1}) if number < pages.num_pages else None,
            "suggestions": [
                {
                    "abbreviation": a,
                    "expansion": e,
                    "url": _url({"q": e if a.casefold() in params["q"].casefold() else a}),
                }
                for a, e in answer.suggestions
            ],
            "did_you_mean": answer.did_you_mean,
            "did_you_mean_url": (
                _url({**params, "q": answer.did_you_mean, "page": None}) if answer.did_you_mean else None
            ),
            "filtered": any(params[name] for name in FILTERS),
            "clear_filters_url": _url({"q": params["q"]}),
        }
    )
    return render(request, "search/search_page.html", context, status=status)


# The order of sections on a thematic area's page, and their headings (the
# other types are headed by their label).
AREA_SECTIONS = ("publication", "flagship", "donation_project", "story", "event", "brief", "newsletter", "home")
AREA_HEADINGS = {
    "publication": gettext_lazy("Publications"),
    "flagship": gettext_lazy("Flagship programmes"),
    "donation_project": gettext_lazy("Projects that need your support"),
    "story": gettext_lazy("Impact stories"),
}


def thematic_area_page(request, slug: str):
    """Everything public about one thematic area, in the visitor's language:
    publications, flagship programmes, projects to fund, stories, and the
    glossary's abbreviations those items use."""
    from glossary.selectors import live_terms
    from home.models import ThematicArea

    from .listings import for_thematic_area

    locale = _current_locale()
    default = Locale.get_default()
    areas = ThematicArea.objects.filter(live=True, slug=slug, locale__in={locale.pk, default.pk})
    area = next((a for a in areas if a.locale_id == locale.pk), None) or next(iter(areas), None)
    if area is None:
        raise Http404(_("No thematic area is called “%(slug)s”.") % {"slug": slug})
    # Show the area's name in the visitor's language where it is translated.
    area = ThematicArea.objects.filter(live=True, translation_key=area.translation_key, locale=locale).first() or area
    slugs = set(
        ThematicArea.objects.filter(
            translation_key=area.translation_key, locale__in={locale.pk, default.pk}
        ).values_list("slug", flat=True)
    )
    grouped = for_thematic_area(locale, slugs)
    labels = content_type_labels()
    sections = [
        {"type": name, "label": AREA_HEADINGS.get(name) or labels.get(name, name), "cards": grouped[name]}
        for name in (*AREA_SECTIONS, *sorted(set(grouped) - set(AREA_SECTIONS)))
        if grouped.get(name)
    ]
    text = " ".join(f"{card.title} {card.teaser}" for cards in grouped.values() for card in cards)
    words = set(re.findall(r"\w+", text))
    terms = [term for term in live_terms(locale) if term.abbreviation in words]
    context = {
        "area": area,
        "area_sections": sections,
        "terms": terms,
        "search_url": reverse("search") + _url({"thematic_area": area.slug}),
    }
    return render(request, "search/thematic_area_page.html", context)
