"""Summary sheets of the resident survey as PDF (reportlab), with their charts (no Qt).

reportlab, pandas and scipy are imported with this package: import it where the sheets are
made, not at start-up.
"""

from inclusion_desktop.reports.generate import (
    PreparedSheets,
    ReportError,
    ReportProgress,
    ReportResult,
    file_name,
    generate_reports,
    prepare_sheets,
    prepare_store_sheets,
    render_sheets,
    write_reports,
)
from inclusion_desktop.reports.sheet import MIN_SHEET_RESPONDENTS, interval_text, value_text

__all__ = [
    "MIN_SHEET_RESPONDENTS",
    "PreparedSheets",
    "ReportError",
    "ReportProgress",
    "ReportResult",
    "file_name",
    "generate_reports",
    "interval_text",
    "prepare_sheets",
    "prepare_store_sheets",
    "render_sheets",
    "value_text",
    "write_reports",
]
