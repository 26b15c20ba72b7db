"""The roster's pangkat/golongan and NIP: the last two columns of the CSV and the
workbook (the NIP a text cell, all 18 digits), read back by the importer."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from conftest import PLANS, VISIT
from gathertui.exports import export
from gathertui.model.plan import Plan
from gathertui.planning.importing import read_roster, read_roster_csv
from gathertui.storage import load_plan

NIP = "197503122000032004"
SPACED = "19680521 199303 1 007"


def _plan() -> Plan:
    """The example visit with the Kepala Dinas's and the Wali Kota's rank and NIP."""
    plan = load_plan(PLANS / VISIT).model
    civil = {
        "Sunarto": ("Pembina (IV/a)", NIP),
        "Hevearita Gunaryanti Rahayu": ("Pembina Utama (IV/e)", SPACED),
    }
    for n, person in enumerate(plan.people):
        if person.name in civil:
            rank, nip = civil[person.name]
            plan.people[n] = person.model_copy(update={"rank": rank, "nip": nip})
    return plan


def test_the_csv_ends_with_rank_and_nip() -> None:
    data = export(_plan(), None, "roster", "csv", "id").decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(data)))
    assert header[-2:] == ["Pangkat/golongan", "NIP"]
    by_name = {row[1]: row[-2:] for row in rows}
    assert by_name["Sunarto"] == ["Pembina (IV/a)", NIP]
    assert by_name["Hevearita Gunaryanti Rahayu"] == ["Pembina Utama (IV/e)", SPACED]
    assert by_name["Ayu Wulandari"] == ["", ""]
    english = export(_plan(), None, "roster", "csv", "en").decode("utf-8-sig")
    assert english.splitlines()[0].endswith(",Rank,Civil service rank,NIP")


def test_the_workbook_holds_the_nip_as_text() -> None:
    sheet = load_workbook(io.BytesIO(export(_plan(), None, "roster", "xlsx", "id"))).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    assert header[-2:] == ["Pangkat/golongan", "NIP"]
    nip_column = len(header)
    cells = {
        sheet.cell(row=r, column=2).value: sheet.cell(row=r, column=nip_column)
        for r in range(2, sheet.max_row + 1)
    }
    cell = cells["Sunarto"]
    assert cell.value == NIP and cell.data_type == "s" and cell.number_format == "@"


def test_rank_and_nip_come_back_on_import() -> None:
    for data in (
        export(_plan(), None, "roster", "xlsx", "id"),
        export(_plan(), None, "roster", "csv", "en"),
    ):
        found = read_roster(data)
        people = {row.person.name: row.person for row in found.valid if row.person}
        assert (people["Sunarto"].rank, people["Sunarto"].nip) == ("Pembina (IV/a)", NIP)
        assert people["Hevearita Gunaryanti Rahayu"].nip == SPACED
        assert people["Ayu Wulandari"].nip is None
        # The order of precedence ("Rank") is not taken for the pangkat.
        assert any(column in ("Tata Urutan", "Rank") for column in found.unknown_columns)


def test_the_importer_knows_the_pangkat_headers_offices_write() -> None:
    for header in ("Pangkat", "Golongan", "Pangkat / Golongan", "pangkat/golongan"):
        text = f"Nama;{header};NIP\nSunarto;Pembina (IV/a);{NIP}\n"
        [row] = read_roster_csv(text.encode()).valid
        assert row.person is not None
        assert (row.person.rank, row.person.nip) == ("Pembina (IV/a)", NIP)
