"""Document links in rich text go through the download-counting route, like the
download lists do, wherever the document belongs to a public publication;
other documents keep Wagtail's URL (served behind the access check)."""

from django.urls import reverse
from django.utils.html import escape
from wagtail.documents.rich_text import DocumentLinkHandler

from core.delivery import public_pages


def counted_download_urls(document_ids) -> dict[int, str]:
    """{document id: its download route} for documents attached to a live, public
    publication (the earliest row counts); one query."""
    from publications.models import PublicationDocument, PublicationPage

    rows = (
        PublicationDocument.objects.filter(
            document_id__in=set(document_ids), page__in=public_pages(PublicationPage).values("pk")
        )
        .order_by("pk")
        .values_list("pk", "document_id")
    )
    urls: dict[int, str] = {}
    for row_id, document_id in rows:
        urls.setdefault(document_id, reverse("publications:download", args=[row_id]))
    return urls


class CountedDocumentLinkHandler(DocumentLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        documents = cls.get_many(attrs_list)
        counted = counted_download_urls(document.pk for document in documents if document)
        return [
            f'<a href="{escape(counted.get(document.pk, document.url))}">' if document else "<a>"
            for document in documents
        ]
