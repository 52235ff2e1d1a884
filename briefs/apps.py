from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BriefsConfig(AppConfig):
    name = "briefs"
    label = "briefs"
    verbose_name = _("Briefs and newsletter")

    def ready(self):
        from . import page_context, search
        from .admin_forms import IssuePageForm
        from .models import MonthlyBriefPage, NewsletterIssuePage, checks

        checks.register()
        page_context.register()
        search.register()
        # Attached here because models never import forms (import-linter); Wagtail
        # builds the edit handler lazily, after every app is ready.
        MonthlyBriefPage.base_form_class = IssuePageForm
        NewsletterIssuePage.base_form_class = IssuePageForm
