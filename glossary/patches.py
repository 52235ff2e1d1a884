"""Every change the glossary makes to third-party behaviour, each with why.

Installed once from `GlossaryConfig.ready()`.
"""


def _checks_panel_template() -> None:
    """Wagtail's Checks panel shows one English-only readability measure; ours
    shows one per locale with the formula named, plus undefined abbreviations.
    Wagtail has no API to add metrics or checks to the panel (wagtail#12935, open;
    wagtail#13229 added overridable blocks to its template, which ours extends),
    so the panel's template is replaced by one that extends Wagtail's."""
    from wagtail.admin.ui.side_panels import ChecksSidePanel

    ChecksSidePanel.template_name = "glossary/admin/checks_panel.html"


def install() -> None:
    _checks_panel_template()
