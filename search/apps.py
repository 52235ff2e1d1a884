import importlib.util

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    # The label avoids a clash with wagtail.search's "wagtailsearch" and reads plainly.
    name = "search"
    label = "site_search"
    verbose_name = _("Search")

    def ready(self):
        from core.place_parameters import register_translated_route
        from core.search_registry import register_search_document
        from home.models import HomePage, ThematicArea

        from . import checks, sections, signals  # noqa: F401  (checks registers the settings check)
        from .builders import home_page_document
        from .elasticsearch import signals as elasticsearch_signals
        from .synonyms import glossary_abbreviations, register_abbreviation_source
        from .vocabulary import connect as connect_vocabulary

        register_search_document(HomePage, home_page_document, content_type="home", label=_("Page"))
        # The glossary's public selectors are the source of abbreviations once
        # that app provides them (it is built alongside this one).
        if importlib.util.find_spec("glossary.selectors") is not None:
            register_abbreviation_source(glossary_abbreviations)
        signals.connect()
        elasticsearch_signals.connect()
        connect_vocabulary()
        sections.register()
        # A thematic area's page is named by the area's slug, which differs per language.
        register_translated_route("thematic_area", "slug", ThematicArea.objects.live)
