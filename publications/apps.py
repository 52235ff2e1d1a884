from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationsConfig(AppConfig):
    name = "publications"
    label = "publications"
    verbose_name = _("Publications")

    def ready(self):
        from . import document_users, page_context, search
        from .models import checks

        checks.register()
        page_context.register()
        search.register()
        document_users.register()
