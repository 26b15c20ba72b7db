"""The three-way merge of two versions of a plan (or of gathertui.toml) and their ancestor.

Git merges lines; a plan is entities and fields, and most of its lines that change
together (reflowed starts) are consequences, not edits. Here the three documents are
merged by entity id and field:

- tables (`[event]`, `[signing]`, `[settings]`, `[organization]`) key by key, nested
  tables (quotas, printouts) too; a key changed on one side takes that side's value;
- entity lists by id: added, removed, changed on one side: as that side has it; changed
  on both: field by field; the order is ours', with theirs' new entities after the one
  before them in theirs (after ours' new ones there); a side that alone reordered keeps
  its order;
- lists whose rows have no id (targets, holidays, precedence rules) row by row: a row one
  side added stays, a row one side removed goes;
- a place changed two ways, an entity removed on one side and changed on the other (or
  named by the other side's change), two new entities with one id: a `[[conflicts]]`
  entry (MergeConflict) and one side's value in place, so the file stays a valid plan;
- the rundown: an unpinned item's start is derived, so a start that moved only because
  earlier items changed (`diff._derived_starts`) is not merged as a value. Each day both
  sides changed is laid out again in its merged running order by the app's reflow rule,
  from its first changed item on; a start one side set by hand stays where it was put.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from pydantic import ValidationError

from gathertui.model.fields import day_of
from gathertui.model.plan import AgendaItem, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.agenda import DAY_MINUTES, Slot, minutes_of, reflow, running_order, time_of
from gathertui.planning.diff import _derived_starts

Document = dict[str, Any]
ModelT = TypeVar("ModelT", Plan, WorkspaceSettings)

# Lists whose rows have no id: a row is its whole content.
_ROW_LISTS = ("targets", "holidays", "precedence", "seats", "coverage", "conflicts")
# Where an entity names another: (list or table, key, list named).
_REFERENCES = (
    ("people", "delegation", "delegations"),
    ("people", "represented_by", "people"),
    ("agenda", "venue", "venues"),
    ("agenda", "pic", "people"),
    ("agenda", "speakers", "people"),
    ("invitation", "invitees", "people"),
    ("settings", "signed_by", "signatories"),
    ("settings", "acknowledged_by", "signatories"),
)


class MergeError(Exception):
    """The merged document is not a valid file (e.g. an event that now ends before it
    starts, one side having moved the start and the other the end)."""


def _plain(value: Any) -> Any:
    """A value as the file writes it: enumerations as their words."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


