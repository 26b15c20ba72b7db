"""80x24 is a supported size: a form scrolls to the focused field with its buttons in
view, and the calendar draws whole weeks, scrolling to the selected month."""

from __future__ import annotations

from pathlib import Path

import pytest
from flow_helpers import new_app, open_plan
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Button, Static
from textual.widgets._footer import FooterKey

from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.form import FIELD_TYPES
from gathertui.tui.panes.roster import ROSTER_COLUMNS
from gathertui.tui.screens.calendar import MONTH_WIDTH, CalendarScreen
from gathertui.tui.widgets.footer import KeyFooter
from gathertui.tui.widgets.table import FLOOR, Column, share_width

SMALL = (80, 24)


def assert_in_view(app: GathertuiApp) -> None:
    """The focused field inside the form's scrolled fields; OK and Cancel on screen."""
    form = app.screen
    fields = form.query_one(".fields-scroll", VerticalScroll)
    focused = form.focused
    assert focused is not None
    assert fields.region.contains_region(focused.region), focused.id
    # Whole, inside the dialog's border: not cut at the bottom of the screen.
    dialog = form.query_one(".dialog")
    for button in form.query(Button).results():
        assert dialog.content_region.contains_region(button.region), button.id


@pytest.mark.parametrize(("tab", "key"), [("2", "a"), ("3", "e")], ids=["person", "agenda"])
async def test_tab_scrolls_a_form_to_the_focused_field(workspace: Path, tab: str, key: str) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SMALL) as pilot:
        await open_plan(pilot, app)
        await pilot.press(tab, key)
        await pilot.pause()
        form = app.screen
        fields = [w for w in form.query("*").results() if isinstance(w, FIELD_TYPES)]
        fields_scroll = form.query_one(".fields-scroll", VerticalScroll)
        # The form is taller than the screen: its fields scroll.
        assert fields_scroll.max_scroll_y > 0
        for _ in fields[1:]:
            await pilot.press("tab")
            await pilot.pause()
            assert_in_view(app)
        assert form.focused is fields[-1]
        assert fields_scroll.scroll_y > 0


async def walk(pilot: Pilot[None], keys: list[str]) -> None:
    for key in keys:
        await pilot.press(key)
    await pilot.pause()


async def test_the_calendar_shows_whole_weeks(workspace: Path) -> None:
    app = new_app(workspace, "id")
    async with app.run_test(size=SMALL) as pilot:
        await walk(pilot, ["k"])
        screen = app.screen
        assert isinstance(screen, CalendarScreen)
        months = screen.query_one("#cal-scroll", VerticalScroll)
        day = screen.query_one("#cal-day", Static)
        # Two months side by side, each wide enough for Monday to Sunday.
        for number in range(6):
            month = screen.query_one(f"#cal-month-{number}", Static)
            assert month.content_region.width >= MONTH_WIDTH
            assert month.content_region.right <= SMALL[0]
            week = str(month.render()).splitlines()[1].split()
            assert week == ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
        assert screen.query_one("#cal-months").styles.grid_size_columns == 2
        # The selected month is scrolled into view, the selected day's details below.
        for keys in ([], ["pageup"] * 5, ["pagedown"] * 3):
            await walk(pilot, keys)
            number = screen.semester.months.index(screen.selected.month)
            month = screen.query_one(f"#cal-month-{number}", Static)
            assert months.region.contains_region(month.region)
            assert screen.region.contains_region(day.region.intersection(screen.region))
            assert day.region.y < SMALL[1] - 2


def test_names_get_their_width_first() -> None:
    """The roster's columns at 120 and 80 columns: a 25-letter name is never cut, and a
    column narrower than its minimum only on the narrow screen."""
    columns = [Column(label, weight, minimum) for label, weight, minimum in ROSTER_COLUMNS]
    longest = [5, 4, 26, 80, 40, 9, 30, 11]  # a cell and its leading space
    wide = share_width(columns, longest, 118)
    assert wide[2] == 26
    assert all(w >= c.minimum for w, c in zip(wide, columns, strict=True))
    assert sum(wide) + len(columns) == 118
    narrow = share_width(columns, longest, 78)
    assert narrow[2] == 26
    assert all(w >= min(FLOOR, c.minimum) for w, c in zip(narrow, columns, strict=True))
    assert sum(narrow) + len(columns) <= 78


# Each screen's keys, reached from the workspace list.
SCREEN_KEYS = {
    "workspace": [],
    "overview": ["enter", "1"],
    "roster": ["enter", "2"],
    "agenda": ["enter", "3"],
    "venues": ["enter", "4"],
    "delegations": ["enter", "5"],
    "calendar": ["k"],
    "settings": ["s"],
}


@pytest.mark.parametrize("screen", SCREEN_KEYS)
async def test_the_footer_keeps_help_and_quit_at_80_columns(workspace: Path, screen: str) -> None:
    app = new_app(workspace, lang="id")
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("home", *SCREEN_KEYS[screen])
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        keys = [key for key in footer.query(FooterKey).results() if key.display]
        shown = {key.key_display for key in keys}
        assert {"f1", "^q"} <= shown, shown
        # Nothing is cut at the right edge: every key shown ends inside the footer.
        assert all(key.region.right <= footer.region.right for key in keys)
        assert len(keys) >= 4
