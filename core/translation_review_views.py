"""Admin views of the translation loop: submit a translation for review, and
publish one with untranslated parts (a page's or a snippet's) after confirming it."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page
from wagtail_localize.models import Translation

from .models.untranslated_confirmation import is_covered, may_confirm
from .publish_paths import refusal_text
from .translation_review import publish_confirmed, submit_for_review, untranslated_parts


def _translation(translation_id: int):
    return get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), pk=translation_id, enabled=True
    )


def _translated_page(request, translation_id: int, permission: str):
    translation = _translation(translation_id)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise PermissionDenied
    page = page.specific
    permissions = page.permissions_for_user(request.user)
    if not (permissions.can_publish() if permission == "publish" else permissions.can_edit()):
        raise PermissionDenied
    return translation, page


def _translated_to_publish(request, translation_id: int):
    """The translation and its target (a page or a draftable snippet), when the
    user may publish that target in its locale."""
    translation = _translation(translation_id)
    target = translation.get_target_instance()
    if not is_covered(type(target)) or not may_confirm(request.user, target):
        raise PermissionDenied
    return translation, target


def _display_title(obj) -> str:
    return obj.get_admin_display_title() if isinstance(obj, Page) else str(obj)


def _editor_url(obj) -> str:
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    return AdminURLFinder().get_edit_url(obj)


def submit(request, translation_id: int):
    """GET: what will be submitted (progress, parts still untranslated); POST: submit it."""
    translation, page = _translated_page(request, translation_id, "edit")
    if request.method == "POST":
        try:
            submit_for_review(translation, request.user, request)
        except ValidationError as error:
            messages.error(request, _("Not submitted. %(reasons)s") % {"reasons": refusal_text(error)})
            return redirect(request.path)
        messages.success(
            request,
            _("“%(title)s” was submitted for review; the %(language)s reviewers have been told.")
            % {"title": page.get_admin_display_title(), "language": translation.target_locale.get_display_name()},
        )
        return redirect(_editor_url(page))
    total, done = translation.get_progress()
    return TemplateResponse(
        request,
        "core/translation_review/submit.html",
        {
            "page": page,
            "translation": translation,
            "total": total,
            "done": done,
            "parts": untranslated_parts(page),
            "in_review": page.workflow_in_progress,
            "editor_url": _editor_url(page),
            "header_title": _("Submit “%(title)s” for review") % {"title": page.get_admin_display_title()},
        },
    )


class ConfirmUntranslatedForm(forms.Form):
    publish_untranslated = forms.BooleanField(
        label=gettext_lazy("Publish with the untranslated parts in the original language"),
        error_messages={
            "required": gettext_lazy(
                "Some parts are not translated yet: confirm that they may be published in the original language."
            )
        },
    )


def confirm_publish(request, translation_id: int):
    """wagtail-localize's "Publish" of a translation with untranslated segments
    lands here (see `hold_unconfirmed_publish`): the reviewer sees the parts that
    would go out in the source language and confirms, or goes back."""
    translation, page = _translated_to_publish(request, translation_id)
    parts = untranslated_parts(page)
    form = ConfirmUntranslatedForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            publish_confirmed(translation, request.user)
        except ValidationError as error:
            messages.error(request, _("Not published. %(reasons)s") % {"reasons": refusal_text(error)})
            return redirect(_editor_url(page))
        messages.warning(
            request,
            ngettext(
                "Published “%(title)s” in %(language)s with %(count)s part in the original language.",
                "Published “%(title)s” in %(language)s with %(count)s parts in the original language.",
                parts["missing"],
            )
            % {
                "title": _display_title(page),
                "language": translation.target_locale.get_display_name(),
                "count": parts["missing"],
            },
        )
        return redirect(_editor_url(page))
    return TemplateResponse(
        request,
        "core/translation_review/confirm_publish.html",
        {
            "page": page,
            "translation": translation,
            "parts": parts,
            "form": form,
            "editor_url": _editor_url(page),
            "header_title": _("Publish “%(title)s” with untranslated parts?") % {"title": _display_title(page)},
        },
    )


def hold_unconfirmed_publish(request, obj):
    """before_edit_page and before_edit_snippet, ahead of wagtail-localize: its
    "Publish" of a translation with untranslated segments goes to the
    confirmation first. Users who may not publish are left to wagtail-localize,
    which refuses them."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not is_covered(type(obj)) or getattr(obj, "locale_id", None) is None:
        return None
    translations = Translation.objects.filter(
        source__object_id=obj.translation_key, target_locale_id=obj.locale_id, enabled=True
    )
    translation = translations.only("pk").first()
    if translation is None or not may_confirm(request.user, obj):
        return None
    if not untranslated_parts(obj)["missing"]:
        return None
    return redirect("translation_review:confirm_publish", translation_id=translation.pk)