class _Merge:
    """One merge: the conflicts found so far, and the entities one side removed."""

    def __init__(self) -> None:
        self.conflicts: list[Document] = []
        # list name -> id -> (the side that removed it, the other side's entity)
        self.removed: dict[str, dict[str, tuple[str, Document]]] = {}
        # list name -> the ids of base, ours and theirs in their order
        self.orders: dict[str, tuple[list[str], list[str], list[str]]] = {}

    def conflict(self, path: str, base: Any, ours: Any, theirs: Any) -> None:
        entry = {"path": path, "ours": ours, "theirs": theirs, "base": base}
        self.conflicts.append({k: _plain(v) for k, v in entry.items() if v is not None})

    def value(self, path: str, base: Any, ours: Any, theirs: Any) -> Any:
        """One key's merged value; None: the key is left out."""
        if ours == theirs:
            return ours
        if ours == base:
            return theirs
        if theirs == base:
            return ours
        sides = (base, ours, theirs)
        if all(isinstance(v, dict) or v is None for v in sides):
            merged = self.table(path, base or {}, ours or {}, theirs or {})
            return merged or None
        self.conflict(path, base, ours, theirs)
        return ours

    def table(self, path: str, base: Document, ours: Document, theirs: Document) -> Document:
        merged: Document = {}
        for key in _keys(ours, theirs, base):
            value = self.value(f"{path}.{key}", base.get(key), ours.get(key), theirs.get(key))
            if value is not None:
                merged[key] = value
        return merged

    def entity(
        self, path: str, base: Document | None, ours: Document | None, theirs: Document | None
    ) -> Document | None:
        if base is None:
            if ours is not None and theirs is not None and ours != theirs:
                # Two new entities with one id: ours stays, theirs waits in the entry.
                self.conflict(path, None, ours, theirs)
            return ours if ours is not None else theirs
        if ours is None or theirs is None:
            kept = theirs if ours is None else ours
            if kept is None or kept == base:
                return None
            # Removed on one side, changed on the other: the change is not thrown away.
            self.conflict(path, base, ours, theirs)
            return kept
        return self.table(path, base, ours, theirs)

    def entities(
        self, name: str, base: list[Document], ours: list[Document], theirs: list[Document]
    ) -> list[Document]:
        by_id = [{str(e["id"]): e for e in entities} for entities in (base, ours, theirs)]
        merged: dict[str, Document] = {}
        removed = self.removed.setdefault(name, {})
        for ident in _keys(by_id[1], by_id[2], by_id[0]):
            b, o, t = (entities.get(ident) for entities in by_id)
            entity = self.entity(f"{name}.{ident}", b, o, t)
            if entity is not None:
                merged[ident] = entity
            elif b is not None and o is None and t is not None:
                removed[ident] = ("ours", t)
            elif b is not None and t is None and o is not None:
                removed[ident] = ("theirs", o)
        b_ids, o_ids, t_ids = (
            [str(e["id"]) for e in entities] for entities in (base, ours, theirs)
        )
        self.orders[name] = (b_ids, o_ids, t_ids)
        return [merged[ident] for ident in merge_order(b_ids, o_ids, t_ids, set(merged))]

    def restore_references(self, document: Document) -> None:
        """An entity one side removed that the other side's change names stays, as a
        conflict: a dangling id would make the file invalid and lose the change."""
        while True:
            wanted = [
                (target, ident)
                for target, ident in _referenced(document)
                if ident in self.removed.get(target, {})
            ]
            if not wanted:
                return
            for target, ident in wanted:
                if ident not in self.removed[target]:
                    continue  # named twice
                side, entity = self.removed[target].pop(ident)
                ours = None if side == "ours" else entity
                theirs = entity if side == "ours" else None
                self.conflict(f"{target}.{ident}", entity, ours, theirs)
                entities = document.setdefault(target, [])
                keep = {str(e["id"]) for e in entities} | {ident}
                by_id = {str(e["id"]): e for e in entities} | {ident: entity}
                b_ids, o_ids, t_ids = self.orders[target]
                order = merge_order(b_ids, o_ids, t_ids, keep)
                document[target] = [by_id[i] for i in order]


def _keys(*tables: Iterable[str]) -> list[str]:
    """Every key of the tables, once, in the order first met."""
    return list(dict.fromkeys(key for table in tables for key in table))


def _referenced(document: Document) -> Iterator[tuple[str, str]]:
    for where, key, target in _REFERENCES:
        holder = document.get(where)
        rows = holder if isinstance(holder, list) else [holder] if holder else []
        for row in rows:
            value = row.get(key)
            for ident in value if isinstance(value, list) else [value]:
                if isinstance(ident, str):
                    yield target, ident


