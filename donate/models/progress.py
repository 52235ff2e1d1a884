"""Funding progress, derived from the ledger and the offline contributions.

It lives with the models because a project page answers `progress()` itself;
`donate.selectors` re-exports these for the API, the templates and other apps.
Each function runs a fixed number of queries, whatever the row count."""

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Sum

from .. import conf
from .ledger import Donation, OfflineContribution

ZERO = Decimal("0.00")


def counted_donations():
    """Ledger rows that count as money received: test gifts (the sandbox) only in
    debug mode, so a staging site never shows money that was never paid."""
    rows = Donation.objects.all()
    return rows if conf.count_test_gifts() else rows.filter(is_test=False)


def received_totals(project_keys) -> dict:
    """{(project_key, currency): amount received} from the ledger plus offline
    contributions, in one query. Keyed by currency because different currencies are never added."""
    keys = list(project_keys)
    totals: dict = defaultdict(lambda: ZERO)
    if not keys:
        return {}
    ledger, offline = (
        queryset.filter(project_key__in=keys)
        .values_list("project_key", "currency")
        .annotate(total=Sum("amount"))
        .order_by()
        for queryset in (counted_donations(), OfflineContribution.objects.all())
    )
    # One statement: each side sums on its own index, the two are added here.
    for project_key, currency, total in ledger.union(offline, all=True):
        totals[(project_key, currency)] += total or ZERO
    return dict(totals)


@dataclass(frozen=True)
class Progress:
    goal: Decimal | None
    received: Decimal
    currency: str

    @property
    def gap(self) -> Decimal:
        return max((self.goal or ZERO) - self.received, ZERO)

    @property
    def percent(self) -> int:
        """Whole percent for the progress bar, within 0..100 (a project may be over-funded)."""
        if not self.goal:
            return 0
        return max(0, min(int(self.received * 100 / self.goal), 100))


def progress_for(projects) -> dict:
    """{translation_key: Progress} for the given project pages, in one query."""
    projects = list(projects)
    totals = received_totals({page.translation_key for page in projects})
    return {
        page.translation_key: Progress(
            goal=page.goal_amount,
            received=totals.get((page.translation_key, page.currency), ZERO),
            currency=page.currency,
        )
        for page in projects
    }
