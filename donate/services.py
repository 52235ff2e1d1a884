"""Writes outside the webhook path: the dated history of a project's status,
reversing a mistaken ledger entry, and a project becoming funded when the
ledger reaches its goal. (Ledger rows are otherwise written by the webhook
handlers and the offline-contribution admin only.)"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Donation, DonationProjectPage, ProjectStatusChange


def record_status_change(page, on=None, status: str | None = None) -> bool:
    """Append the page's status (or `status`) to its history if it differs from the last one.

    Returns whether a row was added. Called when a project is published and when
    money moves (a project becomes funded when the ledger reaches its goal).
    """
    status = status or page.effective_status()
    last = ProjectStatusChange.objects.filter(project_key=page.translation_key).order_by("-changed_on", "-pk").first()
    if last is not None and last.status == status:
        return False
    ProjectStatusChange.objects.create(
        project_key=page.translation_key, status=status, changed_on=on or timezone.localdate()
    )
    return True


def reverse_entry(entry: Donation, user=None, note: str = "") -> Donation:
    """Record the entry that cancels `entry` out (same project, intent and currency,
    the opposite amount). Rows are never edited or deleted; this is the only
    correction. An entry can be reversed once, and a reversal is not reversed.

    Raises:
        ValidationError: with a message for the admin when the entry cannot be reversed.
    """
    if not note.strip():
        raise ValidationError(_("Say why the entry is reversed: the note stays in the ledger."))
    with transaction.atomic():
        original = Donation.objects.select_for_update().get(pk=entry.pk)
        if original.kind == Donation.Kind.REVERSAL:
            raise ValidationError(_("A reversal cannot be reversed; record the original entry again instead."))
        if original.amount == 0:
            raise ValidationError(_("This entry moved no money, so there is nothing to reverse."))
        if Donation.objects.filter(reverses=original).exists():
            raise ValidationError(_("This entry has already been reversed."))
        reversal = Donation.objects.create(
            provider=original.provider,
            event_id=f"reversal:{original.pk}",
            event_type="ledger.reversal",
            kind=Donation.Kind.REVERSAL,
            project_key=original.project_key,
            intent=original.intent,
            amount=-original.amount,
            currency=original.currency,
            frequency=original.frequency,
            occurred_at=timezone.now(),
            is_test=original.is_test,
            reverses=original,
            note=note.strip(),
            recorded_by=user,
        )
    note_funding_change(original.project_key)
    return reversal


def note_funding_change(project_key) -> bool:
    """Append "funded" to a project's status history when the ledger has just
    reached its goal. Returns whether a change was recorded."""
    page = DonationProjectPage.objects.filter(translation_key=project_key).order_by("pk").first()
    if page is None:
        return False
    return record_status_change(page, status=page.effective_status())
