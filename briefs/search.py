"""Briefs and newsletter issues as search documents: the introduction is the snippet."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from core.search_registry import SearchDocumentData, register_search_document


def issue_document(page) -> SearchDocumentData:
    rendered = page.rendered
    notes = " ".join(strip_tags(text) for name, text in rendered.fragments.items() if name.startswith("note-"))
    is_brief = hasattr(page, "month")
    return SearchDocumentData(
        content_type="brief" if is_brief else "newsletter",
        title=page.title,
        snippet=strip_tags(rendered["introduction"]).strip(),
        body=notes.strip(),
        date=page.month if is_brief else page.issue_date,
    )


def register() -> None:
    from .models import MonthlyBriefPage, NewsletterIssuePage

    register_search_document(MonthlyBriefPage, issue_document, content_type="brief", label=_("Monthly brief"))
    register_search_document(NewsletterIssuePage, issue_document, content_type="newsletter", label=_("Newsletter"))
