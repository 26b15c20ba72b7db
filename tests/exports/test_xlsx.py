"""The roster as .xlsx: the CSV's table as text cells, a frozen bold header, fitted
columns, and a round trip through the importer that gives the same people back."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from conftest import PLANS, VISIT
from gathertui.cli import main
from gathertui.exports import export
from gathertui.exports.xlsx import MAX_WIDTH
from gathertui.model.plan import Plan
from gathertui.planning.importing import read_roster
from gathertui.storage import load_plan

FORMULA = '=HYPERLINK("http://x","klik")'
PHONES = ("+62 812-3456-7890", "+6281234567890", "(024) 3513366", "081234567890")
NIP_LIKE = "197001011990031001"
LONG = "Kepala Dinas " * 10


def phoned_plan() -> Plan:
    """The example visit with phones as people write them, a formula and a long office."""
    plan = load_plan(PLANS / VISIT).model
    people = plan.people
    for n, phone in enumerate((*PHONES, NIP_LIKE)):
        people[n] = people[n].model_copy(update={"phone": phone})
    people[0] = people[0].model_copy(update={"position": FORMULA})
    people[1] = people[1].model_copy(update={"position": LONG.strip()})
    return plan


def sheet_of(data: bytes) -> Worksheet:
    book = load_workbook(io.BytesIO(data))
    assert len(book.worksheets) == 1
    sheet: Worksheet = book.worksheets[0]
    return sheet


def test_the_sheet_holds_the_csv_table_as_text() -> None:
    plan = phoned_plan()
    sheet = sheet_of(export(plan, None, "roster", "xlsx", "id"))
    table = list(
        csv.reader(io.StringIO(export(plan, None, "roster", "csv", "id").decode("utf-8-sig")))
    )
    values = [
        ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
    ]
    # The same table, without the apostrophes CSV puts before a formula.
    assert values == [[cell.removeprefix("'") for cell in row] for row in table]
    assert len(values) == len(plan.people) + 1


def test_phones_and_formulas_are_text_cells() -> None:
    sheet = sheet_of(export(phoned_plan(), None, "roster", "xlsx", "id"))
    header = [cell.value for cell in sheet[1]]
    phone_column = header.index("Telepon") + 1
    phones = [sheet.cell(row=r, column=phone_column) for r in range(2, sheet.max_row + 1)]
    written = {cell.value: cell for cell in phones if cell.value}
    assert set(written) == {*PHONES, NIP_LIKE}
    for cell in written.values():
        assert cell.data_type == "s"
        assert cell.number_format == "@"
    # A phone cell left empty is text too, so a number typed into it later keeps its 0.
    assert all(cell.number_format == "@" for cell in phones)
    formula = next(c for row in sheet.iter_rows(min_row=2) for c in row if c.value == FORMULA)
    assert formula.data_type == "s"
    assert isinstance(sheet.cell(row=2, column=1).value, int)  # "No." is a number


def test_header_is_bold_and_frozen_and_columns_fit() -> None:
    sheet = sheet_of(export(phoned_plan(), None, "roster", "xlsx", "en"))
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.cell(row=1, column=2).value == "Name"
    widths = {letter: dim.width for letter, dim in sheet.column_dimensions.items()}
    assert widths["A"] < widths["B"]  # "No." is narrow, names are wide
    assert max(widths.values()) == MAX_WIDTH  # the long office is capped
    header = [str(cell.value) for cell in sheet[1]]
    for column, title in zip("ABCDEFGHIJKL", header, strict=True):
        assert widths[column] >= len(title)


def test_round_trip_gives_the_same_people() -> None:
    plan = phoned_plan()
    found = read_roster(export(plan, None, "roster", "xlsx", "id"))
    assert not found.invalid
    by_name = {p.name: p for p in plan.people}
    assert sorted(row.person.name for row in found.valid if row.person) == sorted(by_name)
    for row in found.valid:
        person = row.person
        assert person is not None
        original = by_name[person.name]
        assert person.position == original.position
        assert person.organization == original.organization
        assert person.phone == original.phone
        assert person.email == original.email
        assert person.category == original.category
    assert found.rows[-1].number == len(plan.people) + 1  # numbered as Excel numbers rows


def test_the_cli_writes_an_xlsx(tmp_path: Path) -> None:
    target = tmp_path / "peserta.xlsx"
    plan = tmp_path / VISIT
    plan.write_bytes((PLANS / VISIT).read_bytes())
    code = main(["export", str(plan), "--what", "roster", "--format", "xlsx", "-o", str(target)])
    assert code == 0
    assert sheet_of(target.read_bytes()).max_row > 1


def test_the_calendar_is_no_xlsx() -> None:
    code = main(["export", str(PLANS), "--what", "calendar", "--format", "xlsx"])
    assert code == 1


def test_openpyxl_loads_only_for_xlsx() -> None:
    script = (
        "import sys\n"
        "from gathertui.exports import export\n"
        "from gathertui.planning.importing import read_roster\n"
        "from gathertui.storage import load_plan\n"
        f"plan = load_plan(__import__('pathlib').Path({str(PLANS / VISIT)!r})).model\n"
        "read_roster(export(plan, None, 'roster', 'csv', 'id'))\n"
        "print('openpyxl' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
