"""The dashboard panel: how many flagship pages are overdue for review."""

from wagtail.admin.ui.components import Component

from .review_queue import overdue_rows


class OverdueFlagshipsPanel(Component):
    name = "flagships_overdue"
    template_name = "flagships/admin/overdue_panel.html"
    order = 90

    def get_context_data(self, parent_context=None):
        return {"overdue_count": len(overdue_rows())}
