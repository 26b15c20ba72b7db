"""Benchmark of merging concurrent edits of a plan: `gathertui merge` against `git merge-file`.

On generated pairs of concurrent edits of a realistic plan (50 people, 15 items over two
days; edits made with the app's own operations: an item longer or shorter, an item added
or deleted, a person added, a person's attendance or position, the event renamed, a
delegation's quotas), reports measured in one run, for each merge:
- the share of pairs left conflicted;
- the share merged without a conflict into a wrong plan: one that does not load (a
  syntax error, a dangling reference), whose times do not add up (an unpinned item's
  start is not where reflow puts it), or that lost an edit of either side;
and the time to merge a plan of 5,000 people, against `git merge-file` on the same texts.
Goal: no conflict where nothing clashes, no wrong merge.

Run: .venv/bin/python bench/bench_merge.py [--pairs N] [--seed N] [--rounds N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

from bench_storage import best_of, big_plan

from gathertui.commands.merge import merge_files
from gathertui.model import AgendaItem, Attendance, Person, Plan
from gathertui.planning.agenda import (
    add_item,
    change_minutes,
    delete_item,
    times_add_up,
)
from gathertui.planning.diff import plan_changes
from gathertui.planning.editing import (
    Change,
    PlanEditor,
    add_person,
    edit_event,
    edit_person,
    set_attendance,
    set_quotas,
)
from gathertui.planning.merge import merge_plans
from gathertui.storage import LoadError, canonical_text
from gathertui.storage.reader import decode_source, plan_from_source
from gathertui.vcs.git import run_git

FIRST_DAY = date(2024, 5, 22)
Edit = Callable[[random.Random, Plan], Change | None]


def visit_plan() -> Plan:
    """A two-day visit: 50 people in 4 delegations, 15 items, PICs and speakers named."""
    plan = big_plan(50, 15)
    plan.event = plan.event.model_copy(
        update={"start": FIRST_DAY, "end": date(2024, 5, 23), "title": "Kunjungan kerja"}
    )
    plan.delegations = plan.delegations[:4]
    plan.people = [
        p.model_copy(update={"delegation": f"rombongan-{n % 4}"}) for n, p in enumerate(plan.people)
    ]
    agenda = []
    for n, item in enumerate(plan.agenda):
        day, slot = divmod(n, 8)
        begin = 8 * 60 + 15 * slot
        agenda.append(
            item.model_copy(
                update={
                    "day": None if day == 0 else date(2024, 5, 23),
                    "start": time(begin // 60, begin % 60),
                    "minutes": 15,
                }
            )
        )
    plan.agenda = agenda
    return plan


def _item(rng: random.Random, plan: Plan) -> AgendaItem:
    return rng.choice(plan.agenda)


def _person(rng: random.Random, plan: Plan) -> tuple[int, Person]:
    index = rng.randrange(len(plan.people))
    return index, plan.people[index]


def lengthen(rng: random.Random, plan: Plan) -> Change | None:
    return change_minutes(plan, _item(rng, plan).id, rng.choice((5, 10, 15)))


def shorten(rng: random.Random, plan: Plan) -> Change | None:
    return change_minutes(plan, _item(rng, plan).id, -5)


def new_item(rng: random.Random, plan: Plan) -> Change:
    after = _item(rng, plan)
    ident = f"acara-baru-{rng.randrange(10**6)}"
    item = AgendaItem(id=ident, start=time(8), minutes=rng.choice((10, 20)), title="Acara baru")
    return add_item(plan, after.day_in(plan.event), after.id, item)


def drop_item(rng: random.Random, plan: Plan) -> Change:
    return delete_item(plan, _item(rng, plan).id)


def new_person(rng: random.Random, plan: Plan) -> Change:
    return add_person(plan, f"Tamu {rng.randrange(10**6)}", delegation="rombongan-1")


def attendance(rng: random.Random, plan: Plan) -> Change | None:
    index, _ = _person(rng, plan)
    return set_attendance(plan, index, rng.choice(list(Attendance)))


def position(rng: random.Random, plan: Plan) -> Change:
    index, person = _person(rng, plan)
    jabatan = f"Jabatan {rng.randrange(100)}"
    return edit_person(plan, index, person.model_copy(update={"position": jabatan}))


def rename(rng: random.Random, plan: Plan) -> Change:
    title = f"Kunjungan kerja {rng.randrange(100)}"
    return edit_event(plan, plan.event.model_copy(update={"title": title}))


def quotas(rng: random.Random, plan: Plan) -> Change:
    index = rng.randrange(len(plan.delegations))
    key = rng.choice(("online", "print", "tv", "radio"))
    now = plan.delegations[index].quotas
    return set_quotas(plan, index, now.model_copy(update={key: rng.randrange(1, 40)}))


EDITS: tuple[Edit, ...] = (
    lengthen,
    shorten,
    new_item,
    drop_item,
    new_person,
    attendance,
    position,
    rename,
    quotas,
)


def edited(base: Plan, rng: random.Random) -> Plan:
    plan = base.model_copy(deep=True)
    editor = PlanEditor(plan)
    for _ in range(rng.choice((1, 1, 2))):
        change = rng.choice(EDITS)(rng, plan)
        if change is not None:
            editor.apply(change)
    return plan


def _field(plan: Plan, section: str, entity: str | None, field: str | None) -> Any:
    """The value at a change's place in `plan` (a missing entity: the marker "gone")."""
    if entity is None:
        holder: Any = getattr(plan, section)
    else:
        holder = next((e for e in getattr(plan, section) if e.id == entity), "gone")
    if field is None or holder in ("gone", None):
        return holder if field is None or holder == "gone" else None
    for part in field.split("."):
        holder = getattr(holder, part)
    return holder


