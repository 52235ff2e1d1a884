from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.reports import ReportMenuItem

from .views import WebhookDeliveryReportView


@hooks.register("register_admin_urls")
def register_delivery_report_urls():
    view = WebhookDeliveryReportView
    return [
        path("reports/webhooks/", view.as_view(), name=view.index_url_name),
        path("reports/webhooks/results/", view.as_view(results_only=True), name=view.index_results_url_name),
    ]


@hooks.register("register_reports_menu_item")
def register_delivery_report_menu_item():
    return ReportMenuItem(
        _("Publish webhooks"),
        reverse(WebhookDeliveryReportView.index_url_name),
        icon_name="resubmit",
        order=900,
        permission=WebhookDeliveryReportView.report_permission,
    )
