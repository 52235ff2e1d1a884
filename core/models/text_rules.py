"""What stored content text may hold, whichever path wrote it.

Django's form fields refuse a NUL byte, but nothing below them does: a text
arriving from wagtail-localize's editor, a PO upload, machine translation or
the admin API reached the page (and the public HTML and API) unchecked, and
PostgreSQL refuses a NUL in text outright. Tabs and line breaks are text; NUL,
the other C0 control characters and DEL are not. A field's own maximum length
(`max_length`, or a `MaxLengthValidator`) holds for every value written into it,
translated values included.

Used by the translated-string guard (core.translated_text) and by the publish
check below, which every public page type and published snippet runs on every
path to live.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from modelcluster.models import get_all_child_relations

# "Two or three sentences": generous for that, and far from a pasted document.
SUMMARY_MAX_LENGTH = 1000
SUMMARY_VALIDATORS = [MaxLengthValidator(SUMMARY_MAX_LENGTH)]


def summary_field(verbose_name, help_text) -> models.TextField:
    """A short plain-language text (a summary, an update): optional on drafts,
    at most SUMMARY_MAX_LENGTH characters on every path (the validator runs in
    forms; the publish check below reads `max_length` for the other paths)."""
    return models.TextField(
        verbose_name,
        blank=True,
        max_length=SUMMARY_MAX_LENGTH,
        validators=SUMMARY_VALIDATORS,
        help_text=help_text,
    )


_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def forbidden_character(value: str) -> str | None:
    """The first character `value` may not hold, or None."""
    found = _FORBIDDEN.search(value)
    return found.group() if found else None


def field_max_length(field) -> int | None:
    """The strictest length limit a model field declares, or None."""
    limits = [field.max_length] if getattr(field, "max_length", None) else []
    limits += [
        validator.limit_value
        for validator in getattr(field, "validators", [])
        if isinstance(validator, MaxLengthValidator) and isinstance(validator.limit_value, int)
    ]
    return min(limits) if limits else None


def text_problem(value: str, max_length: int | None = None) -> str | None:
    """Why `value` cannot be stored as content text, in the active language, or None."""
    character = forbidden_character(value)
    if character == "\x00":
        return _(
            "Remove the NUL character (an invisible character, often pasted from another program, "
            "shown as \ufffd in the translation editor): this text cannot be used with it."
        )
    if character is not None:
        return _(
            "Remove the invisible control character %(code)s (often pasted from another program): "
            "this text cannot be used with it."
        ) % {"code": f"U+{ord(character):04X}"}
    if max_length is not None and len(value) > max_length:
        return _("Shorten this text to at most %(limit)d characters (it has %(length)d).") % {
            "limit": max_length,
            "length": len(value),
        }
    return None


def _strings_in(value):
    """Every string inside a stream field's raw data (nested lists and dicts)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings_in(item)


def _field_problems(obj) -> list[tuple[models.Field, str]]:
    from wagtail.fields import StreamField

    found = []
    for field in obj._meta.concrete_fields:
        if isinstance(field, StreamField):
            value = getattr(obj, field.attname)
            raw = getattr(value, "raw_data", None)
            strings = list(_strings_in(list(raw) if raw is not None else []))
            problem = next(
                (text_problem(text) for text in strings if forbidden_character(text) is not None),
                None,
            )
        elif isinstance(field, models.CharField | models.TextField):
            value = getattr(obj, field.attname)
            problem = text_problem(value, field_max_length(field)) if isinstance(value, str) else None
        else:
            continue
        if problem:
            found.append((field, problem))
    return found


def stored_text_is_clean(obj) -> None:
    """A publish check: no text of `obj` or of its inline rows (read through the
    relation, in memory on a revision's object) holds a control character or
    exceeds its field's length."""
    errors: dict[str, list[str]] = {}
    for field, problem in _field_problems(obj):
        errors.setdefault(field.name, []).append(f"{capfirst(field.verbose_name)}: {problem}")
    for relation in get_all_child_relations(obj):
        if relation.related_model._meta.app_label.startswith("wagtail"):
            continue  # Wagtail's own rows (comments) are not content
        name = relation.get_accessor_name()
        for row in getattr(obj, name).all():
            for field, problem in _field_problems(row):
                label = f"{capfirst(relation.related_model._meta.verbose_name)}, {field.verbose_name}"
                errors.setdefault(name, []).append(f"{label}: {problem}")
    if errors:
        raise ValidationError(errors)
