import json
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .translation_review import translated_draft


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
    # Set for a headless preview: the editor's unsaved form state, serialised as
    # a revision would be. Empty for share links, which show the latest draft.
    content = models.JSONField(null=True, blank=True, editable=False)

    objects = DraftShareLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("draft share link")

    def __str__(self):
        return f"Share link for page {self.page_id} until {self.expires_at:%Y-%m-%d}"

    @classmethod
    def create_for(cls, page, user, days: int):
        return cls.objects.create(page=page, created_by=user, expires_at=timezone.now() + timedelta(days=days))

    @classmethod
    def create_preview(cls, page, user, minutes: int):
        """A short-lived token for a headless front end to fetch what the editor is previewing."""
        return cls.objects.create(
            page_id=page.pk,
            created_by=user if getattr(user, "is_authenticated", False) else None,
            expires_at=timezone.now() + timedelta(minutes=minutes),
            # Encoded as Wagtail encodes revisions: dates, Decimals and UUIDs become
            # strings that `with_content_json` reads back (json.dumps alone refuses them).
            content=json.loads(json.dumps(page.serializable_data(), cls=DjangoJSONEncoder)),
        )

    def previewed_page(self):
        """The page as the link shows it: the previewed form state, or the latest
        draft (of a translation, the draft in its language: see `translated_draft`)."""
        page = self.page.specific
        if self.content is not None:
            return page.with_content_json(self.content)
        return translated_draft(page)

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()

    def revoke(self):
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
