"""What `expand=` embeds in each project of the donation projects listing
(core/api_shape.py): with every expansion, a project in the listing carries what
its detail adds to it, so a front end builds the project pages without asking
for each one. Each expansion reads every project of the answer at once, in a
fixed number of queries."""

from collections import defaultdict

from django.db.models import Prefetch
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Page

from core.api_shape import Expansion, register_expansion
from core.delivery import locale_table, locales_by_translation_key, localize_pages, public_pages
from core.headings import normalise_headings
from core.images import prefetch_specs
from core.rendering import render_many
from core.schemas import ImageOut, PageLinkOut, TermOut
from core.serializers import absolute, absolute_file_links, cover_out, locale_codes, page_link_out
from home.schemas import ContactOut, ThematicAreaOut
from home.serializers import contact_out, thematic_area_out

from .models import DonationProjectPage, DonationProjectReport, ProjectStatusChange
from .schemas import ProjectReportOut, StatusChangeOut
from .selectors import localized_areas

# The endpoint (url_name) whose projects take these expansions.
LISTING = "donate-thematic-areas"


def _texts(ids: list[int], locale, request) -> dict[int, dict]:
    """The rendered gift impact and body of each project, as its detail has them
    (file links absolute, the body's headings under the page's title): one query
    for the pages, one cache read for the text rendered before."""
    pages = list(
        DonationProjectPage.objects.filter(pk__in=ids).only("id", "locale_id", "summary", "gift_impact", "body")
    )
    locales = locale_table()
    with translation.override(locale.language_code):
        rendered = render_many([(page.text_fragments(), locales[page.locale_id]) for page in pages])
    levels = DonationProjectPage.heading_levels
    texts = {}
    for page, text in zip(pages, rendered, strict=True):
        body = normalise_headings(text["body"], levels["body"]) if "body" in levels else text["body"]
        texts[page.pk] = {
            "body": absolute_file_links(body, request),
            "gift_impact": absolute_file_links(text["gift_impact"], request),
            "abbreviations": text.abbreviations,
        }
    return texts


def body_by_project(ids: list[int], locale, request) -> dict[int, str]:
    return {pk: text["body"] for pk, text in _texts(ids, locale, request).items()}


def gift_impact_by_project(ids: list[int], locale, request) -> dict[int, str]:
    return {pk: text["gift_impact"] for pk, text in _texts(ids, locale, request).items()}


def abbreviations_by_project(ids: list[int], locale, request) -> dict[int, list[dict]]:
    return {pk: text["abbreviations"] for pk, text in _texts(ids, locale, request).items()}


def donate_page_by_project(ids: list[int], locale, request) -> dict[int, dict]:
    """Each project's Donate page (its parent), as in its detail: two queries."""
    codes = locale_codes()
    paths = dict(DonationProjectPage.objects.filter(pk__in=ids).values_list("id", "path"))
    steplen = Page.steplen
    parents = {page.path: page for page in Page.objects.filter(path__in={path[:-steplen] for path in paths.values()})}
    return {
        pk: page_link_out(parents[path[:-steplen]], locale.pk, codes)
        for pk, path in paths.items()
        if path[:-steplen] in parents
    }


def thematic_area_by_project(ids: list[int], locale, request) -> dict[int, dict]:
    """Each project's thematic area in `locale` where translated, live ones only,
    as in its detail: two queries."""
    codes = locale_codes()
    pages = list(
        DonationProjectPage.objects.filter(pk__in=ids, thematic_area__live=True)
        .select_related("thematic_area")
        .only("id", "thematic_area")
    )
    areas = localized_areas([page.thematic_area for page in pages], locale)
    found = {}
    for page in pages:
        area = areas.get(page.thematic_area.translation_key)
        if area is not None:
            found[page.pk] = thematic_area_out(area, codes, area.locale_id == locale.pk)
    return found


def locales_by_project(ids: list[int], locale, request) -> dict[int, list[str]]:
    """The locales each project is published in, as in its detail: two queries."""
    keys = dict(DonationProjectPage.objects.filter(pk__in=ids).values_list("id", "translation_key"))
    published = locales_by_translation_key(public_pages(), set(keys.values()))
    return {pk: published.get(key, []) for pk, key in keys.items()}


def cover_image_by_project(ids: list[int], locale, request) -> dict[int, dict | None]:
    """The cover in the detail's renditions (original proportions, 480–1600 px)
    instead of the card's crops: two queries for the images and renditions."""
    images = get_image_model().objects.prefetch_renditions(*prefetch_specs("lead"))
    pages = (
        DonationProjectPage.objects.filter(pk__in=ids)
        .defer_streamfields()
        .prefetch_related(Prefetch("cover_image", queryset=images))
    )
    with translation.override(locale.language_code):
        return {page.pk: cover_out(page, request, "lead") for page in pages}


