"""Every screen and dialog, in Indonesian at 120x40 and 80x24 and in English at 80x24
(`LOOKS`), compared with its reviewed picture.

Each view is opened with the keys a person presses, in the example workspace given by
the relative path `plans` from the repository root, as the README starts the app. No
dialog is submitted and nothing is saved, so the workspace is never written to. Before
accepting a changed picture with `pytest --snapshot-update`, look at it (`rsvg-convert`
turns the SVG into a PNG): a picture nobody looked at tests nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from flow_helpers import settle
from textual.command import CommandList
from textual.pilot import Pilot
from textual.widgets import Input

from conftest import PLANS
from gathertui.tui.modals.venue_form import VenueForm
from gathertui.tui.screens.history import HistoryScreen, VersionScreen
from gathertui.tui.screens.seating import SeatingScreen
from git_history import plan_with_history
from tui_helpers import LOOKS, SIZES, make_app

# The list opens at the next plan from today (the last, on the tests' 2024-12-01): home
# goes up to the visit.
VISIT = ["home", "enter"]
SCREENS = {
    "workspace": [],
    "workspace-filter": ["slash"],
    "overview": [*VISIT],
    "roster": [*VISIT, "2"],
    "agenda": [*VISIT, "3"],
    "venues": [*VISIT, "4"],
    "delegations": [*VISIT, "5"],
    "coverage": [*VISIT, "6"],
    "calendar": ["k"],
    "settings": ["s"],
    "help": [*VISIT, "f1"],
}
DIALOGS = {
    "new-plan": ["n"],
    "duplicate-plan": ["home", "c"],
    "delete-plan": ["home", "delete"],
    "letterhead": ["s", "l"],
    "preferences": ["s", "o"],
    "add-signatory": ["s", *["tab"] * 4, "a"],
    "signing": [*VISIT, "t"],
    "event": [*VISIT, "e"],
    "add-person": [*VISIT, "2", "a"],
    "edit-person": [*VISIT, "2", "enter"],
    "edit-person-last-field": [*VISIT, "2", "enter", *["tab"] * 13],
    "delete-person": [*VISIT, "2", "delete"],
    "add-coverage": [*VISIT, "6", "a"],
    "unsaved-quit": [*VISIT, "2", "space", "ctrl+q"],
    "add-item": [*VISIT, "3", "a"],
    "edit-item": [*VISIT, "3", "e"],
    "edit-item-last-field": [*VISIT, "3", "e", *["tab"] * 9],
    "day-venue": [*VISIT, "3", "v"],
    "move-to-day": [*VISIT, "3", "d"],
    "add-venue": [*VISIT, "4", "a"],
    "edit-venue": [*VISIT, "4", "e"],
    "reuse-venue": [*VISIT, "4", "u"],
    "add-delegation": [*VISIT, "5", "a"],
    "edit-delegation": [*VISIT, "5", "e"],
    "quotas": [*VISIT, "5", "down", "q"],
    "export": [*VISIT, "x"],
}
VIEWS = {**SCREENS, **DIALOGS}
# The palette, searched: its results come from a worker, so the picture waits for them.
PALETTE_SEARCH = {"id": "tambah", "en": "add"}


@pytest.fixture(autouse=True)
def as_the_readme_starts_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """From the repository root, with the focused input's cursor always shown: a picture
    never catches it mid-blink."""
    monkeypatch.chdir(PLANS.parent)
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)


@pytest.mark.parametrize(("lang", "size"), LOOKS)
@pytest.mark.parametrize("view", VIEWS)
def test_view(snap_compare, view: str, lang: str, size: str) -> None:  # type: ignore[no-untyped-def]
    app = make_app(Path(PLANS.name), lang)
    assert snap_compare(app, terminal_size=SIZES[size], press=VIEWS[view])


@pytest.mark.parametrize(("lang", "size"), LOOKS)
def test_palette(snap_compare, lang: str, size: str) -> None:  # type: ignore[no-untyped-def]
    async def searched(pilot: Pilot[None]) -> None:
        await pilot.press(*VISIT, "ctrl+p", *PALETTE_SEARCH[lang])
        results = pilot.app.screen.query_one(CommandList)

        def listed() -> bool:
            return results.highlighted == 0 and results.option_count >= 3

        await settle(pilot, listed)

    app = make_app(Path(PLANS.name), lang)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=searched)


# The History screen reads git, so it is pictured in a repository of its own with fixed
# commits (tests/git_history.py), not the example workspace, whose history is this
# project's. git answers in a worker: each picture waits for what it shows.
HISTORY = {
    "history": ["l"],
    "history-version": ["l", "end", "v"],
    "history-restore": ["l", "down", "r"],
}


@pytest.mark.parametrize(("lang", "size"), LOOKS)
@pytest.mark.parametrize("view", HISTORY)
def test_history(  # type: ignore[no-untyped-def]
    snap_compare, view: str, lang: str, size: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_with_history(tmp_path)
    monkeypatch.chdir(tmp_path)
    keys = HISTORY[view]

    async def shown(pilot: Pilot[None]) -> None:
        await pilot.press(*VISIT, keys[0])
        screen = pilot.app.screen
        assert isinstance(screen, HistoryScreen)

        def drawn() -> bool:
            row = screen.rows[screen.table.cursor_row] if screen.rows else None
            return row is not None and row.plan is not None

        await settle(pilot, drawn)
        for key in keys[1:]:
            await pilot.press(key)
            await settle(pilot, drawn)
        if "v" in keys:
            await settle(pilot, lambda: isinstance(pilot.app.screen, VersionScreen))

    app = make_app(Path("plans"), lang)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=shown)


# The Seating view of the visit's Ruang Lokakrida, given a layout in the venue form as a
# person tries it (a head table of 7 and 10 rows of 12, the aisle after the sixth seat);
# the change stays in the session, unsaved.
SEATING = {
    "seating": [],
    "seating-moving": ["enter", "down", "right"],
    "seating-help": ["f1"],
}
LOKAKRIDA_LAYOUT = {"head_table": "7", "rows": "10", "seats_per_row": "12", "aisle_after": "6"}


@pytest.mark.parametrize(("lang", "size"), LOOKS)
@pytest.mark.parametrize("view", SEATING)
def test_seating(snap_compare, view: str, lang: str, size: str) -> None:  # type: ignore[no-untyped-def]
    async def shown(pilot: Pilot[None]) -> None:
        await pilot.press(*VISIT, "4", "e")
        form = pilot.app.screen
        assert isinstance(form, VenueForm)
        for field, value in LOKAKRIDA_LAYOUT.items():
            form.query_one(f"#{field}", Input).value = value
        await pilot.pause()
        form.query_one("#head_table", Input).focus()
        await pilot.press("enter", "d")
        await settle(pilot, lambda: isinstance(pilot.app.screen, SeatingScreen))
        await pilot.press(*SEATING[view])
        await pilot.pause()

    app = make_app(Path(PLANS.name), lang)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=shown)
