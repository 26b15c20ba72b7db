"""The roster as CSV for Excel: UTF-8 with a BOM, one header row, no live formulas.
`exports/xlsx.py` writes the same table as a workbook.

People are grouped by delegation and in order of precedence within it, as on the
participant list; then each official's rank in the order of precedence ("10", "P1"),
and the pangkat/golongan and NIP. `gathertui import` reads either file back: it skips the
columns it does not know (No., delegation, attendance, order of precedence) with a
notice."""

from __future__ import annotations

import csv
import io
import re

from gathertui.exports.printouts import delegation_groups
from gathertui.i18n import tr
from gathertui.i18n.labels import label
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.importing import is_phone_number
from gathertui.planning.precedence import Precedence
from gathertui.progress import Progress, tracked
from gathertui.text import one_line

COLUMNS = (
    "no",
    "name",
    "position_only",
    "organization",
    "category",
    "delegation",
    "attendance",
    "phone",
    "email",
    "rank",
    # A civil servant's pangkat/golongan and NIP, last, so sheets made before them keep
    # their columns where they were.
    "civil_rank",
    "nip",
)
# A cell starting with one of these is a formula to Excel, LibreOffice and Sheets; the
# full-width forms too, which an East Asian input method or Excel's own conversion turns
# into the ASCII ones.
_FORMULA_SIGNS = "=+-@＝＋－＠"
_FORMULA_START = (*_FORMULA_SIGNS, "\t", "\r")
# A formula sign after a separator: Excel set to the Indonesian list separator (;) splits
# "Budi;=HYPERLINK(...)" into two cells, the second a live formula. Spaces between count.
_FORMULA_AFTER_SEPARATOR = re.compile(f"([;,|]\\s*)(?=[{re.escape(_FORMULA_SIGNS)}])")


def neutralise(cell: str) -> str:
    """ "=HYPERLINK(...)" → "'=HYPERLINK(...)": shown as written, never run (OWASP advice);
    "Budi;=HYPERLINK(...)" → "Budi;'=HYPERLINK(...)", for a reader splitting at the ";".

    A phone number ("+62 812-3456-7890") is left as it is: digits, spaces and dashes make
    no formula that can harm, and an apostrophe would show in the cell and come back on
    import."""
    if is_phone_number(cell):
        return cell
    cell = _FORMULA_AFTER_SEPARATOR.sub(r"\1'", cell)
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def roster_table(
    plan: Plan, settings: WorkspaceSettings | None, lang: str
) -> tuple[list[str], list[list[str]]]:
    """The header and the rows every roster spreadsheet holds, cells on one line."""
    delegations = {d.id: d.name for d in plan.delegations}
    precedence = Precedence(settings)
    people = [person for _, members in delegation_groups(plan, settings) for person in members]
    rows = []
    for number, person in enumerate(people, start=1):
        rank = precedence.rank(person)
        cells = [
            person.name,
            person.position or "",
            person.organization or "",
            label(person.category, lang),
            delegations.get(person.delegation or "", person.delegation or ""),
            label(person.attendance, lang),
            person.phone or "",
            person.email or "",
            rank.text() if rank else "",
            person.rank or "",
            person.nip or "",
        ]
        rows.append([str(number), *(one_line(c) for c in cells)])
    return [tr(f"print.col.{key}", lang) for key in COLUMNS], rows


def roster_csv(
    plan: Plan, settings: WorkspaceSettings | None, lang: str, progress: Progress | None = None
) -> bytes:
    header, rows = roster_table(plan, settings, lang)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for cells in tracked(rows, progress):
        writer.writerow([neutralise(cell) for cell in cells])
    # The BOM tells Excel the file is UTF-8; without it, "Sekretaris Daerah – Kota" breaks.
    return "\ufeff".encode() + out.getvalue().encode()
