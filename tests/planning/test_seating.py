"""The seating plan: who sits where, by precedence, around pins set by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import PLANS, VISIT
from gathertui.model.plan import Layout, Plan
from gathertui.planning.checks import plan_checks
from gathertui.planning.seating import middle_out, row_letter, seat_plan, seats_of
from gathertui.storage import load_plan, load_settings

# Officials of a city, highest first by the law's list (Pasal 11).
OFFICES = [
    "Wali Kota Semarang",
    "Wakil Wali Kota Semarang",
    "Sekretaris Daerah Kota Semarang",
    "Asisten Pemerintahan Kota Semarang",
    "Kepala Dinas Kesehatan Kota Semarang",
    "Kepala Bagian Umum Kota Semarang",
    "Lurah Kembangsari",
]


def _plan(
    people: list[dict[str, Any]],
    layout: dict[str, Any] | None = None,
    seats: list[dict[str, str]] | None = None,
    delegations: list[dict[str, str]] | None = None,
) -> Plan:
    return Plan.model_validate(
        {
            "schema_version": 1,
            "event": {"title": "Rapat", "start": __import__("datetime").date(2024, 11, 20)},
            "venues": [{"id": "aula", "name": "Aula", "layout": layout or {"head_table": 3}}],
            "delegations": delegations or [],
            "people": people,
            "seats": seats or [],
        },
        strict=False,
    )


def _officials(count: int) -> list[dict[str, Any]]:
    return [
        {"id": f"p{n}", "name": f"Pejabat {n}", "position": OFFICES[n], "category": "official"}
        for n in range(count)
    ]


def _head(plan: Plan) -> list[str]:
    """The head table from the audience's left: the ids of who sits there."""
    seating = seat_plan(plan, plan.venues[0])
    return [
        plan.people[seating.taken[seat.code]].id if seat.code in seating.taken else "-"
        for seat in seating.seats
        if seat.part == "head"
    ]


def test_rows_are_filled_from_the_middle_out() -> None:
    assert middle_out(3) == [2, 3, 1]
    assert middle_out(4) == [3, 2, 4, 1]
    assert middle_out(7) == [4, 5, 3, 6, 2, 7, 1]
    assert [row_letter(n) for n in (1, 2, 7, 8, 23, 24, 46)] == [
        "A",
        "B",
        "G",
        "I",
        "Z",
        "AA",
        "AZ",
    ]


def test_no_row_seat_has_the_code_of_a_head_table_or_arm_seat() -> None:
    # Ten rows used to reach row H, whose "H2" was the head table's second seat too.
    seats = seats_of(Layout(head_table=7, sides=3, rows=30, seats_per_row=12))
    codes = [seat.code for seat in seats]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize(
    ("seats", "expected"),
    [
        # As seen from the audience: odd 3-1-2, even 4-2-1-3.
        (3, ["p2", "p0", "p1"]),
        (4, ["p3", "p1", "p0", "p2"]),
        (5, ["p4", "p2", "p0", "p1", "p3"]),
        (1, ["p0"]),
    ],
)
def test_the_head_table_seats_the_first_in_the_middle(seats: int, expected: list[str]) -> None:
    plan = _plan(_officials(seats), {"head_table": seats})
    assert _head(plan) == expected


def test_officials_beyond_the_head_table_take_the_front_row_from_the_middle() -> None:
    people = [
        *_officials(5),
        {"id": "w1", "name": "Wartawan 1", "position": "Wartawan", "category": "online"},
        {"id": "s1", "name": "Panitia", "category": "staff"},
        {"id": "d1", "name": "Absen", "position": "Camat Tugu", "attendance": "declined"},
    ]
    plan = _plan(people, {"head_table": 3, "rows": 2, "seats_per_row": 3})
    seating = seat_plan(plan, plan.venues[0])
    by_seat = {code: plan.people[index].id for code, index in seating.taken.items()}
    assert _head(plan) == ["p2", "p0", "p1"]
    # Row A from the middle out: A2, A3, A1; the media after the officials.
    assert (by_seat["A2"], by_seat["A3"], by_seat["A1"]) == ("p3", "p4", "w1")
    # Staff and those who declined take no seat.
    assert "s1" not in by_seat.values() and "d1" not in by_seat.values()
    assert seating.unseated == []


