"""Benchmark of the app against Textual itself, with its targets, in one run.

- start-up: process start to the first interactive screen on plans/ (every plan's row
  drawn), over a hello-world Textual app started the same way (target <= 1.25); also
  when the background validation has put the warning counts on screen;
- roster: opening the roster tab and one filter keystroke on a 5,000-person plan, over
  the same on a 50-person plan (target <= 2);
- agenda: one + on the rundown of a plan of 500 items and 5,000 people, over the same on
  50 items and 50 people (no target; shown so a slow redraw is seen).

Run: .venv/bin/python bench/bench_tui.py [--rounds N]
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Each app prints time.perf_counter() (CLOCK_MONOTONIC, shared by processes on Linux)
# when its first frame is on screen; the parent subtracts the moment it started the
# process. Interpreter shutdown is left out for both.
HELLO = """
import time
from textual.app import App
from textual.widgets import Footer, Header, Static

class Hello(App):
    def compose(self):
        yield Header()
        yield Static("Hello, world")
        yield Footer()

    def on_mount(self):
        self.call_after_refresh(self.first_frame)

    def first_frame(self):
        print("ready", time.perf_counter())
        self.exit()

Hello().run(headless=True)
"""

# The real launch path (`gathertui plans`), headless. "ready" is the first frame with
# every plan's row; "complete" is when validation is done and the warning counts show.
GATHERTUI = """
import sys
import time
from gathertui import cli
from gathertui.tui import app as app_module

class Timed(app_module.GathertuiApp):
    def run(self, **options):
        return super().run(headless=True)

    def on_mount(self):
        super().on_mount()
        self.call_after_refresh(self.first_frame)

    def first_frame(self):
        rows = len(self.screen.query_one("#plans").rows)
        assert rows == int(sys.argv[2]), rows
        print("ready", time.perf_counter())

    def _workspace_read(self, workspace):
        super()._workspace_read(workspace)
        self.call_after_refresh(self.complete)

    def complete(self):
        assert "…" not in str(self.screen.query_one("#plans").rows)
        print("complete", time.perf_counter())
        self.exit()

app_module.GathertuiApp = Timed
sys.exit(cli.main([sys.argv[1], "--lang", "id"]))
"""


def _moments(script: Path, *args: str, env: dict[str, str]) -> dict[str, float]:
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(script), *args], check=True, env=env, capture_output=True, text=True
    )
    moments = {}
    for line in result.stdout.splitlines():
        name, _, value = line.rpartition(" ")
        if name in ("ready", "complete"):
            moments[name.strip()] = float(value) - began
    return moments


def startup(rounds: int) -> dict[str, float]:
    # Both apps start from bytecode, as an installed app does from its second run: pip
    # compiled Textual's, but an editable install under PYTHONDONTWRITEBYTECODE never
    # writes ours, and compiling our source on every start is not what users see.
    compileall.compile_dir(ROOT / "src", quiet=1)
    env = {**os.environ, "GATHERTUI_STATE_DIR": tempfile.mkdtemp()}
    samples: dict[str, list[float]] = {"hello": [], "ready": [], "complete": []}
    scripts = Path(tempfile.mkdtemp())
    # Both apps start the same way: a script file run by the same Python.
    (scripts / "hello.py").write_text(HELLO)
    (scripts / "gathertui_app.py").write_text(GATHERTUI)
    plans = ROOT / "plans"
    count = str(len([p for p in plans.glob("*.toml") if p.name != "gathertui.toml"]))
    for _ in range(rounds):
        samples["hello"].append(_moments(scripts / "hello.py", env=env)["ready"])
        ours = _moments(scripts / "gathertui_app.py", str(plans), count, env=env)
        samples["ready"].append(ours["ready"])
        samples["complete"].append(ours["complete"])
    return {name: statistics.median(values) for name, values in samples.items()}


async def roster_costs(folder: Path, rounds: int) -> tuple[float, float]:
    from gathertui.state import open_workspace
    from gathertui.tui.app import GathertuiApp

    opening: list[float] = []
    filtering: list[float] = []
    for _ in range(rounds):
        app = GathertuiApp(open_workspace(folder), "id")
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("enter")
            await pilot.pause()
            began = time.perf_counter()
            await pilot.press("2")
            await pilot.pause()
            opening.append(time.perf_counter() - began)
            await pilot.press("slash")
            await pilot.pause()
            began = time.perf_counter()
            await pilot.press("9")
            await pilot.pause()
            filtering.append(time.perf_counter() - began)
    return statistics.median(opening), statistics.median(filtering)


async def agenda_key_cost(folder: Path, rounds: int) -> float:
    """One + on the rundown's first item: the change, reflow and the redraw."""
    from gathertui.state import open_workspace
    from gathertui.tui.app import GathertuiApp

    samples: list[float] = []
    app = GathertuiApp(open_workspace(folder), "id")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter", "3")
        await pilot.pause()
        for _ in range(rounds):
            began = time.perf_counter()
            await pilot.press("plus")
            await pilot.pause()
            samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    os.environ["GATHERTUI_STATE_DIR"] = tempfile.mkdtemp()
    sys.path.insert(0, str(HERE))
    from bench_storage import big_plan

    from gathertui.storage import canonical_text

    times = startup(args.rounds)
    hello, ours = times["hello"], times["ready"]
    print(
        f"start-up   gathertui {ours * 1000:6.0f} ms / hello-world Textual {hello * 1000:6.0f} ms"
        f" = {ours / hello:.2f}  (target <= 1.25)"
    )
    print(
        f"  warning counts shown {times['complete'] * 1000:6.0f} ms"
        f" = {times['complete'] / hello:.2f} x hello-world"
    )
    results = {}
    with tempfile.TemporaryDirectory() as small, tempfile.TemporaryDirectory() as large:
        for folder, people in ((small, 50), (large, 5000)):
            plan = big_plan(people, 50)
            (Path(folder) / "rencana.toml").write_text(canonical_text(plan))
            results[people] = asyncio.run(roster_costs(Path(folder), args.rounds))
    (open50, filter50), (open5k, filter5k) = results[50], results[5000]
    agenda: dict[int, float] = {}
    for people, items in ((50, 50), (5000, 500)):
        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "rencana.toml").write_text(canonical_text(big_plan(people, items)))
            agenda[items] = asyncio.run(agenda_key_cost(Path(folder), args.rounds))
    print(
        f"roster tab 5,000 people {open5k * 1000:6.1f} ms / 50 people {open50 * 1000:6.1f} ms"
        f" = {open5k / open50:.2f}  (target <= 2)"
    )
    print(
        f"filter key 5,000 people {filter5k * 1000:6.1f} ms / 50 people {filter50 * 1000:6.1f} ms"
        f" = {filter5k / filter50:.2f}  (target <= 2)"
    )
    print(
        f"agenda +   500 items, 5,000 people {agenda[500] * 1000:6.1f} ms"
        f" / 50 items, 50 people {agenda[50] * 1000:6.1f} ms = {agenda[500] / agenda[50]:.2f}"
    )
    ok = ours / hello <= 1.25 and open5k / open50 <= 2 and filter5k / filter50 <= 2
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
