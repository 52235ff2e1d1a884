"""What a publication must satisfy before it goes live, on every path to live.

Registered with `core.publish_checks`; `core.publish_paths` runs them wherever a
revision becomes live, so the edit form, bulk publish, workflows, scheduled
publishing, wagtail-localize and `revision.publish()` refuse the same content
with the same messages. Inline rows are read through the relation (in memory on
`revision.as_object()`), never with a query on the row model.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.publish_checks import chosen_rows, inline_rows_check, register_publish_check, repeated_choices
from publications.files import stored_file_problems
from publications.validation import abstract_problem


def page_language(page) -> str:
    """The page's own language: the Chinese rule for Chinese pages, whatever path publishes them."""
    locale = page.locale if page.locale_id else None
    return locale.language_code if locale else settings.LANGUAGE_CODE


def abstract_is_written(page) -> None:
    problem = abstract_problem(page.abstract or "", page_language(page))
    if problem:
        raise ValidationError({"abstract": problem})


has_thematic_area = inline_rows_check(
    "thematic_area_rows",
    "thematic_area",
    missing=_("Thematic areas: choose at least one, so people find the publication under its themes."),
    repeated=_("Thematic areas: %(names)s is listed more than once; remove the extra row."),
)


def has_something_to_read(page) -> None:
    rows = chosen_rows(page, "documents", "document")
    if not rows and not page.body:
        raise ValidationError(
            {
                "body": _(
                    "Documents: add at least one document, or write the read-online text, "
                    "so there is something to read."
                )
            }
        )
    repeated = [document.title for document in repeated_choices(rows, "document")]
    if repeated:
        raise ValidationError(
            {
                "documents": _("Documents: “%(names)s” is attached more than once; remove the extra row.")
                % {"names": "”, “".join(repeated)}
            }
        )


def documents_are_readable(page) -> None:
    problems = []
    for row in page.documents.all():
        if row.document_id:
            problems += [f"{row.document.title}: {message}" for message in stored_file_problems(row.document)]
    if problems:
        raise ValidationError({"documents": problems})


def register() -> None:
    from .pages import PublicationPage

    for check in (abstract_is_written, has_thematic_area, has_something_to_read, documents_are_readable):
        register_publish_check(PublicationPage, check)
