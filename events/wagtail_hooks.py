from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.reports import ReportMenuItem

from .admin_views import REPORT_PERMISSION, QuestionViewSet, UnansweredQuestionsReport

questions = QuestionViewSet("events_questions")


@hooks.register("register_admin_viewset")
def register_questions():
    return questions


@hooks.register("register_admin_urls")
def register_unanswered_report_urls():
    return [
        path(
            "reports/unanswered-questions/",
            UnansweredQuestionsReport.as_view(),
            name="events_unanswered_questions",
        ),
        path(
            "reports/unanswered-questions/results/",
            UnansweredQuestionsReport.as_view(results_only=True),
            name="events_unanswered_questions_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def unanswered_questions_menu_item():
    return ReportMenuItem(
        _("Unanswered questions"),
        reverse("events_unanswered_questions"),
        name="unanswered-questions",
        icon_name="help",
        order=1300,
        permission=REPORT_PERMISSION,
    )
