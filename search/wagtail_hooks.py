from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.reports import ReportMenuItem

from .admin_views import IndexUpdateReportView


class ElasticsearchMenuItem(ReportMenuItem):
    """Only where there is an index to keep up to date."""

    def is_shown(self, request):
        return settings.SEARCH_BACKEND == "elasticsearch" and super().is_shown(request)


@hooks.register("register_admin_urls")
def register_index_report_urls():
    view = IndexUpdateReportView
    return [
        path("reports/search-index/", view.as_view(), name=view.index_url_name),
        path("reports/search-index/results/", view.as_view(results_only=True), name=view.index_results_url_name),
    ]


@hooks.register("register_reports_menu_item")
def register_index_report_menu_item():
    return ElasticsearchMenuItem(
        _("Search index"),
        reverse(IndexUpdateReportView.index_url_name),
        icon_name="search",
        order=910,
        permission=IndexUpdateReportView.report_permission,
    )
