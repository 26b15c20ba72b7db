"""Two windows on one plan, and the recovery copies of windows that ended, in the app."""

from __future__ import annotations

from pathlib import Path

from flow_helpers import (
    SIZE,
    new_app,
    notifications,
    settle,
    static_text,
    table,
)
from textual.pilot import Pilot
from textual.widgets import Static

from gathertui import instances
from gathertui.planning.editing import add_person
from gathertui.session import PlanSession
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.workspace import WorkspaceScreen
from helpers import journal_written


def question(app: GathertuiApp) -> str:
    assert isinstance(app.screen, Choice)
    return static_text(app.screen.query_one(".question", Static))


async def open_visit(pilot: Pilot[None], app: GathertuiApp) -> None:
    """The example visit, the earliest plan; a question may come up over it."""
    await pilot.pause()
    assert isinstance(app.screen, WorkspaceScreen)
    table(app, "plans").move_to(0)
    await pilot.press("enter")
    await settle(pilot, lambda: not isinstance(app.screen, WorkspaceScreen))


def left_by_an_ended_window(visit: Path, name: str) -> None:
    """Unsaved work on the visit in a window that was then killed."""
    session = PlanSession.open(visit)
    session.apply(add_person(session.plan, name))
    journal_written()
    instances.end()


async def test_a_plan_open_in_another_window_opens_to_look_only(
    workspace: Path, visit: Path
) -> None:
    other = instances._begin()  # another gathertui, still running, with the visit open
    other.opened(visit)
    app = new_app(workspace)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await open_visit(pilot, app)
            assert question(app).startswith(
                f"{visit.name} is already open in another gathertui window, started "
            )
            await pilot.press("escape")  # the safe answer: only look
            await settle(pilot, lambda: isinstance(app.screen, PlanScreen))
            screen = app.screen
            assert isinstance(screen, PlanScreen)
            assert str(screen.title).startswith("(read-only) ")
            await pilot.press("2", "space", "ctrl+z")
            await pilot.pause()
            assert not screen.session.dirty
            assert notifications(app)[-1].startswith("This plan is open to look only")

            # Once the other window has let it go, opening it again edits it.
            other.end()
            await pilot.press("escape")
            await open_visit(pilot, app)
            screen = app.screen
            assert isinstance(screen, PlanScreen) and not str(screen.title).startswith("(")
            await pilot.press("2", "space")
            await pilot.pause()
            assert screen.session.dirty
    finally:
        other.end()


async def test_edit_here_too_edits_alongside(workspace: Path, visit: Path) -> None:
    other = instances._begin()
    other.opened(visit)
    app = new_app(workspace)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await open_visit(pilot, app)
            await pilot.click("#continue")
            await settle(pilot, lambda: isinstance(app.screen, PlanScreen))
            await pilot.press("2", "space")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, PlanScreen) and screen.session.dirty
    finally:
        other.end()


async def test_the_copies_of_two_ended_windows_are_offered_in_turn(
    workspace: Path, visit: Path, state_dir: Path
) -> None:
    left_by_an_ended_window(visit, "Dari jendela pertama")
    left_by_an_ended_window(visit, "Dari jendela kedua")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_visit(pilot, app)
        first = app.screen
        assert "2 recovery copies of this plan were found" in question(app)
        await pilot.click("#cancel")  # later: the next copy is offered
        await settle(pilot, lambda: isinstance(app.screen, Choice) and app.screen is not first)
        await pilot.click("#restore")
        await settle(pilot, lambda: isinstance(app.screen, PlanScreen))
        screen = app.screen
        assert isinstance(screen, PlanScreen) and screen.session.dirty
        restored = [person.name for person in screen.session.plan.people]
        assert ("Dari jendela pertama" in restored) != ("Dari jendela kedua" in restored)
    # The copy not taken stays, for the next start; the one taken is this window's now.
    instances.end()
    assert len(PlanSession.open(visit).recovered) == 2
