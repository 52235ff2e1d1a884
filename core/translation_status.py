"""The translations report, extended: for every page and translatable snippet, per
locale, the share of its text segments translated and a status: missing, in
progress (n %), awaiting review, published incomplete (live with segments still
in the source language), out of date (the source changed after the translation
was last synced, and when), or up to date.

wagtail-localize's own report lists only translations that exist, with their
string progress; this view takes its place at the same address, keeps its
columns and adds the status, the dates, the section of the site and an export.
"""

from dataclasses import dataclass
from datetime import datetime

import django_filters
from django.db.models import Count, Exists, IntegerField, Max, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Locale, Page, Site, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationLog
from wagtail_localize.views.report import TranslationsReportView

from .locale_permissions import locale_scoped_models
from .reports import ProtectedReportView

UP_TO_DATE, OUT_OF_DATE, MISSING = "up_to_date", "out_of_date", "missing"
IN_PROGRESS, AWAITING_REVIEW, INCOMPLETE = "in_progress", "awaiting_review", "published_incomplete"
STATUS_LABELS = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    AWAITING_REVIEW: _("Awaiting review"),
    INCOMPLETE: _("Published incomplete"),
    OUT_OF_DATE: _("Out of date"),
    UP_TO_DATE: _("Up to date"),
}
# Most urgent first.
STATUS_ORDER = {MISSING: 0, INCOMPLETE: 1, OUT_OF_DATE: 2, AWAITING_REVIEW: 3, IN_PROGRESS: 4, UP_TO_DATE: 5}


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
    total_segments: int = 0
    translated_segments: int = 0

    @property
    def percent_translated(self) -> int | None:
        if not self.total_segments:
            return None if self.status == MISSING else 100
        return self.translated_segments * 100 // self.total_segments

    @property
    def status_label(self):
        if self.status == IN_PROGRESS and self.percent_translated is not None:
            return _("In progress (%(percent)s %%)") % {"percent": self.percent_translated}
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail adds a "locale" filter to filtersets of translatable models; it
        # would filter a queryset this report does not use. "Locale" above is the one.
        self.filters.pop("locale", None)


def _last_syncs() -> dict:
    """{(translation_key, locale_id): last time wagtail-localize wrote that translation}."""
    rows = TranslationLog.objects.values("source__object_id", "locale_id").annotate(last=Max("created_at"))
    return {(row["source__object_id"], row["locale_id"]): row["last"] for row in rows}


def progress_by_translation(translations=None) -> dict:
    """{(translation_key, locale_id): (total segments, translated segments)} for
    every wagtail-localize translation (or those of the `translations` queryset),
    in one query: the same counts as `Translation.get_progress()`, which costs a
    query per translation."""
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id"))
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
        has_error=False,
    )

    def count(queryset):
        return Coalesce(
            Subquery(queryset.values("source_id").annotate(n=Count("pk")).values("n")[:1], output_field=IntegerField()),
            Value(0),
        )

    rows = (Translation.objects.all() if translations is None else translations).annotate(
        total=count(segments), done=count(segments.filter(Exists(translated)))
    ).values_list("source__object_id", "target_locale_id", "total", "done")
    return {(key, locale_id): (total, done) for key, locale_id, total, done in rows}


def _awaiting_review(pks) -> set[str]:
    """Ids (as strings) of the pages among `pks` in a workflow waiting for a reviewer."""
    return set(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS, object_id__in=[str(pk) for pk in pks]
        ).values_list("object_id", flat=True)
    )


def _status(source_changed_at, target, synced_at, progress=None, live=True, in_review=False) -> str:
    if target is None:
        return MISSING
    total, done = progress or (0, 0)
    if not live:
        return AWAITING_REVIEW if in_review else IN_PROGRESS
    if source_changed_at and synced_at and source_changed_at > synced_at:
        return OUT_OF_DATE
    if done < total:
        return INCOMPLETE
    return UP_TO_DATE


def _counts(progress, target) -> dict:
    if target is None or progress is None:
        return {}
    return {"total_segments": progress[0], "translated_segments": progress[1]}


def build_rows(locales, kinds=("pages", "snippets"), section_path: str | None = None) -> list[StatusRow]:
    """Every source object × every target locale, in a fixed number of queries per model."""
    default = Locale.get_default()
    syncs = _last_syncs()
    progress = progress_by_translation()
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
                "pk", "title", "translation_key", "locale_id", "latest_revision_created_at", "live"
            )
        }
        in_review = _awaiting_review(page.pk for page in targets.values())
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
                        status=_status(
                            source.latest_revision_created_at,
                            target,
                            synced,
                            progress.get((source.translation_key, locale_id)),
                            live=target.live if target else False,
                            in_review=target is not None and str(target.pk) in in_review,
                        ),
                        source_changed_at=source.latest_revision_created_at,
                        last_synced_at=synced,
                        **_counts(progress.get((source.translation_key, locale_id)), target),
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
                            status=_status(
                                changed,
                                target,
                                synced,
                                progress.get((source.translation_key, locale_id)),
                                live=getattr(target, "live", True),
                            ),
                            source_changed_at=changed,
                            last_synced_at=synced,
                            **_counts(progress.get((source.translation_key, locale_id)), target),
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
        "percent_translated",
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
        "percent_translated": _("Translated (%)"),
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
        # Most urgent first (STATUS_ORDER), the oldest sync first within a status.
        rows.sort(
            key=lambda row: (STATUS_ORDER[row.status], row.last_synced_at.timestamp() if row.last_synced_at else 0)
        )
        return rows
