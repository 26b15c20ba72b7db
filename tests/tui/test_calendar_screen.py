"""The semester calendar: opening it, moving between days and semesters, what a day
shows, opening a plan from it and planning a media gathering on a day.

Today is 2024-12-01 (conftest), in semester II 2024.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest
from flow_helpers import SIZE, new_app, run_command, settle, static_text, type_text
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from conftest import VISIT
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.new_plan import NewPlanForm
from gathertui.tui.screens.calendar import CalendarScreen, moved_by_months
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.workspace import WorkspaceScreen

S1 = "2024-s1-media-gathering.toml"
WORDS = {
    "en": {
        "calendar": "Calendar",
        "holiday": "Public holiday: ",
        "met": "Target: 1 media gathering — met (Media Gathering Semester I 2024)",
        "plan": "Plan: Media Gathering Semester I 2024 (media gathering)",
        "date": "Thursday, 22 February 2024",
    },
    "id": {
        "calendar": "Kalender",
        "holiday": "Libur nasional: ",
        "met": "Target: 1 media gathering — tercapai (Media Gathering Semester I 2024)",
        "plan": "Rencana: Media Gathering Semester I 2024 (media gathering)",
        "date": "Kamis, 22 Februari 2024",
    },
}


def calendar(app: GathertuiApp) -> CalendarScreen:
    screen = app.screen
    assert isinstance(screen, CalendarScreen)
    return screen


def heading(app: GathertuiApp) -> str:
    return static_text(calendar(app).query_one("#cal-heading", Static)).strip()


def day_text(app: GathertuiApp) -> str:
    return static_text(calendar(app).query_one("#cal-day", Static))


async def open_calendar(pilot: Pilot[None], app: GathertuiApp) -> CalendarScreen:
    await pilot.pause()
    assert isinstance(app.screen, WorkspaceScreen)
    await pilot.press("k")
    await pilot.pause()
    return calendar(app)


async def go_to(pilot: Pilot[None], screen: CalendarScreen, day: date) -> None:
    """Walks there with the keys a person would use: months, then weeks, then days."""
    while (day.year, day.month) != (screen.selected.year, screen.selected.month):
        await pilot.press("pageup" if day < screen.selected else "pagedown")
    while abs((day - screen.selected).days) >= 7:
        await pilot.press("up" if day < screen.selected else "down")
    while day != screen.selected:
        await pilot.press("left" if day < screen.selected else "right")
    await pilot.pause()


@pytest.mark.parametrize("lang", ["en", "id"])
async def test_previous_semester_has_its_gathering_and_idul_fitri(
    workspace: Path, lang: str
) -> None:
    words = WORDS[lang]
    app = new_app(workspace, lang)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_calendar(pilot, app)
        assert heading(app) == "Semester II 2024"
        assert screen.selected == date(2024, 12, 1)

        await pilot.press("p")
        await pilot.pause()
        assert heading(app) == "Semester I 2024"
        assert screen.selected == date(2024, 6, 1)

        await go_to(pilot, screen, date(2024, 2, 22))
        text = day_text(app)
        assert text.startswith(words["date"])
        assert words["plan"] in text
        assert words["met"] in text

        await go_to(pilot, screen, date(2024, 4, 10))
        holidays = [line for line in day_text(app).splitlines() if words["holiday"] in line]
        assert any("Idul Fitri" in line for line in holidays)

        # Back to today, and back to the workspace.
        await pilot.press("home")
        await pilot.pause()
        assert screen.selected == date(2024, 12, 1)
        assert heading(app) == "Semester II 2024"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)


@pytest.mark.parametrize("lang", ["en", "id"])
async def test_the_palette_opens_the_calendar(workspace: Path, lang: str) -> None:
    app = new_app(workspace, lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        name = WORDS[lang]["calendar"]
        await run_command(pilot, app, name, name)
        assert heading(app) == "Semester II 2024"
        assert calendar(app).title == name


async def test_the_palette_opens_the_calendar_from_a_plan(workspace: Path) -> None:
    app = new_app(workspace, open_path=workspace / S1)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: isinstance(app.screen, PlanScreen))
        plan = app.screen
        await run_command(pilot, app, "Calendar", "Calendar")
        calendar(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is plan


async def test_moving_between_months_and_semesters(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_calendar(pilot, app)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        # Past December: the next semester, read afresh.
        assert screen.selected == date(2025, 1, 1)
        assert heading(app) == "Semester I 2025"
        await pilot.press("left_square_bracket", "shift+pageup", "n", "shift+pagedown")
        await pilot.pause()
        assert screen.selected == date(2025, 6, 1)
        await pilot.press("left")
        await pilot.pause()
        assert screen.selected == date(2025, 5, 31)


def test_a_month_later_keeps_the_day_or_takes_the_last() -> None:
    assert moved_by_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert moved_by_months(date(2024, 12, 15), 1) == date(2025, 1, 15)
    assert moved_by_months(date(2024, 1, 15), -6) == date(2023, 7, 15)


async def test_enter_on_a_plan_day_opens_the_plan(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_calendar(pilot, app)
        await pilot.press("p")
        await go_to(pilot, screen, date(2024, 2, 22))
        await pilot.press("enter")
        await pilot.pause()
        plan = app.screen
        assert isinstance(plan, PlanScreen)
        assert plan.session.path == workspace / S1
        # Back on the calendar, on the same day.
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert screen.selected == date(2024, 2, 22)


async def test_enter_on_a_free_day_does_nothing(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_calendar(pilot, app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen


@pytest.mark.parametrize("lang", ["en", "id"])
async def test_g_plans_a_media_gathering_on_the_day(workspace: Path, lang: str) -> None:
    app = new_app(workspace, lang)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_calendar(pilot, app)
        await pilot.press("right", "right")  # Tuesday, 3 December 2024: nothing on it
        await pilot.pause()
        assert screen.selected == date(2024, 12, 3)
        await pilot.press("g")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, NewPlanForm)
        assert form.query_one("#start", Input).value == "2024-12-03"
        assert form.query_one("#kind", Select).value == "media-gathering"
        await type_text(pilot, "Ngopi Bareng Media")
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, PlanScreen))
        path = workspace / "2024-12-03-ngopi-bareng-media.toml"
        assert app.screen.session.path == path  # type: ignore[attr-defined]
        event = tomllib.loads(path.read_text(encoding="utf-8"))["event"]
        assert event["start"] == date(2024, 12, 3)
        assert event["kind"] == "media-gathering"

        # The calendar shows the new plan on its day.
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert "Ngopi Bareng Media" in day_text(app)


async def test_titles_are_shown_as_written(workspace: Path) -> None:
    plan = workspace / S1
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace('"Media Gathering Semester I 2024"', '"[b]Ngopi[/b] Semester I"', 1),
        encoding="utf-8",
    )
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_calendar(pilot, app)
        await pilot.press("p")
        await go_to(pilot, screen, date(2024, 2, 22))
        assert "Plan: [b]Ngopi[/b] Semester I (media gathering)" in day_text(app)


async def test_workspace_command_goes_back_past_the_calendar(workspace: Path) -> None:
    from gathertui.tui.screens.workspace import WorkspaceScreen

    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        app.open_plan(workspace / VISIT)
        await pilot.pause()
        app.action_workspace()
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)


@pytest.mark.parametrize(("start", "title"), [("0001-01-01", "Rapat"), ("2024-12-03", "\u200b")])
async def test_the_new_plan_form_refuses_what_no_plan_may_hold(
    workspace: Path, start: str, title: str
) -> None:
    app = new_app(workspace, "en")
    before = sorted(workspace.iterdir())
    async with app.run_test(size=SIZE) as pilot:
        await open_calendar(pilot, app)
        await pilot.press("g")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, NewPlanForm)
        form.query_one("#title", Input).value = title
        form.query_one("#start", Input).value = start
        form.query_one("#file", Input).value = "rapat.toml"
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is form
    assert sorted(workspace.iterdir()) == before
