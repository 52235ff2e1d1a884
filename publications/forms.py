"""The publication page's admin form and the editor's heavy-document warning.

The publish rules are the checks in models/checks.py (run on every path to
live); the form shows their messages on the fields when an editor publishes or
submits, never on drafts and autosaves.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from core.publish_forms import PublishChecksFormMixin, UniqueRowsFormMixin
from publications.files import human_size


def large_document_threshold() -> int:
    """Bytes above which a document without a read-online body gets a warning
    (10 MB: decimal, as human_size() shows it)."""
    return getattr(settings, "PUBLICATIONS_LARGE_DOCUMENT_SIZE", 10_000_000)


class PublicationPageForm(UniqueRowsFormMixin, PublishChecksFormMixin, WagtailAdminPageForm):
    unique_rows = {"documents": "document", "thematic_area_rows": "thematic_area"}


def large_document_warning(page) -> str | None:
    if page.body:
        return None
    threshold = large_document_threshold()
    # Rows of a draft are not saved yet, so the size comes from the document itself.
    heavy = [
        row.document for row in page.documents.all() if row.document_id and row.document.get_file_size() > threshold
    ]
    if not heavy:
        return None
    return str(
        _(
            "Documents: “%(title)s” is %(size)s, over %(limit)s, and this publication has no read-online text. "
            "Many readers will not download it: add the key text under “Read online” and link to the file from there."
        )
        % {"title": heavy[0].title, "size": human_size(heavy[0].get_file_size()), "limit": human_size(threshold)}
    )
