"""The one base of every admin report: an explicit permission and safe exports.

A report lists data that is not on the public site (counts, delivery URLs that
often embed secrets, money, review owners). Wagtail's `ReportView` lets in
whoever may open the admin unless the subclass remembers a policy; here the
permission is a required class attribute, checked before anything is read,
and the menu item is hidden from whoever lacks it.
"""

from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from .exports import SafeSpreadsheetExportMixin


class ReportPermissionMixin:
    """The permission part of a report, for the few reports that are not tables
    (a page of their own template); tables subclass ProtectedReportView.

    Attributes:
        report_permission: "app_label.codename" the user must hold (superusers
            hold every permission). Required: a report without one does not load.
    """

    report_permission: str = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("is_report_base"):
            return
        if not cls.report_permission or "." not in cls.report_permission:
            raise ImproperlyConfigured(f"{cls.__name__} must name its report_permission as 'app_label.codename'.")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.report_permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ProtectedReportView(ReportPermissionMixin, SafeSpreadsheetExportMixin, ReportView):
    """Subclass this for every admin report, naming its `report_permission`."""

    is_report_base = True  # a base to subclass, not a report: it names no permission


class ReportMenuItem(MenuItem):
    """A Reports menu entry shown only to users who may open the report."""

    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class CalendarDateColumn(Column):
    """A date shown as a date ("29 Nov 2026"), in the admin user's language.

    Wagtail's DateColumn shows time since ("17 hours ago", "Just now"), which
    reads wrongly for a day (a review due today) and for any future date (a
    review due in 90 days, a webhook's next attempt)."""

    cell_template_name = "core/admin/calendar_date_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        import datetime

        context = super().get_cell_context_data(instance, parent_context)
        context["with_time"] = isinstance(context.get("value"), datetime.datetime)
        return context
