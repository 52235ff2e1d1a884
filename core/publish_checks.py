"""What a page type must satisfy before it goes live, checked on every path to live.

Drafts may be incomplete (Wagtail autosaves them); a published page may not. Each
app registers the checks of its page types here from its `AppConfig.ready()`; the
platform runs them wherever a revision becomes live (the edit and create forms,
bulk publish, workflow approval, scheduled go-live, wagtail-localize, the admin
API, `revision.publish()`), so one rule gives one message everywhere.

A check receives the object about to go live (for a revision, `revision.as_object()`,
whose inline rows are in memory: read them through the relation, never with a
query on the row model) and raises `ValidationError` keyed by field:

    def abstract_is_written(page):
        if not page.abstract:
            raise ValidationError({"abstract": _("Write an abstract.")})

    register_publish_check(PublicationPage, abstract_is_written)
"""

from collections.abc import Callable

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

PublishCheck = Callable[[object], None]

_checks: dict[type, list[PublishCheck]] = {}


def register_publish_check(model: type, check: PublishCheck) -> None:
    """Run `check` before any object of `model` (or a subclass) goes live. Idempotent."""
    checks = _checks.setdefault(model, [])
    if check not in checks:
        checks.append(check)


def checks_for(model: type) -> list[PublishCheck]:
    """The checks registered for `model` and its base classes, base classes first."""
    found: list[PublishCheck] = []
    for klass in reversed(model.__mro__):
        for check in _checks.get(klass, []):
            if check not in found:
                found.append(check)
    return found


def publish_errors(obj) -> ValidationError | None:
    """Every check's refusal for `obj`, merged into one error keyed by field, or None."""
    errors: dict[str, list] = {}
    for check in checks_for(type(obj)):
        try:
            check(obj)
        except ValidationError as error:
            detail = error.error_dict if hasattr(error, "error_dict") else {NON_FIELD_ERRORS: error.error_list}
            for field, messages in detail.items():
                errors.setdefault(field, []).extend(messages)
    return ValidationError(errors) if errors else None


def check_publishable(obj) -> None:
    """Raise the merged `ValidationError` when `obj` may not go live."""
    error = publish_errors(obj)
    if error is not None:
        raise error
