"""The rundown keeps each item's cells between keystrokes: what it draws after an edit
is what a rundown drawn afresh shows."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from flow_helpers import open_plan, table

from gathertui.planning.agenda import move_to_day
from gathertui.planning.editing import edit_event, edit_person
from gathertui.planning.venues import edit_venue
from gathertui.tui.app import GathertuiApp
from gathertui.tui.panes.agenda import AgendaPane
from gathertui.tui.screens.plan import PlanScreen
from tui_helpers import make_app


def agenda_rows(app: GathertuiApp) -> list[tuple[str, ...]]:
    return list(table(app, "agenda-table").rows)


def drawn_afresh(app: GathertuiApp) -> list[tuple[str, ...]]:
    """The rows a rundown with nothing kept draws; then drawn again as it was."""
    pane = app.screen.query_one(AgendaPane)
    kept = pane._cells, pane._cells_made_with, pane._days, pane._days_made_with
    pane._cells, pane._cells_made_with, pane._days, pane._days_made_with = {}, None, {}, None
    pane.show()
    rows = agenda_rows(app)
    pane._cells, pane._cells_made_with, pane._days, pane._days_made_with = kept
    pane.show()
    return rows


async def test_rows_after_edits_are_those_drawn_afresh(workspace: Path) -> None:
    app = make_app(workspace)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await open_plan(pilot, app)
        assert isinstance(screen, PlanScreen)
        await pilot.press("3")
        await pilot.pause()
        before = agenda_rows(app)
        for key in ("plus", "plus", "down", "minus", "p", "ctrl+z"):
            await pilot.press(key)
            await pilot.pause()
            assert agenda_rows(app) == drawn_afresh(app)
        assert agenda_rows(app) != before
        # A venue renamed on its tab: the rows of its items say the new name.
        plan = screen.session.plan
        renamed = plan.venues[0].model_copy(update={"name": "Aula Baru"})
        screen.apply(edit_venue(plan, 0, renamed))
        await pilot.press("3")
        await pilot.pause()
        rows = agenda_rows(app)
        assert any("Aula Baru" in row for row in rows)
        assert rows == drawn_afresh(app)
        # A person in charge renamed on the roster: the rundown names them anew.
        plan = screen.session.plan
        index = next(n for n, p in enumerate(plan.people) if p.id == plan.agenda[0].pic)
        person = plan.people[index].model_copy(update={"name": "Nama Baru"})
        screen.apply(edit_person(plan, index, person))
        await pilot.press("3")
        await pilot.pause()
        rows = agenda_rows(app)
        assert any("Nama Baru" in row for row in rows)
        assert rows == drawn_afresh(app)


async def test_a_day_not_edited_keeps_its_rows(workspace: Path) -> None:
    app = make_app(workspace)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await open_plan(pilot, app)
        plan = screen.session.plan
        first = plan.event.first_day
        event = plan.event.model_copy(update={"end": first + timedelta(days=2)})
        screen.apply(edit_event(plan, event))
        # The last items to the second day and the third: three days of rows.
        for days in (1, 2):
            moved = move_to_day(plan, plan.agenda[-1].id, first + timedelta(days=days))
            screen.apply(moved)
        await pilot.press("3")
        await pilot.pause()
        pane = app.screen.query_one(AgendaPane)
        assert len(pane._days) == 3
        third = pane._days[first + timedelta(days=2)][1]
        # Keys on the first day's second item, then undone: the third day's rows are
        # those drawn before, and every row what a rundown drawn afresh shows.
        for key in ("down", "down", "plus", "minus", "p", "ctrl+z", "ctrl+z"):
            await pilot.press(key)
            await pilot.pause()
            assert agenda_rows(app) == drawn_afresh(app)
            assert pane._days[first + timedelta(days=2)][1] is third
