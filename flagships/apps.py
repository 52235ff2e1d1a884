from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FlagshipsConfig(AppConfig):
    name = "flagships"
    label = "flagships"
    verbose_name = _("Flagship programmes")

    def ready(self):
        from wagtail.signals import page_published

        from . import page_context, search
        from .forms import FlagshipPageForm
        from .models import FlagshipPage, checks
        from .panels import OverdueReviewPanel
        from .signals import record_review_on_publish

        # Attached here because the models never import the form, which reads the
        # review records built on them; Wagtail builds the edit handler lazily.
        FlagshipPage.base_form_class = FlagshipPageForm
        # First on the edit form, for the same reason: it reads the review records.
        FlagshipPage.content_panels = [OverdueReviewPanel(), *FlagshipPage.content_panels]
        checks.register()
        page_context.register()
        search.register()
        page_published.connect(record_review_on_publish, sender=FlagshipPage, dispatch_uid="flagships-review")
