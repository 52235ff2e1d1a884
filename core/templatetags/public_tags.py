import json
from decimal import Decimal

from babel import numbers
from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Site

from core.delivery import default_locale, locale_table, localize_pages, public_pages
from core.geography import COUNTRY_CODES, babel_locale, country_name, format_money, join_list, time_zone_name
from core.links import alternates, link_resolver, text_direction
from core.page_sections import rendered_sections
from core.place_parameters import kept_pairs, place_queries, route_urls, takes_translated_slug

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The language switcher: one link per site language to the page being read
    in that language (its translation, else the locale's fallback URL), or, on
    views with no page (glossary, search, giving), the same view under that
    language's prefix. The current language is the one the visitor reads in."""
    request = context.get("request")
    page = context.get("page")
    if page is not None and not getattr(page, "translation_key", None):
        page = None
    path = request.get_full_path() if request is not None else None
    languages = alternates(page, request, path=None if page is not None else path)
    if page is not None and request is not None:
        # Keep the visitor's place on listings and calendar months (the view,
        # month, page of results and filters); hreflang keeps the bare URL.
        _keep_place(languages, request.GET, page)
    elif request is not None:
        _follow_translated_route(languages, request)
    return languages


def _follow_translated_route(languages: list[dict], request) -> None:
    """A view named by a slug that differs per language (a thematic area's page):
    each language's link names the same object by its slug there."""
    match = getattr(request, "resolver_match", None)
    if not takes_translated_slug(match):
        return
    locales = {locale.language_code: locale.pk for locale in locale_table().values()}
    default = default_locale()
    source = locales.get(translation.get_language(), default.pk)
    targets = {language["code"]: locales[language["code"]] for language in languages}
    urls = route_urls(match, request.GET.urlencode(), source, targets, default.pk)
    for language in languages if urls else ():
        if language["code"] in urls:
            language["url"] = urls[language["code"]]
            language["full_url"] = request.build_absolute_uri(language["url"])


def _keep_place(languages: list[dict], params, page) -> None:
    if not kept_pairs(params):
        return
    default = default_locale()
    ids = {locale.language_code: locale.pk for locale in locale_table().values()}
    # A language without the page's translation links to the default-locale
    # page (its fallback URL), whose listing filters as the default locale does.
    targets = {
        language["code"]: ids[language["code"]] if language["translated"] else default.pk for language in languages
    }
    queries = place_queries(params, page.locale_id, targets, default.pk)
    for language in languages:
        if queries[language["code"]]:
            language["url"] = f"{language['url']}?{queries[language['code']]}"


@register.filter
def direction(language_code: str) -> str:
    return text_direction(language_code or settings.LANGUAGE_CODE)


def _language_of(obj, request) -> str | None:
    if obj is None:
        return None
    if isinstance(obj, str):
        return obj
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is not None:
        # Read from one table per request, never through each object's
        # foreign key (a query per card in a listing).
        codes = _locale_codes(request)
        if locale_id in codes:
            return codes[locale_id]
    locale = getattr(obj, "locale", None)
    if isinstance(locale, str):
        return locale
    return getattr(locale, "language_code", None)


def _locale_codes(request) -> dict:
    if request is None:
        return dict(Locale.objects.values_list("pk", "language_code"))
    if not hasattr(request, "_locale_codes"):
        request._locale_codes = dict(Locale.objects.values_list("pk", "language_code"))
    return request._locale_codes


@register.simple_tag(takes_context=True)
def lang_attrs(context, obj, fallback=None):
    """` lang="en" dir="ltr"` when `obj` (anything with a locale, or a language
    code) is in another language than the page's, so screen readers switch
    voice and Arabic pages keep English runs left to right; nothing otherwise.
    `fallback` names the language when `obj` has none (for instance the default
    language of an untranslated text)."""
    code = _language_of(obj, context.get("request")) or fallback
    if code == "default":
        code = settings.LANGUAGE_CODE
    if not code or code == translation.get_language():
        return ""
    return format_html(' lang="{}" dir="{}"', code, text_direction(code))


@register.simple_tag(takes_context=True)
def page_full_url(context, page):
    """The page's absolute URL on the one base every absolute URL of the page
    uses (core/absolute_urls.py): canonical, og:url, JSON-LD, hreflang agree."""
    from core.absolute_urls import page_absolute_url

    return page_absolute_url(page, context.get("request"))


@register.simple_tag(takes_context=True)
def localurl(context, page):
    """The URL of `page` for this visitor: in their language (see core/links.py)."""
    return link_resolver(context.get("request")).url(page) or ""


def _item_pages(item, attr) -> list:
    if not attr:
        return [item]
    value = item.get(attr) if isinstance(item, dict) else getattr(item, attr)
    # A group of pages (the projects of a thematic area) is flattened.
    return list(value) if isinstance(value, list | tuple) else [value]


@register.simple_tag(takes_context=True)
def prime_links(context, items, attr=""):
    """Resolve the links of a whole listing at once (three queries), before the
    loop calls `localurl` on each item. `attr` names the page on each item
    ("page" for cards holding one); empty when the items are pages."""
    pages = [page for item in items or [] for page in _item_pages(item, attr)]
    link_resolver(context.get("request")).prime(pages)
    return ""


@register.simple_tag(takes_context=True)
def localized_home_url(context, language_code):
    """The home page in `language_code`, or the default home if not published there."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return "/"
    homes = public_pages().filter(translation_key=site.root_page.translation_key).select_related("locale")
    by_code = {home.locale.language_code: home for home in homes}
    home = by_code.get(language_code) or by_code.get(settings.LANGUAGE_CODE)
    return home.get_url(request) if home else "/"


@register.simple_tag(takes_context=True)
def main_navigation(context, language_code):
    """The sections under the home page (publications, flagships, donate ...):
    each in `language_code` where translated, else at that locale's fallback URL
    with its original title (marked with its language), then the glossary and
    search pages."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    default_home = (
        public_pages()
        .filter(translation_key=site.root_page.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )
    if default_home is None:
        return []
    locale = Locale.objects.filter(language_code=language_code).first() or Locale.get_default()
    sections = list(public_pages().child_of(default_home).order_by("path").select_related("locale"))
    shown = localize_pages(sections, locale)
    resolver = link_resolver(request, locale)
    resolver.prime(shown)
    locales = locale_table()  # not page.locale: one query per section otherwise
    links = [
        {"title": page.title, "url": resolver.url(page), "lang": locales[page.locale_id].language_code}
        for page in shown
    ]
    with translation.override(language_code):
        for url_name, label in (("glossary_index", _("Glossary")), ("search", _("Search"))):
            try:
                links.append({"title": str(label), "url": reverse(url_name), "lang": language_code})
            except NoReverseMatch:
                continue
    return links


@register.simple_tag(takes_context=True)
def page_sections(context, page):
    """Render the sections later apps registered for this page type (core/page_sections.py)."""
    request = context.get("request")
    html = [
        render_to_string(template, {**section_context, "page": page}, request=request)
        for template, section_context in rendered_sections(page, request)
    ]
    return mark_safe("".join(html))


@register.filter
def money(amount, currency):
    """An amount in the reader's conventions (CLDR, through Babel: "12 500 000,00 $US"
    in French), isolated with <bdi> so Arabic sentences keep it in one piece."""
    if amount is None or not currency:
        return ""
    text = format_money(Decimal(str(amount)), str(currency), translation.get_language())
    return format_html("<bdi>{}</bdi>", text)


@register.filter
def percent(value):
    """A whole percentage (0 to 100) in the reader's conventions ("45 %" in French), isolated."""
    if value is None:
        return ""
    text = numbers.format_percent(Decimal(str(value)) / 100, locale=babel_locale(translation.get_language()))
    return format_html("<bdi>{}</bdi>", text)


@register.filter
def zone_name(moment, zone: str) -> str:
    """`{{ start|zone_name:page.time_zone }}`: the zone as the reader names it at
    that moment ("heure normale d’Afrique de l’Est"), never the raw IANA id."""
    if not zone:
        return ""
    return time_zone_name(zone, moment or None, translation.get_language())


@register.filter
def place_names(places) -> list[str]:
    """Names of places kept as ISO codes with a name (a flagship's countries and
    regions): a country is named in the reader's language from its code
    ("Équateur"), whatever the translation holds; a region keeps its name."""
    language = translation.get_language()
    return [
        country_name(place.code, language) if (place.code or "").lower() in COUNTRY_CODES else place.name
        for place in places or []
    ]


@register.filter
def as_list(items) -> str:
    """Names joined with the reader's list pattern ("Mozambique, Bangladesh et
    Équateur"; Arabic "و", Chinese "、"): CLDR through Babel."""
    return join_list([str(item) for item in items or []], translation.get_language())


# The default organisation name, so catalogs carry its official name in each
# language ("ONU-Habitat"); a name typed in the settings without a catalog
# entry shows as typed.
gettext_noop("UN-Habitat")


@register.filter
def local_name(name: str) -> str:
    """An organisation name from the site settings, in the reader's language where the catalogs have it."""
    return gettext(name) if name else ""


@register.simple_tag
def page_description(page) -> str:
    """What shares and search engines show under the title: the editor's SEO
    description, else the first sentence (or 30 words) of the page's first text
    (the abstract, summary or standfirst: `text_fragments` lists it first)."""
    from core.rendering import teaser, visible_text

    if page is None:
        return ""
    if getattr(page, "search_description", ""):
        return page.search_description
    rendered = getattr(page, "rendered", None)
    fragments = list(getattr(rendered, "fragments", {}).values())
    return teaser(visible_text(fragments[0])) if fragments else ""


def _json_ld(data: dict) -> str:
    # Escaped so that no text inside can close the script element.
    text = json.dumps(data, ensure_ascii=False, default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>'


@register.simple_tag(takes_context=True)
def structured_data(context, page=None):
    """schema.org JSON-LD: the organisation on every page, and what the page
    itself is (a page type adds it with a `structured_data(request)` method)."""
    request = context.get("request")
    organisation = context.get("settings")
    name = ""
    links = []
    if organisation is not None:
        org_settings = organisation["home"]["OrganisationSettings"]
        name = org_settings.organisation_name
        links = [url for _label, url in org_settings.social_links()]
    from core.absolute_urls import base_url

    home_url = base_url(request)
    blocks = [
        {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": name,
            "url": home_url,
            **({"sameAs": links} if links else {}),
        }
    ]
    describe = getattr(page, "structured_data", None)
    if callable(describe):
        data = describe(request)
        if data:
            blocks.append({"@context": "https://schema.org", **data})
    if page is not None and request is not None:
        from core.breadcrumbs import breadcrumb_list, breadcrumbs

        trail = breadcrumb_list(breadcrumbs(page, request), request.path, request.build_absolute_uri)
        if trail:
            blocks.append({"@context": "https://schema.org", **trail})
    return mark_safe("".join(_json_ld(block) for block in blocks))


@register.simple_tag(takes_context=True)
def page_url_in_language(context, page, language_code):
    """The URL of `page` for a visitor reading `language_code` (its translation,
    or the page itself with the fallback notice), or "" when it is not public."""
    from wagtail.models import Locale

    from core.links import localized_url

    if page is None:
        return ""
    locale = Locale.objects.filter(language_code=language_code).first() or Locale.get_default()
    return localized_url(page, locale, context.get("request")) or ""


@register.simple_tag
def cover_image(page, shape="card", css_class="card-image", lazy=True, sizes=None):
    """The page's cover (`page.cover()`) as an `<img>` with `srcset` and
    dimensions; nothing when the page has none. `lazy=False` for an image at
    the top of the page (it is the largest thing a visitor waits for)."""
    from core.images import img_tag, page_cover

    cover = page_cover(page)
    if cover is None:
        return ""
    return img_tag(
        cover.image, shape, cover.alt, alt_language=cover.alt_language, css_class=css_class, lazy=lazy, sizes=sizes
    )


@register.simple_tag(takes_context=True)
def share_image(context, page):
    """`og:image` (absolute, a JPEG rendition of the cover), its size and
    alternative text, and the large Twitter/X card; a small card without one."""
    from core.absolute_urls import absolute_url
    from core.images import SHARE_SPEC, page_cover

    cover = page_cover(page) if page is not None else None
    if cover is None:
        return mark_safe('<meta name="twitter:card" content="summary">')
    rendition = cover.image.get_rendition(SHARE_SPEC)
    request = context.get("request")
    # Not rendition.full_url: that is Wagtail's second base (WAGTAILADMIN_BASE_URL).
    url = absolute_url(rendition.url, request)
    return format_html(
        '<meta property="og:image" content="{}">\n  <meta property="og:image:width" content="{}">\n'
        '  <meta property="og:image:height" content="{}">{}\n'
        '  <meta name="twitter:card" content="summary_large_image">',
        url,
        rendition.width,
        rendition.height,
        format_html('\n  <meta property="og:image:alt" content="{}">', cover.alt) if cover.alt else "",
    )


@register.inclusion_tag("core/includes/cover_figure.html", takes_context=True)
def cover_figure(context, page):
    """The cover at the top of a page, with its credit; loaded at once (not lazy)."""
    from core.images import page_cover

    return {"page": page, "cover": page_cover(page), "request": context.get("request")}


@register.simple_tag
def responsive_image(image, shape="card", alt="", alt_language=None, css_class="card-image", lazy=True):
    """`image` as an `<img>` in the renditions of `shape` (core.images.SHAPES)."""
    from core.images import img_tag

    if image is None:
        return ""
    return img_tag(image, shape, alt, alt_language=alt_language, css_class=css_class, lazy=lazy)


@register.inclusion_tag("core/includes/breadcrumbs.html", takes_context=True)
def breadcrumb_trail(context, page):
    """The trail from the home page to `page` (core/breadcrumbs.py); nothing on a home page."""
    from core.breadcrumbs import breadcrumbs

    request = context.get("request")
    return {"crumbs": breadcrumbs(page, request), "request": request}
