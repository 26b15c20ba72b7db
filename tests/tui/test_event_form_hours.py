"""The event's hours: shown on the overview, set and cleared in the event form, and the
first item of an empty first day starts at them."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from pathlib import Path

from flow_helpers import SIZE, new_app, open_plan, settle, shown
from textual.pilot import Pilot
from textual.widgets import Input, Static

from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.agenda_form import AgendaForm
from gathertui.tui.modals.event_form import EventForm
from gathertui.tui.screens.plan import PlanScreen

PLAN = """schema_version = 1

[event]
title = "Rapat Koordinasi"
start = 2025-03-14T13:30:00
end = 2025-03-14T16:00:00
timezone = "Asia/Makassar"
"""


def _workspace(tmp_path: Path, text: str = PLAN) -> Path:
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "rapat.toml").write_text(text, encoding="utf-8")
    return folder


def _event_in_file(folder: Path) -> dict[str, object]:
    with (folder / "rapat.toml").open("rb") as file:
        event: dict[str, object] = tomllib.load(file)["event"]
    return event


async def test_overview_gives_the_hours(tmp_path: Path) -> None:
    app = new_app(_workspace(tmp_path), lang="id")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await pilot.pause()
        event = shown(screen.query_one("#event", Static))
        assert "Jumat, 14 Maret 2025, 13.30–16.00 WITA (Asia/Makassar)" in event


async def _edit_event(
    pilot: Pilot[None], app: GathertuiApp, screen: PlanScreen, values: dict[str, str]
) -> None:
    await pilot.press("e")
    await settle(pilot, lambda: isinstance(app.screen, EventForm))
    form = app.screen
    for field, value in values.items():
        form.query_one(f"#{field}", Input).value = value
    await pilot.pause()
    form.query_one("#title", Input).focus()
    await pilot.press("enter")
    await settle(pilot, lambda: app.screen is screen)


async def test_event_form_sets_and_clears_the_hours(tmp_path: Path) -> None:
    folder = _workspace(tmp_path, PLAN.replace("T13:30:00", "").replace("T16:00:00", ""))
    app = new_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await _edit_event(pilot, app, screen, {"start-time": "09:00", "end-time": "12.00"})
        event = screen.session.plan.event
        assert event.start == datetime(2025, 3, 14, 9, 0)
        assert event.end == datetime(2025, 3, 14, 12, 0)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert _event_in_file(folder)["start"] == datetime(2025, 3, 14, 9, 0)
        assert "start = 2025-03-14T09:00:00\n" in (folder / "rapat.toml").read_text("utf-8")

        await _edit_event(pilot, app, screen, {"start-time": "", "end-time": ""})
        event = screen.session.plan.event
        assert (event.start, event.end) == (date(2025, 3, 14), date(2025, 3, 14))
        assert event.start_time is None


async def test_event_form_refuses_an_hour_that_is_not_one(tmp_path: Path) -> None:
    app = new_app(_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await pilot.press("e")
        await settle(pilot, lambda: isinstance(app.screen, EventForm))
        form = app.screen
        assert form.query_one("#start-time", Input).value == "13.30"
        form.query_one("#start-time", Input).value = "25.00"
        await pilot.pause()
        assert "Start time: a time of day like 09.00" in shown(form.query_one("#errors", Static))


async def test_event_form_left_alone_keeps_the_file(tmp_path: Path) -> None:
    folder = _workspace(tmp_path, PLAN.replace("13:30:00", "13:30:15"))
    before = (folder / "rapat.toml").read_bytes()
    app = new_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await _edit_event(pilot, app, screen, {})
        assert not screen.session.dirty
    assert (folder / "rapat.toml").read_bytes() == before


async def test_first_item_of_the_first_day_starts_with_the_event(tmp_path: Path) -> None:
    app = new_app(_workspace(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("a")
        await settle(pilot, lambda: isinstance(app.screen, AgendaForm))
        assert app.screen.query_one("#start", Input).value == "13.30"


async def test_an_end_hour_without_an_end_day_ends_on_the_first_day(tmp_path: Path) -> None:
    folder = _workspace(tmp_path, PLAN.replace("end = 2025-03-14T16:00:00\n", ""))
    app = new_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        await _edit_event(pilot, app, screen, {"end-time": "15.00"})
        event = screen.session.plan.event
        assert event.start == datetime(2025, 3, 14, 13, 30)
        assert event.end == datetime(2025, 3, 14, 15, 0)