def merge_order(base: list[str], ours: list[str], theirs: list[str], keep: set[str]) -> list[str]:
    """The ids of `keep` in a stable order: ours', with theirs' new ones placed after the
    one before them in theirs (and after ours' new ones there), or at the end when they
    are at the end in theirs. When only theirs changed
    the order of the ids all three share, theirs' order leads instead, so a move on
    either side is kept."""
    ours_set, theirs_set = set(ours), set(theirs)
    shared = [i for i in base if i in ours_set and i in theirs_set]
    shared_set = set(shared)
    primary, secondary = ours, theirs
    ours_moved = [i for i in ours if i in shared_set] != shared
    theirs_moved = [i for i in theirs if i in shared_set] != shared
    if theirs_moved and not ours_moved:
        primary, secondary = theirs, ours
    result = [i for i in primary if i in keep]
    placed = set(result)
    fresh = set(primary) - set(base)
    # Theirs' new ones after the last entity both know go at the end, wherever ours
    # moved that entity to.
    known = [n for n, ident in enumerate(secondary) if ident in placed]
    tail = known[-1] if known else -1
    before: str | None = None
    for n, ident in enumerate(secondary):
        if ident in keep and ident not in placed:
            if n > tail:
                at = len(result)
            else:
                at = result.index(before) + 1 if before is not None else 0
                while at < len(result) and result[at] in fresh:
                    at += 1
            result.insert(at, ident)
            placed.add(ident)
        if ident in placed:
            before = ident
    # Kept but in neither side's list (cannot happen for a merge's own ids): at the end.
    result += [i for i in base if i in keep and i not in placed]
    return result


def _row_key(row: Document) -> str:
    return json.dumps(_plain(row), sort_keys=True, default=str)


def _rows(base: list[Document], ours: list[Document], theirs: list[Document]) -> list[Document]:
    """Rows without an id: a row is kept unless one side removed it; new rows join."""

    def keyed(rows: list[Document]) -> dict[str, Document]:
        seen: dict[str, int] = {}
        out: dict[str, Document] = {}
        for row in rows:
            key = _row_key(row)
            seen[key] = seen.get(key, 0) + 1
            out[f"{key}#{seen[key]}"] = row
        return out

    b, o, t = keyed(base), keyed(ours), keyed(theirs)
    keep = {k for k in (o.keys() | t.keys()) if (k in o and k in t) or k not in b}
    everything = b | t | o
    return [everything[k] for k in merge_order(list(b), list(o), list(t), keep)]


def _merge_documents(
    merge: _Merge, base: Document, ours: Document, theirs: Document, lists: tuple[str, ...]
) -> Document:
    merged: Document = {}
    for key in _keys(ours, theirs, base):
        b, o, t = base.get(key), ours.get(key), theirs.get(key)
        if key in lists:
            if key in _ROW_LISTS:
                value: Any = _rows(b or [], o or [], t or [])
            else:
                value = merge.entities(key, b or [], o or [], t or [])
        else:
            value = merge.value(key, b, o, t)
        if value not in (None, [], {}):
            merged[key] = value
    return merged


def _validated(kind: type[ModelT], document: Document) -> ModelT:
    try:
        return kind.model_validate(document)
    except ValidationError as error:
        raise MergeError(str(error)) from None


def _finish(merge: _Merge, kind: type[ModelT], merged: Document) -> ModelT:
    if merge.conflicts:
        merged["conflicts"] = [*merged.get("conflicts", []), *merge.conflicts]
    return _validated(kind, merged)


def merge_settings(
    base: WorkspaceSettings | None, ours: WorkspaceSettings, theirs: WorkspaceSettings
) -> WorkspaceSettings:
    """gathertui.toml merged; None as `base`: both sides added the file."""
    merge = _Merge()
    base_document = base.to_document() if base is not None else {}
    merged = _merge_documents(
        merge, base_document, ours.to_document(), theirs.to_document(), ours.ENTITY_LISTS
    )
    merge.restore_references(merged)
    return _finish(merge, WorkspaceSettings, merged)


def merge_plans(base: Plan | None, ours: Plan, theirs: Plan) -> Plan:
    """The plan with both sides' changes; what could not be merged is in `conflicts`.

    None as `base`: both sides added the file (git's merge of a file new on both).
    Raises MergeError when the merged document is not a valid plan."""
    merge = _Merge()
    base_document = base.to_document() if base is not None else {}
    sides = [ours.to_document(), theirs.to_document()]
    hand: set[str] = set()
    if base is not None:
        for side, document in zip((ours, theirs), sides, strict=True):
            hand |= _undo_derived_starts(base, side, document)
    merged = _merge_documents(merge, base_document, sides[0], sides[1], ours.ENTITY_LISTS)
    merge.restore_references(merged)
    _lay_out(merged, base, ours, theirs, hand)
    return _finish(merge, Plan, merged)


