"""The donate app's endpoints: the landing page, the projects that need funding
by thematic area, one project. Never donor data: only pages and totals."""

from django.utils import translation
from ninja import Query, Router
from wagtail.models import Locale

from core.api_params import Id, Window, listing_schema, paginate, resolve_locale
from core.delivery import answer_in_locale, locales_by_translation_key, public_pages
from core.geography import COUNTRY_CODES, normalise_country
from core.links import link_resolver, localized_url
from core.page_types import register_detail
from core.problems import bad_choice, not_found, responses
from core.rendering import plain_text_to_html, render_many
from core.serializers import absolute, absolute_file_links, cover_out, locale_codes, page_link_out
from core.translations import add_translations, translations_for
from home.serializers import contact_out, thematic_area_out

from .models import DonatePage, DonationProjectPage
from .schemas import DonatePageOut, ProjectDetailOut, ThematicAreaProjectsOut
from .selectors import localized_areas, progress_for, projects_by_thematic_area, status_history

router = Router(tags=["donate"])
api_prefix = "/donate"

ThematicAreaProjectsListOut = listing_schema(ThematicAreaProjectsOut, "ThematicAreaProjectsListOut")


def progress_out(progress) -> dict:
    return {
        "goal": progress.goal,
        "received": progress.received,
        "gap": progress.gap,
        "currency": progress.currency,
        "percent": progress.percent,
    }


def project_summary_out(
    page, request, codes, translated: bool, translations: dict, language_code: str, summary, url: str | None = None
) -> dict:
    return {
        "translation_key": str(page.translation_key),
        "translations": translations.get(page.translation_key, []),
        "id": page.pk,
        "title": page.title,
        "url": url if url is not None else page.get_url(request),
        "api_url": page.get_api_url(),
        "locale": codes[page.locale_id],
        "translated": translated,
        "summary": summary,
        "cover_image": cover_out(page, request),
        "country": page.country,
        "country_region": page.place_name(language_code),
        "status": page.effective_status(),
        "progress": progress_out(page.progress_data),
    }


@router.get("", response=responses(DonatePageOut), url_name="donate-page", summary="The Donate page")
def donate_page(request, locale: str | None = None):
    """Where donations go (allocation), and the reports on donations."""
    requested = resolve_locale(locale)
    source = public_pages(DonatePage).filter(locale=Locale.get_default()).order_by("path").first()
    if source is None:
        raise not_found("donate page")
    pages = list(public_pages(DonatePage).filter(translation_key=source.translation_key))
    page, translated = answer_in_locale(pages, requested)
    codes = locale_codes()
    return donate_page_detail(page, requested, request, published_in=sorted(codes[p.locale_id] for p in pages))


def donate_page_detail(page, requested, request, published_in: list[str] | None = None) -> dict:
    """The Donate page's detail (live, or a draft restored in memory for a preview)."""
    codes = locale_codes()
    if published_in is None:
        published_in = locales_by_translation_key(public_pages(), [page.translation_key]).get(page.translation_key, [])
    with translation.override(requested.language_code):
        rendered = page.rendered
        allocations = list(page.allocations.all())
        item = {
            "id": page.pk,
            "title": page.title,
            "url": localized_url(page, requested, request),
            "locale": codes[page.locale_id],
            "translated": page.locale_id == requested.pk,
            "locales": published_in,
            "introduction": rendered["introduction"],
            "allocations": [
                {"label": row.label, "description": rendered[f"allocation-{index}"], "percentage": row.percentage}
                for index, row in enumerate(allocations)
            ],
            "reports": [
                {
                    "title": r.title,
                    "period_start": r.period_start,
                    "period_end": r.period_end,
                    "url": absolute(r.url, request),
                }
                for r in page.reports.select_related("document")
            ],
            "abbreviations": rendered.abbreviations,
        }
    return add_translations([item], [page], request)[0]


