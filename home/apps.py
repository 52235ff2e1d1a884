from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    label = "home"
    verbose_name = _("Home and shared content")

    def ready(self):
        from core.place_parameters import register_translated_slug

        from .models import ThematicArea

        # Listings filter by the area's slug in their own language (see core.place_parameters).
        register_translated_slug("thematic_area", ThematicArea.objects.live)
