from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DonateConfig(AppConfig):
    name = "donate"
    label = "donate"
    verbose_name = _("Donate")

    def ready(self):
        from wagtail.signals import page_published

        from core.content_generation import register_public_model
        from core.search_registry import register_search_document

        from . import checks, document_users, page_context  # noqa: F401  (checks registers the deployment check)
        from .models import Donation, DonationProjectPage, OfflineContribution
        from .models import checks as publish_checks
        from .search import project_document
        from .signals import record_status_on_publish

        publish_checks.register()
        # Progress changes when money arrives, not only when a page is published.
        document_users.register()
        page_context.register()
        register_public_model(Donation)
        register_public_model(OfflineContribution)
        page_published.connect(record_status_on_publish, sender=DonationProjectPage, dispatch_uid="donate-status")
        register_search_document(
            DonationProjectPage, project_document, content_type="donation_project", label=_("Project to fund")
        )
