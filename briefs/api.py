"""Monthly briefs and newsletter issues in the delivery API, and sign-ups for
headless front ends (double opt-in: nothing is subscribed until the emailed link
is followed). No address is ever returned."""

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited
from ninja import Path, Query, Router
from ninja.responses import Status
from wagtail.models import Locale

from core.api_params import Window, listing_schema, paginate, resolve_locale
from core.delivery import locales_by_translation_key, public_pages
from core.links import localized_urls
from core.origins import from_foreign_origin
from core.page_types import register_detail
from core.problems import Problem, ProblemOut, bad_choice, not_found, responses
from core.rate_limits import client_address
from core.rendering import render_text
from core.serializers import locale_codes
from core.translations import add_translations

from . import (
    conf,
    expansions,  # noqa: F401 (registers what expand= embeds)
)
from .models import MonthlyBriefPage, NewsletterIssuePage
from .schemas import (
    BriefListItemOut,
    BriefOut,
    NewsletterListItemOut,
    NewsletterOut,
    SubscriptionAcceptedOut,
    SubscriptionIn,
)
from .selectors import funding_lines, issue_sections, public_briefs, public_newsletters
from .serializers import email_links_out, funding_summary_out, sections_out
from .subscriptions import Choices, request_subscription

router = Router(tags=["updates for Member States"])
api_prefix = "/"

BriefListOut = listing_schema(BriefListItemOut, "BriefListOut")
NewsletterListOut = listing_schema(NewsletterListItemOut, "NewsletterListOut")
MAX_ID = 2**63 - 1


def _items(pages, requested, codes, request) -> list[dict]:
    """List items in a fixed number of queries: the introduction alone is rendered
    (a page's `rendered` would read its items' notes, a query per page)."""
    urls = localized_urls(pages, requested, request)
    locales = {locale.pk: locale for locale in Locale.objects.all()}
    published_in = locales_by_translation_key(public_pages(), [page.translation_key for page in pages])
    items = []
    for page in pages:
        items.append(
            {
                "id": page.pk,
                "title": page.title,
                "date": getattr(page, "month", None) or getattr(page, "issue_date", None),
                "introduction": render_text([("introduction", page.introduction)], locales[page.locale_id])[
                    "introduction"
                ],
                "url": urls.get(page.pk),
                "api_url": page.get_api_url(requested.language_code),
                "locale": codes[page.locale_id],
                "translated": getattr(page, "translated", True),
                "locales": published_in.get(page.translation_key, []),
            }
        )
    return add_translations(items, list(pages), request)


def _detail(model, page_id, locale, request, what) -> dict:
    requested = resolve_locale(locale)
    source = public_pages(model).filter(pk=page_id).values_list("translation_key", flat=True).first()
    if source is None:
        raise not_found(what)
    copies = {
        page.locale_id: page for page in public_pages(model).filter(translation_key=source).select_related("locale")
    }
    page = copies.get(requested.pk) or copies.get(Locale.get_default().pk) or next(iter(copies.values()))
    return issue_detail(page, requested, request)


def issue_detail(page, requested, request) -> dict:
    """A brief's or newsletter issue's detail (live, or a draft restored in memory for a preview)."""
    page.translated = page.locale_id == requested.pk
    codes = locale_codes()
    with translation.override(page.locale.language_code):
        item = _items([page], requested, codes, request)[0]
        item.update(
            {
                "sections": sections_out(issue_sections(page, request), codes, requested),
                "email": email_links_out(page),
                "abbreviations": page.rendered.abbreviations,
            }
        )
        if isinstance(page, MonthlyBriefPage):
            item["funding_summary"] = funding_summary_out(funding_lines(page))
            item["funding_valid_on"] = page.funding_valid_on
    return item


register_detail(MonthlyBriefPage, BriefOut, issue_detail)
register_detail(NewsletterIssuePage, NewsletterOut, issue_detail)


