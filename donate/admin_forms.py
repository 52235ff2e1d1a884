"""The donate pages' admin forms.

The publish rules are the checks in models/checks.py, run on every path to
live; these forms only show their messages on the fields when an editor
publishes or submits. Drafts and autosaves save with a title alone.
"""

from wagtail.admin.forms import WagtailAdminPageForm

from core.publish_forms import PublishChecksFormMixin, UniqueRowsFormMixin


class DonatePageForm(UniqueRowsFormMixin, PublishChecksFormMixin, WagtailAdminPageForm):
    pass


class DonationProjectPageForm(UniqueRowsFormMixin, PublishChecksFormMixin, WagtailAdminPageForm):
    pass