@router.get(
    "/thematic-areas",
    response=responses(ThematicAreaProjectsListOut),
    summary="Thematic areas with their open projects and funding progress",
)
def thematic_areas_with_projects(
    request, locale: str | None = None, country: str | None = None, window: Query[Window] = None
):
    """Open projects grouped by thematic area. Filter by `country` (ISO 3166-1
    alpha-2, any case); an area with no project there is left out."""
    requested = resolve_locale(locale)
    if country is not None:
        code = normalise_country(country)
        if code not in COUNTRY_CODES:
            raise bad_choice("country", country, sorted(COUNTRY_CODES))
        country = code
    codes = locale_codes()
    groups = projects_by_thematic_area(requested, country=country)

    def build(rows):
        projects = [page for group in rows for page in group.projects]
        translations = translations_for(projects, request)
        # The summary alone, stored once rendered: a listing never renders the projects' bodies.
        rendered = render_many([([("summary", plain_text_to_html(page.summary))], page.locale) for page in projects])
        summaries = {page.pk: text["summary"] for page, text in zip(projects, rendered, strict=True)}
        links = link_resolver(request, requested)
        links.prime(projects)
        return [
            {
                "thematic_area": thematic_area_out(
                    group.thematic_area, codes, group.thematic_area.locale_id == requested.pk
                ),
                "projects": [
                    project_summary_out(
                        page,
                        request,
                        codes,
                        page.locale_id == requested.pk,
                        translations,
                        requested.language_code,
                        summaries[page.pk],
                        links.url(page),
                    )
                    for page in group.projects
                ],
            }
            for group in rows
        ]

    return paginate(_Sliceable(groups), window, build)


class _Sliceable(list):
    """`paginate` expects a queryset; the groups are computed in memory (fixed queries)."""

    def count(self, *args):
        return len(self)


@router.get(
    "/projects/{page_id}", response=responses(ProjectDetailOut), url_name="donation-project", summary="One project"
)
def project_detail(request, page_id: Id, locale: str | None = None):
    requested = resolve_locale(locale)
    source = public_pages(DonationProjectPage).filter(pk=page_id).first()
    if source is None:
        raise not_found("project")
    pages = list(
        public_pages(DonationProjectPage)
        .filter(translation_key=source.translation_key)
        .select_related("thematic_area", "focal_point")
    )
    page, translated = answer_in_locale(pages, requested)
    return project_detail_out(page, requested, request)


def project_detail_out(page, requested, request) -> dict:
    """A project's detail (live, or a draft restored in memory for a preview)."""
    codes = locale_codes()
    translated = page.locale_id == requested.pk
    page.progress_data = progress_for([page])[page.translation_key]
    area = (
        localized_areas([page.thematic_area], requested).get(page.thematic_area.translation_key)
        if (page.thematic_area_id and page.thematic_area.live)
        else None
    )
    contact = page.focal_point if page.focal_point_id and page.focal_point.live else None
    parent = page.get_parent()
    flagship = page.localized_flagship()
    with translation.override(requested.language_code):
        rendered = page.rendered
        item = {
            "id": page.pk,
            "title": page.title,
            "url": localized_url(page, requested, request),
            "locale": codes[page.locale_id],
            "translated": translated,
            "locales": locales_by_translation_key(public_pages(), [page.translation_key]).get(page.translation_key, []),
            "summary": rendered["summary"],
            "cover_image": cover_out(page, request, "lead"),
            "gift_impact": absolute_file_links(rendered["gift_impact"], request),
            "body": absolute_file_links(rendered["body"], request),
            "thematic_area": thematic_area_out(area, codes, area.locale_id == requested.pk) if area else None,
            "country": page.country,
            "country_region": page.place_name(requested.language_code),
            "status": page.effective_status(),
            "status_history": [
                {"status": change.status, "changed_on": change.changed_on}
                for change in status_history(page.translation_key)
            ],
            "focal_point": contact_out(contact, codes) if contact else None,
            "progress": progress_out(page.progress_data),
            "reports": [
                {"title": r.title, "date": r.date, "url": absolute(r.url, request)}
                for r in page.reports.select_related("document")
            ],
            "donate_page": page_link_out(parent, requested.pk, codes) if parent else None,
            "related_flagship": page_link_out(flagship, requested.pk, codes) if flagship else None,
            "abbreviations": rendered.abbreviations,
        }
    return add_translations([item], [page], request)[0]


register_detail(DonatePage, DonatePageOut, donate_page_detail)
register_detail(DonationProjectPage, ProjectDetailOut, project_detail_out)
