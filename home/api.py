"""The foundation's endpoints: locales, find a page by path, the home page,
thematic areas and contacts."""

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from ninja import Query, Router
from wagtail.models import Locale, Site

from .api_params import Window, listing_schema, paginate, resolve_locale
from .delivery import locales_by_translation_key, public_pages, with_locale_fallback
from .models import Contact, DraftShareLink, HomePage, ThematicArea
from .problems import Problem, not_found, responses
from .schemas import ContactOut, HomeOut, LocaleOut, PageOut, PreviewOut, ThematicAreaOut
from .serializers import (
    contact_out,
    image_out,
    locale_codes,
    locale_out,
    page_link_out,
    page_type,
    thematic_area_out,
)

router = Router(tags=["pages and shared content"])

ThematicAreaListOut = listing_schema(ThematicAreaOut, "ThematicAreaListOut")
ContactListOut = listing_schema(ContactOut, "ContactListOut")


@router.get("/locales", response=responses(list[LocaleOut]), summary="The languages content is published in")
def list_locales(request):
    default = Locale.get_default().language_code
    order = [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]
    locales = sorted(
        Locale.objects.all(),
        key=lambda locale: order.index(locale.language_code) if locale.language_code in order else len(order),
    )
    return [locale_out(locale, default) for locale in locales]


def _default_site() -> Site:
    site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    if site is None:
        raise not_found("site")
    return site


def _with_fallback(page, locale):
    """`page` in `locale` if published there, else itself; plus the `translated` flag."""
    if page.locale_id == locale.pk:
        return page, True
    translated = public_pages().filter(translation_key=page.translation_key, locale=locale).first()
    if translated is not None:
        return translated.specific, True
    return page, False


def _strip_language_prefix(path: str) -> list[str]:
    parts = [part for part in path.split("/") if part]
    codes = {code.lower() for code, _ in settings.LANGUAGES}
    if parts and parts[0].lower() in codes:
        parts = parts[1:]
    return parts


@router.get("/pages/find", response=responses(PageOut), summary="Find a page by its path")
def find_page(request, path: str, locale: str | None = None):
    """Find the published page at `path` (relative to the home page, with or
    without its language prefix) in `locale`. When the page has no published
    translation in that locale, the default-locale page answers with
    `translated: false`."""
    requested = resolve_locale(locale)
    site = _default_site()
    parts = _strip_language_prefix(path)
    candidates = public_pages().filter(locale__in=[requested, Locale.get_default()])
    roots = {root.locale_id: root for root in site.root_page.get_translations(inclusive=True)}
    page = None
    for locale_id in (requested.pk, Locale.get_default().pk):
        root = roots.get(locale_id)
        if root is None:
            continue
        url_path = root.url_path + "".join(f"{part}/" for part in parts)
        page = candidates.filter(url_path=url_path).first()
        if page is not None:
            break
    if page is None:
        raise Problem(
            404,
            f"No published page at {path!r}. Paths are relative to the home page, e.g. '/about/'.",
            parameter="path",
        )
    page, translated = _with_fallback(page.specific, requested)
    codes = locale_codes()
    locales = locales_by_translation_key(public_pages(), [page.translation_key]).get(page.translation_key, [])
    api_url = page.get_api_url() if hasattr(page, "get_api_url") else None
    return {
        "id": page.pk,
        "type": page_type(page),
        "title": page.title,
        "slug": page.slug,
        "url": page.get_url(request),
        "seo_title": page.seo_title,
        "search_description": page.search_description,
        "last_published_at": page.last_published_at,
        "api_url": api_url,
        "locale": codes[page.locale_id],
        "translated": translated,
        "locales": locales,
    }


@router.get("/home", response=responses(HomeOut), url_name="home", summary="The home page")
def home_page(request, locale: str | None = None):
    requested = resolve_locale(locale)
    site = _default_site()
    page = public_pages(HomePage).filter(translation_key=site.root_page.translation_key)
    by_locale = {home.locale_id: home for home in page}
    home = by_locale.get(requested.pk) or by_locale.get(Locale.get_default().pk)
    if home is None:
        raise not_found("home page")
    codes = locale_codes()
    with translation.override(requested.language_code):
        rendered = home.rendered
        return {
            "id": home.pk,
            "title": home.title,
            "url": home.get_url(request),
            "locale": codes[home.locale_id],
            "translated": home.locale_id == requested.pk,
            "locales": sorted(codes[locale_id] for locale_id in by_locale),
            "hero_text": rendered["hero_text"],
            "introduction": rendered["introduction"],
            "hero_image": image_out(home.hero_image),
            "featured_items": [
                {**page_link_out(item["page"], requested.pk, codes), "summary": item["summary"]}
                for item in home.featured()
            ],
            "thematic_areas": [
                thematic_area_out(area, codes, area.locale_id == requested.pk) for area in home.live_thematic_areas()
            ],
            "abbreviations": rendered.abbreviations,
        }


def _live_in(model, locale):
    return with_locale_fallback(model.objects.live(), locale)


@router.get("/thematic-areas", response=responses(ThematicAreaListOut), summary="Thematic areas")
def list_thematic_areas(request, locale: str | None = None, window: Query[Window] = None):
    requested = resolve_locale(locale)
    codes = locale_codes()
    queryset = _live_in(ThematicArea, requested).order_by("sort_order", "name", "pk")
    return paginate(queryset, window, lambda rows: [thematic_area_out(area, codes) for area in rows])


@router.get("/thematic-areas/{slug}", response=responses(ThematicAreaOut), summary="One thematic area")
def get_thematic_area(request, slug: str, locale: str | None = None):
    requested = resolve_locale(locale)
    area = _live_in(ThematicArea, requested).filter(slug=slug).order_by("-translated").first()
    if area is None:
        source = ThematicArea.objects.live().filter(slug=slug).first()
        if source is None:
            raise not_found("thematic area")
        area = source.get_translations(inclusive=True).live().filter(locale=requested).first() or source
        area.translated = area.locale_id == requested.pk
    return thematic_area_out(area, locale_codes())


@router.get("/contacts", response=responses(ContactListOut), summary="Focal points")
def list_contacts(request, locale: str | None = None, window: Query[Window] = None):
    requested = resolve_locale(locale)
    codes = locale_codes()
    queryset = _live_in(Contact, requested).order_by("name", "pk")
    return paginate(queryset, window, lambda rows: [contact_out(contact, codes) for contact in rows])


@router.get("/preview/{token}", response=responses(PreviewOut), summary="A draft being previewed")
def preview(request, token: str, response: HttpResponse):
    """The draft behind a preview token (from the admin's preview of a headless
    front end, or a share link): its title and its visitor text, rendered through
    the same path as published content. Never cached."""
    response["Cache-Control"] = "no-store, private"
    response["X-Robots-Tag"] = "noindex, nofollow"
    link = DraftShareLink.objects.active().select_related("page").filter(token=token).first()
    if link is None:
        raise Problem(404, "This preview token has expired or was revoked. Preview the page again.", parameter="token")
    page = link.previewed_page()
    with translation.override(page.locale.language_code):
        rendered = page.rendered if hasattr(page, "rendered") else None
        return {
            "id": page.pk,
            "type": page_type(page),
            "title": page.title,
            "slug": page.slug,
            "locale": page.locale.language_code,
            "url": page.get_url(request),
            "expires_at": link.expires_at,
            "fragments": dict(rendered.fragments) if rendered else {},
            "abbreviations": rendered.abbreviations if rendered else [],
        }
