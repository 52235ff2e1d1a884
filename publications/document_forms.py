"""The checks every uploaded document passes before Wagtail stores it.

Kept apart from the page form: wagtail.documents.forms reads the database at
import, so it must not be imported while models load.
"""

from wagtail.documents.forms import BaseDocumentForm

from publications.files import check_upload


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing a disallowed type, an oversized file or
    a file whose bytes contradict its extension (e.g. an executable renamed .pdf)."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            for message in check_upload(uploaded, uploaded.name, getattr(uploaded, "size", None)):
                self.add_error("file", message)
        return uploaded
