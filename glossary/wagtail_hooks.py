from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView

from core.locale_permissions import LocaleScopedSnippetViewSet
from core.reports import ReportMenuItem

from .admin_views import UndefinedAbbreviationsView, checks_fragment, translation_checks
from .models import Abbreviation


class AbbreviationCreateView(CreateView):
    def get_initial(self):
        # The editor's "add to glossary" links pass the abbreviation they found.
        initial = super().get_initial()
        abbreviation = self.request.GET.get("abbreviation", "").strip()[:60]
        if abbreviation:
            initial["abbreviation"] = abbreviation
        return initial


class AbbreviationViewSet(LocaleScopedSnippetViewSet):
    model = Abbreviation
    icon = "help"
    menu_label = _("Glossary")
    add_to_admin_menu = True
    menu_order = 250
    add_view_class = AbbreviationCreateView
    list_display = ["abbreviation", "expansion", "locale", "live"]
    list_filter = ["locale", "live"]
    search_fields = ["abbreviation", "expansion"]
    # Searched in the database (icontains on the fields above): the SQLite full-text
    # backend cannot limit a search to fields and answered 500 ("no such column").
    search_backend_name = None


register_snippet(AbbreviationViewSet)


@hooks.register("insert_editor_js")
def checks_refresh_script():
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<script src="{}" defer></script>', static("glossary/checks_refresh.js"))


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path("glossary/checks/<int:page_id>/", checks_fragment, name="glossary_checks_fragment"),
        path(
            "glossary/checks/translation/<int:translation_id>/",
            translation_checks,
            name="glossary_translation_checks",
        ),
        path(
            "reports/undefined-abbreviations/",
            UndefinedAbbreviationsView.as_view(),
            name="glossary_undefined_abbreviations",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Undefined abbreviations"),
        reverse("glossary_undefined_abbreviations"),
        name="undefined-abbreviations",
        icon_name="help",
        order=750,
        permission=UndefinedAbbreviationsView.report_permission,
    )


@hooks.register("register_translation_editor_tools")
def translation_checks_link(translation, page, request):
    """The translation editor's bar links to the Checks in the target language."""
    return {"label": _("Checks"), "url": reverse("glossary_translation_checks", args=[translation.pk])}
