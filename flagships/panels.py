"""Admin panels: the dashboard's count of overdue flagships, and the warning on
an overdue flagship's own edit page."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.admin.ui.components import Component

from .review_queue import overdue_rows, review_row_for


class OverdueFlagshipsPanel(Component):
    name = "flagships_overdue"
    template_name = "flagships/admin/overdue_panel.html"
    order = 90

    def get_context_data(self, parent_context=None):
        return {"overdue_count": len(overdue_rows())}


class OverdueReviewPanel(Panel):
    """At the top of a flagship's edit form while the programme is overdue for
    review: by how long, who owns it and whom to ask, and what clears it. The same
    row as the "Flagships due for review" report, so the two always agree."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Review overdue"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "flagships/admin/overdue_review_panel.html"

        @cached_property
        def row(self):
            if self.instance is None or not self.instance.pk:
                return None  # a flagship being created has no review yet
            row = review_row_for(self.instance)
            return row if row is not None and row.state.is_overdue else None

        def is_shown(self):
            return self.row is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["row"] = self.row
            return context
