"""Publishing rule: undefined abbreviations block publishing when the site says so.

By default undefined abbreviations only warn (in the editor's Checks panel);
with `GLOSSARY_BLOCK_UNDEFINED_ABBREVIATIONS = True` a page that uses one cannot
be published or submitted until it is defined or spelled out. The rule is a
publish check (core.publish_checks), so it holds on every path to live; drafts
and autosaves are never checked, so an unfinished draft can always be saved.
"""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from core.pages import PublicPageMixin
from core.publish_checks import register_publish_check
from core.publish_forms import PublishChecksFormMixin, UniqueRowsFormMixin

from .checks import page_fragments, undefined_abbreviations


def blocks_publishing() -> bool:
    return getattr(settings, "GLOSSARY_BLOCK_UNDEFINED_ABBREVIATIONS", False)


def abbreviations_are_defined(page) -> None:
    """A publish check of every public page type (core.publish_checks), active when
    the site blocks undefined abbreviations; otherwise they only warn in the Checks panel."""
    if not blocks_publishing() or not getattr(page, "locale_id", None):
        return
    undefined = undefined_abbreviations(page_fragments(page), page.locale)
    if undefined:
        message = ngettext(
            "%(abbreviations)s is not in the glossary. Add it to the glossary or spell it out on first use, "
            'e.g. "World Urban Forum (WUF)", then publish again.',
            "%(abbreviations)s are not in the glossary. Add them to the glossary or spell them out on first "
            'use, e.g. "World Urban Forum (WUF)", then publish again.',
            len(undefined),
        ) % {"abbreviations": ", ".join(undefined)}
        raise ValidationError(message)


def _with_check(form_class):
    """`form_class` with the publish checks' messages and the protection of its
    inline rows against a Publish racing an autosave, where it lacks them."""
    mixins = (UniqueRowsFormMixin, PublishChecksFormMixin)
    missing = tuple(mixin for mixin in mixins if not issubclass(form_class, mixin))
    if not missing:
        return form_class
    name = f"{form_class.__name__}WithPublishChecks"
    return type(name, (*missing, form_class), {"__module__": __name__})


def install_publish_check() -> None:
    """Register the rule above for every public page type, and give every public
    page type's admin form the publish checks' messages on its fields.

    Done here rather than in each app so page types added later get it without
    knowing about the glossary (apps earlier in the order cannot import it, later
    ones need not). `Page.base_form_class` is only set by wagtail.admin's own
    ready(), which runs after this one, hence the fallback.
    """
    register_publish_check(PublicPageMixin, abbreviations_are_defined)
    for model in apps.get_models():
        if issubclass(model, Page) and issubclass(model, PublicPageMixin):
            model.base_form_class = _with_check(getattr(model, "base_form_class", None) or WagtailAdminPageForm)
