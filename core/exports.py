"""Spreadsheet exports that a spreadsheet program cannot turn into code.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read
as a formula by Excel, LibreOffice and Google Sheets (CSV injection, OWASP
"CSV Injection"): a page title such as `=HYPERLINK("https://evil.example","Open")`
would become a live link in an editor's export. Every admin export goes through
`SafeSpreadsheetExportMixin`; text that starts that way gets a leading apostrophe,
which spreadsheet programs show as text and do not display.
"""

from decimal import Decimal

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise_formula(value):
    """`value` unchanged unless it is text a spreadsheet would evaluate; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    """Wagtail's CSV/XLSX export with every text cell neutralised (both formats:
    Wagtail already stores XLSX formulas as text, but a CSV opened in Excel runs them)."""

    def preprocess_field_value(self, field, value, export_format):
        processed = super().preprocess_field_value(field, value, export_format)
        if isinstance(value, int | float | Decimal):
            return processed  # "-5" is a negative number, not an instruction
        return neutralise_formula(processed)
