"""The translation loop's parts of wagtail-localize's editor and of the workflow modal."""

from django import template
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Page

from core.translation_review import untranslated_parts as _untranslated_parts

register = template.Library()

# Other apps add links to the bar with this hook: fn(translation, page, request) -> {"label", "url"} or None
# (the glossary adds its Checks in the target language).
TOOLS_HOOK = "register_translation_editor_tools"


@register.simple_tag
def untranslated_parts(obj):
    return _untranslated_parts(obj)


@register.inclusion_tag("core/translation_review/editor_bar.html", takes_context=True)
def translation_loop_bar(context, translation, instance):
    """Above wagtail-localize's editor: progress, the review state and the actions
    of the loop. Translators (who may not publish) get "Submit for review" as their
    main action; wagtail-localize's own footer (Delete, Stop synced translation) is
    hidden from them."""
    request = context["request"]
    if not isinstance(instance, Page):
        return {"show": False}
    permissions = instance.permissions_for_user(request.user)
    total, done = translation.get_progress()
    state = instance.current_workflow_state
    tools = [tool for fn in hooks.get_hooks(TOOLS_HOOK) if (tool := fn(translation, instance, request))]
    return {
        "show": True,
        "request": request,
        "translation": translation,
        "page": instance,
        "total": total,
        "done": done,
        "percent": done * 100 // total if total else 100,
        "can_publish": permissions.can_publish(),
        "workflow_state": state,
        "submit_url": reverse("translation_review:submit", args=[translation.pk]),
        "preview_url": reverse("wagtail_localize:preview_translation", args=[translation.pk]),
        "share_url": reverse("share_links:manage", args=[instance.pk]),
        "tools": tools,
    }
