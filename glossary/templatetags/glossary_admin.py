from django import template
from django.conf import settings
from django.utils.translation import get_language_info

from glossary.admin_links import add_to_glossary_url
from glossary.checks import page_fragments, readability, undefined_abbreviations
from glossary.forms import blocks_publishing

register = template.Library()


def _language_name(code: str) -> str:
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def can_add_entries(user) -> bool:
    """May `user` add glossary entries (Editors and Moderators may; locale-scoped
    translators may not, see core.locale_permissions)? The panel shows the "Add"
    links only then, and otherwise says whom to ask."""
    from wagtail.permissions import policy_registry

    from glossary.models import Abbreviation

    return user is not None and policy_registry.get_by_type(Abbreviation).user_has_permission(user, "add")


@register.simple_tag(takes_context=True)
def glossary_checks(context, obj):
    """What the Checks panel shows for a page with visitor text; None for anything else.

    Readability is scored for the page and each of its live translations, one
    score per locale with its formula named, so editors see one scale per
    language instead of Wagtail's English-only measure next to ours.
    """
    if obj is None or not hasattr(obj, "text_fragments") or not getattr(obj, "locale_id", None):
        return None
    # The panel asks from three template blocks; score the text once per request.
    if "_glossary_checks" not in obj.__dict__:
        request = context.get("request")
        checks = _checks(obj)
        checks["can_add"] = can_add_entries(getattr(request, "user", None))
        obj.__dict__["_glossary_checks"] = checks
    return obj.__dict__["_glossary_checks"]


def _checks(obj) -> dict:
    code = obj.locale.language_code
    fragments = page_fragments(obj)
    scores = [(_language_name(code), readability(fragments, code))]
    if obj.pk:
        known = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
        for translation in obj.get_translations().live().specific().select_related("locale"):
            other = translation.locale.language_code
            if other in known:
                scores.append((_language_name(other), readability(page_fragments(translation), other)))
    undefined = undefined_abbreviations(fragments, obj.locale_id)
    return {
        "undefined": [(token, add_to_glossary_url(token, code)) for token in undefined],
        "readability": scores,
        "blocking": blocks_publishing(),
    }
