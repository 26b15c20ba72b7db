"""The steps of a change as JSON records, for the recovery journal.

A change is appended to the journal as the steps it applied (for an undo, the inverse
steps in the order they ran), each entity as the TOML its plan would hold; replaying the records on
the plan they started from gives the plan as the person left it. Only what `apply_step`
needs is written: a removal's index, not the entity removed.
"""

from __future__ import annotations

import tomllib
from typing import Any

import tomli_w

from gathertui.model.plan import (
    AgendaItem,
    Coverage,
    Delegation,
    Event,
    Invitation,
    MergeConflict,
    Person,
    Plan,
    Record,
    SeatPin,
    Signing,
    Venue,
)
from gathertui.planning.editing import (
    Insert,
    ListName,
    Move,
    Remove,
    Replace,
    SetEvent,
    SetInvitation,
    SetList,
    SetSigning,
    Step,
    apply_step,
)

ENTITY_TYPES: dict[str, type[Record]] = {
    "venues": Venue,
    "delegations": Delegation,
    "people": Person,
    "agenda": AgendaItem,
    "seats": SeatPin,
    "coverage": Coverage,
    "conflicts": MergeConflict,
}


def _dump(entity: Record) -> str:
    # As TOML, the way the entity is written in its plan: the models take dates and
    # times as such (strictly), which JSON does not have.
    return tomli_w.dumps({"value": entity.to_document()})


def _load(model: type[Record], data: str) -> Any:
    return model.model_validate(tomllib.loads(data)["value"])


def step_record(step: Step) -> dict[str, Any]:
    if isinstance(step, SetEvent):
        return {"op": "event", "after": _dump(step.after)}
    if isinstance(step, SetSigning):
        return {"op": "signing", "after": None if step.after is None else _dump(step.after)}
    if isinstance(step, SetInvitation):
        return {"op": "invitation", "after": None if step.after is None else _dump(step.after)}
    record: dict[str, Any] = {"list": step.list_name}
    if isinstance(step, SetList):
        record |= {"op": "set", "after": [_dump(entity) for entity in step.after]}
    elif isinstance(step, Insert):
        record |= {"op": "insert", "index": step.index, "entity": _dump(step.entity)}
    elif isinstance(step, Remove):
        record |= {"op": "remove", "index": step.index}
    elif isinstance(step, Replace):
        record |= {"op": "replace", "index": step.index, "after": _dump(step.after)}
    else:
        record |= {"op": "move", "index": step.index, "to": step.to}
    return record


def step_from_record(record: dict[str, Any]) -> Step:
    """Raises KeyError, TypeError or pydantic's ValidationError for a record that is not
    one `step_record` wrote."""
    op = record["op"]
    if op == "event":
        return SetEvent(None, _load(Event, record["after"]))  # type: ignore[arg-type]
    if op == "signing":
        after = record["after"]
        return SetSigning(None, None if after is None else _load(Signing, after))
    if op == "invitation":
        after = record["after"]
        return SetInvitation(None, None if after is None else _load(Invitation, after))
    name: ListName = record["list"]
    model = ENTITY_TYPES[name]
    if op == "set":
        return SetList(name, (), tuple(_load(model, entity) for entity in record["after"]))
    if op == "insert":
        return Insert(name, int(record["index"]), _load(model, record["entity"]))
    if op == "remove":
        return Remove(name, int(record["index"]), None)
    if op == "replace":
        return Replace(name, int(record["index"]), None, _load(model, record["after"]))
    if op == "move":
        return Move(name, int(record["index"]), int(record["to"]))
    raise KeyError(op)


def replay(plan: Plan, records: list[dict[str, Any]]) -> None:
    """Applies the records to `plan`, in order. Raises as `step_from_record` does, and
    IndexError for a step that does not fit the plan."""
    for record in records:
        apply_step(plan, step_from_record(record))
