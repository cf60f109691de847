"""Spreadsheet-safe cells: no exported text can become a formula (OWASP « CSV injection »).

A spreadsheet program that opens a CSV (or a Stata file converted to a workbook) treats a cell
beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return as a formula: an answer such
as ``=HYPERLINK("http://…"&A2)`` typed by a resident, or forged in an export file, would then run
on the coordinator's computer. Such text is written with a leading apostrophe, the OWASP rule,
which every spreadsheet shows as text. Numbers stay numbers: a value that is only a number
(``-3``, ``+33.5``, ``1e-3``) is harmless and is left as it is, so is every non-text value.
In a workbook, cells are typed: :func:`text_cells_only` turns every formula cell into a text cell.
"""

from __future__ import annotations

import re
from typing import Any

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """Return `value` unchanged unless it is text a spreadsheet would read as a formula."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def safe_row(values: list[Any]) -> list[Any]:
    """The cells of one CSV row, each made safe."""
    return [safe_cell(value) for value in values]


def safe_frame(frame: Any) -> Any:
    """A copy of a pandas DataFrame whose text cells are safe; numeric columns untouched."""
    from pandas.api.types import is_object_dtype, is_string_dtype

    safe = frame.copy()
    for column in safe.columns:
        if is_object_dtype(safe[column]) or is_string_dtype(safe[column]):
            safe[column] = safe[column].map(safe_cell)
    return safe


def text_cells_only(workbook: Any) -> int:
    """Make every formula cell of an openpyxl workbook a text cell; return how many there were.

    openpyxl stores any string beginning with ``=`` as a formula; typed as text, the cell keeps
    its exact value and is never evaluated.
    """
    changed = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
                    changed += 1
    return changed
