import json

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from core.delivery import public_pages
from core.page_sections import rendered_sections

register = template.Library()


def text_direction(language_code: str) -> str:
    return "rtl" if get_language_info(language_code)["bidi"] else "ltr"


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per site language: to this page's translation where published,
    else to that language's home page (marked unavailable)."""
    request = context.get("request")
    page = context.get("page")
    current = getattr(getattr(page, "locale", None), "language_code", None) or settings.LANGUAGE_CODE
    translations = {}
    if page is not None and getattr(page, "translation_key", None):
        translations = {
            p.locale.language_code: p
            for p in public_pages().filter(translation_key=page.translation_key).select_related("locale")
        }
    homes = {}
    site = Site.find_for_request(request) if request else None
    if site is not None:
        homes = {
            p.locale.language_code: p
            for p in public_pages().filter(translation_key=site.root_page.translation_key).select_related("locale")
        }
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        target = translations.get(code) or homes.get(code)
        if target is None:
            continue
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": target.get_url(request),
                "full_url": target.get_full_url(request),
                "current": code == current,
                "translated": code in translations,
                "direction": text_direction(code),
            }
        )
    return links


@register.filter
def direction(language_code: str) -> str:
    return text_direction(language_code or settings.LANGUAGE_CODE)


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
    """The sections under the home page (publications, flagships, donate ...) in
    `language_code` where translated, then the glossary and search pages."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    homes = {
        home.locale.language_code: home
        for home in public_pages().filter(translation_key=site.root_page.translation_key).select_related("locale")
    }
    home = homes.get(language_code) or homes.get(settings.LANGUAGE_CODE)
    if home is None:
        return []
    sections = public_pages().child_of(home).order_by("path")
    links = [{"title": page.title, "url": page.get_url(request)} for page in sections]
    with translation.override(language_code):
        for url_name, label in (("glossary_index", _("Glossary")), ("search", _("Search"))):
            try:
                links.append({"title": str(label), "url": reverse(url_name)})
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
    home_url = request.build_absolute_uri("/") if request else ""
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
