"""The plan checks of an edited plan, rerun only for the parts an edit changed.

A check says which parts of the plan it reads (`event`, `signing`, or an entity list);
the problems it found are kept with those parts as they were. Entities are never changed
in place, only replaced, so a part is unchanged when it holds the very same objects: an
attendance key on a roster of 5,000 reruns the checks that read the people, not those
of the rundown, and a + on the rundown the other way round. A check that reads the
workspace's other plans is kept only while there are none (another plan open for
editing changes in place); a change of the settings reruns every check.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.context import PlanContext
from gathertui.problems import Problem

PlanCheck = Callable[[PlanContext], Iterable[Problem]]
# What a check may read besides the plan's own parts: the workspace's other plans.
NEIGHBOURS = "neighbours"
# A check that reads each person on their own, and yields its problems person by person
# at ("people", n, ...): when people are replaced in place (an attendance key, an edit,
# their undo) it runs again on those people only.
EACH_PERSON = "each-person"
# Parts that are a few fields of a list's entities, for checks that read only those: who
# the people are (their ids, names and organisations) stays the same when someone
# confirms. Compared entity by entity where the list changed, so nothing is copied.
FIELDS: dict[str, tuple[str, Callable[[Any], object]]] = {
    "people-names": ("people", lambda person: (person.id, person.name, person.organization)),
}
PARTS = ("event", "signing", "invitation", *Plan.ENTITY_LISTS)
# The files whose problems are kept: the plans open for editing, a few at a time.
KEPT_FILES = 8


def parts_of(plan: Plan) -> dict[str, object]:
    """The plan's parts as they are now: its tables, and a copy of each list."""
    parts: dict[str, object] = {}
    for name in PARTS:
        value = getattr(plan, name)
        parts[name] = tuple(value) if isinstance(value, list) else value
    return parts


def _changed(before: dict[str, object], now: dict[str, object]) -> set[str]:
    """The parts, and the fields of FIELDS, that are not as they were."""
    changed = {name for name in PARTS if not _same(before[name], now[name])}
    for name, (part, fields) in FIELDS.items():
        if part in changed:
            old, new = before[part], now[part]
            assert isinstance(old, tuple) and isinstance(new, tuple)
            same = (a is b or fields(a) == fields(b) for a, b in zip(old, new, strict=False))
            if len(old) != len(new) or not all(same):
                changed.add(name)
    return changed


def _same(one: object, other: object) -> bool:
    """Whether a part is as it was: the same objects, or equal ones (an entity replaced by
    an equal one gives the checks the same problems)."""
    # Tuples compare item by item in C, the same objects without calling their __eq__.
    return one is other or one == other


@dataclass
class _Kept:
    parts: dict[str, object]
    settings: WorkspaceSettings
    found: dict[PlanCheck, list[Problem]] = field(default_factory=dict)


class CheckCache:
    """The problems each check found in each file's plan, with what it read."""

    def __init__(self) -> None:
        self._kept: dict[Path, _Kept] = {}
        # The app validates in a worker thread too (the workspace's counts).
        self._lock = threading.Lock()

    def run(
        self,
        checks: Sequence[PlanCheck],
        reads: Mapping[PlanCheck, frozenset[str]],
        context: PlanContext,
    ) -> list[Problem]:
        """Every check's problems, in the order of `checks`. A check missing from `reads`
        always runs."""
        if context.file is None:
            return [problem for check in checks for problem in check(context)]
        parts = parts_of(context.plan)
        with self._lock:
            before = self._kept.pop(context.file, None)
        settings_same = before is not None and (
            before.settings is context.settings or before.settings == context.settings
        )
        changed = (
            _changed(before.parts, parts)
            if before is not None and settings_same
            else {*PARTS, *FIELDS}
        )
        if context.neighbours:
            changed.add(NEIGHBOURS)
        kept = _Kept(parts, context.settings)
        replaced = (
            _replaced(before.parts, parts)
            if before is not None and settings_same and "people" in changed
            else None
        )
        found: list[Problem] = []
        for check in checks:
            read = reads.get(check)
            earlier = before.found.get(check) if before is not None else None
            if earlier is not None and read is not None and not read & changed:
                kept.found[check] = earlier
                found.extend(earlier)
                continue
            if (
                earlier is not None
                and read is not None
                and replaced is not None
                and EACH_PERSON in read
                and not read & changed - {"people", EACH_PERSON}
            ):
                problems = _rerun_for(check, context, earlier, replaced)
            else:
                problems = list(check(context))
            if read is not None and NEIGHBOURS not in (read & changed):
                kept.found[check] = problems
            found.extend(problems)
        with self._lock:
            self._kept[context.file] = kept
            while len(self._kept) > KEPT_FILES:
                del self._kept[next(iter(self._kept))]
        return found


def _replaced(before: dict[str, object], now: dict[str, object]) -> list[int] | None:
    """The places of the people replaced, when the roster is otherwise as it was (no one
    added, removed or moved): None when it is not, or too many changed to be worth it."""
    old, new = before["people"], now["people"]
    assert isinstance(old, tuple) and isinstance(new, tuple)
    if len(old) != len(new):
        return None
    replaced = [n for n, (a, b) in enumerate(zip(old, new, strict=True)) if a is not b]
    return replaced if len(replaced) <= len(new) // 4 + 1 else None


def _rerun_for(
    check: PlanCheck, context: PlanContext, earlier: list[Problem], replaced: list[int]
) -> list[Problem]:
    """A person-by-person check's problems: those of the people not replaced as they were,
    and the check run on a plan of the replaced people alone, put back at their places."""
    people = context.plan.people
    alone = context.plan.model_copy(update={"people": [people[n] for n in replaced]})
    fresh = [
        replace(problem, path=("people", replaced[int(problem.path[1])], *problem.path[2:]))
        for problem in check(replace(context, plan=alone))
    ]
    gone = set(replaced)
    kept = [problem for problem in earlier if problem.path[1] not in gone]
    # The check goes through the roster in order: so do its problems.
    return sorted([*kept, *fresh], key=lambda problem: int(problem.path[1]))
