from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "publications"
    label = "publications"
    verbose_name = _("Publications")

    def ready(self):
        from core.place_parameters import register_translated_slug

        from . import document_users, page_context, search
        from .models import PublicationType, checks

        checks.register()
        page_context.register()
        search.register()
        document_users.register()
        # The listing's `type` filter takes the type's slug in the listing's language.
        register_translated_slug("type", PublicationType.objects.live)
