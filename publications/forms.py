"""The publish-time rules of a publication, applied in its admin form."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from publications.files import check_upload, human_size
from publications.validation import abstract_problem


def large_document_threshold() -> int:
    """Bytes above which a document without a read-online body gets a warning."""
    return getattr(settings, "PUBLICATIONS_LARGE_DOCUMENT_SIZE", 10 * 1024 * 1024)


def stored_file_problems(document) -> list[str]:
    """Upload checks for a document already in the library (it may predate them)."""
    try:
        with document.open_file() as handle:
            return check_upload(handle, document.file.name, document.get_file_size())
    except OSError:
        return [str(_("The file of this document is missing from storage. Upload it again."))]


def _live_rows(formset) -> list:
    formset.is_valid()  # cleans the rows now; the parent form's clean() runs first
    rows = []
    for form in formset.forms:
        data = getattr(form, "cleaned_data", None) or {}
        if data and not data.get("DELETE"):
            rows.append(form)
    return rows


class PublicationPageForm(WagtailAdminPageForm):
    """Applies the rules of a published publication when the editor publishes
    (or submits for moderation), not on drafts or autosaves: Wagtail calls
    defer_required_fields() for those, and inline rows are only visible here."""

    missing_reading = _(
        "Documents: add at least one document, or write the read-online text, so there is something to read."
    )

    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data
        locale = cleaned_data.get("locale") or getattr(self.instance, "locale", None)
        language = locale.language_code if locale else settings.LANGUAGE_CODE
        problem = abstract_problem(cleaned_data.get("abstract") or "", language)
        if problem:
            self.add_error("abstract", problem)

        areas = [f for f in _live_rows(self.formsets["thematic_area_rows"]) if f.cleaned_data.get("thematic_area")]
        if not areas:
            self.add_error(
                None,
                _("Thematic areas: choose at least one, so people find the publication under its themes."),
            )

        documents = [f for f in _live_rows(self.formsets["documents"]) if f.cleaned_data.get("document")]
        for form in documents:
            for message in stored_file_problems(form.cleaned_data["document"]):
                form.add_error("document", message)
        if not documents and not cleaned_data.get("body"):
            self.add_error(
                "body",
                self.missing_reading,
            )
        return cleaned_data


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
