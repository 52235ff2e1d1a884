from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from core.reports import ReportMenuItem

from .admin_views import (
    AppendOnlyPermissionPolicy,
    FundingReportView,
    LedgerReportView,
    OfflineContributionViewSet,
    RefusedEventReportView,
    reverse_ledger_entry,
)
from .models import Donation, OfflineContribution, RefusedEvent

register_permission_policy(Donation, AppendOnlyPermissionPolicy(Donation))
register_permission_policy(OfflineContribution, AppendOnlyPermissionPolicy(OfflineContribution))
register_permission_policy(RefusedEvent, AppendOnlyPermissionPolicy(RefusedEvent))

offline_contributions = OfflineContributionViewSet("donate_offline")


@hooks.register("register_admin_viewset")
def register_offline_contributions():
    return offline_contributions


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("donate/ledger/", LedgerReportView.as_view(), name="donate_ledger"),
        path("donate/ledger/results/", LedgerReportView.as_view(results_only=True), name="donate_ledger_results"),
        path("donate/funding/", FundingReportView.as_view(), name="donate_funding_report"),
        path(
            "donate/funding/results/",
            FundingReportView.as_view(results_only=True),
            name="donate_funding_report_results",
        ),
        path("donate/refused/", RefusedEventReportView.as_view(), name="donate_refused_events"),
        path(
            "donate/refused/results/",
            RefusedEventReportView.as_view(results_only=True),
            name="donate_refused_events_results",
        ),
        path("donate/ledger/<int:pk>/reverse/", reverse_ledger_entry, name="donate_ledger_reverse"),
    ]


@hooks.register("register_reports_menu_item")
def ledger_menu_item():
    return ReportMenuItem(
        _("Donation ledger"),
        reverse("donate_ledger"),
        name="donation-ledger",
        icon_name="list-ul",
        order=1000,
        permission="donate.view_donation",
    )


@hooks.register("register_reports_menu_item")
def funding_menu_item():
    return ReportMenuItem(
        _("Funding by thematic area"),
        reverse("donate_funding_report"),
        name="donation-funding",
        icon_name="table",
        order=1010,
        permission="donate.view_donation",
    )


@hooks.register("register_reports_menu_item")
def offline_contributions_menu_item():
    return ReportMenuItem(
        _("Offline contributions"),
        reverse("donate_offline:index"),
        name="offline-contributions",
        icon_name="plus",
        order=1020,
        permission="donate.view_offlinecontribution",
    )


@hooks.register("register_reports_menu_item")
def refused_events_menu_item():
    return ReportMenuItem(
        _("Refused donation webhooks"),
        reverse("donate_refused_events"),
        name="refused-donation-webhooks",
        icon_name="warning",
        order=1030,
        permission="donate.view_refusedevent",
    )
