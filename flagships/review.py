"""Reviews of flagship programmes: recording them (writes), and the review
dates derived from them (computed in `models/review_dates.py`, read from here).
"""

from .models import FlagshipReview, RevisionReview
from .models.review_dates import (  # noqa: F401  (the read side, re-exported for the admin, API and reminders)
    ReviewState,
    compute_state,
    default_interval_days,
    overdue_keys,
    review_state_for,
    review_states,
    today,
)


def _person(user):
    return user if user is not None and getattr(user, "is_authenticated", False) else None


def record_review(page, user=None, approved_by=None) -> FlagshipReview:
    """Record that `user` reviewed the flagship now; counts for every locale copy."""
    approver = _person(approved_by)
    reviewer = _person(user)
    return FlagshipReview.objects.create(
        translation_key=page.translation_key,
        reviewed_by=reviewer,
        approved_by=approver if approver != reviewer else None,
        page=page,
    )


def review_ticked_on(revision) -> bool:
    return revision is not None and RevisionReview.objects.filter(revision=revision).exists()


def tick_review(revision, user, ticked: bool) -> None:
    """Keep (or clear) "I have reviewed this content" on `revision`."""
    if revision is None:
        return
    if ticked:
        RevisionReview.objects.get_or_create(revision=revision, defaults={"reviewed_by": _person(user)})
    else:
        RevisionReview.objects.filter(revision=revision, recorded__isnull=True).delete()


def approver_of(revision):
    """The moderator whose approval published `revision` through a workflow, or None."""
    from wagtail.models import TaskState

    state = (
        TaskState.objects.filter(revision=revision, status=TaskState.STATUS_APPROVED)
        .exclude(finished_by=None)
        .order_by("-finished_at")
        .select_related("finished_by")
        .first()
    )
    return state.finished_by if state else None


def record_review_of_published_revision(page, revision) -> FlagshipReview | None:
    """The revision just went live: turn the review ticked on it into a review record.

    Only when the page is actually live on this revision (Wagtail also sends
    `page_published` when a new page is merely scheduled, wagtail#13959) and
    never for an alias (it follows its source, whose own publish counts)."""
    if revision is None or page.alias_of_id or not page.live or page.live_revision_id != revision.pk:
        return None
    claims = RevisionReview.objects.filter(revision=revision, recorded__isnull=True)
    claim = claims.select_related("reviewed_by").first()
    if claim is None:
        return None
    review = record_review(page, claim.reviewed_by, approved_by=approver_of(revision))
    claim.recorded = review
    claim.save(update_fields=["recorded"])
    return review
