from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.reports import ReportMenuItem

from .panels import OverdueFlagshipsPanel
from .views import FlagshipsDueForReviewView


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path(
            "reports/flagships-due-for-review/",
            FlagshipsDueForReviewView.as_view(),
            name="flagships_review_report",
        ),
        path(
            "reports/flagships-due-for-review/results/",
            FlagshipsDueForReviewView.as_view(results_only=True),
            name="flagships_review_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ReportMenuItem(
        _("Flagships due for review"),
        reverse("flagships_review_report"),
        name="flagships-due-for-review",
        icon_name="time",
        order=1150,
        permission=FlagshipsDueForReviewView.report_permission,
    )


@hooks.register("construct_homepage_panels")
def add_overdue_panel(request, panels):
    # Offered only to those who may open the report it links to: translators and
    # reviewers were shown the link and then refused.
    if request.user.has_perm(FlagshipsDueForReviewView.report_permission):
        panels.append(OverdueFlagshipsPanel())
