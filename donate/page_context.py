"""What the donate pages add to their template context. Registered with core's
page-context registry from `DonateConfig.ready()`, so the models never import
the selectors or the giving form that are built on them."""

from core.pages import register_page_context

from .forms import GiveForm
from .models import DonatePage, DonationProjectPage
from .selectors import projects_by_thematic_area, status_history


def donate_page_context(page, request) -> dict:
    allocations = list(page.allocations.all())
    return {
        "allocations": [(row, page.rendered[f"allocation-{index}"]) for index, row in enumerate(allocations)],
        "reports": list(page.reports.select_related("document")),
        "project_groups": projects_by_thematic_area(page.locale, parent=page),
    }


def project_page_context(page, request) -> dict:
    context = {
        "progress": page.progress(),
        # The giving view replaces it with the bound form when a gift is refused.
        "give_form": GiveForm(project=page),
        "status_history": status_history(page.translation_key),
        "project_reports": list(page.reports.select_related("document")),
        "flagship": page.localized_flagship(),
    }
    if page.focal_point_id and page.focal_point.live:
        context["focal_point"] = page.focal_point
    return context


def register() -> None:
    register_page_context(DonatePage, donate_page_context)
    register_page_context(DonationProjectPage, project_page_context)
