"""The durable queue of emails: one dispatch per issue, one delivery row per recipient.

The unique (dispatch, subscriber) pair means nobody can be queued for the same
issue twice; the delivery's state records how far each email got, so a worker
that dies half way is resumed without sending anyone the same issue again (see
briefs/sending.py for the state machine).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .subscribers import Audience


class Dispatch(models.Model):
    """The sending of one issue (all its languages) to its audience."""

    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("issue"), on_delete=models.PROTECT, related_name="+")
    # One dispatch per issue, whatever language copy the sender started from.
    translation_key = models.UUIDField(unique=True)
    audience = models.CharField(_("audience"), max_length=12, choices=Audience.choices)
    created_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recipients = models.PositiveIntegerField(_("recipients"), default=0)

    class Meta:
        verbose_name = _("dispatch")
        verbose_name_plural = _("dispatches")
        ordering = ["-created_at", "-pk"]
        permissions = [
            ("send_issue", _("Can send briefs and newsletters to subscribers")),
            ("view_send_report", _("Can see send reports")),
        ]

    def __str__(self):
        return f"{self.page} → {self.get_audience_display()}"


class Delivery(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        CLAIMED = "claimed", _("Claimed by a worker")  # not attempted yet: safe to give back
        SENDING = "sending", _("Being sent")  # handed to the mail server: may have gone out
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        BOUNCED = "bounced", _("Bounced")
        UNKNOWN = "unknown", _("Not confirmed as sent")  # interrupted while sending: never retried
        SKIPPED = "skipped", _("Skipped (unsubscribed before sending)")

    dispatch = models.ForeignKey(Dispatch, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey("briefs.Subscriber", on_delete=models.CASCADE, related_name="deliveries")
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    claimed_by = models.CharField(max_length=64, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(fields=["dispatch", "subscriber"], name="briefs_one_delivery_per_issue"),
        ]
        indexes = [
            models.Index(fields=["state", "next_attempt_at"], name="briefs_delivery_due"),
            models.Index(fields=["dispatch", "state"], name="briefs_delivery_report"),
        ]

    def __str__(self):
        return f"{self.dispatch_id} → {self.subscriber_id} ({self.state})"
