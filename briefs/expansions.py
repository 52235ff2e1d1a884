"""What `expand=` embeds in the listings of monthly briefs and newsletter issues
(core/api_shape.py): what an issue's detail shows beyond its list item, for every
item of the answer at once, in a fixed number of queries whatever their number.
With every expansion a listed issue carries what its detail carries.

An issue's detail is written in the issue's own language (its section labels,
figures and the items' texts), so each issue is serialised with its language
active, as the detail does."""

from datetime import date

from django.utils import translation

from core.api_shape import Expansion, register_expansion
from core.delivery import locale_table
from core.pages import rendered_pages
from core.schemas import TermOut
from core.serializers import locale_codes

from .models import MonthlyBriefPage, NewsletterIssuePage
from .schemas import FundingLineOut, IssueEmailLinksOut, IssueSectionOut
from .selectors import funding_lines_of, issue_sections_of
from .serializers import email_links_out, funding_summary_out, sections_out


def _pages(model, ids: list[int]) -> list:
    return list(model.objects.filter(pk__in=ids).select_related("locale").prefetch_related("items"))


def _in_own_language(pages, build) -> dict:
    """{page id: build(page)}, each built with its page's language active."""
    languages = locale_table()
    out = {}
    for page in pages:
        with translation.override(languages[page.locale_id].language_code):
            out[page.pk] = build(page)
    return out


def sections_by_issue(model):
    def build(ids: list[int], locale, request) -> dict[int, list[dict]]:
        """The detail's `sections`: the items resolved in the issue's language."""
        pages = _pages(model, ids)
        codes = locale_codes()
        languages = locale_table()
        sections = {}
        for locale_id in {page.locale_id for page in pages}:
            with translation.override(languages[locale_id].language_code):
                sections.update(issue_sections_of([page for page in pages if page.locale_id == locale_id], request))
        return _in_own_language(pages, lambda page: sections_out(sections[page.pk], codes, locale))

    return build


def email_by_issue(model):
    def build(ids: list[int], locale, request) -> dict[int, dict]:
        return _in_own_language(_pages(model, ids), email_links_out)

    return build


def abbreviations_by_issue(model):
    def build(ids: list[int], locale, request) -> dict[int, list[dict]]:
        """The detail's `abbreviations` (introduction and the items' notes): one
        query for the issues and their items, one cache read."""
        pages = _pages(model, ids)
        return {page.pk: text.abbreviations for page, text in zip(pages, rendered_pages(pages), strict=True)}

    return build


def funding_summary_by_brief(ids: list[int], locale, request) -> dict[int, list[dict]]:
    """The detail's `funding_summary`: amounts formatted in the brief's language."""
    pages = list(MonthlyBriefPage.objects.filter(pk__in=ids).select_related("locale"))
    lines = funding_lines_of(pages)
    return _in_own_language(pages, lambda page: funding_summary_out(lines[page.pk]))


def funding_valid_on_by_brief(ids: list[int], locale, request) -> dict[int, date | None]:
    return dict(MonthlyBriefPage.objects.filter(pk__in=ids).values_list("pk", "funding_valid_on"))


def _issue_expansions(model, kind: str) -> list[Expansion]:
    return [
        Expansion(
            name="sections",
            schema=list[IssueSectionOut],
            build=sections_by_issue(model),
            default=[],
            description=f"the {kind}'s items by section, in its language, as in its detail.",
        ),
        Expansion(
            name="email",
            schema=IssueEmailLinksOut,
            build=email_by_issue(model),
            default={"html": None, "text": None},
            description=f"the addresses of the {kind}'s email versions, as in its detail.",
        ),
        Expansion(
            name="abbreviations",
            schema=list[TermOut],
            build=abbreviations_by_issue(model),
            default=[],
            description="the abbreviations the introduction and notes use, as in the detail.",
        ),
    ]


for _expansion in _issue_expansions(MonthlyBriefPage, "brief"):
    register_expansion(["briefs"], _expansion)
for _expansion in [
    Expansion(
        name="funding_summary",
        schema=list[FundingLineOut],
        build=funding_summary_by_brief,
        default=[],
        description="the funding summary per thematic area, as in the detail.",
    ),
    Expansion(
        name="funding_valid_on",
        schema=date | None,
        build=funding_valid_on_by_brief,
        default=None,
        description="the day the funding summary was taken, as in the detail.",
    ),
]:
    register_expansion(["briefs"], _expansion)
for _expansion in _issue_expansions(NewsletterIssuePage, "newsletter issue"):
    register_expansion(["newsletters"], _expansion)
