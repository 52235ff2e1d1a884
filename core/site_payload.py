"""The answers of /api/v1/site and /api/v1/sections/<id>: what surrounds every
page (name, logo, navigation, footer, routes, languages) and the section (index)
pages with their introductions, in the requested locale."""

from django.conf import settings
from django.db.models import Prefetch
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Locale

from .delivery import default_site, localize_pages, public_pages
from .links import localized_urls
from .models import SiteContent, SiteLink
from .page_types import public_page_models, public_type_name
from .serializers import image_out, locale_codes, locale_out
from .translations import add_translations, api_url_for, ordered_locales


def _homes(site) -> dict:
    """{locale id: the live home page} of the site."""
    return {home.locale_id: home for home in public_pages().filter(translation_key=site.root_page.translation_key)}


def _site_content(locale: Locale, default: Locale) -> SiteContent | None:
    rows = {
        row.locale_id: row
        for row in SiteContent.objects.live()
        .filter(locale__in=[locale, default])
        .select_related("logo")
        .prefetch_related(Prefetch("links", queryset=SiteLink.objects.select_related("page")))
    }
    return rows.get(locale.pk) or rows.get(default.pk)


def _page_links(entries: list[tuple[str, object]], locale: Locale, request) -> list[dict | None]:
    """[(label, page)] → a link kept in the reader's locale for each entry, None
    where the page is not public (a fixed number of queries)."""
    pages = [page for _label, page in entries]
    visible = set(public_pages().filter(pk__in=[page.pk for page in pages]).values_list("pk", flat=True))
    urls = localized_urls([page for page in pages if page.pk in visible], locale, request)
    return [
        {
            "label": label,
            "url": urls.get(page.pk),
            "external": False,
            "type": public_type_name(page),
            "api_url": api_url_for(page, locale.language_code),
        }
        if page.pk in visible
        else None
        for label, page in entries
    ]


def _links(rows, locale: Locale, request) -> list[dict]:
    """Editor-made links in their order: pages localised (unpublished ones left
    out), addresses elsewhere as written."""
    page_links = iter(_page_links([(row.label, row.page) for row in rows if row.page_id], locale, request))
    result = []
    for row in rows:
        if row.page_id:
            result.append(next(page_links))
        elif row.url:
            result.append({"label": row.label, "url": row.url, "external": True, "type": None, "api_url": None})
    return [link for link in result if link is not None]


def _named_route(url_name: str, locale: Locale) -> str | None:
    with translation.override(locale.language_code):
        try:
            return reverse(url_name)
        except NoReverseMatch:
            return None


def _section_entries(home, locale: Locale) -> list[tuple[str, object]]:
    """The pages under the default-locale home, each swapped for its translation
    in `locale` where published (a section not yet translated is still listed)."""
    children = list(public_pages().child_of(home).specific().order_by("path"))
    return [(page.title, page) for page in localize_pages(children, locale)]


def site_payload(locale: Locale, request) -> dict:
    """Everything a front end shows around the pages of `locale`."""
    default = Locale.get_default()
    site = default_site()
    homes = _homes(site)
    home = homes.get(locale.pk) or homes.get(default.pk)
    content = _site_content(locale, default)
    rows = list(content.links.all()) if content else []
    by_menu = {menu: [row for row in rows if row.menu == menu] for menu in SiteLink.Menu.values}
    source_home = homes.get(default.pk) or home
    sections = _section_entries(source_home, locale) if source_home else []
    routes = {
        "home": localized_urls([home], locale, request).get(home.pk) if home else None,
        "glossary": _named_route("glossary_index", locale),
        "search": _named_route("search", locale),
        "donate": None,
    }
    giving = [page for _title, page in sections if public_type_name(page) == "donate"]
    if giving:
        routes["donate"] = localized_urls(giving, locale, request).get(giving[0].pk)
    navigation = _links(by_menu["main"], locale, request)
    if not navigation:
        # Until editors write a menu: the home page's sections, then the glossary and search.
        navigation = [link for link in _page_links(sections, locale, request) if link is not None]
        with translation.override(locale.language_code):
            for key, label in (
                ("glossary", translation.gettext("Glossary")),
                ("search", translation.gettext("Search")),
            ):
                if routes[key]:
                    navigation.append(
                        {"label": label, "url": routes[key], "external": False, "type": None, "api_url": None}
                    )
    codes = locale_codes()
    # `locale` is the site content's own (the default locale's where this one has
    # none, or where editors wrote none), `translated` whether that is the one
    # asked for: one meaning everywhere. `direction` is the requested locale's.
    own_locale = codes[content.locale_id] if content is not None else settings.LANGUAGE_CODE
    return {
        "locale": own_locale,
        "direction": "rtl" if translation.get_language_info(locale.language_code)["bidi"] else "ltr",
        "translated": own_locale == locale.language_code,
        "organisation_name": content.organisation_name if content else settings.WAGTAIL_SITE_NAME,
        "logo": _logo(content, request),
        "footer_text": content.footer_text if content else "",
        "navigation": navigation,
        "footer": _links(by_menu["footer"], locale, request),
        "legal": _links(by_menu["legal"], locale, request),
        "social": _links(by_menu["social"], locale, request),
        "routes": routes,
        "home_api_url": api_url_for(home, locale.language_code) if home else None,
        "sections": [
            {
                "type": public_type_name(page),
                "title": page.title,
                "url": link["url"],
                "api_url": link["api_url"],
                "locale": codes[page.locale_id],
            }
            for (_title, page), link in zip(sections, _page_links(sections, locale, request), strict=True)
            if link is not None
        ],
        "locales": [locale_out(item, default.language_code) for item in ordered_locales()],
    }


def _logo(content, request) -> dict | None:
    if content is None or content.logo is None:
        return None
    return image_out(content.logo, "logo", request, alt=content.logo_alt or content.organisation_name)


def section_models() -> list[type]:
    return [model for model in public_page_models() if getattr(model, "api_detail_route", None) == "section"]


def section_detail(page, requested: Locale, request) -> dict:
    """A section (index) page: its introduction and where to list its items."""
    codes = locale_codes()
    published_in = sorted(
        public_pages().filter(translation_key=page.translation_key).values_list("locale__language_code", flat=True)
    )
    with translation.override(requested.language_code):
        rendered = page.rendered
        item = {
            "id": page.pk,
            "type": public_type_name(page),
            "title": page.title,
            "seo_title": page.seo_title,
            "search_description": page.search_description,
            "introduction": rendered["introduction"],
            "url": localized_urls([page], requested, request).get(page.pk),
            "api_url": api_url_for(page, requested.language_code),
            "listing_api_urls": [
                f"{reverse(f'api-1.0.0:{route}')}?locale={requested.language_code}"
                for route in getattr(page, "api_listing_routes", [])
            ],
            "locale": codes[page.locale_id],
            "translated": page.locale_id == requested.pk,
            "locales": published_in,
            "abbreviations": rendered.abbreviations,
        }
    return add_translations([item], [page], request)[0]
