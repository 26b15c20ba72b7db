"""Benchmark of the recovery copy: how soon after a key the edit is on disk, and whether a
kill 50 ms after a key ever loses it.

Each round starts the app (headless, through Textual's Pilot) on a copy of a plan, opens
the roster and cycles one person's attendance with Space:
- the first two keys: the parent polls the recovery copy's log until the change is in
  it, takes the time from the change being made to then, and checks that the copy,
  replayed as the next start would, holds the new attendance (the first change also
  writes the copy's base, the plan as saved);
- the third key: the parent waits 50 ms after it, kills the app (SIGKILL; on Windows
  TerminateProcess), and reads the copy: the edit is there, or it was lost.
The example visit (50 people) and a 5,000-person plan alternate round by round, and the
person whose attendance changes is drawn anew each round.

Run: .venv/bin/python bench/bench_recovery.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_storage import big_plan  # noqa: E402

from gathertui.model.plan import Person  # noqa: E402
from gathertui.recovery import read_copy  # noqa: E402
from gathertui.storage import canonical_text  # noqa: E402

# The app, driven by the parent over stdin: "ROW" moves to a row and presses Space. The
# moment the change is made (not when the press returns, after the redraw), the app
# says which person changed, to what, and when; the journal's thread says when the
# change is in the log. Both times are the child's own time.perf_counter().
CHILD = """
import asyncio, sys, time
from pathlib import Path
from gathertui import recovery
from gathertui.session import PlanSession
from gathertui.tui.app import GathertuiApp
from gathertui.tui.screens.plan import PlanScreen

apply = PlanSession.apply
def said_apply(self, change):
    # Said first: the journal's thread may log the change before apply() returns.
    step = change.steps[-1]
    print("changed", time.perf_counter(), step.after.id, step.after.attendance.value, flush=True)
    return apply(self, change)
PlanSession.apply = said_apply

append_log = recovery.append_log
def said_append(path, lines):
    append_log(path, lines)
    print("logged", time.perf_counter(), flush=True)
recovery.append_log = said_append

async def main(folder, plan):
    app = GathertuiApp(Path(folder), "en", Path(plan), git_status=False)
    async with app.run_test(size=(120, 40)) as pilot:
        while not isinstance(app.screen, PlanScreen) or not app.screen.composed:
            await pilot.pause(0.01)
        await pilot.press("2")
        await pilot.pause()
        print("ready", flush=True)
        while True:
            line = await asyncio.to_thread(sys.stdin.readline)
            if not line:
                return
            app.screen.roster.query_one("#roster-table").move_to(int(line))
            await pilot.press("space")

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


def copy_attendance(state: Path, person: str) -> str | None:
    """The person's attendance in the recovery copy, None while there is none."""
    for path in (state / "recovery").glob("*.json"):
        try:
            text = read_copy(path).text  # the base with its log replayed, as a start would
        except (OSError, ValueError, KeyError):
            return None  # being replaced: os.replace makes this rare, not impossible
        for entry in tomllib.loads(text).get("people", []):
            if entry["id"] == person:
                # The canonical text leaves a default value out.
                return str(entry.get("attendance", Person.model_fields["attendance"].default))
    return None


def one_round(child: Path, folder: Path, plan: Path, people: int) -> tuple[float, float, bool]:
    """(seconds from the first change to its copy on disk, the same for the second,
    whether the third change survived a kill 50 ms after its key)."""
    state = Path(tempfile.mkdtemp(prefix="gathertui-bench-state-"))
    env = {**os.environ, "GATHERTUI_STATE_DIR": str(state), "GATHERTUI_TODAY": "2024-12-01"}
    process = subprocess.Popen(
        [sys.executable, str(child), str(folder), str(plan)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        assert process.stdout.readline().strip() == "ready"

        def press() -> tuple[float, str, str]:
            assert process.stdin is not None and process.stdout is not None
            process.stdin.write(f"{random.randrange(1, people)}\n")
            process.stdin.flush()
            _, moment, person, attendance = process.stdout.readline().split()
            return float(moment), person, attendance

        latencies = []
        for _ in range(2):
            made, person, attendance = press()
            _, on_disk = process.stdout.readline().split()
            latencies.append(float(on_disk) - made)
            time.sleep(0.5)  # the redraw done: the next key is a key of its own
            assert copy_attendance(state, person) == attendance
        _, person, attendance = press()
        time.sleep(0.05)
        process.kill()
        process.wait()
        return latencies[0], latencies[1], copy_attendance(state, person) == attendance
    finally:
        if process.poll() is None:
            process.kill()
        shutil.rmtree(state, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    rounds = parser.parse_args().rounds
    random.seed(17)
    work = Path(tempfile.mkdtemp(prefix="gathertui-bench-recovery-"))
    child = work / "child.py"
    child.write_text(CHILD, encoding="utf-8")
    small = work / "small"
    shutil.copytree(ROOT / "plans", small)
    large = work / "large"
    large.mkdir()
    (large / "besar.toml").write_text(canonical_text(big_plan(5000, 500)), encoding="utf-8")
    cases = {
        "example visit (50 people)": (small, next(small.glob("*kunjungan*.toml")), 50),
        "5,000 people": (large, large / "besar.toml", 5000),
    }
    first: dict[str, list[float]] = {name: [] for name in cases}
    latencies: dict[str, list[float]] = {name: [] for name in cases}
    lost: dict[str, int] = dict.fromkeys(cases, 0)
    for _ in range(rounds):
        for name, (folder, plan, people) in cases.items():  # interleaved
            first_change, next_change, kept = one_round(child, folder, plan, people)
            first[name].append(first_change)
            latencies[name].append(next_change)
            lost[name] += not kept
    shutil.rmtree(work, ignore_errors=True)
    print(f"{rounds} rounds per plan; a kill 50 ms after a key, once per round")
    for name in cases:
        median = statistics.median(latencies[name]) * 1000
        worst = max(latencies[name]) * 1000
        opening = statistics.median(first[name]) * 1000
        print(
            f"{name:28} change to copy on disk: median {median:5.1f} ms, worst {worst:5.1f} ms"
            f" (the first change, which writes the base: {opening:5.1f} ms);"
            f" edits lost to a kill 50 ms after the key: {lost[name]} of {rounds}"
        )
    small_name, large_name = cases
    ratio = statistics.median(latencies[large_name]) / statistics.median(latencies[small_name])
    print(f"5,000 people / example visit, median change to copy on disk: {ratio:.2f}")
    return 0 if not any(lost.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
