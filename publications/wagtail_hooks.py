from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponseNotFound
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from core.delivery import public_pages
from core.locale_permissions import LocaleScopedSnippetViewSet
from core.reports import ReportMenuItem
from publications.forms import large_document_warning
from publications.models import PublicationDocument, PublicationPage, PublicationType
from publications.reports import PublicationReachReport


class PublicationTypeViewSet(LocaleScopedSnippetViewSet):
    model = PublicationType
    icon = "doc-full"
    list_display = ["name", "slug", "locale", "live"]
    list_filter = ["locale", "live"]
    search_fields = ["name"]


register_snippet(PublicationTypeViewSet)


@hooks.register("before_serve_document")
def hide_documents_of_non_public_publications(document, request):
    """Wagtail's own document URL serves a file whatever the state of the page
    that links it. A document attached to publications is served only while at
    least one of them is live, public and unexpired; otherwise 404 (and the
    counting route, which also ends here, counts nothing)."""
    if getattr(request, "publication_document_checked", None) == document.pk:
        return None
    usage = PublicationDocument.objects.filter(document=document).aggregate(
        total=Count("pk"), public=Count("pk", filter=Q(page__in=public_pages(PublicationPage).values("pk")))
    )
    if usage["total"] and not usage["public"]:
        return HttpResponseNotFound()
    return None


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_heavy_documents(request, page):
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
