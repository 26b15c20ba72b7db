"""Benchmark of the clashes across plans: 300 plans on one day against 30 on different days.

300 plans on one day is a generator's mistake, but a real risk (a week of Ramadan events
entered on one date): every plan's rundown takes the same hall and the same contact
person, so every item clashes with the items of the 299 other plans at its time. The
other workspace has 30 plans on 30 working days, which clash with nothing.

Each round reads the workspace and times `all_problems()` (what `gathertui check`
prints, lines found included); the two workspaces are interleaved round by round and
the medians reported, with the clash warnings found.

Printed: both times, per plan, and the ratio of the cost of a plan on the crowded day
over that of a plan alone on its day. Goals: the clash warnings are one per item and
venue or person (not one per clashing pair), and the ratio is at most `GOAL`: a plan in
the crowd costs a few times a plan alone (it has 16 warnings to find, word and place that
the other has not), not 300 times. Exits 1 when one is missed.

Run: .venv/bin/python bench/bench_clashes.py [--rounds N] [--crowd N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import goals
from bench_state import KINDS, workspace

from gathertui.model.templates import new_plan
from gathertui.state import WorkspaceState
from gathertui.storage import write_new

CLASHES = ("venue-double-booked", "person-double-booked")
GOAL = 8.0


def crowded(folder: Path, plans: int) -> int:
    """`plans` plans on one day; returns how many agenda items they have."""
    items = 0
    for n in range(plans):
        plan = new_plan(KINDS[n % 2], f"Buka Puasa Bersama {n}", date(2024, 3, 18), None)
        write_new(folder / f"buka-puasa-{n:03d}.toml", plan)
        items += len(plan.agenda)
    return items


def one_round(folder: Path) -> tuple[float, int]:
    """Seconds to find every problem of a freshly read workspace, and its clash warnings."""
    state = WorkspaceState.read(folder)
    began = time.perf_counter()
    problems = state.all_problems()
    took = time.perf_counter() - began
    return took, sum(p.code in CLASHES for p in problems)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--crowd", type=int, default=300, help="plans on the crowded day")
    args = parser.parse_args()
    os.environ.setdefault("GATHERTUI_TODAY", "2024-12-01")
    alone = 30
    times: dict[str, list[float]] = {"crowd": [], "alone": []}
    warnings: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as root:
        folders = {"crowd": Path(root) / "crowd", "alone": Path(root) / "alone"}
        for folder in folders.values():
            folder.mkdir()
        items = crowded(folders["crowd"], args.crowd)
        workspace(folders["alone"], alone, doubled=None)
        for _ in range(args.rounds):
            for name, folder in folders.items():
                took, warnings[name] = one_round(folder)
                times[name].append(took)
    crowd, single = statistics.median(times["crowd"]), statistics.median(times["alone"])
    print(
        f"{args.crowd} plans on one day: {crowd:8.3f} s ({crowd / args.crowd * 1000:6.2f} ms a"
        f" plan), {warnings['crowd']} clash warnings for {items} items"
    )
    print(
        f"{alone:4d} plans on {alone} days: {single:8.3f} s ({single / alone * 1000:6.2f} ms a"
        f" plan), {warnings['alone']} clash warnings"
    )
    # Every item of the crowd shares the hall and the contact person with the others.
    per_item = warnings["crowd"] <= 2 * items and warnings["alone"] == 0
    ok = goals.ratio(
        f"clashes: a plan among {args.crowd} on one day / a plan alone",
        crowd / args.crowd,
        single / alone,
        GOAL,
    )
    detail = f"{warnings['crowd']} warnings for {items} items"
    ok &= goals.condition("clashes: one warning per item and venue or person", detail, per_item)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
