"""CSV: a phone number goes out without an apostrophe, and an old export's apostrophe is
dropped on import; formulas are still neutralised."""

from __future__ import annotations

import csv
import io

import pytest

from conftest import PLANS, VISIT
from gathertui.exports import export
from gathertui.exports.spreadsheet import neutralise
from gathertui.planning.importing import is_phone_number, read_roster_csv
from gathertui.storage import load_plan

PHONES = ("+62 812-3456-7890", "+6281234567890", "(024) 3513366", "+62 (24) 351.3366")


@pytest.mark.parametrize("phone", PHONES)
def test_a_phone_number_is_left_as_it_is(phone: str) -> None:
    assert is_phone_number(phone)
    assert neutralise(phone) == phone


@pytest.mark.parametrize(
    "cell",
    ["=1+1", "+SUM(A1)", "-1+1", "-6281234567890", "@SUM(A1)", "\t=1", "\r=1", "+1-1", "+62 812 x"],
)
def test_a_formula_is_still_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


def test_the_roster_csv_holds_phones_as_written() -> None:
    plan = load_plan(PLANS / VISIT).model
    for n, phone in enumerate(PHONES):
        plan.people[n] = plan.people[n].model_copy(update={"phone": phone})
    data = export(plan, None, "roster", "csv", "id")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    column = rows[0].index("Telepon")
    assert {row[column] for row in rows[1:]} - {""} == set(PHONES)
    back = read_roster_csv(data)
    assert {row.person.phone for row in back.valid if row.person} - {None} == set(PHONES)


def test_an_old_exports_apostrophe_before_a_phone_is_dropped() -> None:
    found = read_roster_csv(b"nama;telepon\nBudi;'+62 812-3456-7890\nSri;'=1+1\n")
    budi, sri = (row.person for row in found.rows)
    assert budi is not None and budi.phone == "+62 812-3456-7890"
    # What the export neutralised comes back as it was.
    assert sri is not None and sri.phone == "=1+1"
