"""What the donate pages add to their template context. Registered with core's
page-context registry from `DonateConfig.ready()`, so the models never import
the selectors or the giving form that are built on them."""

from core.pages import register_page_context

from .forms import GiveForm
from .models import DonatePage, DonationProjectPage
from .selectors import allocation_for_year, projects_by_thematic_area, status_history


def donate_page_context(page, request) -> dict:
    allocations = list(page.allocations.all())
    context = {
        "allocations": [(row, page.rendered[f"allocation-{index}"]) for index, row in enumerate(allocations)],
        "allocation_table": allocation_for_year(page, allocations, page.locale.language_code),
        "reports": list(page.reports.select_related("document")),
        "project_groups": projects_by_thematic_area(page.locale, parent=page),
    }
    if page.takes_general_gifts:
        # The giving view replaces it with the bound form when a gift is refused.
        context["give_form"] = GiveForm(project=page, suggestions=page.suggestions_for(page.currency))
    return context


def project_page_context(page, request) -> dict:
    context = {
        "progress": page.progress(),
        "effective_status": page.effective_status(),
        # The giving view replaces it with the bound form when a gift is refused.
        "give_form": GiveForm(project=page, suggestions=page.suggestions()),
        "status_history": status_history(page.translation_key),
        "project_reports": list(page.reports.select_related("document")),
        "flagship": page.localized_flagship(),
    }
    parent = page.donate_page()
    if parent is not None and parent.takes_general_gifts and parent.live:
        context["general_gift_url"] = f"{parent.url}#general-gift"
    if page.focal_point_id and page.focal_point.live:
        context["focal_point"] = page.focal_point
    return context


def register() -> None:
    register_page_context(DonatePage, donate_page_context)
    register_page_context(DonationProjectPage, project_page_context)
