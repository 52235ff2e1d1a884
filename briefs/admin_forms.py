"""Admin forms of the update pages: they show the publish checks' messages on the fields."""

from wagtail.admin.forms import WagtailAdminPageForm

from core.publish_forms import PublishChecksFormMixin, UniqueRowsFormMixin


class IssuePageForm(UniqueRowsFormMixin, PublishChecksFormMixin, WagtailAdminPageForm):
    pass
