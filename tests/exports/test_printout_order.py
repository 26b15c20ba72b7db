"""Issue 7: the participant list, the sign-in sheet and the roster CSV list each
delegation's people in order of precedence (UU 9/2010), not in the order of the file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from ordered_plan import GUEST_ORDER, HOST_ORDER, gathertui, positions, write_plan

from gathertui.exports import export
from gathertui.model.plan import Plan
from gathertui.model.workspace import PrecedenceRule, WorkspaceSettings
from gathertui.planning.importing import read_roster_csv
from gathertui.storage import load_plan

# First names: a long name may wrap in a narrow text column.
HOST_FIRST = [name.split()[0] for name in HOST_ORDER]
GUEST_FIRST = [name.split()[0] for name in GUEST_ORDER]


def _plan(tmp_path: Path) -> Plan:
    return load_plan(write_plan(tmp_path)).model


def _assert_in_order(text: str) -> None:
    host = positions(text, HOST_FIRST)
    guest = positions(text, GUEST_FIRST)
    assert host == sorted(host), text
    assert guest == sorted(guest), text


def _rows(data: bytes) -> list[list[str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.mark.parametrize("fmt", ["txt", "md", "html"])
@pytest.mark.parametrize("what", ["roster", "attendance"])
def test_printouts_list_each_delegation_in_order_of_precedence(
    tmp_path: Path, what: str, fmt: str
) -> None:
    _assert_in_order(export(_plan(tmp_path), None, what, fmt, "id").decode())


def test_the_participant_list_keeps_its_category_sections(tmp_path: Path) -> None:
    text = export(_plan(tmp_path), None, "roster", "txt", "en").decode()
    guest = text[text.index("Rombongan Pemkot Mojokerto\n") :]
    # The Kepala Dinas under "Official", the journalist under "Online", in that order.
    assert guest.index("Official (1)") < guest.index("Ery") < guest.index("Online (1)")
    assert guest.index("Online (1)") < guest.index("Rina")
    lines = [line for line in text.splitlines() if line[:1].isdigit()]
    assert [line.split("|")[0].strip() for line in lines] == ["1", "2", "3", "1", "2"]


def test_the_roster_csv_is_grouped_by_delegation_in_order_with_the_rank(tmp_path: Path) -> None:
    header, *rows = _rows(export(_plan(tmp_path), None, "roster", "csv", "id"))
    # The order of precedence, then the pangkat/golongan and the NIP, last.
    assert header[-3:] == ["Tata Urutan", "Pangkat/golongan", "NIP"]
    assert [row[1] for row in rows] == HOST_ORDER + GUEST_ORDER
    assert [row[0] for row in rows] == ["1", "2", "3", "4", "5"]
    assert [row[-3] for row in rows] == ["1", "6", "12", "10", ""]
    english = _rows(export(_plan(tmp_path), None, "roster", "csv", "en"))
    assert english[0][-3:] == ["Rank", "Civil service rank", "NIP"]


def test_the_exported_csv_imports_back(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    found = read_roster_csv(export(plan, None, "roster", "csv", "id"))
    assert not found.invalid
    assert [row.person.name for row in found.valid if row.person] == HOST_ORDER + GUEST_ORDER
    categories = [row.person.category for row in found.valid if row.person]
    by_name = {p.name: p.category for p in plan.people}
    assert categories == [by_name[name] for name in HOST_ORDER + GUEST_ORDER]
    # The columns the importer does not read are skipped, the rank among them.
    assert "Tata Urutan" in found.unknown_columns


def test_the_workspace_rules_decide_the_order(tmp_path: Path) -> None:
    rule = PrecedenceRule(position="Kepala Bagian Protokol", rank=2)
    settings = WorkspaceSettings(precedence=[rule])
    text = export(_plan(tmp_path), settings, "attendance", "txt", "id").decode()
    assert positions(text, ["Hevearita", "Wahyu", "Iswar"]) == sorted(
        positions(text, ["Hevearita", "Wahyu", "Iswar"])
    )
    rows = _rows(export(_plan(tmp_path), settings, "roster", "csv", "id"))[1:]
    assert [row[1] for row in rows[:3]] == [HOST_ORDER[0], HOST_ORDER[2], HOST_ORDER[1]]
    assert rows[1][-3] == "2"


def test_the_sign_in_sheet_of_one_delegation_is_in_order(tmp_path: Path) -> None:
    data = export(_plan(tmp_path), None, "attendance", "txt", "id", delegation="mojokerto")
    text = data.decode()
    assert "Hevearita" not in text
    assert positions(text, GUEST_FIRST) == sorted(positions(text, GUEST_FIRST))


@pytest.mark.parametrize(("what", "fmt"), [("roster", "txt"), ("attendance", "txt")])
def test_cli_printouts_are_in_order_of_precedence(tmp_path: Path, what: str, fmt: str) -> None:
    run = gathertui("export", write_plan(tmp_path), "--what", what, "--format", fmt)
    assert run.returncode == 0, run.stderr
    _assert_in_order(run.stdout.decode())


def test_cli_roster_csv_to_a_file_is_in_order(tmp_path: Path) -> None:
    target = tmp_path / "peserta.csv"
    plan = write_plan(tmp_path)
    run = gathertui("export", plan, "--what", "roster", "--format", "csv", "-o", target)
    assert run.returncode == 0, run.stderr
    rows = _rows(target.read_bytes())[1:]
    assert [row[1] for row in rows] == HOST_ORDER + GUEST_ORDER
    assert plan.read_text(encoding="utf-8").index("Hevearita") > plan.read_text().index("Wahyu")
