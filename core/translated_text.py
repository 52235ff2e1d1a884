"""The content text rules (core.models.text_rules) on translated strings.

Every translated value reaches a page or snippet through wagtail-localize's
`StringTranslation` (the translation editor, PO upload, machine translation) or
`SegmentOverride` (links, URLs). wagtail-localize already stores a value it
finds invalid with `has_error` set and shows `field_error` on the segment in the
editor; such a value counts as untranslated and is never copied into the
translated object. The guard below adds the content rules to that check, at
`save()`, so it holds on every path that writes a translation:

- no NUL or other control character (tabs and line breaks are text). A NUL is
  replaced by U+FFFD before the row is written, since PostgreSQL refuses it in
  text: the translator keeps the rest of the text and sees where it was;
- no value longer than the target field's own maximum length (a model field's
  `max_length` or `MaxLengthValidator`, or a block's `max_length`).
"""

from __future__ import annotations

import functools
import json

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from wagtail import blocks
from wagtail.fields import StreamField

from .models.text_rules import field_max_length, text_problem

NUL_REPLACEMENT = "\ufffd"


def _block_max_length(block, components: list[str]) -> int | None:
    for name in components:
        if isinstance(block, blocks.ListBlock):
            block = block.child_block
        elif isinstance(block, blocks.StreamBlock | blocks.StructBlock):
            block = block.child_blocks.get(name)
        if block is None:
            return None
    field = getattr(block, "field", None)
    return getattr(field, "max_length", None)


def _max_length_at(model, components: list[str]) -> int | None:
    if not components:
        return None
    try:
        field = model._meta.get_field(components[0])
    except FieldDoesNotExist:
        return None
    if isinstance(field, StreamField):
        return _block_max_length(field.stream_block, components[1:])
    if isinstance(field, models.ManyToOneRel):  # an inline row: the rest of the path is its field
        return _max_length_at(field.related_model, components[1:])
    return field_max_length(field)


def target_max_length(context) -> int | None:
    """The maximum length of the field (or block) a translation context writes into."""
    from wagtail_localize.models import TranslationSource

    if context is None:
        return None
    content_type_id = (
        TranslationSource.objects.filter(object_id=context.object_id)
        .values_list("specific_content_type_id", flat=True)
        .first()
    )
    model = ContentType.objects.get_for_id(content_type_id).model_class() if content_type_id else None
    if model is None:
        return None
    path = context.field_path or context.path.split(".", 1)[0]
    return _max_length_at(model, path.split("."))


def translation_problem(value: str, context) -> str | None:
    """Why a translated `value` written in `context` may not be used, or None."""
    problem = text_problem(value)
    if problem is None and context is not None:
        problem = text_problem(value, target_max_length(context))
    return problem


def _writes_data(kwargs, name: str) -> bool:
    update_fields = kwargs.get("update_fields")
    return update_fields is None or name in update_fields


def _mark(obj, kwargs, problem: str, changed_field: str) -> None:
    obj.has_error = True
    obj.field_error = problem
    if kwargs.get("update_fields") is not None:
        kwargs["update_fields"] = {*kwargs["update_fields"], changed_field, "has_error", "field_error"}


def guard_string_translation_save(save):
    """Wrap StringTranslation.save (see the module docstring)."""
    if getattr(save, "_checks_content_rules", False):
        return save

    @functools.wraps(save)
    def wrapper(self, *args, **kwargs):
        if _writes_data(kwargs, "data") and isinstance(self.data, str):
            problem = translation_problem(self.data, self.context)
            if problem is not None:
                self.data = self.data.replace("\x00", NUL_REPLACEMENT)
                _mark(self, kwargs, problem, "data")
        return save(self, *args, **kwargs)

    wrapper._checks_content_rules = True
    return wrapper


def guard_segment_override_save(save):
    """Wrap SegmentOverride.save: an overridden value (a link, a URL) follows the same rules."""
    if getattr(save, "_checks_content_rules", False):
        return save

    @functools.wraps(save)
    def wrapper(self, *args, **kwargs):
        if _writes_data(kwargs, "data_json"):
            try:
                value = json.loads(self.data_json)
            except (TypeError, ValueError):
                value = None
            if isinstance(value, str):
                problem = translation_problem(value, self.context)
                if problem is not None:
                    self.data_json = json.dumps(value.replace("\x00", NUL_REPLACEMENT))
                    _mark(self, kwargs, problem, "data_json")
        return save(self, *args, **kwargs)

    wrapper._checks_content_rules = True
    return wrapper


def install() -> None:
    from wagtail_localize.models import SegmentOverride, StringTranslation

    StringTranslation.save = guard_string_translation_save(StringTranslation.save)
    SegmentOverride.save = guard_segment_override_save(SegmentOverride.save)
