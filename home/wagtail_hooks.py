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


class ContactViewSet(LocaleScopedSnippetViewSet):
    model = Contact
    icon = "user"
    list_display = ["name", "role", "organisation_unit", "email", "locale", "live"]
    list_filter = ["locale", "live"]
    search_fields = ["name", "role"]


class SharedContentGroup(SnippetViewSetGroup):
    menu_label = _("Shared content")
    menu_icon = "folder-open-inverse"
    items = (ThematicAreaViewSet, ContactViewSet)


register_snippet(SharedContentGroup)
