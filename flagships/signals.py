"""Receivers of the flagships app."""


def record_review_on_publish(sender, instance, revision=None, **kwargs):
    """A revision carrying "I have reviewed this content" went live: record the review.

    The signal carries no user: the reviewer is who ticked the box on the
    revision, the approver comes from the workflow's task state."""
    if kwargs.get("alias"):
        return
    from .review import record_review_of_published_revision

    record_review_of_published_revision(instance, revision)
