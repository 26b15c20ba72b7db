"""The workspace's background check says how far it got, and Esc stops it: the plans it
did not come to keep "…" (issue 18)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from flow_helpers import SIZE, new_app, notifications, table, wait_for
from textual.widgets import Static

import tui_helpers
from gathertui.state import WorkspaceState
from gathertui.tui import app as app_module
from gathertui.tui.app import GathertuiApp
from gathertui.tui.screens.workspace import WorkspaceScreen


def _read_in_background(monkeypatch: pytest.MonkeyPatch, workspace: Path) -> GathertuiApp:
    """The app as `gathertui` starts it: the folder read after the first frame."""
    monkeypatch.setattr(tui_helpers, "open_workspace", lambda folder: folder)
    return new_app(workspace)


async def test_esc_stops_the_background_check_and_the_rest_keep_their_dots(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "SHOWN_AFTER", 0.0)
    plans = sorted(workspace.glob("*.toml"))
    plans.remove(workspace / "gathertui.toml")
    second = plans[1]
    count = WorkspaceState.count
    reached = threading.Event()

    def held(state: WorkspaceState, path: Path) -> int:
        """The first background check waits at the second plan until it is stopped."""
        in_background = threading.current_thread() is not threading.main_thread()
        if in_background and path == second and app.checking is not None and not reached.is_set():
            reached.set()
            app.checking.cancel.wait(60)
        return count(state, path)

    monkeypatch.setattr(WorkspaceState, "count", held)
    app = _read_in_background(monkeypatch, workspace)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, reached.is_set)
        line = app.screen.query_one("#checking", Static)
        # Redrawn at most ten times a second: 0 or 1 of 3 so far.
        await wait_for(pilot, lambda: line.display and "/3 files" in str(line.render()))
        assert str(line.render()).startswith(("Checking 0/3", "Checking 1/3"))
        assert "Esc stops it" in str(line.render())
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.workspace_ready)
        await pilot.pause()
        assert not line.display
        assert any("Checking stopped" in n for n in notifications(app))
        rows = table(app, "plans").rows
        screen = app.screen
        assert isinstance(screen, WorkspaceScreen)
        counts = {path: row[-1] for path, row in zip(screen.paths, rows, strict=True)}
        # The first two were counted (the second was under way), the third never was.
        assert counts[plans[2]] == "…"
        assert counts[plans[0]] != "…" and counts[second] != "…"
        # r checks again, in the background as at start-up: every plan gets its count.
        await pilot.press("r")
        await wait_for(pilot, lambda: all(row[-1].isdigit() for row in table(app, "plans").rows))
        assert not app.checks_stopped


async def test_a_check_left_to_run_counts_every_plan_and_hides_its_line(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _read_in_background(monkeypatch, workspace)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.workspace_ready)
        await pilot.pause()
        assert app.checking is None
        assert not app.screen.query_one("#checking", Static).display
        assert all(row[-1].isdigit() for row in table(app, "plans").rows)
