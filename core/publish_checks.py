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


# --- Inline rows -------------------------------------------------------------------
# Every page type with inline rows that point at something (thematic areas, contacts,
# documents) asks the same two questions before publishing: is one chosen, and is
# one chosen twice (old revisions and racing autosaves can hold repeated rows)?


def chosen_rows(page, relation: str, key: str) -> list:
    """The rows of `page.<relation>` whose `key` is chosen, in order. Read through
    the relation, so a revision's rows restored in memory are the ones checked."""
    return [row for row in getattr(page, relation).all() if getattr(row, f"{key}_id")]


def repeated_choices(rows, key: str) -> list:
    """What two or more of `rows` choose through `key`, each once, in the order the repeats appear."""
    seen, repeated = set(), {}
    for row in rows:
        value = getattr(row, f"{key}_id")
        if value in seen and value not in repeated:
            repeated[value] = getattr(row, key)
        seen.add(value)
    return list(repeated.values())


def inline_rows_check(
    relation: str, key: str, *, missing=None, repeated=None, name: Callable[[object], str] = str, joiner: str = ", "
) -> PublishCheck:
    """A publish check on the inline rows `page.<relation>`, each choosing a `key`.

    Args:
        missing: the message (keyed by `relation`) when no row chooses anything;
            None when rows are optional.
        repeated: the message when something is chosen twice, with `%(names)s`
            for what repeats (each `name(target)`, joined by `joiner`); None to allow it.
    """

    def check(page) -> None:
        rows = chosen_rows(page, relation, key)
        if missing is not None and not rows:
            raise ValidationError({relation: missing})
        twice = repeated_choices(rows, key) if repeated is not None else []
        if twice:
            raise ValidationError({relation: repeated % {"names": joiner.join(name(target) for target in twice)}})

    check.__name__ = check.__qualname__ = f"{relation}_rows_are_chosen"
    return check
