"""`gathertui check` against a bare parse of the same files, whole processes, for one
5,000-person plan (goal 1.5) and for a workspace of 1,000 plans (goal 2).

Generates, in temporary folders:
- one plan of 5,000 people (distinct positions, twenty delegations, a few warnings among
  the notes);
- a workspace of 1,000 small plans on working days over three years (several halls, two
  delegations, a few people and a rundown each; a fifth of the days have two plans, whose
  halls and head of protocol clash when they meet; some items without a person in
  charge), with the example `gathertui.toml`;
and times, in rounds that interleave all four commands:
- `python -c "import tomllib; ..."`: a bare parse of the file, or of every `*.toml` of
  the workspace;
- `python -m gathertui check FILE|FOLDER`: the command a person or a commit hook runs,
  with the package's bytecode compiled first, as an installed package has it.
Prints the medians (wall clock, and CPU) and their ratios; exits 1 when a wall-clock
ratio is over its goal.

Run: .venv/bin/python bench/bench_check.py [--people N] [--plans N] [--rounds N]
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import goals
from bench_startup import ROOT, workspace
from bench_storage import big_plan
from sample_plans import OFFICES, UNITS

import gathertui
from gathertui.model import Plan
from gathertui.storage import canonical_text

GOAL = 1.5
GOAL_MANY = 2.0


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


# What a short visit's rundown is made of, in order.
_ITEMS = ("Penyambutan", "Sambutan Wali Kota", "Paparan", "Diskusi", "Ramah Tamah")


def with_rundown(text: str, rng: random.Random) -> str:
    """One of `workspace()`'s plans with a rundown in its hall (the hall's id made from
    its name, so two halls of the building are two rooms), and the head of protocol who
    receives every delegation: two plans of one day may book her, or their hall, at once."""
    hall = re.search(r'id = "aula"\nname = "([^"]+)"', text)
    assert hall is not None
    venue = "-".join(hall[1].lower().split())
    text = text.replace('id = "aula"', f'id = "{venue}"')
    people = len(re.findall(r"^\[\[people\]\]", text, re.MULTILINE))
    blocks = [
        '[[people]]\nid = "kabag-protokol"\nname = "Sri Wahyuni"\n'
        'position = "Kepala Bagian Protokol dan Komunikasi Pimpinan"\n'
        'delegation = "tuan-rumah"\n'
    ]
    # A morning or an afternoon: most plans of one day keep apart, some meet.
    minute = 60 * rng.choice((8, 9, 10, 13, 14, 15))
    for n, title in enumerate(_ITEMS[: rng.randint(2, len(_ITEMS))]):
        length = rng.choice((15, 30, 45, 60))
        block = (
            f'[[agenda]]\nid = "acara-{n}"\ntitle = "{title}"\n'
            f"start = {minute // 60:02d}:{minute % 60:02d}:00\nminutes = {length}\n"
            f'venue = "{venue}"\n'
        )
        if n == 0:
            block += 'pic = "kabag-protokol"\n'
        elif rng.random() < 0.9:  # now and then nobody is named yet: a warning
            block += f'pic = "peserta-{rng.randrange(people)}"\n'
        blocks.append(block)
        minute += length
    return text + "\n" + "\n".join(blocks)


def many_plans(folder: Path, plans: int) -> None:
    """`plans` small plans with their rundowns, and the example workspace's settings."""
    workspace(folder, plans)
    rng = random.Random(1000)
    for path in sorted(folder.glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        path.write_text(with_rundown(text, rng), encoding="utf-8")
    for name in ("gathertui.toml", "logo.png"):
        shutil.copy(ROOT / "plans" / name, folder / name)


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


@dataclass
class Case:
    """One thing checked: its bare parse and its check, timed round by round."""

    name: str
    short: str  # as the goal's line names it
    parse: list[str]
    check: list[str]
    cwd: Path
    goal: float
    parses: list[tuple[float, float]]
    checks: list[tuple[float, float]]

    def report(self, said: str) -> bool:
        bare, checked = (
            statistics.median(w for w, _ in runs) for runs in (self.parses, self.checks)
        )
        bare_cpu, checked_cpu = (
            statistics.median(c for _, c in runs) for runs in (self.parses, self.checks)
        )
        print(f"{self.name}")
        print(f"  check says: {said}")
        if bare_cpu:
            goals.ratio("  CPU of the check / of the parse", checked_cpu, bare_cpu)
        return goals.ratio(f"check, {self.short} / bare tomllib parse", checked, bare, self.goal)


def _median(runs: list[tuple[float, float]], which: int) -> float:
    return statistics.median(run[which] for run in runs)


def _last_line(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    shown = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    return shown.stderr.strip().splitlines()[-1] if shown.stderr.strip() else "(nothing)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()

    # The check runs the code this script imported, whether installed or on PYTHONPATH.
    code = str(Path(gathertui.__file__).resolve().parents[1])
    # With its bytecode, as installed: a checkout run with PYTHONDONTWRITEBYTECODE (or
    # never run) would compile every module again in each check, ~60 ms nobody else pays.
    compileall.compile_dir(Path(gathertui.__file__).parent, quiet=1)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [code, os.environ.get("PYTHONPATH")])),
    }
    with tempfile.TemporaryDirectory() as scratch:
        one, many = Path(scratch) / "one", Path(scratch) / "many"
        one.mkdir()
        many.mkdir()
        path = one / "besar.toml"
        path.write_text(canonical_text(varied_plan(args.people, args.items)), encoding="utf-8")
        many_plans(many, args.plans)
        size = path.stat().st_size / 1024
        every = "import pathlib, tomllib\nfor p in sorted(pathlib.Path().glob('*.toml')):\n"
        every += "    tomllib.load(p.open('rb'))"
        cases = [
            Case(
                f"one plan: {args.people} people, {args.items} agenda items, {size:.0f} KiB",
                f"one plan of {args.people:,} people",
                [sys.executable, "-c", f"import tomllib; tomllib.load(open({path.name!r}, 'rb'))"],
                [sys.executable, "-m", "gathertui", "check", path.name],
                one,
                GOAL,
                [],
                [],
            ),
            Case(
                f"workspace: {args.plans} plans and gathertui.toml",
                f"{args.plans:,} plans",
                [sys.executable, "-c", every],
                [sys.executable, "-m", "gathertui", "check", "."],
                many,
                GOAL_MANY,
                [],
                [],
            ),
        ]
        said = [_last_line(case.check, case.cwd, env) for case in cases]
        for _ in range(args.rounds):
            for case in cases:
                case.parses.append(timed(case.parse, case.cwd, env))
                case.checks.append(timed(case.check, case.cwd, env))
    met = [case.report(words) for case, words in zip(cases, said, strict=True)]
    return 0 if all(met) else 1


if __name__ == "__main__":
    sys.exit(main())