def lost_edit(base: Plan, side: Plan, merged: Plan) -> bool:
    """Whether a change of `side` (as the semantic diff sees it) is not in `merged`."""
    for change in plan_changes(base, side):
        if change.kind == "changed":
            wanted = _field(side, change.section, change.entity, change.field)
            if _field(merged, change.section, change.entity, change.field) != wanted:
                return True
        elif change.kind == "added":
            if _field(merged, change.section, change.entity, None) == "gone":
                return True
        elif _field(merged, change.section, change.entity, None) != "gone":
            return True
    return False


def verdict(base: Plan, ours: Plan, theirs: Plan, text: str | None) -> str:
    """ "conflict", "unloadable", "times", "lost" or "right" for a merge's result."""
    if text is None:
        return "conflict"
    try:
        merged = plan_from_source(decode_source(Path("merged.toml"), text.encode("utf-8")))
    except LoadError:
        return "unloadable"
    if merged.conflicts:
        return "conflict"
    if not times_add_up(merged):
        return "times"
    if lost_edit(base, ours, merged) or lost_edit(base, theirs, merged):
        return "lost"
    return "right"


def git_merge_file(folder: Path, texts: tuple[str, str, str]) -> tuple[int, str]:
    paths = []
    for name, text in zip(("base", "ours", "theirs"), texts, strict=True):
        path = folder / f"{name}.toml"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    result = run_git(["merge-file", "-p", paths[1], paths[0], paths[2]], folder)
    return result.returncode, result.stdout


def clashing(base: Plan, ours: Plan, theirs: Plan) -> bool:
    """Whether the two sides changed one place two ways (a conflict is then right)."""

    def places(side: Plan) -> dict[tuple[str, str | None, str | None], Any]:
        return {
            (c.section, c.entity, c.field): _field(side, c.section, c.entity, c.field)
            for c in plan_changes(base, side)
        }

    mine, yours = places(ours), places(theirs)
    if any(mine[key] != yours[key] for key in mine.keys() & yours.keys()):
        return True
    touched = [{(s, e) for s, e, _ in side} for side in (mine, yours)]
    removed = [
        {(s, e) for (s, e, f), v in side.items() if f is None and v == "gone"}
        for side in (mine, yours)
    ]
    return bool(removed[0] & touched[1] - removed[1] or removed[1] & touched[0] - removed[0])


def share(count: int, total: int) -> str:
    return f"{count:3d}/{total} = {100 * count / total:5.1f} %"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    base = visit_plan()
    tally: dict[str, dict[str, int]] = {"git": {}, "gathertui": {}}
    clashes = 0
    quiet_conflicts = 0
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for _ in range(args.pairs):
            ours, theirs = edited(base, rng), edited(base, rng)
            texts = (canonical_text(base), canonical_text(ours), canonical_text(theirs))
            status, text = git_merge_file(folder, texts)
            git = verdict(base, ours, theirs, text if status == 0 else None)
            try:
                ours_text: str | None = canonical_text(merge_plans(base, ours, theirs))
            except Exception:
                ours_text = "not a plan ["
            mine = verdict(base, ours, theirs, ours_text)
            for tool, result in (("git", git), ("gathertui", mine)):
                tally[tool][result] = tally[tool].get(result, 0) + 1
            clash = clashing(base, ours, theirs)
            clashes += clash
            quiet_conflicts += mine == "conflict" and not clash

        total = args.pairs
        print(f"{total} concurrent edit pairs of a plan of 50 people, 15 items over 2 days")
        print(f"pairs where both sides changed one place two ways: {share(clashes, total)}")
        for tool, label in (("git", "git merge-file"), ("gathertui", "gathertui merge")):
            counts = tally[tool]
            wrong = sum(counts.get(k, 0) for k in ("unloadable", "times", "lost"))
            print(
                f"{label:16s} conflicted {share(counts.get('conflict', 0), total)}"
                f"   merged wrong {share(wrong, total)}"
                f"  (does not load {counts.get('unloadable', 0)},"
                f" times {counts.get('times', 0)}, edit lost {counts.get('lost', 0)})"
            )
        print(f"gathertui conflicts where nothing clashes: {quiet_conflicts}")

        big = big_plan(args.people, 500)
        big_rng = random.Random(args.seed)
        big_ours, big_theirs = edited(big, big_rng), edited(big, big_rng)
        texts = (canonical_text(big), canonical_text(big_ours), canonical_text(big_theirs))
        paths = [folder / f"big-{n}.toml" for n in ("base", "ours", "theirs")]

        def command() -> int:
            for path, text in zip(paths, texts, strict=True):
                path.write_text(text, encoding="utf-8")
            return merge_files(paths[0], paths[1], paths[2], "en")

        git_time, model_time, command_time = best_of(
            args.rounds,
            lambda: git_merge_file(folder, texts),
            lambda: merge_plans(big, big_ours, big_theirs),
            command,
        )
    print(f"plan of {args.people} people, 500 items ({len(texts[0].encode()) // 1024} KiB):")
    print(f"  git merge-file                     {git_time * 1000:7.1f} ms")
    print(
        f"  merge_plans (models in memory)     {model_time * 1000:7.1f} ms"
        f" = {model_time / git_time:5.1f} x git"
    )
    print(
        f"  gathertui merge (read 3, write 1)  {command_time * 1000:7.1f} ms"
        f" = {command_time / git_time:5.1f} x git"
    )
    wrong = sum(tally["gathertui"].get(k, 0) for k in ("unloadable", "times", "lost"))
    return 0 if wrong == 0 and quiet_conflicts == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
