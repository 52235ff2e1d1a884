from django.http import Http404, HttpResponseNotFound
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet

from .document_users import is_public
from .locale_permissions import LocaleScopedSnippetViewSet
from .models import SiteContent
from .page_links import PublicPageLinkHandler
from .publish_admin import CheckedPublishBulkAction
from .translation_status import TranslationStatusReportView


@hooks.register("register_admin_urls")
def register_share_link_urls():
    return [path("share-draft/", include("core.admin_urls", namespace="share_links"))]


@hooks.register("register_page_header_buttons")
def share_draft_button(page, user, view_name, next_url=None):
    if page.depth > 1 and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Share draft"),
            reverse("share_links:manage", args=[page.pk]),
            icon_name="link",
            priority=66,
        )


@hooks.register("register_admin_urls")
def replace_translations_report():
    """Take the address of wagtail-localize's Translations report (our hooks run
    first), so the menu item and every link to it open the extended report."""
    view = TranslationStatusReportView
    return [
        path("localize/reports/translations/", view.as_view(), name="translation_status"),
        path(
            "localize/reports/translations/results/", view.as_view(results_only=True), name="translation_status_results"
        ),
    ]


@hooks.register("construct_reports_menu")
def hide_translations_report_without_permission(request, menu_items):
    """wagtail-localize shows its Translations entry to everyone; the report now
    asks for a permission, so the entry follows it."""
    allowed = request.user.has_perm(TranslationStatusReportView.report_permission)
    menu_items[:] = [item for item in menu_items if allowed or item.url != reverse("translation_status")]


@hooks.register("before_serve_document")
def serve_only_public_documents(document, request):
    """Every document URL ends here (Wagtail's serve view, the counted download):
    404 unless a public page or snippet uses the document, its collection is
    public, or the user may edit or choose it in the admin. The 404 does not say
    whether the document exists."""
    if getattr(request, "document_access_checked", None) == document.pk:
        return None  # the caller has just established a public user (a counted download)
    if is_public(document):
        return None
    user = request.user
    policy = policy_registry.get_by_type(get_document_model())
    if user.is_authenticated and policy.user_has_any_permission_for_instance(user, ["change", "choose"], document):
        return None
    return HttpResponseNotFound()


@hooks.register("before_serve_page")
def hide_expired_pages(page, request, serve_args, serve_kwargs):
    """Wagtail clears `live` on expired pages only when publish_scheduled runs; until
    then the API and search already hide them (core.delivery), and so does the page."""
    if page.expire_at is not None and page.expire_at <= timezone.now():
        raise Http404


class SiteContentViewSet(LocaleScopedSnippetViewSet):
    """Settings → Navigation and footer: one per locale, translated like the shared snippets."""

    model = SiteContent
    icon = "list-ul"
    add_to_settings_menu = True
    menu_label = _("Navigation and footer")
    list_display = ["organisation_name", "locale", "live"]
    list_filter = ["locale", "live"]


register_snippet(SiteContentViewSet)


# --- Publish checks on every path to live (core.publish_paths, core.publish_admin) ---


# The registry keeps the last class registered for an action type: order 1 puts
# this one after Wagtail's own "publish".
hooks.register("register_bulk_action", CheckedPublishBulkAction, order=1)


# Ahead of wagtail-localize (which writes a live translation's row before publishing)
# and of the untranslated-parts confirmation below: content the rules refuse is
# refused at once, rather than after the reviewer has confirmed the untranslated parts.
@hooks.register("before_edit_page", order=-3)
def check_translation_before_publishing(request, page):
    from .publish_admin import refuse_translation_publish

    return refuse_translation_publish(request, page)


@hooks.register("before_copy_page")
def check_copy_before_publishing(request, page):
    from .publish_admin import refuse_live_copy

    return refuse_live_copy(request, page)


@hooks.register("construct_homepage_panels")
def show_scheduled_refusals(request, panels):
    from .publish_panels import ScheduledRefusalsPanel, refusals_for

    refusals = refusals_for(request.user)
    if refusals:
        panels.append(ScheduledRefusalsPanel(refusals))


@hooks.register("before_edit_page")
def explain_withheld_approval(request, page):
    from .publish_admin import explain_withheld_approval as explain

    return explain(request, page)


# --- The translation loop (core.translation_review) ---


@hooks.register("register_admin_urls")
def register_translation_review_urls():
    return [path("translation-review/", include("core.translation_review_urls", namespace="translation_review"))]


@hooks.register("before_edit_page", order=-2)
def confirm_untranslated_before_publishing(request, page):
    from .translation_review_views import hold_unconfirmed_publish

    return hold_unconfirmed_publish(request, page)


@hooks.register("before_edit_snippet", order=-2)
def confirm_untranslated_snippet_before_publishing(request, instance):
    """The same confirmation for a translated snippet's Publish in the translation editor."""
    from .translation_review_views import hold_unconfirmed_publish

    return hold_unconfirmed_publish(request, instance)


@hooks.register("construct_homepage_panels")
def show_translation_loop(request, panels):
    from .translation_panels import AwaitingReviewPanel, TranslatorWorkPanel, awaiting_review_for, translator_work

    rows = awaiting_review_for(request.user)
    if rows:
        panels.append(AwaitingReviewPanel(rows))
    work = translator_work(request.user)
    if work is not None:
        panels.append(TranslatorWorkPanel(work))


@hooks.register("register_rich_text_features", order=10)
def link_only_public_pages_in_rich_text(features):
    # After wagtail's own handler for the same link type (order 0).
    features.register_link_type(PublicPageLinkHandler)
