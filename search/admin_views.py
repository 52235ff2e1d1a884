"""The admin's window on the Elasticsearch outbox: what waits to reach the index,
what failed and why (Reports → Search index, shown with the Elasticsearch backend)."""

from django.utils.translation import gettext_lazy as _
from django_filters import ChoiceFilter
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn

from core.reports import ProtectedReportView

from .models import IndexUpdate

STATUS_CHOICES = [("failing", _("Failing")), ("pending", _("Pending")), ("sent", _("Sent"))]


class IndexUpdateFilterSet(WagtailFilterSet):
    status = ChoiceFilter(label=_("Status"), choices=STATUS_CHOICES, method="filter_status", empty_label=_("All"))

    class Meta:
        model = IndexUpdate
        fields = ["kind"]

    def filter_status(self, queryset, name, value):
        return {
            "failing": queryset.filter(sent_at__isnull=True, attempts__gt=0),
            "pending": queryset.filter(sent_at__isnull=True, attempts=0),
            "sent": queryset.filter(sent_at__isnull=False),
        }.get(value, queryset)


class IndexUpdateReportView(ProtectedReportView):
    # Errors name indices and cluster internals: no group holds this permission,
    # so administrators see the report, and whoever they grant it to.
    report_permission = "search.view_indexupdate"
    page_title = _("Search index")
    header_icon = "search"
    index_url_name = "search_index_updates"
    index_results_url_name = "search_index_updates_results"
    filterset_class = IndexUpdateFilterSet
    columns = [
        DateColumn("created_at", label=_("Created")),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        Column("pages", label=_("Pages")),
        Column("status", label=_("Status")),
        Column("attempts", label=_("Attempts")),
        Column("last_error", label=_("Last error")),
        DateColumn("next_attempt_at", label=_("Next attempt")),
        DateColumn("sent_at", label=_("Sent")),
    ]
    list_export = ["created_at", "kind", "pages", "status", "attempts", "last_error", "next_attempt_at", "sent_at"]

    def get_queryset(self):
        return IndexUpdate.objects.order_by("-created_at", "-pk")
