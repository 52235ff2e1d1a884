from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy

from core.delivery import public_pages
from core.reports import ReportMenuItem

from . import admin_views
from .models import BriefIndexPage, MonthlyBriefPage, NewsletterIssuePage, Subscriber

register_permission_policy(Subscriber, admin_views.SubscriberPermissionPolicy(Subscriber))
subscribers = admin_views.SubscriberViewSet("briefs_subscribers")


@hooks.register("register_admin_viewset")
def register_subscribers():
    return subscribers


@hooks.register("register_admin_urls")
def register_briefs_urls():
    reports = admin_views.SendReportView
    return [
        path("briefs/compose/<int:index_id>/", admin_views.compose_brief, name="briefs_compose"),
        path(
            "briefs/newsletter/<int:index_id>/", admin_views.compose_newsletter_view, name="briefs_compose_newsletter"
        ),
        path("briefs/propose/<int:page_id>/", admin_views.propose_items, name="briefs_propose"),
        path("briefs/send/<int:page_id>/", admin_views.send_issue, name="briefs_send"),
        path("reports/send-reports/", reports.as_view(), name="briefs_send_reports"),
        path("reports/send-reports/results/", reports.as_view(results_only=True), name="briefs_send_reports_results"),
        path(
            "reports/send-reports/<int:dispatch_id>/", admin_views.send_report_detail, name="briefs_send_report_detail"
        ),
    ]


@hooks.register("register_reports_menu_item")
def send_reports_menu_item():
    return ReportMenuItem(
        _("Send reports"),
        reverse("briefs_send_reports"),
        name="send-reports",
        icon_name="mail",
        order=1200,
        permission=admin_views.REPORT_PERMISSION,
    )


@hooks.register("register_reports_menu_item")
def subscribers_menu_item():
    return ReportMenuItem(
        _("Subscribers"),
        reverse("briefs_subscribers:index"),
        name="subscribers",
        icon_name="user",
        order=1210,
        permission="briefs.view_subscriber",
    )


@hooks.register("register_page_header_buttons")
def issue_buttons(page, user, view_name, next_url=None):
    specific = page.specific_deferred
    if isinstance(specific, BriefIndexPage) and page.permissions_for_user(user).can_add_subpage():
        yield Button(
            _("Compose monthly brief"), reverse("briefs_compose", args=[page.pk]), icon_name="doc-full", priority=60
        )
        yield Button(
            _("Compose newsletter"),
            reverse("briefs_compose_newsletter", args=[page.pk]),
            icon_name="doc-full",
            priority=61,
        )
    if isinstance(specific, NewsletterIssuePage) and page.permissions_for_user(user).can_edit():
        yield Button(_("Propose items"), reverse("briefs_propose", args=[page.pk]), icon_name="plus", priority=60)
    sendable = isinstance(specific, MonthlyBriefPage | NewsletterIssuePage)
    if sendable and user.has_perm(admin_views.SEND_PERMISSION) and public_pages().filter(pk=page.pk).exists():
        yield Button(_("Send to subscribers"), reverse("briefs_send", args=[page.pk]), icon_name="mail", priority=62)
