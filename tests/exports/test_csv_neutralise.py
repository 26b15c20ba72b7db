"""CSV export: a full-width formula sign at the start of a cell, and a formula sign after a
separator inside one, are neutralised like "=" (issue 17)."""

from __future__ import annotations

import csv
import io

import pytest

from conftest import PLANS, VISIT
from gathertui.exports import export
from gathertui.exports.spreadsheet import neutralise
from gathertui.storage import load_plan


@pytest.mark.parametrize("cell", ["＝1+1", "＋SUM(A1)", "－1+1", "＠SUM(A1)", '＝HYPERLINK("x")'])
def test_a_full_width_formula_sign_is_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Budi;=1+1", "Budi;'=1+1"),
        ("Budi; =1+1", "Budi; '=1+1"),
        ("Budi,@SUM(A1)", "Budi,'@SUM(A1)"),
        ("a|-2+3+cmd", "a|'-2+3+cmd"),
        ("Budi;＝1+1", "Budi;'＝1+1"),
        ("=a;=b", "'=a;'=b"),
    ],
)
def test_a_formula_after_a_separator_is_neutralised(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


@pytest.mark.parametrize(
    "cell", ["Dr. Budi, S.H.", "Kepala Dinas; Ketua", "+62 812-3456-7890", "a-b", "x = y"]
)
def test_plain_text_is_left_as_it_is(cell: str) -> None:
    assert neutralise(cell) == cell


def test_the_roster_csv_neutralises_them() -> None:
    plan = load_plan(PLANS / VISIT).model
    names = ('＝HYPERLINK("http://x")', "Budi;=1+1")
    for number, name in enumerate(names):
        plan.people[number] = plan.people[number].model_copy(update={"name": name})
    data = export(plan, None, "roster", "csv", "id")
    cells = [cell for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))) for cell in row]
    assert '\'＝HYPERLINK("http://x")' in cells
    assert "Budi;'=1+1" in cells
    assert not any(cell in cells for cell in names)
