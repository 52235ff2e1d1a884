from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    label = "stories"
    verbose_name = _("Impact stories")

    def ready(self):
        from core.place_parameters import register_translated_slug
        from flagships.selectors import public_flagships_in_every_locale

        from . import page_context, search, sections
        from .forms import StoryPageForm
        from .models import StoryPage, checks

        # Attached here because models never import forms (import-linter); Wagtail
        # builds the edit handler lazily, after every app is ready.
        StoryPage.base_form_class = StoryPageForm

        checks.register()
        page_context.register()
        search.register()
        sections.register()
        # The listing's `flagship` filter takes the programme's page slug, translated with its title.
        register_translated_slug("flagship", public_flagships_in_every_locale)