def focal_point_by_project(ids: list[int], locale, request) -> dict[int, dict]:
    """Each project's focal point where published, as in its detail: one query."""
    codes = locale_codes()
    pages = DonationProjectPage.objects.filter(pk__in=ids, focal_point__live=True).select_related("focal_point")
    return {page.pk: contact_out(page.focal_point, codes, locale) for page in pages.only("id", "focal_point")}


def reports_by_project(ids: list[int], locale, request) -> dict[int, list[dict]]:
    """Each project's reports in their order, links absolute: one query."""
    rows = DonationProjectReport.objects.filter(page_id__in=ids).select_related("document").order_by("sort_order")
    by_project: dict[int, list[dict]] = defaultdict(list)
    for row in rows:
        by_project[row.page_id].append({"title": row.title, "date": row.date, "url": absolute(row.url, request)})
    return by_project


def status_history_by_project(ids: list[int], locale, request) -> dict[int, list[dict]]:
    """When each project became open, funded or closed (all its language copies share
    the history): two queries."""
    keys = dict(DonationProjectPage.objects.filter(pk__in=ids).values_list("id", "translation_key"))
    changes: dict = defaultdict(list)
    for change in ProjectStatusChange.objects.filter(project_key__in=set(keys.values())):
        changes[change.project_key].append({"status": change.status, "changed_on": change.changed_on})
    return {pk: changes.get(key, []) for pk, key in keys.items()}


def related_flagship_by_project(ids: list[int], locale, request) -> dict[int, dict]:
    """Each project's flagship programme in the project's language where published
    there, public ones only, as in its detail: a query for the projects' flagships,
    one per language among the projects (two at most in a listing), one for what is public."""
    codes = locale_codes()
    pages = list(
        DonationProjectPage.objects.filter(pk__in=ids, related_flagship__isnull=False)
        .select_related("related_flagship")
        .only("id", "locale_id", "related_flagship")
    )
    by_locale: dict[int, list] = defaultdict(list)
    for page in pages:
        by_locale[page.locale_id].append(page)
    chosen = {}
    for locale_id, group in by_locale.items():
        localized = localize_pages([page.related_flagship for page in group], locale_table()[locale_id])
        chosen.update({page.pk: flagship for page, flagship in zip(group, localized, strict=True)})
    visible = set(
        public_pages().filter(pk__in={flagship.pk for flagship in chosen.values()}).values_list("pk", flat=True)
    )
    return {pk: page_link_out(flagship, locale.pk, codes) for pk, flagship in chosen.items() if flagship.pk in visible}


for _expansion in (
    Expansion("body", str, body_by_project, "", "the project's full description as HTML, as in its detail."),
    Expansion("gift_impact", str, gift_impact_by_project, "", "what a gift does, as HTML, as in the project's detail."),
    Expansion(
        "focal_point", ContactOut | None, focal_point_by_project, None, "the project's focal point, as in its detail."
    ),
    Expansion(
        "reports",
        list[ProjectReportOut],
        reports_by_project,
        [],
        "the project's reports (documents or links), as in its detail.",
    ),
    Expansion(
        "status_history",
        list[StatusChangeOut],
        status_history_by_project,
        [],
        "when the project became open, funded or closed, as in its detail.",
    ),
    Expansion(
        "related_flagship",
        PageLinkOut | None,
        related_flagship_by_project,
        None,
        "the flagship programme the project belongs to, in the project's language where published, as in its detail.",
    ),
    Expansion(
        "abbreviations",
        list[TermOut],
        abbreviations_by_project,
        [],
        "the abbreviations the project's texts use, as in its detail.",
    ),
    Expansion("donate_page", PageLinkOut | None, donate_page_by_project, None, "the Donate page, as in its detail."),
    Expansion(
        "thematic_area",
        ThematicAreaOut | None,
        thematic_area_by_project,
        None,
        "the project's thematic area in the requested language where translated, as in its detail.",
    ),
    Expansion(
        "locales", list[str], locales_by_project, [], "the locales the project is published in, as in its detail."
    ),
    Expansion(
        "cover_image",
        ImageOut | None,
        cover_image_by_project,
        None,
        "the cover in the detail's renditions (original proportions, 480–1600 px) instead of the card's 16:10 crops.",
    ),
):
    register_expansion([LISTING], _expansion)
