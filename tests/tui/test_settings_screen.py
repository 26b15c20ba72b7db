"""Workspace settings: gathertui.toml edited in the app, saved safely, seen at once by the
workspace; and the first run, which writes one."""

from __future__ import annotations

from pathlib import Path

from flow_helpers import SIZE, new_app, plan_data, run_command, settle, table
from textual.pilot import Pilot
from textual.widgets import Input, Select

from gathertui.exports.printouts import letterhead
from gathertui.glance import SETTINGS_FILE
from gathertui.model.enums import HigherLevel, Paper
from gathertui.model.workspace import Preferences
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.modals.record_form import RecordForm
from gathertui.tui.screens.settings import PREFERENCES, SettingsScreen
from gathertui.tui.screens.workspace import WorkspaceScreen

NEW_NAME = "Pemerintah Kota Semarang Baru"


async def type_into(pilot: Pilot[None], app: GathertuiApp, field: str, text: str) -> None:
    widget = app.screen.query_one(f"#{field}", Input)
    widget.value = text
    await pilot.pause()


async def open_settings(pilot: Pilot[None], app: GathertuiApp) -> SettingsScreen:
    await pilot.press("s")
    await settle(pilot, lambda: isinstance(app.screen, SettingsScreen))
    screen = app.screen
    assert isinstance(screen, SettingsScreen)
    return screen


async def test_the_letterhead_edited_and_saved(workspace: Path) -> None:
    path = workspace / SETTINGS_FILE
    before = path.read_text(encoding="utf-8")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot, app)
        await pilot.press("l")
        assert isinstance(app.screen, RecordForm)
        await type_into(pilot, app, "name", NEW_NAME)
        await pilot.press("enter")
        assert isinstance(app.screen, SettingsScreen)
        assert app.screen.dirty
        assert path.read_text(encoding="utf-8") == before  # not saved yet
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not app.screen.dirty
        # The workspace follows at once, without reading the file again.
        head = letterhead(app.workspace.preferences)
        assert head is not None and NEW_NAME.upper() in repr(head)
        await pilot.press("escape")
        assert isinstance(app.screen, WorkspaceScreen)
    old_name = "Pemerintah Kota Semarang"
    assert path.read_text(encoding="utf-8") == before.replace(
        f'name = "{old_name}"', f'name = "{NEW_NAME}"', 1
    )


async def test_comments_in_the_settings_are_kept_by_a_save(workspace: Path) -> None:
    path = workspace / SETTINGS_FILE
    before = path.read_text(encoding="utf-8")
    before = before.replace("[organization]\n", "# kop surat\n[organization]\n", 1)
    before = before.replace('\nsigned_by = "', ' # per 2024\nsigned_by = "', 1)
    path.write_text(before, encoding="utf-8")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot, app)
        await pilot.press("l")
        await type_into(pilot, app, "name", NEW_NAME)
        await pilot.press("enter", "ctrl+s")
        await pilot.pause()
        # No question: the comments go back where they were.
        assert isinstance(app.screen, SettingsScreen) and not app.screen.dirty
    assert path.read_text(encoding="utf-8") == before.replace(
        'name = "Pemerintah Kota Semarang"', f'name = "{NEW_NAME}"', 1
    )


async def test_a_calendar_event_added(workspace: Path) -> None:
    path = workspace / SETTINGS_FILE
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_settings(pilot, app)
        events = len(table(app, "calendar").rows)
        await pilot.press("a")
        await type_into(pilot, app, "title", "Festival Lumpia")
        await type_into(pilot, app, "start", "2024-13-01")
        assert str(app.screen.query_one("#errors").render()) == "First day: a date like 2024-03-14"
        await type_into(pilot, app, "start", "2024-10-05")
        await type_into(pilot, app, "end", "2024-10-06")
        await pilot.press("enter")
        assert app.screen is screen
        assert len(table(app, "calendar").rows) == events + 1
        await pilot.press("ctrl+z")  # undone, and done again
        assert len(table(app, "calendar").rows) == events
        await pilot.press("a")
        await type_into(pilot, app, "title", "Festival Lumpia")
        await type_into(pilot, app, "start", "2024-10-05")
        await pilot.press("enter", "ctrl+s")
        await pilot.pause()
    added = plan_data(path)["calendar"][-1]
    assert added == {"id": "festival-lumpia", "title": "Festival Lumpia", "start": added["start"]}
    assert added["start"].isoformat() == "2024-10-05"


async def test_a_settings_file_changed_on_disk_is_not_overwritten(workspace: Path) -> None:
    path = workspace / SETTINGS_FILE
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot, app)
        await pilot.press("l")
        await type_into(pilot, app, "name", NEW_NAME)
        await pilot.press("enter")
        theirs = path.read_text(encoding="utf-8").replace("Asia/Jakarta", "Asia/Makassar")
        path.write_text(theirs, encoding="utf-8")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, Choice)
        assert path.read_text(encoding="utf-8") == theirs
        await pilot.click("#overwrite")
        await pilot.pause()
        assert NEW_NAME in path.read_text(encoding="utf-8")


