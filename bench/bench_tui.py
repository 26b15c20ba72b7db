"""Benchmark of keystrokes at 5,000 people against the same at 50, in one run (start-up
against Textual itself is bench_startup.py's).

Keystrokes on a realistic plan of 5,000 people and 500 agenda items, over the same on
  50 people and 50 items (goal <= 2 for each): a roster filter keystroke (typing a digit
  and deleting it, in turn), the attendance key (Space on a person), the agenda's + and -
  in turn (so no round is refused for running past midnight, and each round is checked
  to have changed the plan), and undo (ctrl+z) of an attendance change.

What a keystroke's figure is: the time from the key's event being posted to the app
until the last frame it causes has been composed, handler and render both. Textual
draws a changed screen on a timer (`Screen._update_timer`, 1/MAX_FPS after the screen
goes idle), so waiting for the frame would add up to 16 ms of sleep to every key, and
`pilot.pause()` waits for an idle heuristic capped at a second. Here the screen's
`_on_idle` draws at once instead of starting that timer (`_on_timer_update`: the layout,
`render_update` of the dirty widgets), and `_compositor_refresh` notes when each frame
is done; the frame is also turned into the terminal's text, which a headless app skips.
After the key the bench waits for the app to go quiet (untimed) and takes the moment of
the last frame. The Input's cursor does not blink, so no frame comes from a timer.
The two apps run side by side and their rounds alternate: small, large, small, large.
The process's CPU time over the same span is printed too: other processes on a busy
machine stretch the wall clock, not it. The goal is on the wall clock.

Run: .venv/bin/python bench/bench_tui.py [--rounds N]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# The moments frames were done, for the key being timed: wall clock and the process's
# CPU time (which a busy machine's other processes do not stretch).
_frames: list[tuple[float, float]] = []
# Where the frames' terminal text goes.
_NOWHERE = io.StringIO()


def _draw_at_once() -> None:
    """Makes every screen draw as soon as it is idle, and notes when each frame is done
    (see the module's docstring)."""
    from rich.console import Console
    from textual._compositor import CompositorUpdate
    from textual.app import App
    from textual.screen import Screen

    console = Console(file=_NOWHERE, width=120, height=40)
    shown = App._display

    def display(app: App[object], screen: Screen[object], update: object) -> None:
        shown(app, screen, update)  # type: ignore[arg-type]
        if isinstance(update, CompositorUpdate):
            update.render_segments(console)

    refresh = Screen._compositor_refresh

    def compositor_refresh(screen: Screen[object]) -> None:
        refresh(screen)
        _frames.append((time.perf_counter(), time.process_time()))

    async def on_idle(screen: Screen[object], event: object) -> None:
        if (
            not screen.app._batch_count
            and screen.is_current
            and (
                screen._layout_required
                or screen._scroll_required
                or screen._repaint_required
                or screen._dirty_widgets
            )
        ):
            screen._on_timer_update()
        await original_idle(screen, event)

    original_idle = Screen._on_idle
    App._display = display  # type: ignore[method-assign]
    Screen._compositor_refresh = compositor_refresh  # type: ignore[method-assign]
    Screen._on_idle = on_idle  # type: ignore[method-assign]


KEYS = ("filter", "attendance", "agenda", "undo")
# A key's wall-clock and CPU seconds.
Sample = tuple[float, float]


class Driven:
    """One app with one plan open, driven key by key."""

    def __init__(self, pilot: object) -> None:
        from textual.pilot import Pilot

        assert isinstance(pilot, Pilot)
        self.pilot = pilot
        self.app = pilot.app
        self.longer = True  # whether the next agenda key is + (else -)

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.app.screen.session

    async def quiet(self) -> None:
        await self.pilot.pause()
        await self.pilot.pause()

    async def key(self, key: str) -> Sample:
        """Seconds from `key` posted to its last frame done, wall clock and CPU."""
        from textual import events

        await self.quiet()
        _frames.clear()
        char = {"space": " ", "minus": "-", "plus": "+", "backspace": None}.get(key, key)
        event = events.Key(key, char if char is None or len(char) == 1 else None)
        event.set_sender(self.app)
        began, cpu = time.perf_counter(), time.process_time()
        self.app._driver.send_message(event)
        await self.quiet()
        assert _frames, f"no frame after {key}"
        if os.environ.get("BENCH_DEBUG"):
            print(key, [round((wall - began) * 1000, 1) for wall, _ in _frames])
        return _frames[-1][0] - began, _frames[-1][1] - cpu

    async def untimed(self, *keys: str) -> None:
        await self.pilot.press(*keys)
        await self.quiet()

    async def changed(self, key: str) -> Sample:
        before = self.session.revision
        seconds = await self.key(key)
        assert self.session.revision != before, f"{key} changed nothing"
        return seconds

    async def to_tab(self, tab: str) -> None:
        """The tab in front with its table focused, untimed (keys such as 2 would be typed
        into the roster's filter if it had the focus)."""
        self.app.screen.action_tab(tab)
        await self.quiet()

    async def round(self, key: str) -> list[Sample]:
        if key == "filter":
            # A digit typed into the filter, then deleted: two keystrokes, both timed, and
            # the roster whole again for the other keys.
            await self.to_tab("roster")
            await self.untimed("slash")
            return [await self.key("1"), await self.key("backspace")]
        if key in ("attendance", "undo"):
            await self.to_tab("roster")
            shown = self.app.screen.roster.shown_people
            assert len(shown) == len(self.session.plan.people), "the filter hides people"
            await self.untimed("down")
            seconds = await self.changed("space")
            if key == "undo":
                seconds = await self.changed("ctrl+z")
            return [seconds]
        await self.to_tab("agenda")
        seconds = await self.changed("plus" if self.longer else "minus")
        self.longer = not self.longer
        return [seconds]


async def keystrokes(folders: dict[int, Path], rounds: int) -> dict[str, dict[int, list[Sample]]]:
    """Each key's samples by plan size, rounds alternating between the two apps."""
    from textual.widgets import Input

    from gathertui.state import open_workspace
    from gathertui.tui.app import GathertuiApp

    _draw_at_once()
    samples: dict[str, dict[int, list[Sample]]] = {k: {n: [] for n in folders} for k in KEYS}
    small, large = (GathertuiApp(open_workspace(folders[n]), "id") for n in sorted(folders))
    async with small.run_test(size=(120, 40)) as one, large.run_test(size=(120, 40)) as other:
        apps = {}
        for people, pilot in zip(sorted(folders), (one, other), strict=True):
            driven = Driven(pilot)
            await driven.untimed("enter")
            await driven.to_tab("roster")
            for field in driven.app.screen.query(Input):
                field.cursor_blink = False
            apps[people] = driven
        for _ in range(rounds):
            for key in KEYS:
                for people, driven in apps.items():
                    samples[key][people].extend(await driven.round(key))
    return samples


def _ms(samples: list[Sample]) -> str:
    wall = [w for w, _ in samples]
    cpu = statistics.median(c for _, c in samples)
    return (
        f"median {statistics.median(wall) * 1000:6.1f} ms, worst {max(wall) * 1000:6.1f} ms"
        f" (CPU median {cpu * 1000:5.1f} ms)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    os.environ["GATHERTUI_STATE_DIR"] = tempfile.mkdtemp()
    sys.path.insert(0, str(HERE))
    import goals
    from sample_plans import realistic_plan

    from gathertui.storage import canonical_text

    ok = True
    with tempfile.TemporaryDirectory() as small, tempfile.TemporaryDirectory() as large:
        folders = {50: Path(small), 5000: Path(large)}
        for people, folder in folders.items():
            plan = realistic_plan(people, 50 if people == 50 else 500, seed=people)
            (folder / "rencana.toml").write_text(canonical_text(plan), encoding="utf-8")
        samples = asyncio.run(keystrokes(folders, args.rounds))
    print("keystrokes, key posted to its last frame done (5,000 people and 500 items / 50 and 50)")
    for key in KEYS:
        large, small = samples[key][5000], samples[key][50]
        cpu = statistics.median(c for _, c in large) / statistics.median(c for _, c in small)
        print(f"  {key:10} 5,000: {_ms(large)}")
        print(f"  {'':10}    50: {_ms(small)}")
        large_wall = statistics.median(w for w, _ in large)
        small_wall = statistics.median(w for w, _ in small)
        label = f"key {key}, 5,000 people / 50 (CPU {cpu:.2f})"
        ok &= goals.ratio(label, large_wall, small_wall, 2)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
