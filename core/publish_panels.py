"""The dashboard panel of scheduled pages the publish checks refused at go-live."""

from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from .models import ScheduledPublishRefusal
from .publish_paths import refusal_text, revision_errors


def refusals_for(user, limit: int = 20) -> list[dict]:
    """Refused revisions still scheduled, of pages `user` may edit (three queries,
    and the checks of each one listed, run again for its reasons)."""
    rows = list(
        ScheduledPublishRefusal.objects.filter(revision__approved_go_live_at__isnull=False)
        .select_related("revision")
        .order_by("-last_tried_at")[:limit]
    )
    ids = [row.revision.object_id for row in rows]
    pages = {str(page.pk): page for page in Page.objects.filter(pk__in=ids)}
    found = []
    for row in rows:
        page = pages.get(row.revision.object_id)
        if page is not None and page.permissions_for_user(user).can_edit():
            found.append(
                {
                    "title": page.get_admin_display_title(),
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                    "reasons": reasons_now(row),
                }
            )
    return found


def reasons_now(refusal) -> str:
    """The refusal's reasons in the reader's language: the checks are run again on
    the refused revision (the stored text is in the language of the night's run)."""
    error = revision_errors(refusal.revision)
    return refusal_text(error) if error is not None else refusal.reasons


class ScheduledRefusalsPanel(Component):
    name = "scheduled_refusals"
    template_name = "core/admin/scheduled_refusals_panel.html"
    order = 80

    def __init__(self, refusals):
        self.refusals = refusals

    def get_context_data(self, parent_context=None):
        return {"refusals": self.refusals}
