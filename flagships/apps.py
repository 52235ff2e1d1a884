from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FlagshipsConfig(AppConfig):
    name = "flagships"
    label = "flagships"
    verbose_name = _("Flagship programmes")

    def ready(self):
        from . import page_context, search

        page_context.register()
        search.register()
