"""The platform's endpoints: locales, find a page by its path, previews of drafts."""

from datetime import datetime
from typing import Annotated, Literal, Union

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from ninja import Field, Router, Schema
from pydantic import create_model
from wagtail.models import Locale

from .api_params import resolve_locale
from .delivery import default_site, locales_by_translation_key, public_pages
from .models import DraftShareLink
from .page_types import detail_for, registered_details
from .problems import Problem, responses
from .schemas import LocaleOut, PageOut
from .serializers import locale_codes, locale_out, page_type
from .translations import add_translations

router = Router(tags=["pages and shared content"])


@router.get("/locales", response=responses(list[LocaleOut]), summary="The languages content is published in")
def list_locales(request):
    default = Locale.get_default().language_code
    order = [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES]
    locales = sorted(
        Locale.objects.all(),
        key=lambda locale: order.index(locale.language_code) if locale.language_code in order else len(order),
    )
    return [locale_out(locale, default) for locale in locales]


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
    site = default_site()
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
    item = {
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
    return add_translations([item], [page], request)[0]


def preview_router() -> Router:
    """The preview endpoint, built once every app has registered its page details
    (site/api.py calls this after mounting the apps' routers), so its answer can
    be declared as the union of the live detail schemas, discriminated by `type`."""
    details = registered_details()
    variants = [
        create_model(
            f"{''.join(part.title() for part in detail.name.split('_'))}PreviewOut",
            __base__=Schema,
            __doc__=f"A draft {detail.name.replace('_', ' ')}, in the shape of its live detail.",
            type=(Literal[detail.name], ...),
            item=(detail.schema, ...),
            expires_at=(datetime, ...),
        )
        for detail in details
    ]
    preview_out = Annotated[Union[tuple(variants)], Field(discriminator="type")]  # noqa: UP007 (a runtime tuple)
    previews = Router(tags=["pages and shared content"])

    @previews.get("/preview/{token}", response=responses(preview_out), summary="A draft being previewed")
    def preview(request, token: str, response: HttpResponse):
        """The draft behind a preview token (the admin's preview of a headless front
        end, or a share link): `item` is exactly what the live detail endpoint of
        that `type` answers, built by the same function from the draft, in the
        draft's own locale. Never cached."""
        response["Cache-Control"] = "no-store, private"
        response["X-Robots-Tag"] = "noindex, nofollow"
        link = DraftShareLink.objects.active().select_related("page").filter(token=token).first()
        if link is None:
            raise Problem(
                404, "This preview token has expired or was revoked. Preview the page again.", parameter="token"
            )
        page = link.previewed_page()
        detail = detail_for(page)
        if detail is None:
            raise Problem(404, "Pages of this type have no API detail to preview.", parameter="token")
        response["Content-Language"] = page.locale.language_code
        with translation.override(page.locale.language_code):
            item = detail.build(page, page.locale, request)
        return {"type": detail.name, "item": item, "expires_at": link.expires_at}

    return previews
