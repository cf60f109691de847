"""Build the bundled XLSForm workbooks from their markdown sources.

The questionnaires are written as pyxform markdown tables in
``resources/questionnaires/<form>.md`` so that they can be reviewed as text. This script
turns each of them into ``<form>.xlsx``, the workbook a coordinator opens in a spreadsheet
program or uploads to KoboToolbox. The output is byte-for-byte reproducible: running the
script twice, or on another machine, gives the same files, so an unchanged form never
shows up as a change in version control.

Usage::

    python scripts/build_questionnaires.py           # rewrite the .xlsx files
    python scripts/build_questionnaires.py --check   # exit 1 if an .xlsx is out of date
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from pyxform.xls2json_backends import md_table_to_workbook

ROOT = Path(__file__).resolve().parent.parent
QUESTIONNAIRES = ROOT / "resources" / "questionnaires"
FORMS = ("habitants", "structures")

# Fixed timestamp written in the workbook properties and the zip entries, so that the
# bytes depend only on the markdown source.
FIXED_ISO = "2000-01-01T00:00:00Z"
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)

# Column widths (in characters) for readability in a spreadsheet program.
WIDTHS = {"type": 30, "name": 28, "list_name": 24, "label": 60, "hint": 50}
DEFAULT_WIDTH = 22


def _width(header: str) -> int:
    """Return the display width of a column from its XLSForm header."""
    base = header.split("::", 1)[0]
    return WIDTHS.get(base, DEFAULT_WIDTH)


def _style(workbook_bytes: bytes) -> bytes:
    """Add cosmetic formatting (bold frozen header, widths, wrapping); values are unchanged."""
    wb = load_workbook(io.BytesIO(workbook_bytes))
    for ws in wb.worksheets:
        ws.freeze_panes = "A2"
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for idx, cell in enumerate(ws[1], start=1):
            header = str(cell.value or "")
            ws.column_dimensions[get_column_letter(idx)].width = _width(header)
            if header.split("::", 1)[0] in ("label", "hint"):
                for (body_cell,) in ws.iter_rows(min_row=2, min_col=idx, max_col=idx):
                    body_cell.alignment = Alignment(wrap_text=True, vertical="top")
        if ws.max_row > 1:
            ws.auto_filter.ref = ws.dimensions
    wb.properties.creator = "inclusion_desktop scripts/build_questionnaires.py"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite an .xlsx archive with fixed timestamps so that its bytes are reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rb"\g<1>" + FIXED_ISO.encode() + rb"\g<2>",
                    content,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, content)
    return out.getvalue()


def build_workbook(md_path: Path) -> bytes:
    """Return the .xlsx bytes generated from one markdown XLSForm."""
    raw = io.BytesIO()
    md_table_to_workbook(md_path.read_text(encoding="utf-8")).save(raw)
    return _normalise_zip(_style(raw.getvalue()))


def main(argv: list[str] | None = None) -> int:
    """Build (or with ``--check`` verify) every bundled questionnaire workbook."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 if a workbook is stale"
    )
    args = parser.parse_args(argv)
    stale = []
    for form in FORMS:
        md_path = QUESTIONNAIRES / f"{form}.md"
        xlsx_path = QUESTIONNAIRES / f"{form}.xlsx"
        data = build_workbook(md_path)
        if xlsx_path.exists() and xlsx_path.read_bytes() == data:
            print(f"{xlsx_path.relative_to(ROOT)}: à jour")
            continue
        if args.check:
            stale.append(xlsx_path)
            print(f"{xlsx_path.relative_to(ROOT)}: PAS à jour", file=sys.stderr)
            continue
        xlsx_path.write_bytes(data)
        print(f"{xlsx_path.relative_to(ROOT)}: écrit")
    if stale:
        print("Lancez : python scripts/build_questionnaires.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
