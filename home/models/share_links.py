import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    return secrets.token_urlsafe(32)


class DraftShareLinkQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())


class DraftShareLink(models.Model):
    """A secret, expiring link that shows a page's latest draft to a reviewer
    without an account (a Member State focal point checking their project, say)."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="draft_share_links")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    objects = DraftShareLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("draft share link")

    def __str__(self):
        return f"Share link for page {self.page_id} until {self.expires_at:%Y-%m-%d}"

    @classmethod
    def create_for(cls, page, user, days: int):
        return cls.objects.create(page=page, created_by=user, expires_at=timezone.now() + timedelta(days=days))

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()

    def revoke(self):
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
