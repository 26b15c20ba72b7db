"""The roster as a person uses it, asserting on the screen and on the saved file."""

from __future__ import annotations

import tomllib
from pathlib import Path

from flow_helpers import roster_names, type_text
from textual.widgets import Input

from conftest import VISIT
from gathertui.tui.app import GathertuiApp
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.workspace import WorkspaceScreen
from tui_helpers import make_app


def people_in_file(path: Path) -> list[str]:
    return [p["name"] for p in tomllib.loads(path.read_text())["people"]]


async def open_roster(pilot, app: GathertuiApp) -> PlanScreen:  # type: ignore[no-untyped-def]
    await pilot.pause()
    assert isinstance(app.screen, WorkspaceScreen)
    await pilot.press("home", "enter")  # the visit, first; the list opens at the last
    await pilot.pause()
    assert isinstance(app.screen, PlanScreen)
    await pilot.press("2")
    await pilot.pause()
    return app.screen


async def test_add_with_just_a_name_save_undo_redo(workspace: Path) -> None:
    app = make_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_roster(pilot, app)
        assert "Abd Rachman Tuwo" in roster_names(app)
        await pilot.press("a")
        await pilot.pause()
        await type_text(pilot, "Budi Santoso")
        await pilot.press("enter")
        await pilot.pause()
        assert "Budi Santoso" in roster_names(app)
        assert screen.session.dirty
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Budi Santoso" in people_in_file(workspace / VISIT)
        data = tomllib.loads((workspace / VISIT).read_text())
        budi = next(p for p in data["people"] if p["name"] == "Budi Santoso")
        assert budi["id"] == "budi-santoso"
        assert budi["delegation"] == "semarang"  # the first delegation
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert "Budi Santoso" not in roster_names(app)
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert "Budi Santoso" in roster_names(app)
        assert not screen.session.dirty


async def test_filter_as_you_type(workspace: Path) -> None:
    app = make_app(workspace)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_roster(pilot, app)
        await pilot.press("slash", *"kepala dinas komunikasi")
        await pilot.pause()
        assert roster_names(app) == ["Santi Ratnaningtias", "Sunarto"]
        app.screen.query_one("#filter-text", Input).value = "mojokerto"
        await pilot.pause()
        assert roster_names(app) == ["Abd Rachman Tuwo", "Santi Ratnaningtias"]
