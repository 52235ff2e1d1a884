from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FlagshipsConfig(AppConfig):
    name = "flagships"
    label = "flagships"
    verbose_name = _("Flagship programmes")

    def ready(self):
        from wagtail.signals import page_published

        from .models import FlagshipPage, checks
        from .search import register
        from .signals import record_review_on_publish

        checks.register()
        register()
        page_published.connect(record_review_on_publish, sender=FlagshipPage, dispatch_uid="flagships-review")
