"""Issues (monthly briefs, newsletter issues) → API dictionaries: the parts of
a detail that the detail endpoint and the listings' `expand=` share."""

from core.serializers import page_type
from home.serializers import contact_out

from .selectors import FundingLine, SectionView


def _figure_out(figure) -> dict:
    return figure.__dict__


def _entry_out(entry, codes, requested) -> dict:
    return {
        "title": entry.title,
        "subtitle": entry.subtitle,
        "url": entry.url,
        "type": page_type(entry.page),
        "date": entry.happened_on,
        "text": entry.text,
        "note": entry.note,
        "status": entry.status_label,
        "contact": contact_out(entry.contact, codes, requested) if entry.contact else None,
        "figures": [_figure_out(figure) for figure in entry.figures],
        "locale": entry.language,
    }


def sections_out(sections: list[SectionView], codes: dict, requested) -> list[dict]:
    return [
        {
            "key": section.key,
            "label": section.label,
            "entries": [_entry_out(entry, codes, requested) for entry in section.entries],
        }
        for section in sections
    ]


def email_links_out(page) -> dict:
    """The addresses of the issue's email versions (HTML and plain text)."""
    base = page.url
    return {
        "html": base + page.reverse_subpage("email_html") if base else None,
        "text": base + page.reverse_subpage("email_text") if base else None,
    }


def funding_summary_out(lines: list[FundingLine]) -> list[dict]:
    return [
        {
            "thematic_area": line.area_name,
            "thematic_area_slug": line.area.slug if line.area else None,
            "currency": line.currency,
            "projects": line.projects,
            "goal": line.raw["goal"],
            "received": line.raw["received"],
            "gap": line.raw["gap"],
            "goal_formatted": line.goal,
            "received_formatted": line.received,
            "gap_formatted": line.gap,
        }
        for line in lines
    ]
