from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ScheduledPublishRefusal(models.Model):
    """A scheduled revision that could not go live because the publish checks refused it.

    The schedule is kept (the revision keeps its go-live time, and the next run of
    `publish_scheduled` tries again once the page is fixed); this row is what the
    dashboard lists, and it makes the owner's email go out once, not every run."""

    revision = models.OneToOneField("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    reasons = models.TextField(_("reasons"))
    first_refused_at = models.DateTimeField(_("first refused at"), default=timezone.now)
    last_tried_at = models.DateTimeField(_("last tried at"), default=timezone.now)
    owner_notified = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("scheduled publication refused")
        ordering = ["-last_tried_at"]

    def __str__(self):
        return f"revision {self.revision_id}: {self.reasons[:60]}"
