from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    # The label avoids a clash with wagtail.search's "wagtailsearch" and reads plainly.
    name = "search"
    label = "site_search"
    verbose_name = _("Search")
