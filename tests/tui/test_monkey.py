"""A monkey at the keyboard: random keys over every screen, and the app never raises.

The workspace is opened as the README starts it (`gathertui plans`, a relative path, from
the folder above it), in a private copy. Keys are drawn from a weighted alphabet of the
app's own bindings (every screen, pane and dialog), navigation keys, undo and redo,
saving, and now and then a burst of typed text; never ctrl+q, and never a character that
could name a path outside the copy (/, \\, ., ~) while a text field has the focus. Each
seed is its own case, so a failure names the seed and the last keys pressed.
"""

from __future__ import annotations

import asyncio
import random
import re
import time
import traceback
from pathlib import Path

import pytest
from flow_helpers import wait_for
from textual.command import CommandList, Hit
from textual.events import Key
from textual.notifications import SeverityLevel
from textual.pilot import Pilot
from textual.widgets import Input, TabbedContent, TextArea

from conftest import PLANS
from gathertui.glance import SETTINGS_FILE
from gathertui.storage.reader import load_plan, load_settings
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.palette import Palette
from gathertui.tui.screens.plan import PlanScreen

SIZE = (120, 40)
# The smallest terminal the app is made for: the cheapest to draw, and the tightest
# layouts.
MONKEY_SIZE = (80, 24)
# Seeds and keys sized to the suite's time: 2,100 keys in all, in six cases that two
# workers share. Each crash a seed found is a test of its own below.
SEEDS = (2, 3, 4, 6, 7, 8)
KEYS_PER_SEED = 350
# Let timers, workers and dialogs catch up every few keys, as a person's pauses would.
PAUSE_EVERY = 12

# (weight, keys): a key drawn from a group of the given weight.
ALPHABET: tuple[tuple[int, tuple[str, ...]], ...] = (
    # Moving about and answering dialogs.
    (30, ("up", "down", "left", "right", "tab", "shift+tab", "pageup", "pagedown")),
    (14, ("enter",)),
    (9, ("escape",)),
    (4, ("home", "end", "space", "backspace")),
    # Plan tabs (1-5) and the workspace's "open" on Enter above.
    (8, ("1", "2", "3", "4", "5")),
    # Letters bound somewhere: workspace n c r k s g; plan x l; overview a e t; roster
    # a e q o i k h t w; agenda a e p d c f v; venues u; settings l o a k; calendar g p
    # n; history v r; conflicts o t b; help q.
    (
        24,
        tuple("abcdefghiklnopqrstuvwx"),
    ),
    (6, ("delete", "plus", "minus", "shift+up", "shift+down", "slash")),
    (3, ("f1", "question_mark", "ctrl+p")),
    (4, ("ctrl+z", "ctrl+y", "ctrl+s")),
    (2, ("left_square_bracket", "right_square_bracket", "shift+pageup", "shift+pagedown")),
)
# A burst of typing into whatever has the focus: a name, a search, a time.
BURST_CHANCE = 0.04
BURST_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 :-,"
# Keys that type a path's separators or the home folder into a text field.
PATH_KEYS = {"slash", "backslash", "full_stop", "tilde", "/", "\\", ".", "~"}

# An error notification that shows a programming error instead of a sentence.
TRACEBACK_LIKE = re.compile(r"Traceback|File \"|\b[A-Z]\w*(?:Error|Exception)\b")


