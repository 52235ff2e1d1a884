"""The "Undefined abbreviations" report: what live pages use that no glossary defines."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.models import Locale

from core.delivery import public_pages
from core.reports import ReportPermissionMixin
from core.serializers import locale_codes

from .admin_links import add_to_glossary_url
from .checks import page_fragments, readability, undefined_abbreviations


def undefined_by_locale(locale: Locale | None = None) -> list[dict]:
    """[{locale, abbreviation, add_url, pages: [{title, edit_url, url}]}], by locale then abbreviation.

    Pages are read with `.specific()` (one query per page type), and each
    locale's glossary matcher is built once, so the report's cost grows with the
    text, not with queries per page.
    """
    codes = locale_codes()
    pages = public_pages().order_by("title")
    if locale is not None:
        pages = pages.filter(locale=locale)
    found: dict[tuple[str, str], list] = {}
    for page in pages.specific():
        if not hasattr(page, "text_fragments"):
            continue
        for token in undefined_abbreviations(page_fragments(page), page.locale_id):
            found.setdefault((codes[page.locale_id], token), []).append(
                {
                    "title": page.title,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                    "url": page.get_url(),
                }
            )
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    rows = [
        {
            "locale": code,
            "language": get_language_info(code)["name_translated"] if code in order else code,
            "abbreviation": token,
            "add_url": add_to_glossary_url(token, code),
            "pages": page_list,
        }
        for (code, token), page_list in found.items()
    ]
    rows.sort(
        key=lambda row: (order.index(row["locale"]) if row["locale"] in order else len(order), row["abbreviation"])
    )
    return rows


class UndefinedAbbreviationsView(ReportPermissionMixin, TemplateView):
    template_name = "glossary/admin/undefined_report.html"
    page_title = _("Undefined abbreviations")
    # Anyone who may add glossary entries may read the report.
    report_permission = "glossary.add_abbreviation"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        selected = locales.get(self.request.GET.get("locale", ""))
        context.update(
            {
                "page_title": self.page_title,
                "rows": undefined_by_locale(selected),
                "selected_locale": selected.language_code if selected else "",
                "locale_choices": [
                    (code, get_language_info(code)["name_translated"])
                    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
                    if code in locales
                ],
            }
        )
        return context


def checks_fragment(request, page_id: int):
    """The glossary's sections of the Checks panel for the page's latest draft.

    Wagtail re-renders only the status panel after an autosave; the editor's
    script (static/glossary/checks_refresh.js) fetches this on
    `w-autosave:success` and swaps the sections in, so the checks follow the text
    without a reload."""
    from django.shortcuts import get_object_or_404, render
    from wagtail.models import Page

    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    obj = page.specific.get_latest_revision_as_object()
    return render(request, "glossary/admin/checks_fragment.html", {"object": obj, "request": request})


def translation_checks(request, translation_id: int):
    """The Checks panel for a translation in progress, opened from the translation
    editor (wagtail-localize's editor has no side panel for it): readability in the
    target language and abbreviations that locale's glossary does not define, on
    the text translated so far (untranslated parts would be scored in the wrong
    language)."""
    from django.shortcuts import get_object_or_404
    from django.template.response import TemplateResponse
    from wagtail.models import Page
    from wagtail.permissions import policy_registry
    from wagtail_localize.models import StringSegment, Translation

    from .forms import blocks_publishing
    from .models import Abbreviation

    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), pk=translation_id, enabled=True
    )
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    locale = translation.target_locale
    code = locale.language_code
    texts = list(
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(locale)
        .order_by("order")
        .values_list("translation", flat=True)
    )
    fragments = [text for text in texts if text]
    language = get_language_info(code)["name_translated"] if code in dict(settings.LANGUAGES) else code
    undefined = undefined_abbreviations(fragments, locale.pk)
    checks = {
        "undefined": [(token, add_to_glossary_url(token, code)) for token in undefined],
        "readability": [(language, readability(fragments, code))],
        "blocking": blocks_publishing(),
        "can_add": policy_registry.get_by_type(Abbreviation).user_has_permission(request.user, "add"),
    }
    return TemplateResponse(
        request,
        "glossary/admin/translation_checks.html",
        {
            "checks": checks,
            "object": None,
            "translated": len(fragments),
            "total": len(texts),
            "language": language,
            "editor_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "header_title": _("Checks of the %(language)s translation of “%(title)s”")
            % {"language": language, "title": page.get_admin_display_title()},
        },
    )
