from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column

from core.reports import CalendarDateColumn, ProtectedReportView

from .models import WebhookDelivery

STATUS_CHOICES = [
    ("failing", _("Failing")),
    ("gave_up", _("Gave up")),
    ("delivered", _("Delivered")),
    ("pending", _("Pending")),
]


class DeliveryFilterSet(WagtailFilterSet):
    status = ChoiceFilter(label=_("Status"), choices=STATUS_CHOICES, method="filter_status", empty_label=_("All"))

    class Meta:
        model = WebhookDelivery
        fields = ["event"]

    def filter_status(self, queryset, name, value):
        return {
            "failing": queryset.failing().filter(gave_up=False),
            "gave_up": queryset.filter(gave_up=True),
            "delivered": queryset.filter(delivered_at__isnull=False),
            "pending": queryset.filter(delivered_at__isnull=True, attempts=0),
        }.get(value, queryset)


class WebhookDeliveryReportView(ProtectedReportView):
    """Every notice and its fate, failures first to see: the admin's window on the outbox.
    Receiver URLs often embed credentials, so only holders of the view permission see it."""

    report_permission = "webhooks.view_webhookdelivery"

    page_title = _("Publish webhooks")
    header_icon = "resubmit"
    index_url_name = "webhook_deliveries"
    index_results_url_name = "webhook_deliveries_results"
    filterset_class = DeliveryFilterSet
    columns = [
        Column("event", label=_("Event")),
        Column("url", label=_("URL")),
        Column("status", label=_("Status")),
        Column("attempts", label=_("Attempts")),
        Column("last_error", label=_("Last error")),
        CalendarDateColumn("created_at", label=_("Created")),
        CalendarDateColumn("next_attempt_at", label=_("Next attempt")),
    ]
    list_export = ["created_at", "event", "url", "status", "attempts", "last_status", "last_error", "delivered_at"]

    def get_queryset(self):
        return WebhookDelivery.objects.all()
