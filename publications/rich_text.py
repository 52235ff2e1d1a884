"""Document links in rich text go through the download-counting route, like the
download lists do, wherever the document belongs to a public publication;
other public documents keep Wagtail's URL (served behind the access check), and
a document the public may not download (core.document_users) keeps the link's
text without an `href`, so neither its URL nor its file name is given away.
Resolved once per item for all its blocks (core.rich_text_links)."""

from django.urls import reverse
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.documents.rich_text import DocumentLinkHandler

from core.delivery import public_pages
from core.document_users import public_document_ids
from core.rich_text_links import BatchedLinkHandler, link_id


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


class CountedDocumentLinkHandler(BatchedLinkHandler, DocumentLinkHandler):
    @classmethod
    def expand_batch(cls, attrs_list: list[dict]) -> list[str]:
        ids = {link_id(attrs) for attrs in attrs_list} - {None}
        found = get_document_model().objects.in_bulk(ids) if ids else {}
        counted = counted_download_urls(found)
        public = set(counted) | public_document_ids(set(found) - set(counted))
        tags = []
        for attrs in attrs_list:
            document = found.get(link_id(attrs))
            if document is None or document.pk not in public:
                tags.append("<a>")
            else:
                tags.append(f'<a href="{escape(counted.get(document.pk, document.url))}">')
        return tags
