"""The donate app's endpoints: the landing page, the projects that need funding
by thematic area, one project. Never donor data: only pages and totals."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited
from ninja import Query, Router, Status
from wagtail.models import Locale

from core.api_params import Id, Values, Window, listing_schema, paginate, resolve_locale
from core.delivery import answer_in_locale, locale_table, locales_by_translation_key, public_pages
from core.geography import COUNTRY_CODES, normalise_country
from core.links import link_resolver, localized_url
from core.origins import request_origin
from core.page_types import register_detail
from core.problems import Problem, ProblemOut, bad_choice, not_found, responses, text
from core.rendering import plain_text_to_html, render_many
from core.serializers import absolute, absolute_file_links, cover_out, locale_codes, page_link_out
from core.translations import add_translations, api_url_for, translations_for
from home.serializers import contact_out, thematic_area_out

from . import expansions  # registers what expand= embeds in each project
from .giving import GIVE_LIMIT, gift_target, give_form, start_gift
from .models import DonatePage, DonationProjectPage
from .schemas import DonatePageOut, GiftIn, GiftOut, ProjectDetailOut, ThematicAreaProjectsOut
from .selectors import (
    localized_areas,
    progress_for,
    projects_by_thematic_area,
    received_in_year,
    share_of,
    status_history,
)

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
        "api_url": api_url_for(page, language_code, request),
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
        received = received_in_year(page.allocation_year) if page.allocation_year else {}
        item = {
            "id": page.pk,
            "title": page.title,
            "url": localized_url(page, requested, request),
            "locale": codes[page.locale_id],
            "translated": page.locale_id == requested.pk,
            "locales": published_in,
            "introduction": rendered["introduction"],
            "allocation_year": page.allocation_year,
            "received_in_allocation_year": [
                {"amount": total, "currency": currency} for currency, total in received.items()
            ],
            "allocations": [
                {
                    "label": row.label,
                    "description": rendered[f"allocation-{index}"],
                    "percentage": row.percentage,
                    "amounts": [
                        {"amount": share_of(total, row.percentage), "currency": currency}
                        for currency, total in received.items()
                    ],
                }
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
    url_name=expansions.LISTING,
    summary="Thematic areas with their open projects and funding progress",
)
def thematic_areas_with_projects(
    request, locale: str | None = None, country: Values = None, window: Query[Window] = None
):
    """Open projects grouped by thematic area. Filter by `country` (ISO 3166-1
    alpha-2, any case; one or several); an area with no project there is left out."""
    requested = resolve_locale(locale)
    if country:
        country = [normalise_country(code) for code in country]
        for code in country:
            if code not in COUNTRY_CODES:
                raise bad_choice("country", code, sorted(COUNTRY_CODES))
    codes = locale_codes()
    groups = projects_by_thematic_area(requested, country=country, listing=True)

    def build(rows):
        projects = [page for group in rows for page in group.projects]
        translations = translations_for(projects, request)
        # The summary alone, stored once rendered: a listing never renders the projects' bodies.
        locales = locale_table()
        rendered = render_many(
            [([("summary", plain_text_to_html(page.summary))], locales[page.locale_id]) for page in projects]
        )
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
            "api_url": api_url_for(page, requested.language_code, request),
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
            "focal_point": contact_out(contact, codes, requested) if contact else None,
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


def _checked_return_url(name: str, url: str) -> str:
    """`url` if it is an http(s) URL on an origin of the CORS allow-list: after
    the checkout the donor is sent there, so any other would be an open redirect.

    Raises:
        Problem: 400 naming the parameter and the origins allowed.
    """
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}".lower() if parts.scheme in ("http", "https") and parts.netloc else None
    allowed = [origin.lower() for origin in settings.CORS_ALLOWED_ORIGINS]
    if origin is None or origin not in allowed:
        raise Problem(
            400,
            text(
                _("“%(name)s” must be a URL on one of this site's front ends: %(origins)s."),
                name=name,
                origins=", ".join(allowed) or _("none configured"),
            ),
            parameter=name,
            allowed=allowed,
        )
    return url


@router.post(
    "/gifts",
    response={201: GiftOut, 400: ProblemOut, 403: ProblemOut, 404: ProblemOut, 429: ProblemOut},
    url_name="gifts",
    summary="Start a gift and get the provider's checkout URL",
)
def start_gift_from_front_end(
    request, payload: GiftIn, locale: str | None = Query(None, description="The language of the messages.")
):
    """What the giving form does, for a headless front end: the same checks
    (amount within bounds, the project's currency, a project still taking gifts)
    and the same rate limit per client address. Answers the provider's checkout
    URL; after it the donor comes back to `return_url` or `cancel_url` with
    `intent=<reference>`. Called from a browser, the page's origin must be in the
    CORS allow-list. The giving rules' messages are in the project page's language,
    the others in `locale` (or the request path's language prefix)."""
    origin = request_origin(request)
    if origin is not None and origin not in {o.lower() for o in settings.CORS_ALLOWED_ORIGINS}:
        raise Problem(403, text(_("Gifts can be started from this site's own front ends only.")))
    page = gift_target(payload.project)
    if page is None:
        raise Problem(404, text(_("No published project takes gifts under this id.")), parameter="project")
    if is_ratelimited(request, increment=True, **GIVE_LIMIT):
        raise Problem(429, text(_("Too many gifts started from this address; try again in a minute.")))
    return_url = _checked_return_url("return_url", payload.return_url)
    cancel_url = _checked_return_url("cancel_url", payload.cancel_url)
    with translation.override(page.locale.language_code):
        form = give_form(
            page,
            {
                "amount": str(payload.amount),
                "currency": payload.currency,
                "frequency": payload.frequency,
                "email": payload.email,
            },
        )
        if not form.is_valid():
            errors = form.errors.get_json_data()
            name = next(iter(errors))
            messages = [error["message"] for field_errors in errors.values() for error in field_errors]
            reason = errors[name][0]["code"] or "invalid"
            raise Problem(
                400,
                " ".join(messages),
                parameter="project" if name == NON_FIELD_ERRORS else name,
                code="gift_refused",
                params={"reason": reason},
            )
        intent, checkout_url = start_gift(
            request, page, form.cleaned_data, return_url=return_url, cancel_url=cancel_url
        )
    return Status(
        201,
        {
            "checkout_url": request.build_absolute_uri(checkout_url),
            "intent": str(intent.pk),
            "amount": form.cleaned_data["amount"],
            "currency": form.cleaned_data["currency"],
            "frequency": form.cleaned_data["frequency"],
        },
    )
