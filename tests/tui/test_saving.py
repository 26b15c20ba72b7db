"""Saving, conflicts with other programs, quitting and recovery after a crash."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from flow_helpers import (
    ATTENDANCE,
    SIZE,
    new_app,
    notifications,
    open_plan,
    open_roster,
    people_in_file,
    person_in_file,
    roster_names,
    roster_rows,
    static_text,
    wait_for,
)
from textual.widgets import Button, Input, Static

from conftest import VISIT
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import AskText, Choice
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.workspace import WorkspaceScreen

OURS = "invited"  # our change: Abd Rachman Tuwo's attendance, "attended" on disk
THEIRS_FROM = 'name = "Sunarto"\n'
THEIRS_TO = 'name = "Sunarto Wibowo"\n'  # the other program's change


def abd_attendance(path: Path) -> str:
    return str(person_in_file(path, "abd-rachman-tuwo").get("attendance", "invited"))


def question(dialog: Choice | AskText) -> str:
    return static_text(dialog.query_one(".question", Static))


def recovery_copies(state_dir: Path) -> list[Path]:
    return sorted((state_dir / "recovery").glob("*.json"))


async def change_then_conflict(pilot, app: GathertuiApp, visit: Path) -> tuple[PlanScreen, str]:  # type: ignore[no-untyped-def]
    """Our change in the app, another program's change on disk, then ctrl+s."""
    screen = await open_roster(pilot, app)
    await pilot.press("i")
    await pilot.pause()
    assert roster_rows(app)[0][ATTENDANCE] == OURS
    text = visit.read_text(encoding="utf-8")
    assert text.count(THEIRS_FROM) == 1
    theirs = text.replace(THEIRS_FROM, THEIRS_TO)
    visit.write_text(theirs, encoding="utf-8")
    await pilot.press("ctrl+s")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, Choice)
    assert "changed on disk" in question(dialog)
    assert str(visit) in question(dialog)
    assert [b.id for b in dialog.query(Button)] == ["reload", "overwrite", "save-as", "cancel"]
    assert app.focused is dialog.query_one("#cancel", Button)
    # Nothing has been written yet.
    assert visit.read_text(encoding="utf-8") == theirs
    return screen, theirs


# The file changed on disk


