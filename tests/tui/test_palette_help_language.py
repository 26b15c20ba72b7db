"""The command palette, the help screen, and the app in Indonesian."""

from __future__ import annotations

import errno
from pathlib import Path

from flow_helpers import (
    ATTENDANCE,
    NAME,
    SIZE,
    new_app,
    notifications,
    open_plan,
    open_roster,
    palette_prompts,
    plan_data,
    roster_rows,
    run_command,
    settle,
    shown,
    static_text,
    table,
    type_text,
)
from rich.align import Align
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Footer, Input, Static, TabbedContent
from textual.widgets._footer import FooterKey
from textual.widgets._tabbed_content import ContentTab

from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.modals.person_form import PersonForm
from gathertui.tui.screens.help import HelpScreen
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.workspace import WorkspaceScreen

S2 = "2024-s2-media-gathering.toml"


def help_rows(app: GathertuiApp) -> list[tuple[str, str]]:
    """(key, action) of every line of the help screen's table."""
    screen = app.screen
    assert isinstance(screen, HelpScreen)
    text = static_text(screen.query_one("VerticalScroll > Static", Static))
    rows = []
    for line in text.splitlines():
        if line.startswith("│"):
            key, action = (cell.strip() for cell in line.strip("│").split("│"))
            rows.append((key, action))
    return rows


def active_tab(screen: PlanScreen) -> str:
    return screen.query_one("#tabs", TabbedContent).active


# The command palette