def _undo_derived_starts(base: Plan, side: Plan, document: Document) -> set[str]:
    """Puts back the base's start of every item whose start only follows reflow on
    `side`; returns the items whose start `side` set by hand (unpinned, not first of
    their day, not where reflow would put them): those stay where they were put."""
    derived = _derived_starts(base, side)
    before = {item.id: item for item in base.agenda}
    firsts = {items[0].id for items in _days(side).values() if items}
    hand: set[str] = set()
    for item in document.get("agenda", []):
        was = before.get(item["id"])
        if was is None or was.start == item["start"]:
            continue
        if item["id"] in derived:
            item["start"] = was.start
        elif not item.get("pinned") and item["id"] not in firsts:
            hand.add(item["id"])
    return hand


def _days(plan: Plan | None) -> dict[date, list[AgendaItem]]:
    if plan is None:
        return {}
    days = {item.day_in(plan.event) for item in plan.agenda}
    return {day: running_order(plan, day) for day in days}


def _timing(items: list[AgendaItem]) -> list[tuple[str, int, bool, Any]]:
    return [(item.id, item.minutes, item.pinned, item.start) for item in items]


def _lay_out(
    document: Document, base: Plan | None, ours: Plan, theirs: Plan, hand: set[str]
) -> None:
    """The merged rundown day by day in running order, its starts adding up again."""
    items: list[Document] = document.get("agenda", [])
    if not items:
        return
    first_day = day_of(document["event"]["start"])
    by_id = {item["id"]: item for item in items}
    base_days, ours_days, theirs_days = _days(base), _days(ours), _days(theirs)
    on_day: dict[date, set[str]] = {}
    for item in items:
        on_day.setdefault(item.get("day") or first_day, set()).add(item["id"])
    agenda: list[Document] = []
    for day in sorted(on_day):
        was = base_days.get(day, [])
        sides = [days.get(day, []) for days in (ours_days, theirs_days)]
        order = merge_order(
            [i.id for i in was], [i.id for i in sides[0]], [i.id for i in sides[1]], on_day[day]
        )
        todays = [by_id[ident] for ident in order]
        changed = [_timing(side) != _timing(was) for side in sides]
        alone = [side for side, moved in zip(sides, changed, strict=True) if moved]
        if len(alone) == 1 and [i.id for i in alone[0]] == order:
            # One side alone changed this day: its starts are already laid out.
            for item, laid in zip(todays, alone[0], strict=True):
                item["start"] = laid.start
        elif any(changed):
            _reflow_day(todays, was, hand)
        agenda += sorted(todays, key=lambda item: item["start"])
    document["agenda"] = agenda


def _reflow_day(items: list[Document], was: list[AgendaItem], hand: set[str]) -> None:
    """Reflow from the first item that differs from the base's day on, as the app does
    after a change there; a start set by hand on one side acts as if pinned."""
    first = len(items)
    for n, item in enumerate(items):
        old = was[n] if n < len(was) else None
        if old is None or _timing([old])[0] != (
            item["id"],
            item["minutes"],
            item.get("pinned", False),
            item["start"],
        ):
            first = n
            break
    slots = [
        Slot(minutes_of(i["start"]), i["minutes"], i.get("pinned", False) or i["id"] in hand)
        for i in items
    ]
    for item, start in zip(items, reflow(slots, first), strict=True):
        # Past midnight the start cannot be written; the overlap check says so instead.
        if start < DAY_MINUTES:
            item["start"] = time_of(start)
