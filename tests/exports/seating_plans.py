"""Plans laid out in seats for the seating printouts' tests: the example visit with a
layout given to Ruang Lokakrida (the example itself has none), and small rooms."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from conftest import PLANS, VISIT
from gathertui.model.plan import Layout, Plan, SeatPin
from gathertui.model.workspace import WorkspaceSettings
from gathertui.storage import load_plan, load_settings

# The room of the issue: a head table of seven and ten rows of twelve.
LOKAKRIDA = {"head_table": 7, "rows": 10, "seats_per_row": 12, "aisle_after": 6}


def visit(layout: dict[str, Any] | None = None, pins: Sequence[dict[str, str]] = ()) -> Plan:
    """The example visit, Ruang Lokakrida laid out as `layout`, people pinned by `pins`."""
    plan = load_plan(PLANS / VISIT).model
    venue = plan.venues[0].model_copy(update={"layout": Layout(**(layout or LOKAKRIDA))})
    seats = [SeatPin(**pin) for pin in pins]
    return plan.model_copy(update={"venues": [venue, *plan.venues[1:]], "seats": seats})


def settings() -> WorkspaceSettings:
    return load_settings(PLANS / "gathertui.toml").model


def with_people(plan: Plan, people: list[dict[str, Any]]) -> Plan:
    """The plan with more people, each with the fields given."""
    added = [
        type(plan.people[0]).model_validate(
            {"category": "online", "attendance": "confirmed", **person}, strict=False
        )
        for person in people
    ]
    return plan.model_copy(update={"people": [*plan.people, *added]})


def press(count: int, delegation: str = "mojokerto") -> list[dict[str, Any]]:
    """`count` journalists of the delegation."""
    return [
        {
            "id": f"wartawan-{n}",
            "name": f"Wartawan {n}",
            "organization": f"Media {n}",
            "delegation": delegation,
        }
        for n in range(1, count + 1)
    ]
