"""The translations report, extended: for every page and translatable snippet, per
locale, whether its translation is up to date, out of date (the source changed
after the translation was last synced, and when), or missing.

wagtail-localize's own report lists only translations that exist, with their
string progress; this view takes its place at the same address, keeps its
columns and adds the status, the dates, the section of the site and an export.
"""

from dataclasses import dataclass
from datetime import datetime

import django_filters
from django.db.models import Max
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import TranslationLog
from wagtail_localize.views.report import TranslationsReportView

from .locale_permissions import locale_scoped_models
from .reports import ProtectedReportView

UP_TO_DATE, OUT_OF_DATE, MISSING = "up_to_date", "out_of_date", "missing"
STATUS_LABELS = {UP_TO_DATE: _("Up to date"), OUT_OF_DATE: _("Out of date"), MISSING: _("Missing")}


@dataclass
class StatusRow:
    content_type: str
    source_title: str
    source_edit_url: str
    section: str
    locale: str
    target_title: str
    target_edit_url: str
    status: str
    source_changed_at: datetime | None
    last_synced_at: datetime | None

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


def _noop(queryset, name, value):
    return queryset


def _sections():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return []
    return [(str(page.pk), page.title) for page in site.root_page.get_children().order_by("path")]


class TranslationStatusFilterSet(WagtailFilterSet):
    target_locale = django_filters.ChoiceFilter(
        label=_("Locale"),
        method=_noop,
        empty_label=_("All"),
        choices=lambda: [(code, code) for code in Locale.objects.values_list("language_code", flat=True)],
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), method=_noop, empty_label=_("All"), choices=list(STATUS_LABELS.items())
    )
    section = django_filters.ChoiceFilter(label=_("Section"), method=_noop, empty_label=_("All"), choices=_sections)
    kind = django_filters.ChoiceFilter(
        label=_("Content"),
        method=_noop,
        empty_label=_("All"),
        choices=[("pages", _("Pages")), ("snippets", _("Snippets"))],
    )

    class Meta:
        model = Page
        fields = []


def _last_syncs() -> dict:
    """{(translation_key, locale_id): last time wagtail-localize wrote that translation}."""
    rows = TranslationLog.objects.values("source__object_id", "locale_id").annotate(last=Max("created_at"))
    return {(row["source__object_id"], row["locale_id"]): row["last"] for row in rows}


def _status(source_changed_at, target, synced_at) -> str:
    if target is None:
        return MISSING
    if source_changed_at and synced_at and source_changed_at > synced_at:
        return OUT_OF_DATE
    return UP_TO_DATE


def build_rows(locales, kinds=("pages", "snippets"), section_path: str | None = None) -> list[StatusRow]:
    """Every source object × every target locale, in a fixed number of queries per model."""
    default = Locale.get_default()
    syncs = _last_syncs()
    codes = {locale.pk: locale.language_code for locale in locales}
    rows: list[StatusRow] = []
    if "pages" in kinds:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        sections = {}
        if site is not None:
            sections = {page.path: page.title for page in site.root_page.get_children()}
        sources = Page.objects.filter(locale=default, depth__gte=2).order_by("path").select_related("content_type")
        if section_path:
            sources = sources.filter(path__startswith=section_path)
        sources = list(
            sources.only("pk", "title", "path", "translation_key", "content_type", "latest_revision_created_at")
        )
        keys = [page.translation_key for page in sources]
        targets = {
            (page.translation_key, page.locale_id): page
            for page in Page.objects.filter(translation_key__in=keys, locale_id__in=codes).only(
                "pk", "title", "translation_key", "locale_id", "latest_revision_created_at"
            )
        }
        for source in sources:
            section = next((title for path, title in sections.items() if source.path.startswith(path)), "")
            for locale_id, code in codes.items():
                target = targets.get((source.translation_key, locale_id))
                synced = syncs.get((source.translation_key, locale_id)) or (
                    target.latest_revision_created_at if target else None
                )
                rows.append(
                    StatusRow(
                        content_type=source.content_type.name.capitalize(),
                        source_title=source.title,
                        source_edit_url=reverse("wagtailadmin_pages:edit", args=[source.pk]),
                        section=section,
                        locale=code,
                        target_title=target.title if target else "",
                        target_edit_url=reverse("wagtailadmin_pages:edit", args=[target.pk]) if target else "",
                        status=_status(source.latest_revision_created_at, target, synced),
                        source_changed_at=source.latest_revision_created_at,
                        last_synced_at=synced,
                    )
                )
    if "snippets" in kinds and not section_path:
        for model in locale_scoped_models():
            sources = list(model.objects.filter(locale=default).select_related("latest_revision"))
            keys = [obj.translation_key for obj in sources]
            targets = {
                (obj.translation_key, obj.locale_id): obj
                for obj in model.objects.filter(translation_key__in=keys, locale_id__in=codes).select_related(
                    "latest_revision"
                )
            }
            url_name = f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:edit"
            for source in sources:
                changed = source.latest_revision.created_at if source.latest_revision else None
                for locale_id, code in codes.items():
                    target = targets.get((source.translation_key, locale_id))
                    synced = syncs.get((source.translation_key, locale_id)) or (
                        target.latest_revision.created_at if target and target.latest_revision else None
                    )
                    rows.append(
                        StatusRow(
                            content_type=str(model._meta.verbose_name).capitalize(),
                            source_title=str(source),
                            source_edit_url=reverse(url_name, args=[source.pk]),
                            section="",
                            locale=code,
                            target_title=str(target) if target else "",
                            target_edit_url=reverse(url_name, args=[target.pk]) if target else "",
                            status=_status(changed, target, synced),
                            source_changed_at=changed,
                            last_synced_at=synced,
                        )
                    )
    return rows


class TranslationStatusReportView(ProtectedReportView, TranslationsReportView):
    report_permission = "wagtail_localize.view_translation"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    results_template_name = "core/translation_status_results.html"
    template_name = "wagtailadmin/reports/base_report.html"
    page_title = _("Translations")
    filterset_class = TranslationStatusFilterSet
    list_export = [
        "content_type",
        "source_title",
        "section",
        "locale",
        "target_title",
        "status_label",
        "source_changed_at",
        "last_synced_at",
    ]
    export_headings = {
        "content_type": _("Content type"),
        "source_title": _("Source"),
        "section": _("Section"),
        "locale": _("Locale"),
        "target_title": _("Translation"),
        "status_label": _("Status"),
        "source_changed_at": _("Source changed"),
        "last_synced_at": _("Last synced"),
    }

    def get_queryset(self):
        return []

    def filter_queryset(self, queryset):
        data = self.filters.form.cleaned_data if self.filters and self.filters.is_valid() else {}
        default = Locale.get_default()
        locales = Locale.objects.exclude(pk=default.pk).order_by("language_code")
        if data.get("target_locale"):
            locales = locales.filter(language_code=data["target_locale"])
        kinds = [data["kind"]] if data.get("kind") else ["pages", "snippets"]
        section_path = None
        if data.get("section"):
            section_path = Page.objects.filter(pk=data["section"]).values_list("path", flat=True).first()
        rows = build_rows(list(locales), kinds, section_path)
        if data.get("status"):
            rows = [row for row in rows if row.status == data["status"]]
        # Most urgent first: missing, then out of date (oldest sync first), then up to date.
        order = {MISSING: 0, OUT_OF_DATE: 1, UP_TO_DATE: 2}
        rows.sort(key=lambda row: (order[row.status], row.last_synced_at.timestamp() if row.last_synced_at else 0))
        return rows
