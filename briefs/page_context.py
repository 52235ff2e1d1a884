"""What the update pages add to their template context."""

from django.urls import reverse

from core.links import localized_urls
from core.pages import register_page_context, register_page_view

from .emails import render_issue_email
from .models import BriefIndexPage
from .models.pages import IssuePageMixin
from .selectors import donation_reports_url, funding_lines, issue_sections, public_briefs, public_newsletters

LISTED = 24


def index_context(index_page, request) -> dict:
    locale = index_page.locale
    briefs = list(public_briefs(locale).select_related("locale")[:LISTED])
    newsletters = list(public_newsletters(locale).select_related("locale")[:LISTED])
    urls = localized_urls(briefs + newsletters, locale, request)
    return {
        "briefs": [(page, urls.get(page.pk)) for page in briefs],
        "newsletters": [(page, urls.get(page.pk)) for page in newsletters],
        "subscribe_url": reverse("briefs:subscribe"),
    }


def issue_context(page, request) -> dict:
    return {
        "issue_sections": issue_sections(page, request),
        "funding": funding_lines(page),
        "reports_url": donation_reports_url(page.locale, request),
        "subscribe_url": reverse("briefs:subscribe"),
        "email_html_url": page.url + page.reverse_subpage("email_html") if page.url else None,
        "email_text_url": page.url + page.reverse_subpage("email_text") if page.url else None,
    }


def register() -> None:
    """Called from `BriefsConfig.ready()`: the models never import what is built on them."""
    register_page_context(BriefIndexPage, index_context)
    # The mixin is in both issue types' MRO: monthly briefs and newsletter issues.
    register_page_context(IssuePageMixin, issue_context)
    register_page_view(IssuePageMixin, "email", render_issue_email)
