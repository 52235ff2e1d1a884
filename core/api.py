"""The platform's endpoints: locales, find a page by its path, previews of drafts."""

from datetime import datetime
from typing import Annotated, Literal, Union

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from ninja import Field, Query, Router, Schema
from pydantic import create_model
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale

from .api_params import Count, Id, Window, listing_schema, paginate, resolve_locale
from .changes import change_out, visible_changes
from .delivery import default_site, locales_by_translation_key, public_pages, translation_of
from .input_guard import DB_INT_MAX
from .links import localized_url
from .models import ContentChange, DraftShareLink
from .page_types import detail_for, register_detail, registered_details
from .problems import Problem, not_found, responses, text
from .schemas import ChangesOut, LocaleOut, PageOut, RedirectOut, SectionOut, SiteOut
from .serializers import locale_codes, locale_out, page_type
from .site_payload import section_detail, section_models, site_payload
from .translations import add_translations, api_url_for

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


def _split_language_prefix(path: str) -> tuple[str | None, list[str]]:
    """'/fr/publications/x/' → ('fr', ['publications', 'x']); no prefix → (None, parts)."""
    parts = [part for part in path.split("/") if part]
    codes = {code.lower(): code for code, _ in settings.LANGUAGES}
    if parts and parts[0].lower() in codes:
        return codes[parts[0].lower()], parts[1:]
    return None, parts


@router.get("/pages/find", response=responses(PageOut), summary="Find a page by its path")
def find_page(request, path: str, locale: str | None = None):
    """Find the published page at `path` (relative to the home page, with or
    without its language prefix) in `locale`, else in the language of the path's
    prefix ('/fr/...'), else in the default locale. When the page has no
    published translation in that locale, the default-locale page answers with
    `translated: false`."""
    prefix, parts = _split_language_prefix(path)
    # A path copied from the site ('/fr/...') says its language; `locale` wins if given.
    requested = resolve_locale(locale or prefix)
    site = default_site()
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
            text(
                _("No published page at %(path)s. Paths are relative to the home page, e.g. '/about/'."),
                path=repr(path),
            ),
            parameter="path",
        )
    page, translated = translation_of(public_pages(), page, requested)
    page = page.specific
    codes = locale_codes()
    locales = locales_by_translation_key(public_pages(), [page.translation_key]).get(page.translation_key, [])
    api_url = api_url_for(page, requested.language_code)
    item = {
        "id": page.pk,
        "type": page_type(page),
        "title": page.title,
        "slug": page.slug,
        "url": localized_url(page, requested, request),
        "seo_title": page.seo_title,
        "search_description": page.search_description,
        "last_published_at": page.last_published_at,
        "api_url": api_url,
        "locale": codes[page.locale_id],
        "translated": translated,
        "locales": locales,
    }
    return add_translations([item], [page], request)[0]


@router.get("/site", response=responses(SiteOut), url_name="site", summary="Name, logo, menus and routes of a locale")
def site(request, locale: str | None = None):
    """What a front end shows around every page in `locale`: the organisation's
    name and logo, the main navigation, footer, legal and social links (Settings →
    Navigation and footer, per locale; the default locale's where not translated,
    `translated: false`), the routes of the home, glossary, search and Donate
    pages in that locale, the sections under the home page, and every locale with
    its writing direction."""
    requested = resolve_locale(locale)
    return site_payload(requested, request)


@router.get("/sections/{page_id}", response=responses(SectionOut), url_name="section", summary="A section page")
def section(request, page_id: Id, locale: str | None = None):
    """A section (index) page by the id of any of its language copies: its
    introduction and the listing endpoints of its items, in `locale` where
    translated (else the default locale's, `translated: false`)."""
    requested = resolve_locale(locale)
    source = public_pages().filter(pk=page_id).first()
    if source is None or source.specific_class not in section_models():
        raise not_found(_("section page"))
    copies = {page.locale_id: page for page in public_pages().filter(translation_key=source.translation_key)}
    page = copies.get(requested.pk) or copies.get(Locale.get_default().pk) or source
    return section_detail(page.specific, requested, request)


Cursor = Annotated[int, Field(ge=0, le=DB_INT_MAX, description="The `cursor` of the last answer (0: from the start).")]


@router.get("/changes", response=responses(ChangesOut), url_name="changes", summary="What changed since a cursor")
def changes(request, since: Cursor = 0, limit: Count = 100):
    """Public changes after the cursor `since` (0: from the start), oldest first,
    at most `limit` (capped at 500): pages published, unpublished, moved or
    deleted with their URLs before and after, and shared snippets (glossary
    entries, thematic areas, focal points) with the pages that show them. Keep
    the answer's `cursor` and ask again with it; `has_more` says whether to
    continue at once. Poll this instead of receiving webhooks."""
    capped = min(limit, 500)
    rows = list(ContentChange.objects.filter(pk__gt=since).order_by("pk")[: capped + 1])
    has_more = len(rows) > capped
    rows = rows[:capped]
    if not rows and since:
        latest = ContentChange.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        if since > latest:
            # A cursor from another database (staging, a restore, a reset demo): an
            # empty answer would silently skip every change until the feed caught up.
            raise Problem(
                400,
                text(
                    _(
                        "The cursor %(since)s is ahead of this feed (latest %(latest)s): "
                        "build in full, then ask from 0."
                    ),
                    since=since,
                    latest=latest,
                ),
                parameter="since",
                code="invalid_value",
            )
    return {
        "cursor": str(rows[-1].pk if rows else since),
        "has_more": has_more,
        "items": [change_out(row) for row in visible_changes(rows)],
    }


RedirectListOut = listing_schema(RedirectOut, "RedirectListOut")


@router.get(
    "/redirects", response=responses(RedirectListOut), url_name="redirects", summary="Old paths and where they go"
)
def redirects(request, window: Query[Window] = None):
    """The site's redirects (made when a page's slug changes or it moves, or by
    editors), for a static build to reproduce. Redirects to pages the public
    cannot see are left out."""
    visible = public_pages().values("pk")
    queryset = (
        Redirect.objects.filter(Q(redirect_page__isnull=True) | Q(redirect_page__in=visible))
        .select_related("redirect_page")
        .order_by("old_path", "pk")
    )

    def build(rows):
        return [
            {
                "old_path": row.old_path,
                "new_url": row.link,
                "is_permanent": row.is_permanent,
                "page_id": row.redirect_page_id,
                "api_url": api_url_for(row.redirect_page, codes.get(row.redirect_page.locale_id, ""))
                if row.redirect_page_id
                else None,
            }
            for row in rows
        ]

    codes = locale_codes()
    return paginate(queryset, window or Window(), build)


def preview_router() -> Router:
    """The preview endpoint, built once every app has registered its page details
    (site/api.py calls this after mounting the apps' routers), so its answer can
    be declared as the union of the live detail schemas, discriminated by `type`."""
    for model in section_models():
        register_detail(model, SectionOut, section_detail)
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
                404,
                _("This preview token has expired or was revoked. Preview the page again."),
                parameter="token",
                code="expired",
            )
        page = link.previewed_page()
        detail = detail_for(page)
        if detail is None:
            raise Problem(404, _("Pages of this type have no API detail to preview."), parameter="token")
        response["Content-Language"] = page.locale.language_code
        with translation.override(page.locale.language_code):
            item = detail.build(page, page.locale, request)
        return {"type": detail.name, "item": item, "expires_at": link.expires_at}

    return previews
