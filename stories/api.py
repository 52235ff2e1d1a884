"""Impact stories in the delivery API: a filtered listing, newest first, and the detail."""

from django.utils import translation
from ninja import Path, Query, Router, Schema

from core.api_params import Values, Window, listing_schema, paginate, resolve_locale
from core.body_blocks import write_blocks
from core.delivery import public_pages
from core.links import localized_urls
from core.page_types import register_detail
from core.problems import bad_choice, not_found, responses
from core.serializers import absolute_file_links, locale_codes
from flagships.body_blocks import BODY_BLOCKS
from home.serializers import contact_out
from publications.filters import UnknownFilterValue

from . import expansions  # noqa: F401 (registers what expand= embeds)
from .models import StoryPage
from .schemas import StoryListItemOut, StoryOut
from .selectors import StoryFilters, apply_filters, public_contact, related_pages, stories_in
from .serializers import lead_image_out, related_out, story_items

router = Router(tags=["impact stories"])
api_prefix = "/stories"

StoryListOut = listing_schema(StoryListItemOut, "StoryListOut")
MAX_ID = 2**63 - 1


class StoryQuery(Schema):
    region: Values = None
    country: Values = None
    thematic_area: Values = None
    flagship: Values = None


@router.get("", response=responses(StoryListOut), url_name="stories", summary="Impact stories, newest first")
def list_stories(request, locale: str | None = None, filters: Query[StoryQuery] = None, window: Query[Window] = None):
    """Published stories in `locale` (English with `translated: false` where not
    translated). Filter by `region` (one of the closed list), `country` (ISO 3166-1
    alpha-2), `thematic_area` (slug in the requested language) or `flagship` (the
    flagship programme's slug); an unknown value is a 400 listing those that exist."""
    requested = resolve_locale(locale)
    query = filters or StoryQuery()
    try:
        queryset = apply_filters(stories_in(requested), StoryFilters(**query.dict()), requested)
    except UnknownFilterValue as error:
        raise bad_choice(error.parameter, error.value, error.allowed) from error
    codes = locale_codes()
    with translation.override(requested.language_code):
        return paginate(queryset, window, lambda rows: story_items(rows, requested, codes, request))


@router.get("/{page_id}", response=responses(StoryOut), url_name="story", summary="One impact story")
def get_story(request, page_id: int = Path(..., ge=1, le=MAX_ID), locale: str | None = None):
    """A story by the id of any of its language copies, answered in `locale`
    where published there (else in the default locale, `translated: false`)."""
    requested = resolve_locale(locale)
    source = public_pages(StoryPage).filter(pk=page_id).values_list("translation_key", flat=True).first()
    if source is None:
        raise not_found("story")
    page = stories_in(requested).filter(translation_key=source).defer(None).first()
    if page is None:  # written in another language and not translated into the default one
        page = public_pages(StoryPage).filter(pk=page_id).select_related("locale").first()
        page.translated = False
    return story_detail(page, requested, request)


def story_detail(page, requested, request) -> dict:
    """A story's detail (live, or a draft restored in memory for a preview)."""
    codes = locale_codes()
    with translation.override(requested.language_code):
        item = story_items([page], requested, codes, request)[0]
        rendered = page.rendered
        related = related_pages(page)
        urls = localized_urls(list(related.values()), requested, request)
        contact = public_contact(page.contact)
        item.update(
            {
                "standfirst": rendered["standfirst"],
                "lead_image": lead_image_out(page, request, "lead"),
                "body": absolute_file_links(rendered["body"], request),
                "body_blocks": write_blocks(page, "body", BODY_BLOCKS, request),
                "related": related_out(related, requested, codes, urls),
                "contact": contact_out(contact, codes, requested) if contact else None,
                "abbreviations": rendered.abbreviations,
            }
        )
    return item


register_detail(StoryPage, StoryOut, story_detail)
