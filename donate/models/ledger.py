"""Money: what donors asked to give, what providers confirmed, what arrived offline.

Nothing here is edited in place or deleted. A refund is a negative row, a
correction of an offline contribution is a new row; totals are sums.
"""

import secrets
import uuid
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..currencies import CURRENCY_CHOICES
from .choices import Frequency, ProjectStatus

# The ledger's amount columns hold 14 digits, 2 after the point: at most 12 before it.
AMOUNT_DIGITS = 14
AMOUNT_PLACES = 2
AMOUNT_LIMIT = Decimal(10) ** (AMOUNT_DIGITS - AMOUNT_PLACES)


def amount_within_digits(field: str = "amount") -> models.CheckConstraint:
    """A row whose amount does not fit the column would make every read of the
    table fail (SQLite stores 1e20 happily, then Django cannot quantize it):
    refused by the database itself, whatever path wrote it."""
    return models.CheckConstraint(
        condition=models.Q(**{f"{field}__gt": -AMOUNT_LIMIT, f"{field}__lt": AMOUNT_LIMIT}),
        name="%(app_label)s_%(class)s_" + f"{field}_within_digits",
    )


class AppendOnlyModel(models.Model):
    """Rows that, once written, stay as they are (an audit trail)."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValidationError(_("Ledger rows cannot be changed; record a correcting row instead."))
        # Every path that writes a row (webhook, admin, shell) gets the field
        # checks: max digits, decimal places, choices, lengths.
        self.clean_fields()
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
    donate_page = models.ForeignKey(
        "donate.DonatePage",
        verbose_name=_("general fund page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Set for a general (unrestricted) gift: the language version the donor gave from."),
    )
    is_general = models.BooleanField(_("general gift"), default=False)
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCY_CHOICES)
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.ONE_OFF)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    donor_email = models.EmailField(_("donor email"), blank=True)
    language_code = models.CharField(max_length=10, default="en")
    # Set when a headless front end started the gift (the giving API): where the
    # donor goes back to after the checkout, on an origin of CORS_ALLOWED_ORIGINS.
    # Blank: the site's own thank-you and cancelled pages.
    return_url = models.URLField(_("return URL"), max_length=2000, blank=True)
    cancel_url = models.URLField(_("cancel URL"), max_length=2000, blank=True)
    provider = models.CharField(_("provider"), max_length=20)
    provider_session_id = models.CharField(max_length=255, blank=True)
    provider_payment_id = models.CharField(max_length=255, blank=True, db_index=True)
    provider_subscription_id = models.CharField(max_length=255, blank=True, db_index=True)
    is_test = models.BooleanField(
        _("test gift"),
        default=False,
        help_text=_(
            "Made through the sandbox: no money moved. Left out of public totals unless the site is in debug mode."
        ),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    subscription_cancelled_at = models.DateTimeField(_("monthly gift cancelled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("donation intent")
        verbose_name_plural = _("donation intents")
        ordering = ["-created_at"]
        constraints = [
            amount_within_digits(),
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="donate_intent_amount_positive"),
        ]

    def __str__(self):
        return f"{self.amount} {self.currency} ({self.get_status_display()})"

    @property
    def designation(self) -> str:
        """The reference the provider carries, so the finance team sees which project a payment is for."""
        return f"{'general' if self.is_general else 'project'}:{self.project_key}"

    @property
    def reference(self) -> str:
        """A short reference a donor can read out on the phone (the first 8 hex digits of the id)."""
        return f"D-{self.pk.hex[:8].upper()}"

    def url_after_checkout(self, completed: bool) -> str:
        """The front end's return (or cancel) URL with `intent=<id>`, or "" for the site's own pages."""
        url = self.return_url if completed else self.cancel_url
        if not url:
            return ""
        separator = "&" if "?" in url else "?"
        return f"{url}{separator}intent={self.pk}"

    def purpose(self) -> str:
        """What the gift is for, in the active language: the project's title as the
        donor read it, or the general fund. Never the raw designation."""
        if self.is_general:
            return str(_("Where it is needed most (general fund)"))
        if self.project is not None:
            return self.project.title
        return str(_("A project that is no longer published"))


class Donation(AppendOnlyModel):
    """One provider event in the ledger: a gift, a refund (negative), a failed
    payment or a cancelled monthly gift (zero). Unique by provider event id, so a
    replayed webhook can never be counted twice."""

    class Kind(models.TextChoices):
        GIFT = "gift", _("Gift")
        REFUND = "refund", _("Refund")
        FAILED = "failed", _("Failed payment")
        CANCELLATION = "cancellation", _("Monthly gift cancelled")
        REVERSAL = "reversal", _("Reversal of a mistaken entry")

    provider = models.CharField(_("provider"), max_length=20)
    event_id = models.CharField(_("provider event id"), max_length=255)
    event_type = models.CharField(_("provider event type"), max_length=100)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    project_key = models.UUIDField(_("project"))
    intent = models.ForeignKey(
        DonationIntent,
        verbose_name=_("intent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ledger_rows",
    )
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3)
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.ONE_OFF)
    occurred_at = models.DateTimeField(_("occurred at"))
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)
    is_test = models.BooleanField(
        _("test gift"),
        default=False,
        help_text=_("Recorded through the sandbox: no money moved. Left out of public totals unless in debug mode."),
    )
    reverses = models.OneToOneField(
        "self",
        verbose_name=_("reverses"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reversed_by",
        help_text=_("The mistaken entry this one cancels out (each entry can be reversed once)."),
    )
    note = models.TextField(_("note"), blank=True, help_text=_("Why a reversal was recorded."))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )

    class Meta:
        verbose_name = _("ledger entry")
        verbose_name_plural = _("ledger")
        ordering = ["-occurred_at", "-pk"]
        permissions = [("reverse_donation", _("Can record a reversing ledger entry"))]
        constraints = [
            models.UniqueConstraint(fields=["provider", "event_id"], name="donate_unique_provider_event"),
            amount_within_digits(),
        ]
        # Covers the progress aggregate (filter by project and test flag, group by currency,
        # sum amount) so it reads the index alone, never the table.
        # is_test is in it because public totals leave test gifts out (selectors.counted_donations).
        indexes = [
            models.Index(fields=["project_key", "is_test", "currency", "amount"], name="donate_ledger_counted_totals")
        ]

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
        constraints = [amount_within_digits()]

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


class RefusedEvent(models.Model):
    """A webhook delivery the ledger refused, and why: a provider's retries and an
    attack both show here. Written outside the refused transaction, read-only in
    the admin. What the delivery claimed is stored as text, cut to the column."""

    provider = models.CharField(_("provider"), max_length=20)
    event_id = models.CharField(
        _("claimed event id"),
        max_length=255,
        blank=True,
        help_text=_(
            "As the delivery claimed it: blank when missing or unreadable, unverified when the signature failed."
        ),
    )
    event_type = models.CharField(_("claimed event type"), max_length=100, blank=True)
    reason = models.TextField(_("reason"))
    signature_valid = models.BooleanField(_("signature valid"), default=False)
    client_address = models.CharField(_("client address"), max_length=64, blank=True)
    received_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("refused webhook event")
        verbose_name_plural = _("refused webhook events")
        ordering = ["-received_at", "-pk"]

    def __str__(self):
        return f"{self.event_id or '?'}: {self.reason}"


class InstallationSecret(models.Model):
    """A random secret made once per installation (the sandbox's webhook signing
    secret), so no two deployments share one and none is derived from a key that
    may be public (the dev settings' SECRET_KEY is in the repository)."""

    name = models.CharField(max_length=50, unique=True)
    value = models.CharField(max_length=128)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("installation secret")

    def __str__(self):
        return self.name

    @classmethod
    def get(cls, name: str) -> str:
        """The secret called `name`, made on first use. Two processes making it at
        once both end with the one that was stored first."""
        row = cls.objects.filter(name=name).first()
        if row is not None:
            return row.value
        try:
            with transaction.atomic():
                return cls.objects.create(name=name, value=secrets.token_hex(32)).value
        except IntegrityError:
            return cls.objects.get(name=name).value
