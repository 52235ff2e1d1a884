"""Review dates derived from the review records.

A flagship (all its locale copies, one `translation_key`) is due for review
`interval` days after its last review, or after it was first published if it
has never been reviewed. It is overdue from the day after that date.

Part of the model layer because a flagship page answers its own `review_state`;
`flagships.review` re-exports these for the admin, the API and the reminders.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.db.models import Max, Min
from django.utils import timezone
from wagtail.models import Page

from home.models import OrganisationSettings
from home.models.review_interval import add_days, clamped_interval

from .reviews import FlagshipReview


@dataclass(frozen=True)
class ReviewState:
    last_reviewed_on: date | None
    review_due_on: date | None
    is_overdue: bool
    interval_days: int
    checked_on: date

    @property
    def days_overdue(self) -> int:
        return (self.checked_on - self.review_due_on).days if self.is_overdue else 0


def today() -> date:
    return timezone.localdate()


def default_interval_days() -> int:
    """The organisation's setting (editable in the admin), else the deployment's."""
    value = (
        OrganisationSettings.objects.filter(site__is_default_site=True)
        .values_list("default_review_interval_days", flat=True)
        .first()
    )
    return value or settings.FLAGSHIP_REVIEW_INTERVAL_DAYS


def _local_date(moment: datetime | None) -> date | None:
    return timezone.localdate(moment) if moment is not None else None


def compute_state(
    last_reviewed_at: datetime | None, first_published_at: datetime | None, interval_days: int, on: date
) -> ReviewState:
    # Clamped: a row or revision stored before the bound existed (or a setting
    # typed by hand) must still give a date, never an OverflowError on every page.
    interval_days = clamped_interval(interval_days)
    last_reviewed_on = _local_date(last_reviewed_at)
    baseline = last_reviewed_on or _local_date(first_published_at)
    due = add_days(baseline, interval_days) if baseline else None
    return ReviewState(
        last_reviewed_on=last_reviewed_on,
        review_due_on=due,
        is_overdue=due is not None and on > due,
        interval_days=interval_days,
        checked_on=on,
    )


def review_states(pages, *, default_days: int | None = None) -> dict:
    """{translation_key: ReviewState} for `pages` (anything with `translation_key`
    and `review_interval_days`), in three queries whatever their number."""
    pages = list(pages)
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    default_days = default_days or default_interval_days()
    last_reviews = dict(
        FlagshipReview.objects.filter(translation_key__in=keys)
        .values("translation_key")
        .annotate(last=Max("reviewed_at"))
        .values_list("translation_key", "last")
    )
    # The base page table: every page sharing a flagship's translation_key is one of its locale copies.
    first_published = dict(
        Page.objects.filter(translation_key__in=keys)
        .values("translation_key")
        .annotate(first=Min("first_published_at"))
        .values_list("translation_key", "first")
    )
    on = today()
    return {
        page.translation_key: compute_state(
            last_reviews.get(page.translation_key),
            first_published.get(page.translation_key),
            page.review_interval_days or default_days,
            on,
        )
        for page in pages
    }


def review_state_for(page) -> ReviewState:
    return review_states([page])[page.translation_key]


def overdue_keys(queryset) -> set:
    """Translation keys of the flagships in `queryset` that are overdue."""
    rows = list(queryset.values("translation_key", "review_interval_days").order_by())

    class Row:
        def __init__(self, row):
            self.translation_key = row["translation_key"]
            self.review_interval_days = row["review_interval_days"]

    states = review_states([Row(row) for row in rows])
    return {key for key, state in states.items() if state.is_overdue}
