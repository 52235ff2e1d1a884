"""Donation and project reports as users of documents (core.document_users): a
report's document is public while the page that lists the report is public."""

from core.delivery import public_pages


def documents_of_public_reports(document_ids: list[int]) -> set[int]:
    from .models import DonatePage, DonationProjectPage, DonationProjectReport, DonationReport

    public = set()
    for row_model, page_model in ((DonationReport, DonatePage), (DonationProjectReport, DonationProjectPage)):
        rows = row_model.objects.filter(document_id__in=document_ids, page__in=public_pages(page_model).values("pk"))
        public |= set(rows.values_list("document_id", flat=True))
    return public


def register() -> None:
    from core.document_users import register_document_users

    register_document_users("donate.reports", documents_of_public_reports)
