"""Reviews and reminders, kept apart from the page.

Both are keyed to the flagship's `translation_key`: the six locale copies are
one programme, reviewed once. A date field on the page would not survive:
publishing rebuilds the page from its revision and wagtail-localize copies
fields from the source, either of which silently undoes it.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class FlagshipReview(models.Model):
    translation_key = models.UUIDField(_("flagship"), db_index=True)
    reviewed_at = models.DateTimeField(_("reviewed at"), default=timezone.now)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Who approved the revision that carried the review (a workflow's moderator), if not the reviewer.
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The copy the editor published, for the audit trail; the review counts for every copy.
    page = models.ForeignKey(
        "flagships.FlagshipPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("flagship review")
        ordering = ["-reviewed_at"]

    def __str__(self):
        return f"{self.translation_key} @ {self.reviewed_at:%Y-%m-%d}"


class ReviewReminder(models.Model):
    """One reminder sent for one overdue flagship: what makes the command idempotent."""

    translation_key = models.UUIDField(_("flagship"))
    sent_on = models.DateField(_("sent on"))
    review_due_on = models.DateField(_("review was due on"))
    recipients = models.TextField(_("recipients"), help_text=_("Comma-separated email addresses."))

    class Meta:
        verbose_name = _("review reminder")
        ordering = ["-sent_on"]
        constraints = [
            models.UniqueConstraint(fields=["translation_key", "sent_on"], name="one_reminder_per_flagship_per_day")
        ]

    def __str__(self):
        return f"{self.translation_key} @ {self.sent_on}"


class RevisionReview(models.Model):
    """ "I have reviewed this content", ticked on one revision of a flagship.

    Kept apart from the page, keyed to the revision: a page field would be
    copied into translations and into every later revision. It becomes a
    `FlagshipReview` when this revision actually goes live, whoever publishes,
    approves or schedules it (flagships.signals)."""

    revision = models.OneToOneField(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="flagship_review_claim"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ticked_at = models.DateTimeField(default=timezone.now)
    # Set when the revision went live and the review was recorded; never recorded twice.
    recorded = models.ForeignKey(FlagshipReview, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("review ticked on a revision")

    def __str__(self):
        return f"revision {self.revision_id}"

    @classmethod
    def keep_box(cls, revision, previous, user, ticked: bool) -> None:
        """Keep the box as the form that saved `revision` left it.

        A box left ticked keeps whose tick it was: a moderator who approves with
        edits saves a revision of their own, and the submitter's review still
        counts when it goes live. A box newly ticked is `user`'s. A box cleared
        removes the tick not yet recorded (an autosave overwrites its revision)."""
        if not ticked:
            cls.objects.filter(revision=revision, recorded__isnull=True).delete()
            return
        kept = None
        if previous is not None and previous.pk != revision.pk:
            kept = cls.objects.filter(revision=previous, recorded__isnull=True).select_related("reviewed_by").first()
        reviewer = kept.reviewed_by if kept else (user if getattr(user, "is_authenticated", False) else None)
        cls.objects.get_or_create(revision=revision, defaults={"reviewed_by": reviewer})