async def test_changed_on_disk_reload_shows_the_disk_version(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen, _ = await change_then_conflict(pilot, app, visit)
        await pilot.click("#reload")
        await pilot.pause()
        assert app.screen is screen
        assert "Sunarto Wibowo" in roster_names(app)
        assert roster_rows(app)[0][ATTENDANCE] == "attended"  # our change is gone
        assert not screen.session.dirty and not str(screen.title).endswith(" ●")
        # Saving now is against the new version: no second question.
        await pilot.press("w", "ctrl+s")
        await pilot.pause()
        assert app.screen is screen
    assert person_in_file(visit, "sunarto")["name"] == "Sunarto Wibowo"
    assert abd_attendance(visit) == "represented"


async def test_changed_on_disk_overwrite_writes_our_version(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen, _ = await change_then_conflict(pilot, app, visit)
        await pilot.click("#overwrite")
        await pilot.pause()
        assert app.screen is screen
        assert not screen.session.dirty
        assert f"Saved {visit}" in notifications(app)
    assert abd_attendance(visit) == OURS
    assert "Sunarto Wibowo" not in people_in_file(visit)


async def test_changed_on_disk_save_as_keeps_both(workspace: Path, visit: Path) -> None:
    elsewhere = workspace.parent / "mine.toml"
    other = workspace / "2024-s1-media-gathering.toml"
    other_before = other.read_bytes()
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen, theirs = await change_then_conflict(pilot, app, visit)
        # A file that exists is never overwritten by "Save as".
        await pilot.click("#save-as")
        await pilot.pause()
        app.screen.query_one("#answer", Input).value = str(other)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert f"{other} already exists." in notifications(app)
        assert screen.session.dirty
        assert other.read_bytes() == other_before

        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.click("#save-as")
        await pilot.pause()
        ask = app.screen
        assert isinstance(ask, AskText)
        assert question(ask) == "Save as the file:"
        answer = ask.query_one("#answer", Input)
        assert answer.value == visit.stem + "-salinan.toml"
        answer.value = str(elsewhere)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert not screen.session.dirty
        assert screen.session.path == elsewhere
        assert screen.sub_title.endswith(elsewhere.name)
        assert f"Saved {elsewhere}" in notifications(app)
    assert abd_attendance(elsewhere) == OURS
    assert "Sunarto" in people_in_file(elsewhere)
    # The original keeps the other program's edit, and not ours.
    assert visit.read_text(encoding="utf-8") == theirs


async def test_changed_on_disk_cancel_writes_nothing(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen, theirs = await change_then_conflict(pilot, app, visit)
        for how in ("click", "escape", "enter"):  # Enter: Cancel has the focus
            if how == "click":
                await pilot.click("#cancel")
            else:
                await pilot.press(how)
            await pilot.pause()
            assert app.screen is screen, how
            assert screen.session.dirty, how
            assert roster_rows(app)[0][ATTENDANCE] == OURS, how
            assert "Sunarto" in roster_names(app), how
            assert visit.read_text(encoding="utf-8") == theirs, how
            # Saving again asks again.
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, Choice), how
            assert "changed on disk" in question(app.screen), how
    assert visit.read_text(encoding="utf-8") == theirs


async def test_after_save_as_the_original_opens_as_itself(workspace: Path, visit: Path) -> None:
    elsewhere = workspace.parent / "mine.toml"
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await change_then_conflict(pilot, app, visit)
        await pilot.click("#save-as")
        await pilot.pause()
        app.screen.query_one("#answer", Input).value = str(elsewhere)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
        screen = await open_plan(pilot, app)
        assert screen.session.path == visit
        assert str(screen.sub_title).endswith(visit.name)
        await pilot.press("2")
        await pilot.pause()
        assert "Sunarto Wibowo" in roster_names(app)


async def test_save_as_a_bare_name_lands_beside_the_plan(
    workspace: Path, visit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await change_then_conflict(pilot, app, visit)
        await pilot.click("#save-as")
        await pilot.pause()
        app.screen.query_one("#answer", Input).value = "mine.toml"
        await pilot.press("enter")
        await pilot.pause()
    assert abd_attendance(workspace / "mine.toml") == OURS


async def test_comments_are_kept_by_a_save(workspace: Path, visit: Path) -> None:
    text = visit.read_text(encoding="utf-8")
    block = '[[people]]\nid = "abd-rachman-tuwo"\n'
    position = 'position = "Asisten III Administrasi"\n'
    assert text.count(block) == 1 and text.count(position) == 1
    text = text.replace(block, "# ketua rombongan\n" + block)
    text = text.replace(position, position[:-1] + " # jabatan per Mei 2023\n")
    visit.write_text("# kept by hand\n" + text, encoding="utf-8")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        await pilot.press("i", "ctrl+s")
        await pilot.pause()
        # No question: the comments go back where they were.
        assert app.screen is screen and not screen.session.dirty
    saved = visit.read_text(encoding="utf-8")
    assert saved.startswith("# kept by hand\nschema_version = 1\n")
    assert "# ketua rombongan\n" + block in saved
    assert position[:-1] + " # jabatan per Mei 2023\n" in saved
    assert abd_attendance(visit) == OURS


# Quitting


async def test_quit_with_unsaved_work_asks_first(
    workspace: Path, visit: Path, state_dir: Path
) -> None:
    before = visit.read_bytes()
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        await pilot.press("i")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, Choice)
        assert question(dialog) == (
            f"Unsaved changes in {VISIT}. Quit anyway? (A recovery copy is kept.)"
        )
        assert app.focused is dialog.query_one("#cancel", Button)
        await pilot.click("#cancel")
        await pilot.pause()
        assert app.is_running
        assert app.screen is screen and screen.session.dirty

        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("enter")  # the focused answer is Cancel
        await pilot.pause()
        assert app.is_running and app.screen is screen

        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#quit")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0
    assert visit.read_bytes() == before
    # The unsaved work is kept as a recovery copy, offered at the next start.
    (copy,) = recovery_copies(state_dir)
    kept = tomllib.loads(json.loads(copy.read_text(encoding="utf-8"))["text"])
    assert "attendance" not in kept["people"][0]  # invited, the default
    again = new_app(workspace)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("home", "enter")  # the visit; the list opens at the last plan
        await pilot.pause()
        assert isinstance(again.screen, Choice)
        assert question(again.screen).startswith(f"Unsaved changes to {visit.name} from ")


async def test_quit_with_nothing_unsaved_exits_at_once(workspace: Path, state_dir: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        # A change taken back leaves nothing unsaved.
        await open_roster(pilot, app)
        await pilot.press("i", "ctrl+z")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not any(isinstance(s, Choice) for s in app.screen_stack)
        assert not app.is_running
    assert app.return_code == 0
    assert recovery_copies(state_dir) == []


# Recovery after a crash


async def crash_with_unsaved_work(workspace: Path, state_dir: Path) -> None:
    """One run of the app: a change, its recovery copy, then an end without the guard."""
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_roster(pilot, app)
        await pilot.press("i")
        # Written in a thread right after the key, with no pause in between.
        await wait_for(pilot, lambda: len(recovery_copies(state_dir)) == 1)
        app.exit()  # as if the terminal went away: no question asked
        await pilot.pause()
    assert len(recovery_copies(state_dir)) == 1


async def reopen_with_recovery(pilot, app: GathertuiApp, visit: Path) -> Choice:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await pilot.press("home", "enter")  # the visit; the list opens at the last plan
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, Choice)
    assert question(dialog).startswith(f"Unsaved changes to {visit.name} from ")
    assert question(dialog).endswith(" were recovered. Restore them?")
    assert [b.id for b in dialog.query(Button)] == ["restore", "discard", "cancel"]
    assert app.focused is dialog.query_one("#restore", Button)
    # Behind the question, the plan as it is on disk.
    below = app.screen_stack[-2]
    assert isinstance(below, PlanScreen) and not below.session.dirty
    return dialog


async def test_recovery_restore_brings_the_change_back(
    workspace: Path, visit: Path, state_dir: Path
) -> None:
    before = visit.read_bytes()
    await crash_with_unsaved_work(workspace, state_dir)
    assert visit.read_bytes() == before
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await reopen_with_recovery(pilot, app, visit)
        await pilot.click("#restore")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        assert screen.session.dirty and str(screen.title).endswith(" ●")
        await pilot.press("2")
        await pilot.pause()
        assert roster_rows(app)[0][ATTENDANCE] == OURS
        assert visit.read_bytes() == before  # restored, not yet saved
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not screen.session.dirty
    assert abd_attendance(visit) == OURS
    assert recovery_copies(state_dir) == []


async def test_recovery_later_then_discard(workspace: Path, visit: Path, state_dir: Path) -> None:
    before = visit.read_bytes()
    await crash_with_unsaved_work(workspace, state_dir)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        # "Later": the plan as on disk, the copy kept, and the question comes back.
        await reopen_with_recovery(pilot, app, visit)
        await pilot.click("#cancel")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen) and not screen.session.dirty
        assert len(recovery_copies(state_dir)) == 1
        await pilot.press("escape")
        await pilot.pause()

        # "Discard": the change and its copy are gone.
        await reopen_with_recovery(pilot, app, visit)
        await pilot.click("#discard")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen) and not screen.session.dirty
        await pilot.press("2")
        await pilot.pause()
        assert roster_rows(app)[0][ATTENDANCE] == "attended"
        assert recovery_copies(state_dir) == []
        # Opening the plan again asks nothing.
        await pilot.press("escape")
        await pilot.pause()
        await open_plan(pilot, app)
    assert visit.read_bytes() == before