async def test_palette_roster_and_add_person(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_plan(pilot, app)
        assert active_tab(screen) == "overview"
        await run_command(pilot, app, "Roster", "Roster")
        assert app.screen is screen
        assert active_tab(screen) == "roster"
        assert app.focused is table(app, "roster-table")

        await pilot.press("down")  # Santi
        await run_command(pilot, app, "Add person", "Add person")
        form = app.screen
        assert isinstance(form, PersonForm)
        assert static_text(form.query_one(".title", Static)) == "Add person"
        assert app.focused is form.query_one("#name", Input)
        await type_text(pilot, "Dewi")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert [row[NAME] for row in roster_rows(app)][1:4] == [
            "Santi Ratnaningtias",
            "Dewi",
            "Hevearita Gunaryanti Rahayu",
        ]
        await pilot.press("ctrl+s")
        await pilot.pause()
    # A new person goes below the one selected.
    assert plan_data(visit)["people"][2]["name"] == "Dewi"


async def test_palette_lists_what_fits_and_opens_another_plan(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        # On the workspace: no plan commands, but new plan and every plan to open.
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await settle(pilot, lambda: "New plan" in palette_prompts(app))
        on_workspace = palette_prompts(app)
        assert "Save" not in on_workspace and "Roster" not in on_workspace
        assert "Open: Media Gathering Semester I 2024" in on_workspace
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)

        first = await open_plan(pilot, app)
        await run_command(pilot, app, "Semester II", "Open: Media Gathering Semester II 2024")
        second = app.screen
        assert isinstance(second, PlanScreen) and second is not first
        assert second.session.path == workspace / S2
        assert second.title == "Media Gathering Semester II 2024"
        # Back goes to the plan the palette was opened from.
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is first


# Help


async def test_help_lists_the_keys_and_closes(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        # On the workspace, its own keys.
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        rows = help_rows(app)
        assert ("n", "New plan") in rows
        assert ("Del", "Delete plan") in rows
        assert "Save" not in [action for _, action in rows]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)

        screen = await open_plan(pilot, app)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = help_rows(app)
        assert ("ctrl+s", "Save") in rows
        assert ("ctrl+z", "Undo") in rows
        assert ("Del", "Delete") in rows
        assert ("ctrl+q", "Quit") in rows
        assert "Save" in shown(app.screen.query_one("VerticalScroll > Static", Static))
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen

        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert ("ctrl+s", "Save") in help_rows(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        # Help never changed the plan (q, i, h... are keys of the plan screen too).
        assert not screen.session.dirty


# Indonesian


async def test_indonesian_words_and_dates(workspace: Path, visit: Path) -> None:
    app = new_app(workspace, lang="id")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        plans = table(app, "plans")
        assert [row[0] for row in plans.rows] == [
            "Jumat, 26 Mei 2023",
            "Kamis, 22 Februari 2024",
            "Kamis, 17 Oktober 2024",
        ]
        assert "Jumat, 26 Mei 2023" in shown(plans)
        assert plans.rows[0][2:4] == ("kunjungan kerja", "selesai")

        screen = await open_roster(pilot, app)
        labels = [str(tab.label) for tab in screen.query(ContentTab)]
        # The visit is done: its Coverage tab is there.
        assert labels == ["Ringkasan", "Peserta", "Susunan Acara", "Tempat", "Rombongan", "Liputan"]
        keys = list(screen.query_one(Footer).query(FooterKey))
        descriptions = [key.description for key in keys]
        assert "Simpan" in descriptions
        assert "Save" not in descriptions
        assert "^s Simpan" in [shown(key).strip() for key in keys]
        assert roster_rows(app)[0][ATTENDANCE] == "hadir"
        await settle(pilot, lambda: bool(screen.query_one("#roster-summary", Static).content))
        assert "dari 7 peserta" in static_text(screen.query_one("#roster-summary", Static))

        await pilot.press("i", "ctrl+s")
        await pilot.pause()
        assert roster_rows(app)[0][ATTENDANCE] == "diundang"
        assert notifications(app)[-1] == f"Tersimpan: {visit}"

        await pilot.press("f1")
        await pilot.pause()
        assert ("ctrl+s", "Simpan") in help_rows(app)


async def test_palette_in_indonesian(workspace: Path, visit: Path) -> None:
    """The palette's own words and Textual's commands are translated; its Quit asks before
    dropping edits, as ctrl+q does."""
    app = new_app(workspace, lang="id")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        await pilot.press("i")  # an edit, not saved
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        assert palette.query_one(Input).placeholder == "Cari perintah…"
        await settle(pilot, lambda: "Keluar" in palette_prompts(app))
        prompts = palette_prompts(app)
        assert {"Tema", "Perbesar"} <= set(prompts)
        assert not {"Quit", "Keys", "Theme", "Screenshot", "Maximize"} & set(prompts)
        await type_text(pilot, "qqqzzz")
        results = palette.query_one(CommandList)
        await settle(pilot, lambda: "--no-matches" in results._id_to_option)
        no_matches = results.get_option("--no-matches").prompt
        assert isinstance(no_matches, Align)
        assert str(no_matches.renderable) == "Tidak ada yang cocok"
        await pilot.press(*["backspace"] * 6)
        await pilot.pause()
        await run_command_here(pilot, app, "Keluar")
        dialog = app.screen
        assert isinstance(dialog, Choice)
        assert screen.session.dirty
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running


async def run_command_here(pilot: Pilot[None], app: GathertuiApp, command: str) -> None:
    """Types `command` into the open palette and runs it when it is the first result."""
    await type_text(pilot, command)
    await settle(pilot, lambda: palette_prompts(app)[:1] == [command])
    await pilot.press("enter")
    await pilot.pause()


async def test_a_failed_save_says_why_in_indonesian(workspace: Path, visit: Path) -> None:
    app = new_app(workspace, lang="id")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        await pilot.press("i")

        def full(**_: object) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        screen.session.save = full  # type: ignore[method-assign]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert notifications(app)[-1] == "Gagal menyimpan (disk penuh); berkas tidak berubah."


async def test_commands_found_as_the_palette_closes_are_dropped(workspace: Path) -> None:
    """The palette gathers commands in a worker; its answer can land after the palette's
    list is gone (closing), which ended the app with NoMatches."""
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        await palette.query_one(CommandList).remove()
        palette._list_visible = not palette._list_visible  # as the gathered answer does
        await pilot.pause()
        assert app.is_running and app._exception is None
