from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DeliveryQuerySet(models.QuerySet):
    def due(self, now=None):
        now = now or timezone.now()
        return self.filter(delivered_at__isnull=True, gave_up=False, next_attempt_at__lte=now)

    def failing(self):
        return self.filter(delivered_at__isnull=True).exclude(last_error="")


class WebhookDelivery(models.Model):
    """One notice to one URL: an outbox row written in the same transaction as the
    publish, so a crash between the two can neither lose nor invent a notice."""

    url = models.URLField(_("URL"), max_length=500)
    event = models.CharField(_("event"), max_length=40)
    payload = models.JSONField(_("payload"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now, db_index=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    last_status = models.PositiveSmallIntegerField(_("last HTTP status"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    gave_up = models.BooleanField(_("gave up"), default=False)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self):
        return f"{self.event} → {self.url}"

    @property
    def status(self) -> str:
        if self.delivered_at:
            return _("delivered")
        if self.gave_up:
            return _("gave up")
        return _("retrying") if self.attempts else _("pending")

    def backoff(self) -> timedelta:
        """1, 2, 4 ... minutes after each failure, at most six hours."""
        return timedelta(minutes=min(2 ** max(self.attempts - 1, 0), 360))
