"""Dashboard panels of the translation loop: what waits for a reviewer, and a
translator's work in progress and out-of-date translations.

Each panel reads a fixed number of queries whatever the number of pages or
translations (segment counts come annotated, as in the Translations report).
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Max
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, TaskState, WorkflowState
from wagtail_localize.models import Translation, TranslationLog

from .locale_permissions import locale_scope
from .models import TranslationReviewTask
from .translation_status import progress_by_translation

PANEL_ROWS = 20


@dataclass
class LoopRow:
    title: str
    locale: str
    edit_url: str
    done: int
    total: int
    preview_url: str = ""
    submitted_by: str = ""
    since: datetime | None = None
    approve_url: str = ""
    reject_url: str = ""
    in_review: bool = False
    source_changed_at: datetime | None = None
    last_synced_at: datetime | None = None

    @property
    def missing(self) -> int:
        return self.total - self.done

    @property
    def percent(self) -> int:
        return self.done * 100 // self.total if self.total else 100


def _progress(pages) -> dict:
    keys = {page.translation_key for page in pages}
    locales = {page.locale_id for page in pages}
    if not keys:
        return {}
    return progress_by_translation(
        Translation.objects.filter(source__object_id__in=keys, target_locale_id__in=locales, enabled=True)
    )


def awaiting_review_for(user, limit: int = PANEL_ROWS) -> list[LoopRow]:
    """Translations submitted to a review task of one of `user`'s groups (every
    one for a superuser), oldest first (four queries)."""
    tasks = TranslationReviewTask.objects.filter(active=True)
    if not user.is_superuser:
        tasks = tasks.filter(groups__in=user.groups.all())
    states = list(
        TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS, task__in=tasks.values("pk"))
        .select_related("workflow_state__requested_by")
        .order_by("started_at")[:limit]
    )
    pages = {
        str(page.pk): page
        for page in Page.objects.filter(pk__in=[int(state.workflow_state.object_id) for state in states])
        .select_related("locale")
        .only("pk", "title", "draft_title", "translation_key", "locale", "live")
    }
    progress = _progress(pages.values())
    rows = []
    for state in states:
        page = pages.get(state.workflow_state.object_id)
        if page is None:
            continue
        total, done = progress.get((page.translation_key, page.locale_id), (0, 0))
        requested_by = state.workflow_state.requested_by
        action_url = "wagtailadmin_pages:workflow_action"
        rows.append(
            LoopRow(
                title=page.get_admin_display_title(),
                locale=page.locale.get_display_name(),
                edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
                preview_url=reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, state.task_id]),
                approve_url=reverse(action_url, args=[page.pk, "approve", state.pk]),
                reject_url=reverse(action_url, args=[page.pk, "reject", state.pk]),
                submitted_by=(requested_by.get_full_name() or requested_by.get_username()) if requested_by else "",
                since=state.started_at,
                done=done,
                total=total,
                in_review=True,
            )
        )
    return rows


def translator_work(user, limit: int = PANEL_ROWS) -> dict[str, list[LoopRow]] | None:
    """For a user confined to some locales: their locales' page translations in
    progress (drafts, submitted or not) and those out of date (the source changed
    after the translation was last synced), most urgent first (six queries).
    None for users not confined to locales (they have the Translations report)."""
    scope = locale_scope(user)
    if scope is None or not scope.edit:
        return None
    default = Locale.get_default()
    translations = Translation.objects.filter(enabled=True, target_locale_id__in=scope.edit)
    keys = set(translations.values_list("source__object_id", flat=True))
    targets = list(
        Page.objects.filter(translation_key__in=keys, locale_id__in=scope.edit)
        .select_related("locale")
        .only("pk", "title", "draft_title", "translation_key", "locale", "live", "has_unpublished_changes")
        .order_by("path")
    )
    sources = dict(
        Page.objects.filter(translation_key__in=keys, locale=default).values_list(
            "translation_key", "latest_revision_created_at"
        )
    )
    syncs = {
        (row["source__object_id"], row["locale_id"]): row["last"]
        for row in TranslationLog.objects.filter(source__object_id__in=keys, locale_id__in=scope.edit)
        .values("source__object_id", "locale_id")
        .annotate(last=Max("created_at"))
    }
    in_review = set(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS, object_id__in=[str(page.pk) for page in targets]
        ).values_list("object_id", flat=True)
    )
    progress = progress_by_translation(translations)
    in_progress, out_of_date = [], []
    for page in targets:
        total, done = progress.get((page.translation_key, page.locale_id), (0, 0))
        row = LoopRow(
            title=page.get_admin_display_title(),
            locale=page.locale.get_display_name(),
            edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            done=done,
            total=total,
            in_review=str(page.pk) in in_review,
            source_changed_at=sources.get(page.translation_key),
            last_synced_at=syncs.get((page.translation_key, page.locale_id)),
        )
        if row.source_changed_at and row.last_synced_at and row.source_changed_at > row.last_synced_at:
            out_of_date.append(row)
        elif not page.live or page.has_unpublished_changes or done < total:
            in_progress.append(row)
    # Waiting for the translator first, then the least translated.
    in_progress.sort(key=lambda row: (row.in_review, row.percent))
    out_of_date.sort(key=lambda row: row.last_synced_at)
    return {"in_progress": in_progress[:limit], "out_of_date": out_of_date[:limit]}


class AwaitingReviewPanel(Component):
    name = "translations_awaiting_review"
    template_name = "core/translation_review/awaiting_review_panel.html"
    order = 90

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context=None):
        return {"rows": self.rows, "csrf_token": (parent_context or {}).get("csrf_token")}


class TranslatorWorkPanel(Component):
    name = "translator_work"
    template_name = "core/translation_review/translator_panel.html"
    order = 95

    def __init__(self, work):
        self.work = work

    def get_context_data(self, parent_context=None):
        return {"work": self.work}