def test_a_guest_and_a_host_of_equal_rank_sit_side_by_side() -> None:
    delegations = [
        {"id": "tuan-rumah", "name": "Pemkot Semarang", "side": "host"},
        {"id": "tamu", "name": "Pemkot Mojokerto", "side": "guest"},
    ]
    people = [
        {"id": "wk", "name": "A", "position": "Wali Kota Semarang", "delegation": "tuan-rumah"},
        {"id": "sekda", "name": "B", "position": "Sekretaris Daerah Kota Semarang"},
        {"id": "kadis-h", "name": "C", "position": "Kepala Dinas Kominfo Kota Semarang"},
        {"id": "kadis-g", "name": "D", "position": "Kepala Dinas Kominfo Kota Mojokerto"},
    ]
    for person in people:
        person["category"] = "official"
    people[2]["delegation"], people[3]["delegation"] = "tuan-rumah", "tamu"
    plan = _plan(people, {"head_table": 5}, delegations=delegations)
    head = _head(plan)
    # The Wali Kota in the middle, the Sekda on the right; the two Kadis together on the
    # left, the guest nearer the middle.
    assert head[2] == "wk" and head[3] == "sekda"
    assert head[:2] == ["kadis-h", "kadis-g"]


def test_a_pin_is_kept_when_others_come_and_go() -> None:
    people = _officials(4)
    pins = [{"person": "p3", "venue": "aula", "seat": "H2"}]
    plan = _plan(people, {"head_table": 3, "rows": 1, "seats_per_row": 4}, pins)
    seating = seat_plan(plan, plan.venues[0])
    assert seating.taken["H2"] == 3 and seating.pinned == {"H2"}
    # The others flow around the pinned seat: the first to the next free seat.
    assert _head(plan) == ["p1", "p3", "p0"]
    more = plan.model_copy(update={"people": [*plan.people, *_plan(_officials(6)).people[4:]]})
    assert seat_plan(more, more.venues[0]).taken["H2"] == 3


def test_more_people_than_seats_are_left_unseated_and_warned() -> None:
    people = _officials(7)
    plan = _plan(people, {"head_table": 2, "rows": 1, "seats_per_row": 2})
    seating = seat_plan(plan, plan.venues[0])
    assert [plan.people[n].id for n in seating.unseated] == ["p4", "p5", "p6"]
    codes = [problem.code for problem in plan_checks(plan)]
    assert codes.count("seats-short") == 1


def test_pins_that_cannot_hold_are_warned() -> None:
    people = [*_officials(2), {"id": "x", "name": "X", "attendance": "declined"}]
    pins = [
        {"person": "p0", "venue": "aula", "seat": "Z9"},
        {"person": "p1", "venue": "aula", "seat": "H1"},
        {"person": "p0", "venue": "aula", "seat": "H1"},
        {"person": "x", "venue": "aula", "seat": "H2"},
    ]
    plan = _plan(people, {"head_table": 3}, pins)
    found = {(problem.code, problem.path) for problem in plan_checks(plan)}
    assert ("seat-not-in-layout", ("seats", 0, "seat")) in found
    assert ("seat-pinned-twice", ("seats", 2, "seat")) in found
    assert ("seat-not-coming", ("seats", 3, "person")) in found


def test_every_seat_of_a_layout_has_its_code() -> None:
    layout = Layout(head_table=2, sides=1, rows=2, seats_per_row=2, tables=1, seats_per_table=2)
    codes = [seat.code for seat in seats_of(layout)]
    assert codes == ["H1", "H2", "R1", "L1", "A1", "A2", "B1", "B2", "T1-1", "T1-2"]


def test_the_example_visit_seats_its_officials_at_the_head_table() -> None:
    plan = load_plan(PLANS / VISIT).model
    settings = load_settings(PLANS / "gathertui.toml").model
    hall = plan.venues[0].model_copy(
        update={"layout": Layout(head_table=7, rows=10, seats_per_row=12)}
    )
    seating = seat_plan(plan, hall, settings)
    middle = plan.people[seating.taken["H4"]]
    # The Wali Kota is represented: the representative takes the place of honour.
    assert middle.position is not None and "Komunikasi, Informatika" in middle.position
    assert len(seating.taken) == 5 and seating.unseated == []


def test_an_unknown_person_or_venue_in_a_pin_is_an_error_at_its_line(tmp_path: Path) -> None:
    text = (PLANS / VISIT).read_text(encoding="utf-8")
    text += '\n[[seats]]\nperson = "nobody"\nvenue = "ruang-lokakrida"\nseat = "H1"\n'
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    from gathertui.state import WorkspaceState

    state = WorkspaceState.read(tmp_path)
    problems = state.located(path)
    unknown = [problem for problem in problems if problem.code == "unknown-reference"]
    assert unknown and unknown[0].line == text.count("\n") - 2
