from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.locale_permissions import LocaleScopedSnippetViewSet

from .models import Contact, ThematicArea


class ThematicAreaViewSet(LocaleScopedSnippetViewSet):
    model = ThematicArea
    icon = "tag"
    list_display = ["name", "slug", "locale", "live"]
    list_filter = ["locale", "live"]
    search_fields = ["name"]
    # Searched in the database (icontains on the fields above): the SQLite full-text
    # backend cannot limit a search to fields and answered 500 ("no such column").
    search_backend_name = None


class ContactViewSet(LocaleScopedSnippetViewSet):
    model = Contact
    icon = "user"
    list_display = ["name", "role", "organisation_unit", "email", "locale", "live"]
    list_filter = ["locale", "live"]
    search_fields = ["name", "role"]
    search_backend_name = None  # as above


class SharedContentGroup(SnippetViewSetGroup):
    menu_label = _("Shared content")
    menu_icon = "folder-open-inverse"
    items = (ThematicAreaViewSet, ContactViewSet)


register_snippet(SharedContentGroup)
