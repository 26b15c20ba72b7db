"""Every speed goal of the app in one run: start-up, `check`, clashes and keystrokes.

Runs each benchmark script in turn with the same Python (each generates its own data: a
300- and a 1,000-plan workspace, a 5,000-person plan, 300 plans on one day, realistic
plans of 50 and 5,000 people), shows what each prints, and ends with one table of every
figure that has a goal. Exits 1 when a goal is missed or a script fails.

Measure on an otherwise idle machine: the figures are ratios of processes or keys timed
side by side, but a busy machine still widens them.

Run: .venv/bin/python bench/bench_scale.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import goals

HERE = Path(__file__).resolve().parent
SCRIPTS = (
    "bench_startup.py",
    "bench_check.py",
    "bench_clashes.py",
    "bench_state.py",
    "bench_tui.py",
)


def run(script: str, rounds: int | None) -> tuple[int, list[str]]:
    """Runs one script, its output shown as it comes; returns its exit code and its
    lines that carry a goal."""
    command = [sys.executable, str(HERE / script)]
    if rounds is not None:
        command += ["--rounds", str(rounds)]
    print(f"\n$ {' '.join(command[1:])}", flush=True)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, encoding="utf-8", env=env
    ) as process:
        assert process.stdout is not None
        lines = []
        for line in process.stdout:
            print(line, end="", flush=True)
            if goals.MARK in line:
                lines.append(line.rstrip())
    return process.returncode, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, help="rounds for every script (else each one's own)")
    args = parser.parse_args()
    figures: list[str] = []
    failed: list[str] = []
    for script in SCRIPTS:
        code, lines = run(script, args.rounds)
        figures += lines
        if code != 0 and not any("MISSED" in line for line in lines):
            failed.append(script)
    print("\nEvery goal, as measured in this run:")
    for line in figures:
        print(f"  {line}")
    missed = [line for line in figures if "MISSED" in line]
    for script in failed:
        print(f"  {script} failed (see its output above)")
    print(f"{len(figures) - len(missed)} of {len(figures)} goals met")
    return 1 if missed or failed else 0


if __name__ == "__main__":
    sys.exit(main())
