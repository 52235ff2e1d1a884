"""Read-side of the donate app: totals derived from the ledger, progress, the
projects that need funding. Other apps and the API call these, never the models'
internals. Each function runs a fixed number of queries, whatever the row count."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q, Sum
from django.utils import timezone
from wagtail.models import Locale

from core.delivery import PAGE_LINK_COLUMNS, public_pages, with_locale_fallback
from core.images import COVER_IMAGE_COLUMNS, with_cover_renditions
from home.models import ThematicArea

from .models import DonationProjectPage, OfflineContribution, ProjectStatus, ProjectStatusChange

# Progress is computed in the model layer (a project page answers it too) and read from here.
from .models.progress import ZERO, Progress, counted_donations, progress_for, received_totals  # noqa: F401


def open_projects(locale: Locale, parent=None):
    """Published open projects in `locale`, falling back to the default locale."""
    queryset = public_pages(DonationProjectPage).filter(status=ProjectStatus.OPEN)
    if parent is not None:
        # Every locale's copy of the donate page, so fallbacks under the source are found too.
        parent_paths = [p.path for p in parent.get_translations(inclusive=True)]
        condition = Q()
        for path in parent_paths:
            condition |= Q(path__startswith=path)
        queryset = queryset.filter(condition)
    return with_cover_renditions(with_locale_fallback(queryset, locale))


@dataclass
class ProjectGroup:
    thematic_area: object
    projects: list


def localized_areas(areas, locale: Locale) -> dict:
    """{area translation_key: the live area in `locale`, else the given one}, one
    query (none when every area given is already in `locale`)."""
    areas = [area for area in areas if area is not None]
    if all(area.locale_id == locale.pk for area in areas):
        return {area.translation_key: area for area in areas}
    translated = {
        area.translation_key: area
        for area in ThematicArea.objects.live()
        .select_related("locale")
        .filter(translation_key__in={a.translation_key for a in areas}, locale=locale)
    }
    return {area.translation_key: translated.get(area.translation_key, area) for area in areas}


# What the API's listing of projects shows (donate.api): the page's place in the
# tree and its links, the card's title, summary, cover, place and funding, and
# its thematic area. Everything else (the long texts, Wagtail's editing columns)
# stays in the database.
LISTING_COLUMNS = (
    *PAGE_LINK_COLUMNS,
    "title",
    "summary",
    *COVER_IMAGE_COLUMNS,
    "country",
    "country_region",
    "goal_amount",
    "currency",
    "status",
    "keep_open_after_goal",
    "thematic_area",
    *(
        f"thematic_area__{name}"
        for name in ("id", "translation_key", "locale_id", "live", "name", "slug", "description", "sort_order")
    ),
)


def projects_by_thematic_area(
    locale: Locale, parent=None, country: list[str] | None = None, *, listing: bool = False
) -> list[ProjectGroup]:
    """Open projects grouped by thematic area (in the area's sort order), each
    project carrying `.progress`; only those in `country` (ISO codes, checked by
    the caller) when given. A fixed number of queries.

    With `listing`, only the columns the API's listing shows are read
    (`LISTING_COLUMNS`); the Donate page's template reads whole pages.
    """
    queryset = open_projects(locale, parent)
    if country:
        queryset = queryset.filter(country__in=country)
    if listing:
        queryset = queryset.select_related("thematic_area").only(*LISTING_COLUMNS)
    else:
        # Cards show a project's summary, place and progress: its long texts stay in the database.
        queryset = queryset.select_related("thematic_area__locale", "locale").defer("body", "gift_impact")
    projects = list(queryset.order_by("title", "pk"))
    projects = [page for page in projects if page.thematic_area_id and page.thematic_area.live]
    progress = progress_for(projects)
    areas = localized_areas([page.thematic_area for page in projects], locale)
    groups: dict = {}
    for page in projects:
        page.progress_data = progress[page.translation_key]
        area = areas[page.thematic_area.translation_key]
        groups.setdefault(area.translation_key, ProjectGroup(area, [])).projects.append(page)
    return sorted(groups.values(), key=lambda group: (group.thematic_area.sort_order, group.thematic_area.name))


def status_history(project_key) -> list[ProjectStatusChange]:
    return list(ProjectStatusChange.objects.filter(project_key=project_key))


def status_changes_between(status: str, start, end) -> list:
    """Project keys that changed to `status` between two dates (inclusive)."""
    return list(
        ProjectStatusChange.objects.filter(status=status, changed_on__gte=start, changed_on__lte=end).values_list(
            "project_key", flat=True
        )
    )


@dataclass
class AllocationRow:
    label: str
    description: str
    share: Decimal
    amounts: list  # formatted money, one per currency


@dataclass
class AllocationTable:
    year: int | None
    rows: list
    totals: list  # formatted money, one per currency (what was received that year)
    currencies: list

    @property
    def year_is_over(self) -> bool:
        """The year has ended: "none recorded" is final, not "none yet"."""
        return self.year is not None and self.year < timezone.localdate().year


def received_in_year(year: int) -> dict:
    """{currency: amount} received in `year`: the counted ledger (gifts less refunds
    and reversals, test gifts left out) plus offline contributions. Two queries."""
    totals: dict = defaultdict(lambda: ZERO)
    ledger = counted_donations().filter(occurred_at__year=year).values("currency").annotate(total=Sum("amount"))
    offline = (
        OfflineContribution.objects.filter(received_on__year=year).values("currency").annotate(total=Sum("amount"))
    )
    for row in list(ledger.order_by()) + list(offline.order_by()):
        totals[row["currency"]] += row["total"] or ZERO
    return {currency: total for currency, total in sorted(totals.items()) if total}


def share_of(total: Decimal, percentage: Decimal) -> Decimal:
    """What `percentage` of `total` comes to, to the cent (as the page and the API show it)."""
    return (total * percentage / 100).quantize(Decimal("0.01"))


def allocation_for_year(page, allocations, language_code: str) -> AllocationTable:
    """The allocation as donors read it: each line's share and, for the named year,
    what that share of the money received comes to in each currency (currencies
    are never added together). The rendered descriptions come from the page."""
    from core.geography import format_money

    year = page.allocation_year
    received = received_in_year(year) if year else {}
    rows = []
    for index, row in enumerate(allocations):
        amounts = [
            format_money(share_of(total, row.percentage), currency, language_code)
            for currency, total in received.items()
        ]
        rows.append(AllocationRow(row.label, page.rendered[f"allocation-{index}"], row.percentage, amounts))
    totals = [format_money(total, currency, language_code) for currency, total in received.items()]
    return AllocationTable(year=year, rows=rows, totals=totals, currencies=list(received))
