"""An export runs in a thread under a dialog with its progress; Esc stops it and writes
nothing (issue 18)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from flow_helpers import SIZE, new_app, notifications, wait_for
from test_export_dialog import open_export_form
from textual.widgets import Input, ProgressBar, Select

from gathertui import exports
from gathertui.model.plan import Plan
from gathertui.progress import Progress
from gathertui.tui.modals.working import Working
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.plan_files import _unchanging


def _held_export(started: threading.Event) -> Any:
    """An export that makes 3 of 10 rows, then waits for Esc (at most a minute)."""

    def export(*_args: Any, progress: Progress, **_options: Any) -> bytes:
        progress.interval = 0  # every step drawn
        progress.begin(10, key="progress.attendance")
        progress.step(3)
        started.set()
        progress.cancel.wait(60)
        for _ in range(7):
            progress.step()
        return b"never written"

    return export


async def test_esc_stops_an_export_and_nothing_is_written(
    workspace: Path, visit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    monkeypatch.setattr(exports, "export", _held_export(started))
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        form = await open_export_form(pilot, app)
        form.query_one("#format", Select).value = "txt"
        await pilot.pause()
        path = form.query_one("#path", Input)
        path.focus()
        await pilot.press("enter")
        await wait_for(pilot, started.is_set)
        working = app.screen
        assert isinstance(working, Working)
        bar = working.query_one(ProgressBar)
        await wait_for(pilot, lambda: bar.progress == 3)
        assert bar.total == 10
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, PlanScreen))
        target = visit.with_name(path.value)
        assert not target.exists()
        assert list(workspace.glob(f".{target.name}.*")) == []
        assert any("Export stopped" in n and target.name in n for n in notifications(app))
        assert not any(n.startswith("Wrote") for n in notifications(app))


def test_the_thread_gets_lists_that_edits_do_not_change(visit: Path) -> None:
    from gathertui.storage import load_plan

    plan: Plan = load_plan(visit).model
    copy = _unchanging(plan)
    plan.people.pop()
    plan.agenda.clear()
    assert len(copy.people) == len(load_plan(visit).model.people)
    assert copy.agenda
