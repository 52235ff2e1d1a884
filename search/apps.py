from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    # The label avoids a clash with wagtail.search's "wagtailsearch" and reads plainly.
    name = "search"
    label = "site_search"
    verbose_name = _("Search")

    def ready(self):
        from home.models import HomePage
        from home.search_registry import register_search_document

        from . import signals
        from .builders import home_page_document

        register_search_document(HomePage, home_page_document, content_type="page", label=_("Page"))
        signals.connect()
