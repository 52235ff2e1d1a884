"""How far a translated object is from its source: the wagtail-localize
translation whose target it is, and how many of its text segments are still
untranslated (shown in the source language once published)."""

from wagtail.models import Locale


def target_translation(obj):
    """The enabled wagtail-localize translation whose target is `obj`, or None
    (a source object, or a translation whose sync was stopped)."""
    from wagtail_localize.models import Translation

    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None or locale_id == Locale.get_default().pk:
        return None
    return (
        Translation.objects.filter(source__object_id=obj.translation_key, target_locale_id=locale_id, enabled=True)
        .select_related("source", "target_locale")
        .first()
    )


def untranslated_segments(obj) -> int:
    """How many text segments of `obj`'s source have no translation into `obj`'s
    locale: the parts a published translation shows in the source language."""
    translation = target_translation(obj)
    if translation is None:
        return 0
    total, done = translation.get_progress()
    return total - done