@router.get("/briefs", response=responses(BriefListOut), url_name="briefs", summary="Monthly briefs, newest first")
def list_briefs(request, locale: str | None = None, window: Query[Window] = None):
    """Published monthly briefs for Member States in `locale` (English with
    `translated: false` where not translated)."""
    requested = resolve_locale(locale)
    codes = locale_codes()
    queryset = public_briefs(requested).select_related("locale")
    with translation.override(requested.language_code):
        return paginate(queryset, window, lambda rows: _items(rows, requested, codes, request))


@router.get("/briefs/{page_id}", response=responses(BriefOut), url_name="brief", summary="One monthly brief")
def get_brief(request, page_id: int = Path(..., ge=1, le=MAX_ID), locale: str | None = None):
    """A brief by the id of any of its language copies: its sections (links to the
    pages they report on, focal points, figures formatted for `locale`), the funding
    summary per thematic area, and the addresses of its email versions."""
    return _detail(MonthlyBriefPage, page_id, locale, request, _("monthly brief"))


@router.get("/newsletters", response=responses(NewsletterListOut), url_name="newsletters", summary="Newsletter issues")
def list_newsletters(request, locale: str | None = None, window: Query[Window] = None):
    requested = resolve_locale(locale)
    codes = locale_codes()
    queryset = public_newsletters(requested).select_related("locale")
    with translation.override(requested.language_code):
        return paginate(queryset, window, lambda rows: _items(rows, requested, codes, request))


@router.get(
    "/newsletters/{page_id}", response=responses(NewsletterOut), url_name="newsletter", summary="One newsletter issue"
)
def get_newsletter(request, page_id: int = Path(..., ge=1, le=MAX_ID), locale: str | None = None):
    return _detail(NewsletterIssuePage, page_id, locale, request, _("newsletter issue"))


@router.post(
    "/subscriptions",
    response={202: SubscriptionAcceptedOut, 400: ProblemOut, 403: ProblemOut, 429: ProblemOut},
    url_name="subscriptions",
    summary="Ask for the brief or the newsletter by email",
)
def subscribe(request, payload: SubscriptionIn):
    """Sends a confirmation link to the address; nothing is sent to it until the
    link is followed. The answer is the same whether or not the address is known.
    The body must be sent as `application/json` (a cross-site form or `text/plain`
    post, which browsers send without asking, is refused), and a browser page's
    origin must be the site's or one of its trusted front ends."""
    if request.content_type != "application/json":
        raise Problem(
            400, "Send the body as JSON with the header Content-Type: application/json.", parameter="Content-Type"
        )
    if from_foreign_origin(request):
        raise Problem(403, "Sign-ups are accepted from this site's own pages and front ends only.")
    if is_ratelimited(request, group="briefs-subscribe", key=client_address, rate=conf.subscribe_rate, increment=True):
        raise Problem(429, _("Too many sign-ups from this address; try again in an hour."))
    email = payload.email.strip()
    try:
        if "\x00" in email:
            raise DjangoValidationError("NUL")
        validate_email(email)
    except DjangoValidationError as error:
        raise Problem(400, _("Give a valid email address, such as name@example.org."), parameter="email") from error
    language = payload.language.lower()
    allowed = [code for code, _name in settings.LANGUAGES]
    if language not in allowed:
        raise bad_choice("language", payload.language, allowed)
    if not (payload.brief or payload.newsletter):
        raise Problem(
            400, _("Choose the brief, the newsletter or both (set brief or newsletter to true)."), parameter="brief"
        )
    per_address = is_ratelimited(
        request,
        group="briefs-subscribe-email",
        key=lambda group, req: email.lower(),
        rate=conf.subscribe_rate_per_email,
        increment=True,
    )
    if not per_address:
        request_subscription(email, Choices(language=language, brief=payload.brief, newsletter=payload.newsletter))
    return Status(202, {"detail": "If the address can receive email, a confirmation link is on its way."})
