"""Money: what donors asked to give, what providers confirmed, what arrived offline.

Nothing here is edited in place or deleted. A refund is a negative row, a
correction of an offline contribution is a new row; totals are sums.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..currencies import CURRENCY_CHOICES
from .choices import Frequency, ProjectStatus


class AppendOnlyModel(models.Model):
    """Rows that, once written, stay as they are (an audit trail)."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValidationError(_("Ledger rows cannot be changed; record a correcting row instead."))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError(_("Ledger rows cannot be deleted; record a correcting row instead."))


class DonationIntent(models.Model):
    """A donor's request to give, before the provider has confirmed anything.

    Holds donor data (the email for the receipt): it never leaves the admin.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        COMPLETED = "completed", _("Completed")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled at checkout")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    project_key = models.UUIDField(_("project"), db_index=True, help_text=_("The project's translation key."))
    project = models.ForeignKey(
        "donate.DonationProjectPage",
        verbose_name=_("project page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The language version the donor gave from."),
    )
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCY_CHOICES)
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.ONE_OFF)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    donor_email = models.EmailField(_("donor email"), blank=True)
    language_code = models.CharField(max_length=10, default="en")
    provider = models.CharField(_("provider"), max_length=20)
    provider_session_id = models.CharField(max_length=255, blank=True)
    provider_payment_id = models.CharField(max_length=255, blank=True, db_index=True)
    provider_subscription_id = models.CharField(max_length=255, blank=True, db_index=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    subscription_cancelled_at = models.DateTimeField(_("monthly gift cancelled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("donation intent")
        verbose_name_plural = _("donation intents")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.amount} {self.currency} ({self.get_status_display()})"

    @property
    def designation(self) -> str:
        """The reference the provider carries, so the finance team sees which project a payment is for."""
        return f"project:{self.project_key}"


class Donation(AppendOnlyModel):
    """One provider event in the ledger: a gift, a refund (negative), a failed
    payment or a cancelled monthly gift (zero). Unique by provider event id, so a
    replayed webhook can never be counted twice."""

    class Kind(models.TextChoices):
        GIFT = "gift", _("Gift")
        REFUND = "refund", _("Refund")
        FAILED = "failed", _("Failed payment")
        CANCELLATION = "cancellation", _("Monthly gift cancelled")

    provider = models.CharField(_("provider"), max_length=20)
    event_id = models.CharField(_("provider event id"), max_length=255)
    event_type = models.CharField(_("provider event type"), max_length=100)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    project_key = models.UUIDField(_("project"))
    intent = models.ForeignKey(
        DonationIntent, verbose_name=_("intent"), null=True, on_delete=models.PROTECT, related_name="ledger_rows"
    )
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3)
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.ONE_OFF)
    occurred_at = models.DateTimeField(_("occurred at"))
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        verbose_name = _("ledger entry")
        verbose_name_plural = _("ledger")
        ordering = ["-occurred_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["provider", "event_id"], name="donate_unique_provider_event"),
        ]
        # Covers the progress aggregate (filter by project, group by currency, sum amount)
        # so it reads the index alone, never the table.
        indexes = [models.Index(fields=["project_key", "currency", "amount"], name="donate_ledger_totals")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.amount} {self.currency}"


class OfflineContribution(AppendOnlyModel):
    """Money that arrived outside the website (a grant, a bank transfer),
    recorded by a donation manager. Corrections are new rows (negative amounts
    allowed), never edits."""

    project_key = models.UUIDField(_("project"), db_index=True)
    received_on = models.DateField(_("date received"))
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCY_CHOICES)
    source = models.CharField(_("source"), max_length=200, help_text=_("Who gave it, e.g. a foundation's name."))
    note = models.TextField(_("note"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("offline contribution")
        verbose_name_plural = _("offline contributions")
        ordering = ["-received_on", "-pk"]

    def __str__(self):
        return f"{self.amount} {self.currency} from {self.source}"


class ProjectStatusChange(AppendOnlyModel):
    """When a project became open, funded or closed; appended on publish when
    the status differs from the last one, so "became funded this month" stays answerable."""

    project_key = models.UUIDField(_("project"), db_index=True)
    status = models.CharField(_("status"), max_length=10, choices=ProjectStatus.choices)
    changed_on = models.DateField(_("changed on"))
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("project status change")
        ordering = ["changed_on", "pk"]

    def __str__(self):
        return f"{self.get_status_display()} ({self.changed_on})"
