"""What `expand=` embeds in the stories listing (core/api_shape.py): what a
story's detail shows beyond its list item, for every item of the answer at once,
in a fixed number of queries whatever their number. With every expansion a
listed story carries what its detail carries, so a front end fetches no detail.
"""

from django.db.models import Prefetch
from django.utils import translation
from wagtail.images import get_image_model

from core.api_shape import Expansion, register_expansion
from core.images import prefetch_specs
from core.links import localized_urls
from core.pages import rendered_pages
from core.schemas import ImageOut, TermOut
from core.serializers import absolute_file_links, locale_codes
from home.schemas import ContactOut
from home.serializers import contact_out

from .models import StoryPage
from .schemas import StoryRelatedOut
from .selectors import public_contacts, related_pages_of
from .serializers import lead_image_out, related_out


def _rendered(ids: list[int], locale) -> dict:
    """{story id: its rendered text (the detail's `page.rendered`)}: one query
    for the pages, one cache read for the text rendered before."""
    pages = list(StoryPage.objects.filter(pk__in=ids).select_related("locale"))
    with translation.override(locale.language_code):
        return {page.pk: text for page, text in zip(pages, rendered_pages(pages), strict=True)}


def body_by_story(ids: list[int], locale, request) -> dict[int, str]:
    return {pk: absolute_file_links(text["body"], request) for pk, text in _rendered(ids, locale).items()}


def abbreviations_by_story(ids: list[int], locale, request) -> dict[int, list[dict]]:
    return {pk: text.abbreviations for pk, text in _rendered(ids, locale).items()}


def related_by_story(ids: list[int], locale, request) -> dict[int, dict]:
    """The detail's `related`: each story's flagship, publication and donation
    project, in the story's language where translated, linked in `locale`."""
    pages = list(
        StoryPage.objects.filter(pk__in=ids)
        .defer_streamfields()
        .select_related("related_flagship", "related_publication", "related_project")
    )
    related = related_pages_of(pages)
    targets = [target for relations in related.values() for target in relations.values()]
    codes = locale_codes()
    with translation.override(locale.language_code):
        urls = localized_urls(targets, locale, request)
    return {page.pk: related_out(related.get(page.pk, {}), locale, codes, urls) for page in pages}


def contact_by_story(ids: list[int], locale, request) -> dict[int, dict | None]:
    """The detail's `contact`: the focal point (its published source where the
    story's copy is not published)."""
    contact_ids = dict(StoryPage.objects.filter(pk__in=ids).values_list("pk", "contact_id"))
    contacts = public_contacts(contact_ids.values())
    codes = locale_codes()
    return {
        pk: contact_out(contacts[contact_id], codes, locale) if contact_id in contacts else None
        for pk, contact_id in contact_ids.items()
    }


def lead_image_by_story(ids: list[int], locale, request) -> dict[int, dict | None]:
    """The detail's `lead_image`: the original proportions at page widths
    instead of the card's crops (two queries for the images and renditions)."""
    images = get_image_model().objects.prefetch_renditions(*prefetch_specs("lead"))
    pages = (
        StoryPage.objects.filter(pk__in=ids)
        .defer_streamfields()
        .prefetch_related(Prefetch("lead_image", queryset=images))
    )
    with translation.override(locale.language_code):
        return {page.pk: lead_image_out(page, request, "lead") for page in pages}


for _expansion in [
    Expansion(
        name="body",
        schema=str,
        build=body_by_story,
        default="",
        description="the story's full text as HTML, as in its detail.",
    ),
    Expansion(
        name="related",
        schema=StoryRelatedOut,
        build=related_by_story,
        default={"flagship": None, "publication": None, "donation_project": None},
        description="the related flagship, publication and donation project, as in the detail.",
    ),
    Expansion(
        name="contact",
        schema=ContactOut | None,
        build=contact_by_story,
        default=None,
        description="the focal point, as in the detail.",
    ),
    Expansion(
        name="abbreviations",
        schema=list[TermOut],
        build=abbreviations_by_story,
        default=[],
        description="the abbreviations the standfirst and body use, as in the detail.",
    ),
    Expansion(
        name="lead_image",
        schema=ImageOut | None,
        build=lead_image_by_story,
        default=None,
        description="the lead image in the detail's renditions (original proportions, 480–1600 px) "
        "instead of the card's 16:10 crops.",
    ),
]:
    register_expansion(["stories"], _expansion)
