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
    """Whether the box is ticked on `revision` and not yet recorded as a review."""
    return revision is not None and RevisionReview.objects.filter(revision=revision, recorded__isnull=True).exists()


def approver_of(page, revision):
    """The moderator whose approval published `revision` through a workflow, or None.

    The last approval of a finished workflow on the page given after the revision
    was made: the submitted revision itself, or the moderator's own revision when
    they approved with edits (the task's state then points at the submitted one)."""
    from wagtail.models import TaskState, WorkflowState

    state = (
        TaskState.objects.for_instance(page)
        .filter(
            status=TaskState.STATUS_APPROVED,
            workflow_state__status=WorkflowState.STATUS_APPROVED,
            finished_at__gte=revision.created_at,
        )
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
    review = record_review(page, claim.reviewed_by, approved_by=approver_of(page, revision))
    claim.recorded = review
    claim.save(update_fields=["recorded"])
    return review
