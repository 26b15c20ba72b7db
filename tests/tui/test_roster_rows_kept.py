"""The roster keeps each person's row between keystrokes: what it draws after an edit is
what a roster drawn afresh shows."""

from __future__ import annotations

from pathlib import Path

from flow_helpers import open_roster, roster_rows, type_text
from textual.pilot import Pilot

from gathertui.planning.delegations import edit_delegation
from gathertui.tui.app import GathertuiApp
from gathertui.tui.panes.roster import RosterPane
from gathertui.tui.screens.plan import PlanScreen
from tui_helpers import make_app


def drawn_afresh(app: GathertuiApp) -> list[tuple[str, ...]]:
    """The rows a roster with nothing kept draws; the roster is drawn again as it was."""
    pane = app.screen.query_one(RosterPane)
    kept = pane._cells, pane._cells_made_with, pane._searched
    pane._cells, pane._cells_made_with, pane._searched = {}, None, {}
    pane.show()
    rows = list(roster_rows(app))
    pane._cells, pane._cells_made_with, pane._searched = kept
    pane.show()
    return rows


async def press(pilot: Pilot[None], *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


async def test_rows_after_edits_are_those_drawn_afresh(workspace: Path) -> None:
    app = make_app(workspace)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await open_roster(pilot, app)
        assert isinstance(screen, PlanScreen)
        before = list(roster_rows(app))
        await press(pilot, "down", "space")
        after = list(roster_rows(app))
        assert after != before and after == drawn_afresh(app)
        await press(pilot, "ctrl+z")
        assert roster_rows(app) == before == drawn_afresh(app)
        # A delegation renamed on its tab: every row of its people says the new name.
        plan = screen.session.plan
        renamed = plan.delegations[0].model_copy(update={"name": "Rombongan Baru"})
        screen.apply(edit_delegation(plan, 0, renamed))
        await pilot.pause()
        rows = roster_rows(app)
        assert any("Rombongan Baru" in row for row in rows)
        assert rows == drawn_afresh(app)
        # Precedence order, then the filter: the same rows as a roster drawn afresh.
        await press(pilot, "o")
        assert roster_rows(app) == drawn_afresh(app)
        await press(pilot, "slash")
        await type_text(pilot, "a")
        await pilot.pause()
        filtered = list(roster_rows(app))
        assert 0 < len(filtered) < len(before) + 1
        assert filtered == drawn_afresh(app)
        await press(pilot, "backspace")
        assert len(roster_rows(app)) == len(before)
        assert roster_rows(app) == drawn_afresh(app)
