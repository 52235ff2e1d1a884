"""Write-side of the donate app that is not the ledger's own: the dated history
of a project's status. (Ledger rows are written by the webhook handlers and the
offline-contribution admin only.)"""

from django.utils import timezone

from .models import ProjectStatusChange


def record_status_change(page, on=None) -> bool:
    """Append the page's status to its history if it differs from the last one.

    Returns whether a row was added. Called when a project is published.
    """
    last = ProjectStatusChange.objects.filter(project_key=page.translation_key).order_by("-changed_on", "-pk").first()
    if last is not None and last.status == page.status:
        return False
    ProjectStatusChange.objects.create(
        project_key=page.translation_key, status=page.status, changed_on=on or timezone.localdate()
    )
    return True
