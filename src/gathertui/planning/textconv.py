"""A plan (or `gathertui.toml`) as one line per fact, for git's `textconv`.

    event › title = Kunjungan Kerja Pemkot Mojokerto
    people › siti-rahayu › attendance = confirmed
    delegations › mojokerto › quotas › online = 30
    agenda › sambutan › minutes = 15

Git compares these lines instead of the file's (`git log -p`, `git show`, `git blame`).
Why this shape diffs best line by line:
- every line names its list and the entity's id, so a changed line says whose field it
  is without the hunk's context (in the file, `attendance = "confirmed"` stands far below
  the person's name); an id, unlike a name, does not change, so a rename is one line;
- the keys and values are the file's own, never words of a language: git renders the old
  side from a temporary file outside the workspace, so nothing may depend on where the
  file lies or on the workspace's language, or every line would differ;
- what the file leaves out (defaults, empty lists) is left out here too;
- an unpinned agenda item's start that follows from the items before it (reflow) is left
  out: lengthening one item is then one changed line, not a wall of later starts. A start
  the person chose (the day's first item, a pinned one, one after a gap) is kept;
- the agenda is in running order, other lists in the file's order.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from gathertui.model.plan import Plan, Record
from gathertui.planning.agenda import Slot, days_of, minutes_of, reflow, running_order
from gathertui.text import literal

SEPARATOR = " › "


def derived_starts(plan: Plan) -> set[str]:
    """The ids of the agenda items whose start is the one reflow gives them."""
    derived: set[str] = set()
    for day in days_of(plan):
        items = running_order(plan, day)
        starts = reflow([Slot(minutes_of(i.start), i.minutes, i.pinned) for i in items])
        for n, item in enumerate(items):
            if n > 0 and not item.pinned and starts[n] == minutes_of(item.start):
                derived.add(item.id)
    return derived


def _scalar(value: Any) -> str:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(_scalar(v) for v in value)
    # One fact, one line: a line break in a note is spelled out.
    return literal(str(value)).replace("\n", "\\n")


def _facts(path: tuple[str, ...], value: Any) -> Iterator[str]:
    if isinstance(value, Mapping):
        for key, inner in value.items():
            if not (path and key == "id"):  # an entity's id is already in its path
                yield from _facts((*path, str(key)), inner)
    elif isinstance(value, list) and value and all(isinstance(v, Mapping) for v in value):
        for number, entity in enumerate(value, start=1):
            yield from _facts((*path, str(entity.get("id", number))), entity)
    else:
        yield f"{SEPARATOR.join(path)} = {_scalar(value)}"


def fact_lines(model: Record) -> list[str]:
    """Every fact the file states, one a line, in the order described above."""
    # What the canonical writer writes: no defaults, the schema version first.
    document = model.to_document()
    if isinstance(model, Plan) and model.agenda:
        derived = derived_starts(model)
        order = {item.id: n for n, item in enumerate(model.rundown())}
        agenda = sorted(document["agenda"], key=lambda item: order[item["id"]])
        document["agenda"] = [
            {k: v for k, v in item.items() if not (k == "start" and item["id"] in derived)}
            for item in agenda
        ]
    return list(_facts((), document))
