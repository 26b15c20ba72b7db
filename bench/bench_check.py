"""`gathertui check` of one 5,000-person plan against a bare parse of it, whole processes.

Generates a plan of 5,000 people (distinct positions, twenty delegations, a few warnings
among the notes) in a temporary workspace and times, in rounds that interleave them:
- `python -c "import tomllib; tomllib.load(...)"`: a bare parse of the file;
- `python -m gathertui check FILE`: the command a person or a commit hook runs.
Prints both medians (wall clock, and CPU) and their ratios; exits 1 when the wall-clock
ratio is over the goal (1.5).

Run: PYTHONPATH=src .venv/bin/python bench/bench_check.py [--people N] [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_storage import big_plan
from sample_plans import OFFICES, UNITS

from gathertui.model import Plan
from gathertui.storage import canonical_text

GOAL = 1.5


def varied_plan(people: int, items: int) -> Plan:
    """The storage benchmark's plan with the variety of a real one: positions differ from
    person to person, and two small halls give a handful of capacity warnings."""
    plan = big_plan(people, items)
    roster = [
        person.model_copy(
            update={
                "position": f"{OFFICES[n % len(OFFICES)]} {UNITS[n % len(UNITS)]} {n // 96}",
            }
        )
        for n, person in enumerate(plan.people)
    ]
    # Halls large enough for everyone but two, which the checks warn about.
    venues = [
        venue.model_copy(update={"capacity": 60 if n in (3, 7) else 10 * people})
        for n, venue in enumerate(plan.venues)
    ]
    return plan.model_copy(update={"people": roster, "venues": venues})


def _children_cpu() -> float:
    times = os.times()
    return times.children_user + times.children_system


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run: on a busy machine the CPU time, which other
    processes do not stretch, tells more (0 where the system does not count it)."""
    began, cpu = time.perf_counter(), _children_cpu()
    quiet = subprocess.DEVNULL
    subprocess.run(command, cwd=cwd, env=env, stdout=quiet, stderr=quiet, check=False)
    return time.perf_counter() - began, _children_cpu() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()

    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as folder:
        workspace = Path(folder)
        path = workspace / "besar.toml"
        path.write_text(canonical_text(varied_plan(args.people, args.items)), encoding="utf-8")
        parse = [sys.executable, "-c", f"import tomllib; tomllib.load(open({path.name!r}, 'rb'))"]
        check = [sys.executable, "-m", "gathertui", "check", path.name]
        shown = subprocess.run(check, cwd=workspace, env=env, capture_output=True, text=True)
        parses, checks = [], []
        for _ in range(args.rounds):
            parses.append(timed(parse, workspace, env))
            checks.append(timed(check, workspace, env))
        size = path.stat().st_size / 1024

    bare, checked = (statistics.median(wall for wall, _ in runs) for runs in (parses, checks))
    bare_cpu, checked_cpu = (statistics.median(cpu for _, cpu in runs) for runs in (parses, checks))
    ratio = checked / bare
    print(f"plan: {args.people} people, {args.items} agenda items, {size:.0f} KiB")
    print(f"check says: {shown.stderr.strip().splitlines()[-1] if shown.stderr else '(nothing)'}")
    print(
        f"check {checked * 1000:7.1f} ms / bare tomllib parse {bare * 1000:7.1f} ms"
        f" = {ratio:.2f}  (goal <= {GOAL})"
    )
    if bare_cpu:
        print(
            f"CPU   {checked_cpu * 1000:7.1f} ms / CPU of the parse     {bare_cpu * 1000:7.1f} ms"
            f" = {checked_cpu / bare_cpu:.2f}"
        )
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
