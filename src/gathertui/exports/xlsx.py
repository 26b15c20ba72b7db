"""The roster as an Excel workbook: the CSV's table on one sheet, for offices that work in
Excel. Every value is a text cell formatted as text ("@"), so "+62 812-3456-7890", an
18-digit NIP or "=HYPERLINK(...)" stays as written: no apostrophe, no rounding, no
formula. The header row is bold and frozen, and the columns fit their content."""

from __future__ import annotations

import io
import re

from gathertui.exports.spreadsheet import roster_table
from gathertui.i18n import tr
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.progress import Progress, tracked

# A column as wide as its longest cell, up to this many characters; a long remark wraps
# in the cell rather than pushing the next columns off the screen.
MAX_WIDTH = 50
# What Excel forbids in a sheet's name, and its length limit.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_SHEET_NAME_LENGTH = 31


def roster_xlsx(
    plan: Plan, settings: WorkspaceSettings | None, lang: str, progress: Progress | None = None
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    header, rows = roster_table(plan, settings, lang)
    book = Workbook()
    sheet = book.active
    title = _SHEET_FORBIDDEN.sub(" ", tr("print.roster_heading", lang))
    sheet.title = title[:_SHEET_NAME_LENGTH].strip() or "Sheet1"
    bold = Font(bold=True)
    for column, text in enumerate(header, start=1):
        cell = sheet.cell(row=1, column=column, value=text)
        cell.font = bold
    for row, cells in enumerate(tracked(rows, progress), start=2):
        # The row number is a number, so the sheet sorts and sums it as one.
        sheet.cell(row=row, column=1, value=int(cells[0]))
        for column, text in enumerate(cells[1:], start=2):
            # An empty cell is formatted as text too: a phone typed into it later stays text.
            cell = sheet.cell(row=row, column=column, value=text or None)
            cell.number_format = "@"
            if text:
                # openpyxl takes a text starting with "=" for a formula; it is data here.
                cell.data_type = "s"
    for column, text in enumerate(header, start=1):
        longest = max([len(text), *(len(cells[column - 1]) for cells in rows)])
        sheet.column_dimensions[get_column_letter(column)].width = min(longest + 2, MAX_WIDTH)
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
