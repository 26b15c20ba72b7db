"""An error nothing expected ends the app non-zero, saying where the report and the
unsaved work are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.app import App

from gathertui import tui_launch
from gathertui.tui.app import GathertuiApp
from gathertui.tui.screens.plan import PlanScreen


def test_a_crash_exits_non_zero_and_says_where_things_are(
    visit: Path,
    state_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    mount = PlanScreen.on_mount

    def edit_then_fail(self: PlanScreen) -> None:
        mount(self)
        self.session.editor.mark_unsaved()  # unsaved work, as after an edit
        raise RuntimeError("boom")

    def headless(self: App[None]) -> None:
        App.run(self, headless=True)

    monkeypatch.setattr(PlanScreen, "on_mount", edit_then_fail)
    monkeypatch.setattr(GathertuiApp, "run", headless)
    status = tui_launch.run([str(visit), "--lang", "en"])
    assert status != 0
    said = capsys.readouterr().err
    reports = list((state_dir / "crashes").glob("crash-*.txt"))
    assert len(reports) == 1
    assert "RuntimeError: boom" in reports[0].read_text(encoding="utf-8")
    assert f"the report is in {reports[0]}" in said
    assert f"Unsaved changes are kept in {state_dir / 'recovery'}" in said
    # The traceback is in the report, not on the terminal.
    assert "Traceback" not in said
    copies = list((state_dir / "recovery").glob("*.json"))
    assert len(copies) == 1
    assert json.loads(copies[0].read_text(encoding="utf-8"))["plan"] == str(visit.resolve())
