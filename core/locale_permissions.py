"""Per-locale permissions for translators and reviewers.

Pages follow from Wagtail's page permissions on each locale's tree (see
`sync_translation_groups`). Snippet permissions in Wagtail cover a whole model,
so translatable snippets get `LocaleScopedPermissionPolicy`, and their admin
views check it on every instance (`LocaleScopedSnippetViewSet`).
"""

import re
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import HttpResponseForbidden
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views import snippets as snippet_views
from wagtail_localize.models import Translation

from .models import LocaleRole

# What a locale-scoped user may do to an instance of their locale.
TRANSLATOR_ACTIONS = {"change", "view", "lock", "unlock"}
REVIEWER_ACTIONS = TRANSLATOR_ACTIONS | {"publish", "unpublish"}


@dataclass(frozen=True)
class LocaleScope:
    edit: frozenset[int]
    publish: frozenset[int]

    def allows(self, action: str, locale_id: int) -> bool:
        if action in REVIEWER_ACTIONS - TRANSLATOR_ACTIONS:
            return locale_id in self.publish
        if action in TRANSLATOR_ACTIONS:
            return locale_id in self.edit
        return False  # add, delete: the source editors' business


def locale_scope(user) -> LocaleScope | None:
    """The locales `user` is confined to, or None when unrestricted."""
    if not user.is_authenticated or user.is_superuser:
        return None
    cached = getattr(user, "_locale_scope", False)
    if cached is not False:
        return cached
    roles = list(LocaleRole.objects.filter(group__user=user).values_list("locale_id", "can_publish"))
    if not roles or user.groups.filter(locale_role__isnull=True).exists():
        scope = None
    else:
        scope = LocaleScope(
            edit=frozenset(locale for locale, _ in roles),
            publish=frozenset(locale for locale, can_publish in roles if can_publish),
        )
    user._locale_scope = scope
    return scope


class LocaleScopedPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if not super().user_has_permission(user, action):
            return False
        scope = locale_scope(user)
        return scope is None or action in REVIEWER_ACTIONS

    def user_has_permission_for_instance(self, user, action, instance):
        if not super().user_has_permission(user, action):
            return False
        scope = locale_scope(user)
        return scope is None or scope.allows(action, instance.locale_id)

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = super().instances_user_has_any_permission_for(user, actions)
        scope = locale_scope(user)
        if scope is None:
            return queryset
        locales = set().union(*(scope.publish if a in ("publish", "unpublish") else scope.edit for a in actions))
        return queryset.filter(locale_id__in=locales)


_scoped_models: list[type] = []


def register_locale_scoped(model) -> None:
    """Give `model` the locale-scoped policy (before Wagtail creates a fallback one)."""
    if model not in _scoped_models:
        register_permission_policy(model, LocaleScopedPermissionPolicy(model), exact_class=True)
        _scoped_models.append(model)


def locale_scoped_models() -> list[type]:
    return list(_scoped_models)


class _InstanceChecked:
    """Refuse the view when the user may not perform its action on this instance."""

    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not self.user_has_permission_for_instance(self.permission_required, instance):
            raise PermissionDenied
        return instance


class _InstanceReadChecked:
    """Refuse a view that shows an instance (its history, revisions, comparisons,
    usage, previews) when the instance's locale is outside the user's: a
    translator must not read other locales' unreviewed drafts."""

    def get_object(self, *args, **kwargs):
        instance = super().get_object(*args, **kwargs)
        scope = locale_scope(self.request.user)
        if scope is not None and getattr(instance, "locale_id", None) not in scope.edit:
            raise PermissionDenied
        return instance


def _read_checked(name: str, view_class: type) -> type:
    return type(name, (_InstanceReadChecked, view_class), {})


class _ScopedIndexView(snippet_views.IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        scope = locale_scope(self.request.user)
        return queryset if scope is None else queryset.filter(locale_id__in=scope.edit)


class LocaleScopedSnippetViewSet(snippet_views.SnippetViewSet):
    """A SnippetViewSet for translatable snippets: translators see and edit their
    locale's rows only, reviewers also publish them there."""

    index_view_class = _ScopedIndexView
    edit_view_class = type("ScopedEditView", (_InstanceChecked, snippet_views.EditView), {})
    delete_view_class = type("ScopedDeleteView", (_InstanceChecked, snippet_views.DeleteView), {})
    unpublish_view_class = type("ScopedUnpublishView", (_InstanceChecked, snippet_views.UnpublishView), {})
    history_view_class = _read_checked("ScopedHistoryView", snippet_views.HistoryView)
    usage_view_class = _read_checked("ScopedUsageView", snippet_views.UsageView)
    inspect_view_class = _read_checked("ScopedInspectView", snippet_views.InspectView)
    revisions_view_class = _read_checked("ScopedPreviewRevisionView", snippet_views.PreviewRevisionView)
    revisions_compare_view_class = _read_checked("ScopedRevisionsCompareView", snippet_views.RevisionsCompareView)
    revisions_unschedule_view_class = _read_checked(
        "ScopedRevisionsUnscheduleView", snippet_views.RevisionsUnscheduleView
    )
    preview_on_edit_view_class = _read_checked("ScopedPreviewOnEditView", snippet_views.PreviewOnEditView)
    workflow_history_view_class = _read_checked("ScopedWorkflowHistoryView", snippet_views.WorkflowHistoryView)

    def __init__(self, *args, **kwargs):
        # The policy must exist before anything asks Wagtail for the model's policy.
        register_locale_scoped(self.model)
        super().__init__(*args, **kwargs)


TRANSLATION_EDITOR_PATH = re.compile(r"^/admin/localize/translate/(?P<translation_id>\d+)/")


class TranslationEditorLocaleGuard:
    """wagtail-localize's translation editor checks snippet permissions per model
    only; refuse its endpoints to locale-scoped users for other locales."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        match = TRANSLATION_EDITOR_PATH.match(request.path)
        if match and getattr(request, "user", None) is not None:
            scope = locale_scope(request.user)
            if scope is not None:
                target = (
                    Translation.objects.filter(pk=match["translation_id"])
                    .values_list("target_locale_id", flat=True)
                    .first()
                )
                if target is not None and target not in scope.edit:
                    return HttpResponseForbidden("You may translate into your own language only.")
        return self.get_response(request)
