"""Publications as users of documents (core.document_users): a document attached
to a publication is public while that publication is live, public and unexpired."""

from core.delivery import public_pages


def documents_of_public_publications(document_ids: list[int]) -> set[int]:
    from publications.models import PublicationDocument, PublicationPage

    rows = PublicationDocument.objects.filter(
        document_id__in=document_ids, page__in=public_pages(PublicationPage).values("pk")
    )
    return set(rows.values_list("document_id", flat=True))


def register() -> None:
    from core.document_users import register_document_users

    register_document_users("publications.PublicationDocument", documents_of_public_publications)
