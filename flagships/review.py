"""Reviews of flagship programmes: recording them (writes), and the review
dates derived from them (computed in `models/review_dates.py`, read from here).
"""

from .models import FlagshipReview
from .models.review_dates import (  # noqa: F401  (the read side, re-exported for the admin, API and reminders)
    ReviewState,
    compute_state,
    default_interval_days,
    overdue_keys,
    review_state_for,
    review_states,
    today,
)


def record_review(page, user=None) -> FlagshipReview:
    """Record that `user` reviewed the flagship now; counts for every locale copy."""
    return FlagshipReview.objects.create(
        translation_key=page.translation_key, reviewed_by=user if user and user.is_authenticated else None, page=page
    )