async def test_leaving_with_unsaved_changes_asks(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot, app)
        await pilot.press("l")
        await type_into(pilot, app, "name", NEW_NAME)
        await pilot.press("enter", "escape")
        assert isinstance(app.screen, Choice)
        await pilot.click("#discard")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
    assert NEW_NAME not in (workspace / SETTINGS_FILE).read_text(encoding="utf-8")


async def test_the_first_run_writes_gathertui_toml(workspace: Path) -> None:
    path = workspace / SETTINGS_FILE
    path.unlink()
    app = GathertuiApp(workspace, "en", first_run=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: isinstance(app.screen, RecordForm))
        await type_into(pilot, app, "name", "Pemerintah Kota Solo")
        await type_into(pilot, app, "unit", "Bagian Protokol")
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, WorkspaceScreen))
        assert app.workspace.preferences.organization is not None
    assert plan_data(path) == {
        "schema_version": 1,
        "organization": {"name": "Pemerintah Kota Solo", "unit": "Bagian Protokol"},
    }


async def test_the_first_run_fills_in_the_bare_file_gathertui_init_writes(
    workspace: Path,
) -> None:
    path = workspace / SETTINGS_FILE
    path.write_text("# dibuat oleh gathertui init\nschema_version = 1\n", encoding="utf-8")
    app = GathertuiApp(workspace, "en", first_run=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: isinstance(app.screen, RecordForm))
        await type_into(pilot, app, "name", "Pemerintah Kota Solo")
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, WorkspaceScreen))
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# dibuat oleh gathertui init\n")
    assert plan_data(path)["organization"] == {"name": "Pemerintah Kota Solo"}


async def test_the_first_run_skipped_writes_nothing(workspace: Path) -> None:
    path = workspace / SETTINGS_FILE
    path.unlink()
    app = GathertuiApp(workspace, "en", first_run=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: isinstance(app.screen, RecordForm))
        await pilot.press("escape")
        await settle(pilot, lambda: isinstance(app.screen, WorkspaceScreen))
    assert not path.exists()


async def test_the_palette_opens_the_settings(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, app, "Workspace settings", "Workspace settings")
        await settle(pilot, lambda: isinstance(app.screen, SettingsScreen))


async def test_rows_of_the_other_lists_added_edited_and_deleted(workspace: Path) -> None:
    path = workspace / SETTINGS_FILE
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot, app)
        table(app, "precedence").focus()
        await pilot.press("a")
        await type_into(pilot, app, "position", "Ketua DPRD")
        await type_into(pilot, app, "rank", "0")
        # Named as the form labels it, as in the plan's forms.
        assert str(app.screen.query_one("#errors").render()) == "Rank must be at least 1"
        await type_into(pilot, app, "rank", "3")
        await pilot.press("enter")
        assert table(app, "precedence").rows == [("3", "Ketua DPRD")]
        await pilot.press("enter")  # edits the row
        await type_into(pilot, app, "rank", "4")
        await pilot.press("enter")
        assert table(app, "precedence").rows == [("4", "Ketua DPRD")]
        table(app, "holidays").focus()
        await pilot.press("delete")
        assert isinstance(app.screen, Choice)
        await pilot.click("#yes")
        await pilot.pause()
        assert table(app, "holidays").rows == []
        await pilot.press("ctrl+s")
        await pilot.pause()
    data = plan_data(path)
    assert data["precedence"] == [{"position": "Ketua DPRD", "rank": 4}]
    assert "holidays" not in data


async def test_the_readings_of_the_law_are_set_in_the_form(workspace: Path) -> None:
    path = workspace / SETTINGS_FILE
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'timezone = "Asia/Jakarta"\n', 'timezone = "Asia/Jakarta"\nacting = "unranked"\n'
        ),
        encoding="utf-8",
    )
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_settings(pilot, app)
        await pilot.press("o")
        assert isinstance(app.screen, RecordForm)
        app.screen.query_one("#higher_level", Select).value = "literal"
        await pilot.press("enter", "ctrl+s")
        await pilot.pause()
    settings = plan_data(path)["settings"]
    assert settings["higher_level"] == "literal"
    assert settings["acting"] == "unranked"  # as the file had it


async def test_a_form_keeps_the_keys_it_does_not_show(workspace: Path) -> None:
    """A key the form has no field for (one newer than the form) survives an edit."""
    original = Preferences(higher_level=HigherLevel.LITERAL, silence=["bom"])
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        given: list[Preferences | None] = []
        form = RecordForm(Preferences, PREFERENCES[:3], "ui.edit_settings", original)
        app.push_screen(form, given.append)
        await pilot.pause()
        form.query_one("#paper", Select).value = "f4"
        await pilot.press("enter")
        await pilot.pause()
    assert given == [original.model_copy(update={"paper": Paper.F4})]
