"""Moves and pins of the Seating view: the `[[seats]]` pins they write, undo, and the
journal's records of them."""

from __future__ import annotations

from datetime import date
from typing import Any

from gathertui.model.plan import Plan, SeatPin
from gathertui.planning.editing import Change, PlanEditor
from gathertui.planning.seat_pins import move_to_seat, toggle_pin
from gathertui.planning.seating import seat_plan
from gathertui.planning.step_records import replay, step_record

OFFICES = ["Wali Kota Semarang", "Wakil Wali Kota Semarang", "Sekretaris Daerah Kota Semarang"]


def _plan(seats: list[dict[str, str]] | None = None) -> Plan:
    people: list[dict[str, Any]] = [
        {"id": f"p{n}", "name": f"Pejabat {n}", "position": office, "category": "official"}
        for n, office in enumerate(OFFICES)
    ]
    people.append({"id": "w", "name": "Wartawan", "category": "print"})
    return Plan.model_validate(
        {
            "schema_version": 1,
            "event": {"title": "Rapat", "start": date(2024, 11, 20)},
            "venues": [
                {
                    "id": "aula",
                    "name": "Aula",
                    "layout": {"head_table": 3, "rows": 1, "seats_per_row": 3},
                }
            ],
            "people": people,
            "seats": seats or [],
        }
    )


def _where(plan: Plan) -> dict[str, str]:
    seating = seat_plan(plan, plan.venues[0])
    return {code: plan.people[n].id for code, n in seating.taken.items()}


def _apply(plan: Plan, change: Change | None) -> PlanEditor:
    assert change is not None
    editor = PlanEditor(plan)
    editor.apply(change)
    return editor


def test_a_move_pins_the_person_and_the_others_flow_around() -> None:
    plan = _plan()
    assert _where(plan)["H2"] == "p0"
    change = move_to_seat(plan, seat_plan(plan, plan.venues[0]), 0, "A2")
    assert change is not None and change.label.key == "op.seat_person"
    editor = _apply(plan, change)
    assert plan.seats == [SeatPin(person="p0", venue="aula", seat="A2")]
    where = _where(plan)
    assert where["A2"] == "p0" and where["H2"] == "p1"
    editor.undo()
    assert plan.seats == [] and _where(plan)["H2"] == "p0"


def test_a_second_move_replaces_the_first_pin() -> None:
    plan = _plan([{"person": "p0", "venue": "aula", "seat": "A2"}])
    editor = _apply(plan, move_to_seat(plan, seat_plan(plan, plan.venues[0]), 0, "A3"))
    assert plan.seats == [SeatPin(person="p0", venue="aula", seat="A3")]
    editor.undo()
    assert plan.seats == [SeatPin(person="p0", venue="aula", seat="A2")]


def test_moving_onto_a_pinned_person_swaps_both_pins() -> None:
    plan = _plan([{"person": "p1", "venue": "aula", "seat": "A1"}])
    seating = seat_plan(plan, plan.venues[0])
    assert seating.seat_of(0) == "H2"
    change = move_to_seat(plan, seating, 0, "A1")
    assert change is not None and change.label.key == "op.swap_seats"
    _apply(plan, change)
    assert plan.seats == [
        SeatPin(person="p1", venue="aula", seat="H2"),
        SeatPin(person="p0", venue="aula", seat="A1"),
    ]
    where = _where(plan)
    assert (where["A1"], where["H2"]) == ("p0", "p1")


def test_pin_and_unpin_where_the_person_sits() -> None:
    plan = _plan()
    seating = seat_plan(plan, plan.venues[0])
    editor = _apply(plan, toggle_pin(plan, seating, "H1"))
    assert plan.seats == [SeatPin(person="p2", venue="aula", seat="H1")]
    unpin = toggle_pin(plan, seat_plan(plan, plan.venues[0]), "H1")
    assert unpin is not None and unpin.label.key == "op.unpin_seat"
    editor.apply(unpin)
    assert plan.seats == []
    assert toggle_pin(plan, seat_plan(plan, plan.venues[0]), "A3") is None  # an empty seat


def test_the_journal_replays_a_swap() -> None:
    plan = _plan([{"person": "p1", "venue": "aula", "seat": "A1"}])
    change = move_to_seat(plan, seat_plan(plan, plan.venues[0]), 0, "A1")
    assert change is not None
    records = [step_record(step) for step in change.steps]
    copy = _plan([{"person": "p1", "venue": "aula", "seat": "A1"}])
    _apply(plan, change)
    replay(copy, records)
    assert copy.seats == plan.seats


def test_a_plans_changes_say_the_layout_and_the_pins() -> None:
    from gathertui.model.plan import Layout
    from gathertui.planning.diff import plan_changes
    from gathertui.planning.diff_words import describe_changes

    old = _plan()
    old.venues[0] = old.venues[0].model_copy(update={"layout": None})
    new = _plan([{"person": "p0", "venue": "aula", "seat": "A2"}])
    new.venues[0] = new.venues[0].model_copy(update={"layout": Layout(head_table=3, rows=1)})
    assert describe_changes(plan_changes(old, new), old, new, "en") == [
        ("Venues", ["~ Aula: Head table seats 0 → 3", "~ Aula: Rows of seats 0 → 1"]),
        ("Seats", ["+ Pejabat 0: Aula A2"]),
    ]
    assert describe_changes(plan_changes(new, old), new, old, "id")[1] == (
        "Kursi",
        ["- Pejabat 0: Aula A2"],
    )


def test_a_merge_keeps_the_pins_of_both_sides() -> None:
    from gathertui.planning.merge import merge_plans

    base = _plan([{"person": "p2", "venue": "aula", "seat": "A3"}])
    ours = _plan([{"person": "p0", "venue": "aula", "seat": "A1"}])
    theirs = _plan(
        [
            {"person": "p2", "venue": "aula", "seat": "A3"},
            {"person": "p1", "venue": "aula", "seat": "A2"},
        ]
    )
    merged = merge_plans(base, ours, theirs)
    # Ours removed p2's pin and added p0's; theirs added p1's.
    assert sorted((pin.person, pin.seat) for pin in merged.seats) == [("p0", "A1"), ("p1", "A2")]