class RecordingApp(GathertuiApp):
    """The app, keeping every error notification it shows."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.errors: list[str] = []

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        if severity == "error":
            self.errors.append(f"{title}: {message}" if title else message)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)


def draw_keys(rng: random.Random) -> list[str]:
    """The next key, or a burst of typed characters."""
    if rng.random() < BURST_CHANCE:
        return list(rng.choices(BURST_CHARACTERS, k=rng.randint(2, 12)))
    weights = [weight for weight, _ in ALPHABET]
    (group,) = rng.choices([keys for _, keys in ALPHABET], weights=weights)
    return [rng.choice(group)]


async def press(app: GathertuiApp, pilot: Pilot[None], key: str) -> None:
    """`pilot.press` without its idle polls: each one sleeps at least 20 ms per key, and
    longer while a worker thread keeps the process busy, which would make thousands of
    keys take many minutes. Waiting for the screen to handle its queued messages keeps
    the keys in order; the pauses in `monkey` let timers and workers catch up."""
    app._driver.send_message(Key(key, key if len(key) == 1 else None))  # type: ignore[union-attr]
    await pilot._wait_for_screen()


def typing_focus(app: GathertuiApp) -> bool:
    return isinstance(app.focused, Input | TextArea)


async def monkey(app: RecordingApp, pilot: Pilot[None], seed: int, log: list[str]) -> set[str]:
    """Presses KEYS_PER_SEED keys; returns the names of the screens it saw."""
    rng = random.Random(seed)
    seen: set[str] = set()
    pressed = 0
    while pressed < KEYS_PER_SEED:
        for key in draw_keys(rng):
            if key in PATH_KEYS and typing_focus(app):
                key = "x"
            log.append(key)
            await press(app, pilot, key)
            pressed += 1
            seen.add(type(app.screen).__name__)
            if app._exception is not None:
                return seen
        if rng.random() < 1 / PAUSE_EVERY:
            # A short sleep, not `pilot.pause()`: that waits for the process to go idle,
            # up to a second while a worker thread reads plans or git.
            await pilot.pause(0.01)
    # The last key may have opened a plan, whose screen is still mounting on a busy
    # machine: the test's end would tear it down mid-mount (a Header or a Select then
    # finds its parts gone), which is Textual's shutdown, not a key the app mishandled.
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause(0.2)
    return seen


def plans_still_load(folder: Path) -> None:
    for path in sorted(folder.glob("*.toml")):
        if path.name == SETTINGS_FILE:
            load_settings(path)
        else:
            load_plan(path)


@pytest.mark.parametrize("seed", SEEDS)
async def test_monkey(seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    shutil.copytree(PLANS, tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    # Nothing the app remembers or offers may point at the tester's own home.
    monkeypatch.setenv("HOME", str(tmp_path))
    app = RecordingApp(Path("plans"), "en", None, first_run=True)
    log: list[str] = []
    started = time.monotonic()
    seen: set[str] = set()
    try:
        async with app.run_test(size=MONKEY_SIZE) as pilot:
            seen = await monkey(app, pilot, seed, log)
    except Exception as error:
        # A worker's failure wraps the error that matters: its own traceback is shown.
        cause = getattr(error, "error", error)
        trace = "".join(traceback.format_exception(cause))
        raise AssertionError(f"seed {seed}: crashed after keys {log[-80:]!r}\n{trace}") from error
    assert app._exception is None, f"seed {seed}: crashed after keys {log[-80:]!r}"
    bad = [text for text in app.errors if TRACEBACK_LIKE.search(text)]
    assert not bad, f"seed {seed}: error notifications {bad!r} after keys {log[-80:]!r}"
    plans_still_load(tmp_path / "plans")
    print(f"seed {seed}: {len(log)} keys, {time.monotonic() - started:.1f} s, saw {sorted(seen)}")


# Crashes the monkey found, each kept as a test of its own.


@pytest.mark.parametrize("key", ["pageup", "pagedown"])
async def test_palette_page_key_at_once(workspace: Path, key: str) -> None:
    """Seeds 5 and 6: a page key in the palette before its list was drawn raised
    KeyError inside Textual's option list."""
    app = RecordingApp(workspace, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await press(app, pilot, "ctrl+p")
        await press(app, pilot, key)
        await pilot.pause()
        assert isinstance(app.screen, Palette)
    assert app._exception is None


async def first_plan(app: RecordingApp, pilot: Pilot[None]) -> PlanScreen:
    """The workspace read, Enter on its first row: that plan's screen."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await press(app, pilot, "enter")
    await pilot.pause()
    assert isinstance(app.screen, PlanScreen)
    return app.screen


async def test_palette_enter_twice_on_one_command(workspace: Path) -> None:
    """Seed 3: Enter twice on a search that finds one command (here Undo) picked it twice
    before the first pick was handled; the palette, closed by the first, closed again and
    took the screen under it (with none left there, ScreenStackError ended the app). The
    search is awaited until it has found its one command: a search that found none left
    Enter to the plan screen, and the test to chance."""
    app = RecordingApp(workspace, "en")
    async with app.run_test(size=SIZE) as pilot:
        plan = await first_plan(app, pilot)
        await press(app, pilot, "ctrl+p")
        await pilot.pause()
        for key in "undo":
            await press(app, pilot, key)
        results = app.screen.query_one(CommandList)
        await wait_for(pilot, lambda: results.option_count == 1)
        for key in ["enter", "enter"]:
            await press(app, pilot, key)
        await pilot.pause()
        assert app.screen is plan
    assert app._exception is None


async def test_palette_enter_handled_after_it_closed(workspace: Path) -> None:
    """Seed 3 again, on CI: Enter in the search with a command chosen, handled after Esc
    had closed the palette. Textual's own handler of the search's Enter closed it a
    second time: with the workspace alone under it, ScreenStackError ended the app.
    The two messages are queued here in the order the loaded machine handled them."""
    app = RecordingApp(workspace, "en")
    ran: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await press(app, pilot, "ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, Palette)
        palette._selected_command = Hit(1, "Undo", lambda: ran.append("undo"))
        palette._list_visible = False
        palette.post_message(Input.Submitted(palette.query_one(Input), "Undo"))
        palette._action_escape()
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(app.screen, Palette)
        assert ran == []
    assert app._exception is None


async def test_two_tabs_in_a_row_settle_on_the_second(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seeds 4, 10 and 13: two tab keys in a row made the two tabs take turns for ever,
    each entered tab focusing its table and so becoming active again; the footer was
    redrawn each turn and the app never went idle (a 30 s WaitForScreenTimeout, seen on
    the history screen and the dialogs above the plan)."""
    app = RecordingApp(workspace, "en")
    async with app.run_test(size=SIZE) as pilot:
        screen = await first_plan(app, pilot)
        while not screen.composed:
            await pilot.pause()
        await pilot.pause()
        entered: list[str] = []
        enter_tab = screen._enter_tab

        def counted(tab: str) -> None:
            entered.append(tab)
            enter_tab(tab)

        monkeypatch.setattr(screen, "_enter_tab", counted)
        screen.action_tab("roster")
        screen.action_tab("agenda")
        # Not `pilot.pause()`: it waits for an idle that never came.
        await asyncio.sleep(1)
        settled = len(entered)
        await asyncio.sleep(0.5)
        assert len(entered) == settled
        assert screen.query_one("#tabs", TabbedContent).active == "agenda"
    assert app._exception is None


async def test_a_dialog_answered_twice_closes_once(workspace: Path) -> None:
    """Seeds 2 and 8: a dialog's answer came twice before the first was handled (Enter
    twice on its button); the second closed the screen under the dialog, the plan (or,
    with none left, raised ScreenStackError)."""
    app = RecordingApp(workspace, "en")
    async with app.run_test(size=SIZE) as pilot:
        plan = await first_plan(app, pilot)
        answers: list[str | None] = []
        choice = Choice("?", [("yes", "Yes"), ("no", "No")], "yes")
        app.push_screen(choice, answers.append)
        await pilot.pause()
        choice.dismiss("yes")
        choice.dismiss("no")
        await pilot.pause()
        assert app.screen is plan
        assert answers == ["yes"]
    assert app._exception is None


async def test_a_tab_key_as_the_plan_screen_closes(workspace: Path) -> None:
    """Seed 3 at 120x40: a tab key reached the plan's screen as it closed, its tabs
    still there but the tab's table gone: NoMatches ended the app. Such a key now does
    nothing."""
    app = RecordingApp(workspace, "en")
    async with app.run_test(size=SIZE) as pilot:
        screen = await first_plan(app, pilot)
        table = screen.query_one("#overview-table")
        app.pop_screen()
        await table.remove()  # closing goes deepest first
        await app.run_action("tab('overview')", screen)
        await pilot.pause()
    assert app._exception is None


async def test_undo_before_the_plan_screen_is_composed(workspace: Path) -> None:
    """Seed 5: ctrl+z right after Enter accepted a duplicate's name reached the new
    plan's screen before it was composed: NoMatches for its tabs ended the app."""
    app = RecordingApp(workspace, "en")
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for key in ("enter", "2", "space"):
            await press(app, pilot, key)
            await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        again = PlanScreen(screen.session)
        app.push_screen(again)
        again.action_undo()
        await pilot.pause()
        assert app.screen is again
    assert app._exception is None


@pytest.mark.parametrize("action", ["tab('roster')", "pane('roster', 'filter')", "add_person"])
async def test_keys_before_the_plan_screen_is_composed(workspace: Path, action: str) -> None:
    """Seed 8: Enter then / opened the plan and reached its screen before it was
    composed: NoMatches for its tabs ended the app. Such a key now does nothing."""
    app = RecordingApp(workspace, "en")
    async with app.run_test(size=SIZE) as pilot:
        screen = await first_plan(app, pilot)
        again = PlanScreen(screen.session)
        app.push_screen(again)
        await app.run_action(action, again)
        await pilot.pause()
        assert app.screen is again
    assert app._exception is None
