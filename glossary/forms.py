"""Publishing rule: undefined abbreviations block publishing when the site says so.

By default undefined abbreviations only warn (in the editor's Checks panel);
with `GLOSSARY_BLOCK_UNDEFINED_ABBREVIATIONS = True` a page that uses one cannot
be published or submitted until it is defined or spelled out. The rule lives in
the page's admin form because drafts and autosaves defer validation there
(`is_deferred_validation`), so an unfinished draft can always be saved.
"""

from django.apps import apps
from django.conf import settings
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from core.pages import PublicPageMixin

from .checks import page_fragments, undefined_abbreviations


def blocks_publishing() -> bool:
    return getattr(settings, "GLOSSARY_BLOCK_UNDEFINED_ABBREVIATIONS", False)


class UndefinedAbbreviationsFormMixin:
    def _post_clean(self):
        # After the parent's _post_clean the instance holds the submitted values,
        # which is what the page's text_fragments() read.
        super()._post_clean()
        if self.is_deferred_validation or not blocks_publishing():
            return
        undefined = undefined_abbreviations(page_fragments(self.instance), self.instance.locale)
        if undefined:
            message = ngettext(
                "%(abbreviations)s is not in the glossary. Add it to the glossary or spell it out on first use, "
                'e.g. "World Urban Forum (WUF)", then publish again.',
                "%(abbreviations)s are not in the glossary. Add them to the glossary or spell them out on first "
                'use, e.g. "World Urban Forum (WUF)", then publish again.',
                len(undefined),
            ) % {"abbreviations": ", ".join(undefined)}
            self.add_error(None, message)


def _with_check(form_class):
    if issubclass(form_class, UndefinedAbbreviationsFormMixin):
        return form_class
    name = f"{form_class.__name__}WithGlossaryCheck"
    return type(name, (UndefinedAbbreviationsFormMixin, form_class), {"__module__": __name__})


def install_publish_check() -> None:
    """Give every public page type's admin form the rule above.

    Done here rather than in each app so page types added later get it without
    knowing about the glossary (apps earlier in the order cannot import it, later
    ones need not). `Page.base_form_class` is only set by wagtail.admin's own
    ready(), which runs after this one, hence the fallback.
    """
    for model in apps.get_models():
        if issubclass(model, Page) and issubclass(model, PublicPageMixin):
            model.base_form_class = _with_check(getattr(model, "base_form_class", None) or WagtailAdminPageForm)
