from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.locale_permissions import LocaleScopedSnippetViewSet
from core.reports import ReportMenuItem
from publications.forms import large_document_warning
from publications.models import PublicationPage, PublicationType
from publications.reports import PublicationReachReport
from publications.rich_text import CountedDocumentLinkHandler


class PublicationTypeViewSet(LocaleScopedSnippetViewSet):
    model = PublicationType
    icon = "doc-full"
    list_display = ["name", "slug", "locale", "live"]
    list_filter = ["locale", "live"]
    search_fields = ["name"]


register_snippet(PublicationTypeViewSet)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_heavy_documents(request, page):
    # Once per save the editor makes, not per autosave (JSON requests): autosaves
    # every few seconds would stack the same warning for the next page load.
    if not request.accepts("text/html"):
        return
    if isinstance(page.specific_deferred, PublicationPage):
        message = large_document_warning(page.specific)
        if message:
            messages.warning(request, message)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/publication-reach/", PublicationReachReport.as_view(), name="publication_reach"),
        path(
            "reports/publication-reach/results/",
            PublicationReachReport.as_view(results_only=True),
            name="publication_reach_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Publication reach"),
        reverse("publication_reach"),
        name="publication-reach",
        icon_name="doc-full",
        order=950,
        permission=PublicationReachReport.report_permission,
    )


@hooks.register("register_rich_text_features", order=10)
def count_document_links_in_rich_text(features):
    # After wagtail.documents registers its own handler for the same link type.
    features.register_link_type(CountedDocumentLinkHandler)
