from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    name = "glossary"
    label = "glossary"
    verbose_name = _("Glossary and plain language")

    def ready(self):
        from core.changes import register_locale_wide
        from core.rendering import register_text_processor

        from . import forms, matcher, patches, signal_handlers
        from .expander import expand_fragments

        # The glossary comes after `home` in the dependency order, so it plugs
        # itself into home's rendering path rather than being imported by it.
        # Its output changes only with the locale's glossary: rendered text is stored per version.
        register_text_processor(expand_fragments, version=matcher.version)
        signal_handlers.connect()
        # An entry changes the expanded text of every page in its locale (changes feed).
        register_locale_wide(self.get_model("Abbreviation"))
        forms.install_publish_check()
        patches.install()
