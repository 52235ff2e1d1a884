"""The admin report "Flagships due for review"."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from core.reports import CalendarDateColumn, ProtectedReportView

from .review_queue import review_queue


class TitleColumn(Column):
    cell_template_name = "flagships/admin/title_cell.html"


class FlagshipsDueForReviewView(ProtectedReportView):
    page_title = _("Flagships due for review")
    header_icon = "time"
    index_url_name = "flagships_review_report"
    index_results_url_name = "flagships_review_report_results"
    results_template_name = "flagships/admin/review_report_results.html"
    # Editors and moderators hold it (flagships migration 0003); owners and contacts also get reminders.
    report_permission = "flagships.view_flagshipreview"
    paginate_by = 50
    columns = [
        TitleColumn("title", label=_("Flagship"), accessor="page"),
        Column("status", label=_("Review"), accessor=lambda row: _status(row)),
        CalendarDateColumn("last_reviewed_on", label=_("Last reviewed"), accessor="state.last_reviewed_on"),
        CalendarDateColumn("review_due_on", label=_("Review due"), accessor="state.review_due_on"),
        Column("owner", label=_("Owner"), accessor=lambda row: _owner(row)),
        Column("contacts", label=_("Contact"), accessor=lambda row: ", ".join(str(c) for c in row.contacts)),
    ]
    list_export = ["page.title", "state.last_reviewed_on", "state.review_due_on", "state.is_overdue", "owner"]
    export_headings = {
        "page.title": _("Flagship"),
        "state.last_reviewed_on": _("Last reviewed"),
        "state.review_due_on": _("Review due"),
        "state.is_overdue": _("Overdue"),
        "owner": _("Owner"),
    }

    def get_queryset(self):
        return review_queue()

    def get_filename(self):
        return "flagships-due-for-review"


def _status(row) -> str:
    if row.state.is_overdue:
        return _("Overdue by %(days)d days") % {"days": row.state.days_overdue}
    if row.state.review_due_on is None:
        return _("Not published yet")
    return _("Up to date")


def _owner(row) -> str:
    owner = row.owner
    if owner is None:
        return "—"
    name = owner.get_full_name() or owner.get_username()
    return f"{name} <{owner.email}>" if owner.email else name
