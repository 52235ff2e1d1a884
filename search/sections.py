"""The home page leads with the latest work: publications, flagship programmes
and projects that need funding (stories register their own section), through
core's page-section registry; cards come from the search documents
(search/listings.py), one query per section."""

from django.utils.translation import gettext_lazy as _

from core.page_sections import register_page_section

TEMPLATE = "search/sections/latest.html"
LATEST = [
    # (section name, content type, heading, order): before the stories (50).
    ("latest-publications", "publication", _("Latest publications"), 10),
    ("flagship-programmes", "flagship", _("Flagship programmes"), 20),
    ("projects-to-fund", "donation_project", _("Projects that need your support"), 30),
]


def _section(content_type: str, heading, name: str):
    def context(page, request) -> dict | None:
        from .listings import latest

        cards = latest(page.locale, content_type, limit=3)
        return {"cards": cards, "heading": heading, "heading_id": f"home-{name}"} if cards else None

    return context


def register() -> None:
    from home.models import HomePage

    for name, content_type, heading, order in LATEST:
        register_page_section(HomePage, name, TEMPLATE, _section(content_type, heading, name), order=order)
