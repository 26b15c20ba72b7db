"""Resolving the conflicts a merge left in a plan or in gathertui.toml.

A person picks, per conflict, which side's value stays ("ours" or "theirs"; for two new
entities with one id also "both", which keeps theirs under a fresh id). The value is put
at the conflict's path, the entry is removed, and an entity that goes takes every
reference to it with it (as deleting it in the app does), so the result is whole.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Literal, TypeVar

from gathertui.i18n import msg
from gathertui.model.plan import MergeConflict, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.agenda import AgendaError, reflow_day
from gathertui.planning.context import PlanContext
from gathertui.planning.editing import PlanEditor
from gathertui.problems import Problem, Severity
from gathertui.text import one_line

Side = Literal["ours", "theirs", "both"]
ModelT = TypeVar("ModelT", Plan, WorkspaceSettings)
_ABSENT = object()


def split_path(model: Plan | WorkspaceSettings, path: str) -> tuple[str, str | None, list[str]]:
    """`people.siti.attendance` -> ("people", "siti", ["attendance"]); a table's path
    (`event.title`) has no entity id."""
    parts = path.split(".")
    if parts[0] in model.ENTITY_LISTS and len(parts) > 1:
        return parts[0], parts[1], parts[2:]
    return parts[0], None, parts[1:]


def can_keep_both(conflict: MergeConflict) -> bool:
    """Two new entities with one id: both can stay once theirs has another id."""
    return (
        conflict.base is None
        and isinstance(conflict.ours, dict)
        and isinstance(conflict.theirs, dict)
        and "id" in conflict.theirs
    )


def side_value(conflict: MergeConflict, side: Side) -> Any:
    return conflict.theirs if side == "theirs" else conflict.ours


def _fresh_id(ident: str, taken: set[str]) -> str:
    number = 2
    while f"{ident}-{number}" in taken:
        number += 1
    return f"{ident}-{number}"


def _set(table: dict[str, Any], keys: list[str], value: Any) -> None:
    for key in keys[:-1]:
        table = table.setdefault(key, {})
    if value is None:
        table.pop(keys[-1], None)
    else:
        table[keys[-1]] = copy.deepcopy(value)


def _drop_references(document: dict[str, Any], list_name: str, ident: str) -> None:
    """What deleting the entity in the app clears: a plan's references to it."""
    if list_name == "people":
        for person in document.get("people", []):
            if person.get("represented_by") == ident:
                del person["represented_by"]
        for item in document.get("agenda", []):
            if item.get("pic") == ident:
                del item["pic"]
            if ident in item.get("speakers", []):
                item["speakers"] = [s for s in item["speakers"] if s != ident]
    elif list_name == "venues":
        for item in document.get("agenda", []):
            if item.get("venue") == ident:
                del item["venue"]
    elif list_name == "delegations":
        for person in document.get("people", []):
            if person.get("delegation") == ident:
                del person["delegation"]


def _apply(
    document: dict[str, Any], model: Plan | WorkspaceSettings, conflict: MergeConflict, side: Side
) -> None:
    top, ident, keys = split_path(model, conflict.path)
    if ident is None:
        if keys:
            _set(document.setdefault(top, {}), keys, side_value(conflict, side))
        else:
            _set(document, [top], side_value(conflict, side))
        return
    entities: list[dict[str, Any]] = document.setdefault(top, [])
    where = next((n for n, e in enumerate(entities) if e.get("id") == ident), None)
    if keys:
        if where is not None:
            _set(entities[where], keys, side_value(conflict, side))
        return
    if side == "both":
        theirs = copy.deepcopy(conflict.theirs)
        theirs["id"] = _fresh_id(ident, {str(e.get("id")) for e in entities})
        entities.append(theirs)
        return
    value = side_value(conflict, side)
    if value is None:
        if where is not None:
            del entities[where]
            _drop_references(document, top, ident)
    elif where is None:
        entities.append(copy.deepcopy(value))
    else:
        entities[where] = copy.deepcopy(value)


def resolve(model: ModelT, index: int, side: Side) -> ModelT:
    """`model` with its conflict number `index` settled on `side`.

    Raises ValueError when the chosen value does not make a valid file (a hand-edited
    conflict entry), leaving `model` as it was."""
    conflict = model.conflicts[index]
    if side == "both" and not can_keep_both(conflict):
        raise ValueError(f"{conflict.path}: only two new entities can both be kept")
    document = model.to_document()
    del document["conflicts"][index]
    _apply(document, model, conflict, side)
    settled = type(model).model_validate(document)
    if isinstance(model, Plan) and isinstance(settled, Plan):
        _reflow_days_of(model, settled, conflict)
    return settled


def _reflow_days_of(before: Plan, after: Plan, conflict: MergeConflict) -> None:
    """An unpinned item's start follows from the items before it: once a length, an
    item or a pin is settled, its day is laid out again by the app's rule (in place)."""
    top, ident, _ = split_path(after, conflict.path)
    if top != "agenda" or ident is None:
        return
    days = {
        item.day_in(plan.event)
        for plan in (before, after)
        for item in plan.agenda
        if item.id == ident
    }
    editor = PlanEditor(after)
    for day in sorted(days):
        try:
            change = reflow_day(after, day)
        except AgendaError:
            continue  # past midnight: left as merged; the overlap check says it
        if change is not None:
            editor.apply(change)


def resolve_all(model: ModelT, side: Literal["ours", "theirs"]) -> ModelT:
    """Every conflict settled on one side, in order."""
    while model.conflicts:
        model = resolve(model, 0, side)
    return model


def shown(value: Any) -> object:
    """A side's value in a sentence: an entity by its name, nothing as "removed"."""
    if value is None:
        return msg("conflict.absent")
    if isinstance(value, dict):
        called = value.get("name") or value.get("title") or value.get("id") or "…"
        return one_line(str(called))
    text = one_line(str(value))
    return text if len(text) <= 60 else text[:59] + "…"


def conflict_problems(file: Path | None, model: Plan | WorkspaceSettings) -> list[Problem]:
    """Each conflict a merge left, as an error at its `[[conflicts]]` entry."""
    return [
        Problem(
            "merge-conflict",
            Severity.ERROR,
            msg(
                "check.merge_conflict",
                path=one_line(conflict.path),
                ours=shown(conflict.ours),
                theirs=shown(conflict.theirs),
            ),
            file,
            ("conflicts", n),
        )
        for n, conflict in enumerate(model.conflicts)
    ]


def plan_conflicts(context: PlanContext) -> list[Problem]:
    return conflict_problems(context.file, context.plan)
