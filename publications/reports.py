"""The "Publication reach" report: views of the abstract, downloads and their
ratio per publication (all its languages together, or one), for a period."""

from collections import defaultdict
from datetime import timedelta

import django_filters
from django.db.models import F, FloatField, IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Cast, Coalesce, NullIf
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale

from core.reports import ProtectedReportView
from publications.models import DownloadCount, PublicationPage, ViewCount

PERIODS = {"7": 7, "30": 30, "90": 90, "365": 365}
SPARKLINE_WEEKS = 12


class ReachFilterSet(WagtailFilterSet):
    # Both choose what is counted, not which publications are listed: the
    # report reads them in get_queryset, so the filters themselves do nothing.
    period = django_filters.ChoiceFilter(
        label=_("Period"),
        choices=[
            ("7", _("Last 7 days")),
            ("30", _("Last 30 days")),
            ("90", _("Last 90 days")),
            ("365", _("Last 12 months")),
        ],
        empty_label=_("All time"),
        method="keep",
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=lambda: list(get_content_languages().items()),
        empty_label=_("All languages"),
        method="keep",
    )

    class Meta:
        model = PublicationPage
        fields = []

    def keep(self, queryset, name, value):
        return queryset


def _sum_for(model, start, locale_id):
    rows = model.objects.filter(translation_key=OuterRef("translation_key"))
    if start:
        rows = rows.filter(day__gte=start)
    if locale_id:
        rows = rows.filter(locale_id=locale_id)
    total = rows.order_by().values("translation_key").annotate(total=Sum("count")).values("total")
    return Coalesce(Subquery(total, output_field=IntegerField()), Value(0))


def sparkline_svg(weekly: list[int]) -> str:
    """A small bar chart of downloads per week, oldest first."""
    top = max(weekly) or 1
    bars = format_html_join(
        "",
        '<rect x="{}" y="{}" width="6" height="{}" fill="currentColor"><title>{}</title></rect>',
        (
            (index * 8, 24 - round(22 * count / top), max(1, round(22 * count / top)), count)
            for index, count in enumerate(weekly)
        ),
    )
    label = _("Downloads per week over the last %(weeks)d weeks: %(counts)s") % {
        "weeks": len(weekly),
        "counts": ", ".join(str(count) for count in weekly),
    }
    return format_html(
        '<svg class="publication-sparkline" width="{}" height="24" role="img" aria-label="{}">{}</svg>',
        len(weekly) * 8,
        label,
        bars,
    )


class PublicationReachReport(ProtectedReportView):
    report_permission = "publications.view_downloadcount"
    page_title = _("Publication reach")
    header_icon = "doc-full"
    index_url_name = "publication_reach"
    index_results_url_name = "publication_reach_results"
    filterset_class = ReachFilterSet
    default_ordering = "-downloads"
    paginate_by = 50
    columns = [
        TitleColumn(
            "title",
            label=_("Publication"),
            sort_key="title",
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("views", label=_("Abstract views"), sort_key="views"),
        Column("downloads", label=_("Downloads"), sort_key="downloads"),
        Column("ratio_display", label=_("Downloads per view"), sort_key="ratio"),
        Column("sparkline", label=_("Downloads per week (last 12 weeks)")),
    ]
    list_export = ["title", "publication_date", "views", "downloads", "ratio_display"]
    export_headings = {
        "title": _("Publication"),
        "publication_date": _("Publication date"),
        "views": _("Abstract views"),
        "downloads": _("Downloads"),
        "ratio_display": _("Downloads per view"),
    }

    @cached_property
    def chosen(self) -> tuple:
        data = self.filters.form.cleaned_data if self.filters and self.filters.form.is_valid() else {}
        days = PERIODS.get(data.get("period") or "")
        start = timezone.localdate() - timedelta(days=days - 1) if days else None
        code = data.get("language") or None
        locale_id = Locale.objects.filter(language_code=code).values_list("pk", flat=True).first() if code else None
        return start, locale_id

    def get_base_queryset(self):
        """One row per live publication: its default-locale page, or its live page
        in another language when the default-locale one is not live (drafts have
        no readers to report)."""
        default = Locale.get_default()
        live = PublicationPage.objects.live()
        in_default = live.filter(locale=default).values("translation_key")
        start, locale_id = self.chosen
        return (
            live.filter(Q(locale=default) | ~Q(translation_key__in=in_default))
            .only("pk", "title", "translation_key", "publication_date", "locale_id")
            .annotate(views=_sum_for(ViewCount, start, locale_id), downloads=_sum_for(DownloadCount, start, locale_id))
            .annotate(ratio=Cast(F("downloads"), FloatField()) / NullIf(Cast(F("views"), FloatField()), Value(0.0)))
        )

    def order_queryset(self, queryset):
        ordering = self.ordering or self.default_ordering
        field = ordering.lstrip("-")
        expression = F(field).desc(nulls_last=True) if ordering.startswith("-") else F(field).asc(nulls_last=True)
        return queryset.order_by(expression, "title", "pk")

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        weekly = self.weekly_downloads([page.translation_key for page in pages])
        for page in pages:
            page.ratio_display = f"{page.ratio:.2f}" if page.ratio is not None else "–"
            page.sparkline = sparkline_svg(weekly[page.translation_key])
        return pages

    def weekly_downloads(self, translation_keys) -> dict:
        """{translation_key: [downloads per week, oldest first]} in one query."""
        today = timezone.localdate()
        first_day = today - timedelta(days=SPARKLINE_WEEKS * 7 - 1)
        _start, locale_id = self.chosen
        rows = DownloadCount.objects.filter(translation_key__in=translation_keys, day__gte=first_day)
        if locale_id:
            rows = rows.filter(locale_id=locale_id)
        result = defaultdict(lambda: [0] * SPARKLINE_WEEKS)
        for key, day, count in rows.values_list("translation_key", "day", "count"):
            result[key][(day - first_day).days // 7] += count
        return result
