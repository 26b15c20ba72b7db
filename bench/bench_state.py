"""Benchmark of the workspace state: what an edit costs the workspace list's counts.

A workspace of visits and gatherings on working days over a few years (a few days with
two or three events, as a real office has), with the usual delegations, rundown and one
shared hall. One plan is opened and edited (the length of an agenda item, so its day
keeps its clashes); then every count the workspace list shows is asked for. Only the
plans the edit can reach (those within a day of it) are checked again.

Reported, small and large workspaces interleaved round by round, medians:
- `counts after an edit`: the list's counts after one edit, which is what coming back
  to the list costs, and how many plans were checked again for it;
- `all counts`: every plan checked from scratch (the background read at start-up);
- the plans checked again after an edit, large workspace over small (target: 1, flat:
  an edit is checked against the plans of its days, not against the whole workspace).
  What else grows with the workspace (the list itself, the semester targets) is linear
  and shows in the times.

Run: .venv/bin/python bench/bench_state.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import goals

import gathertui.state
from gathertui.model.templates import new_plan
from gathertui.planning.agenda import change_minutes
from gathertui.state import WorkspaceState
from gathertui.storage import write_new

KINDS = ("visit", "media-gathering")


def workspace(folder: Path, plans: int, doubled: int | None = 10) -> None:
    """`plans` plans on working days from January 2024; every `doubled`th day has a
    second event, in the same hall, so the workspace has its share of clashes (none
    when `doubled` is None)."""
    day = date(2024, 1, 2)
    for n in range(plans):
        while day.weekday() >= 5:
            day += timedelta(days=1)
        plan = new_plan(KINDS[n % 2], f"Kegiatan {n}", day, None)
        write_new(folder / f"{day.isoformat()}-kegiatan-{n}.toml", plan)
        if doubled is None or n % doubled != doubled - 1:
            day += timedelta(days=1)


def one_round(folder: Path) -> tuple[float, float, int]:
    state = WorkspaceState.read(folder)
    began = time.perf_counter()
    state.counts()
    everything = time.perf_counter() - began
    path = next(iter(state.files))
    session = state.open(path)
    item = session.plan.agenda[0]
    session.apply(change_minutes(session.plan, item.id, 5))
    checked = _checked_while(state.counts)
    session.apply(change_minutes(session.plan, item.id, 5))
    began = time.perf_counter()
    state.counts()
    after_edit = time.perf_counter() - began
    return after_edit, everything, checked


def _checked_while(work: Callable[[], object]) -> int:
    """How many plans `work` checks."""
    real = gathertui.state.plan_checks
    calls = 0

    def counting(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        return real(*args)

    gathertui.state.plan_checks = counting  # type: ignore[assignment]
    try:
        work()
    finally:
        gathertui.state.plan_checks = real
    return calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("GATHERTUI_TODAY", "2024-12-01")
    sizes = (30, 300)
    samples: dict[int, dict[str, list[float]]] = {
        n: {"edit": [], "all": [], "checked": []} for n in sizes
    }
    with tempfile.TemporaryDirectory() as root:
        folders = {}
        for n in sizes:
            folders[n] = Path(root) / str(n)
            folders[n].mkdir()
            workspace(folders[n], n)
        for _ in range(args.rounds):
            for n in sizes:
                edit, everything, checked = one_round(folders[n])
                samples[n]["edit"].append(edit)
                samples[n]["all"].append(everything)
                samples[n]["checked"].append(checked)
    median = {n: {k: statistics.median(v) for k, v in s.items()} for n, s in samples.items()}
    for n in sizes:
        edit, everything = median[n]["edit"], median[n]["all"]
        print(
            f"{n:4d} plans: counts after an edit {edit * 1000:7.2f} ms"
            f" ({median[n]['checked']:.0f} plans checked again),"
            f" all counts {everything * 1000:8.1f} ms; an edit costs {edit / everything:.3f}"
            " of all"
        )
    small, large = sizes
    flat = median[large]["checked"] / median[small]["checked"]
    met = goals.condition(
        f"plans checked again after an edit, {large} plans / {small} plans",
        f"{flat:.2f}, time {median[large]['edit'] / median[small]['edit']:.2f}",
        flat <= 1,
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
