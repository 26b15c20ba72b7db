"""A roster from an Excel workbook: read as a CSV is, rows numbered as Excel numbers them."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

import pytest
from openpyxl import Workbook

from gathertui.model import Category
from gathertui.planning.importing import RosterError, read_roster, read_roster_csv

Cell = str | int | float | datetime | None


def workbook(rows: dict[int, list[Cell]]) -> bytes:
    """A workbook whose first sheet holds `rows` at those row numbers, the rest blank."""
    book = Workbook()
    sheet = book.active
    for number, cells in rows.items():
        for column, value in enumerate(cells, start=1):
            sheet.cell(row=number, column=column, value=value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_indonesian_sheet_is_read_like_its_csv() -> None:
    header: list[Cell] = ["No.", "Nama", "Jabatan", "Kategori", "No. HP", "Surel"]
    body: list[list[Cell]] = [
        [1, "Budi Santoso, S.H.", "Wartawan", "Cetak", "+62 812-3456-7890", "budi@radar.co.id"],
        [2, "Sri Wahyuni", "Kontributor", "TV", None, None],
    ]
    from_sheet = read_roster(workbook({1: header, 2: body[0], 3: body[1]}))
    lines = [";".join("" if c is None else str(c) for c in row) for row in (header, *body)]
    from_csv = read_roster_csv("\n".join(lines).encode())
    assert from_sheet == from_csv
    budi = from_sheet.valid[0].person
    assert budi is not None
    assert budi.phone == "+62 812-3456-7890"
    assert budi.category is Category.PRINT
    assert from_sheet.unknown_columns == ["No."]


def test_rows_are_numbered_as_in_excel_and_problems_name_them() -> None:
    data = workbook(
        {
            3: ["nama", "email", "telepon"],
            5: ["Budi", "budi@radar.co.id", 6281234567890],
            6: ["Sri", "sri-at-radar", None],
            8: [None, "x@y.id", None],
        }
    )
    found = read_roster(data)
    assert [row.number for row in found.rows] == [5, 6, 8]
    budi = found.rows[0].person
    assert budi is not None
    # A phone typed into a General cell is a number: its digits come back, not "6.28E+12".
    assert budi.phone == "6281234567890"
    sri, nameless = found.rows[1], found.rows[2]
    assert sri.person is None
    assert "sri-at-radar" in sri.problems[0].render("en")
    assert nameless.person is None


def test_a_sheet_that_gives_a_wrong_size_is_read_whole() -> None:
    data = workbook({1: ["nama", "jabatan"], 2: ["Budi", "Wartawan"], 3: ["Sri", "Redaktur"]})
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                # openpyxl writes the element with a space before "/>" or, with lxml
                # installed (python-docx brings it), without one.
                content = re.sub(rb'<dimension ref="A1:B3" ?/>', b'<dimension ref="A1" />', content)
                assert b'<dimension ref="A1" />' in content
            target.writestr(item, content)
    found = read_roster(out.getvalue())
    assert [row.fields for row in found.rows] == [
        {"name": "Budi", "position": "Wartawan"},
        {"name": "Sri", "position": "Redaktur"},
    ]


def test_a_date_is_read_as_its_day() -> None:
    data = workbook({1: ["nama", "catatan"], 2: ["Budi", datetime(2024, 12, 1)]})
    found = read_roster(data)
    assert found.rows[0].fields["notes"] == "2024-12-01"


def test_a_value_past_the_header_is_refused() -> None:
    found = read_roster(workbook({1: ["nama"], 2: ["Budi", "lebih"]}))
    assert found.rows[0].person is None
    assert "1 value" in found.rows[0].problems[0].render("en")


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04\x14\x00\x06\x00",  # a zip cut short
        b"",  # replaced below by a zip that holds no workbook
    ],
)
def test_a_zip_that_is_no_workbook_is_said(data: bytes) -> None:
    if not data:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("content.xml", "<office:document-content/>")  # an .ods
        data = out.getvalue()
    with pytest.raises(RosterError) as caught:
        read_roster(data)
    assert caught.value.message.key == "import.workbook"


def test_an_empty_sheet_is_an_empty_roster() -> None:
    with pytest.raises(RosterError) as caught:
        read_roster(workbook({}))
    assert caught.value.message.key == "import.empty"
