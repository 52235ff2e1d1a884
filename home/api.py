"""The home page, thematic areas and focal points."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router

from core.api_params import Window, listing_schema, paginate, resolve_locale
from core.delivery import (
    answer_in_locale,
    default_site,
    locales_by_translation_key,
    public_pages,
    translation_of,
    with_locale_fallback,
)
from core.links import link_resolver, localized_url
from core.page_types import register_detail
from core.problems import not_found, responses
from core.serializers import absolute_file_links, cover_out, locale_codes, page_link_out
from core.translations import add_translations

from .models import Contact, HomePage, ThematicArea
from .schemas import ContactOut, HomeOut, ThematicAreaOut
from .serializers import contact_out, thematic_area_out

router = Router(tags=["pages and shared content"])

ThematicAreaListOut = listing_schema(ThematicAreaOut, "ThematicAreaListOut")
ContactListOut = listing_schema(ContactOut, "ContactListOut")


@router.get("/home", response=responses(HomeOut), url_name="home", summary="The home page")
def home_page(request, locale: str | None = None):
    requested = resolve_locale(locale)
    site = default_site()
    copies = list(public_pages(HomePage).filter(translation_key=site.root_page.translation_key))
    home, translated = answer_in_locale(copies, requested)
    if home is None:
        raise not_found(_("home page"))
    codes = locale_codes()
    return home_detail(home, requested, request, published_in=sorted(codes[copy.locale_id] for copy in copies))


def home_detail(home, requested, request, published_in: list[str] | None = None) -> dict:
    """The home page's detail (live, or a draft restored in memory for a preview)."""
    codes = locale_codes()
    if published_in is None:
        published_in = locales_by_translation_key(public_pages(), [home.translation_key]).get(home.translation_key, [])
    featured = home.featured()
    links = link_resolver(request, requested)
    links.prime(item["page"] for item in featured)
    with translation.override(requested.language_code):
        rendered = home.rendered
        item = {
            "id": home.pk,
            "title": home.title,
            "url": localized_url(home, requested, request),
            "locale": codes[home.locale_id],
            "translated": home.locale_id == requested.pk,
            "locales": published_in,
            "hero_text": rendered["hero_text"],
            "introduction": absolute_file_links(rendered["introduction"], request),
            "hero_image": cover_out(home, request, "lead"),
            "featured_items": [
                {
                    **page_link_out(item["page"], requested.pk, codes, links.url(item["page"])),
                    "summary": item["summary"],
                }
                for item in featured
            ],
            "thematic_areas": [
                thematic_area_out(area, codes, area.locale_id == requested.pk) for area in home.live_thematic_areas()
            ],
            "abbreviations": rendered.abbreviations,
        }
    return add_translations([item], [home], request)[0]


register_detail(HomePage, HomeOut, home_detail)


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
            raise not_found(_("thematic area"))
        area, _translated = translation_of(ThematicArea.objects.live(), source, requested)
    return thematic_area_out(area, locale_codes())


@router.get("/contacts", response=responses(ContactListOut), summary="Focal points")
def list_contacts(request, locale: str | None = None, window: Query[Window] = None):
    requested = resolve_locale(locale)
    codes = locale_codes()
    queryset = _live_in(Contact, requested).order_by("name", "pk")
    return paginate(queryset, window, lambda rows: [contact_out(contact, codes) for contact in rows])
