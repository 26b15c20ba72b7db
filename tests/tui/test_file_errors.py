"""What the file system refuses never ends the app: it is said, and the session stays."""

from __future__ import annotations

import errno
import os
import sys
import time
from pathlib import Path

import pytest
from flow_helpers import (
    ATTENDANCE,
    SIZE,
    new_app,
    notifications,
    open_roster,
    roster_rows,
    static_text,
    table,
    wait_for,
)
from textual.widgets import Input, Static

from conftest import VISIT
from gathertui import recovery
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import AskText, Choice
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.workspace import WorkspaceScreen
from helpers import journal_written

RECOVERY_FAILED = "The recovery copy cannot be written"


def recovery_warnings(told: list[str]) -> list[str]:
    return [m for m in told if m.startswith(RECOVERY_FAILED)]


async def edit_and_wait(pilot, app) -> None:  # type: ignore[no-untyped-def]
    """An edit in the roster, then its recovery copy written (or failed, and said)."""
    await pilot.press("i")
    journal_written()
    await pilot.pause()


async def test_state_folder_a_file_keeps_the_edit_and_says_so_once(
    workspace: Path, visit: Path, state_dir: Path
) -> None:
    state_dir.parent.mkdir(parents=True, exist_ok=True)
    state_dir.write_text("not a folder", encoding="utf-8")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        table(app, "plans").move_to(0)
        screen = await open_roster(pilot, app)
        await edit_and_wait(pilot, app)
        assert app.is_running and app.screen is screen
        assert screen.session.dirty
        assert roster_rows(app)[0][ATTENDANCE] == "invited"
        told = recovery_warnings(notifications(app))
        assert len(told) == 1
        assert "a part of the path is not a folder" in told[0]
        # Another edit, another failed copy: said once, not at every edit.
        await pilot.press("r")
        journal_written()
        await pilot.pause()
        assert app.is_running and len(recovery_warnings(notifications(app))) == 1
        # The plan still saves, and saving clears the way.
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not screen.session.dirty
    assert visit.exists()


async def test_recovery_failure_is_said_in_indonesian(workspace: Path, state_dir: Path) -> None:
    state_dir.parent.mkdir(parents=True, exist_ok=True)
    state_dir.write_text("", encoding="utf-8")
    app = new_app(workspace, "id")
    async with app.run_test(size=SIZE) as pilot:
        table(app, "plans").move_to(0)
        await open_roster(pilot, app)
        await edit_and_wait(pilot, app)
        assert app.is_running
        assert any(m.startswith("Salinan pemulihan tidak dapat") for m in notifications(app))


async def test_a_full_disk_for_the_recovery_copy_is_said(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes, **options: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(recovery, "write_atomic", full)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        table(app, "plans").move_to(0)
        screen = await open_roster(pilot, app)
        await edit_and_wait(pilot, app)
        assert app.is_running and screen.session.dirty
        assert recovery_warnings(notifications(app)) == [
            "The recovery copy cannot be written (the disk is full); "
            "your changes stay here until you save."
        ]


@pytest.mark.skipif(sys.platform != "linux", reason="a name that is not UTF-8 needs Linux")
async def test_plan_named_in_no_utf8_keeps_a_recovery_copy(
    workspace: Path, visit: Path, state_dir: Path
) -> None:
    odd = Path(os.fsdecode(bytes(workspace) + b"/rapat-\xff.toml"))
    odd.write_bytes(visit.read_bytes())
    visit.unlink()
    app = new_app(workspace, open_path=odd)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        await pilot.press("2")
        await pilot.pause()
        await edit_and_wait(pilot, app)
        assert app.is_running and screen.session.dirty
        assert recovery_warnings(notifications(app)) == []
    assert len(list((state_dir / "recovery").glob("*.json"))) == 1


async def duplicate(pilot, app, name: str | None) -> None:  # type: ignore[no-untyped-def]
    """c on the first plan; `name` typed, or the offered one taken."""
    await pilot.pause()
    table(app, "plans").move_to(0)
    await pilot.press("c")
    await pilot.pause()
    assert isinstance(app.screen, AskText)
    if name is not None:
        app.screen.query_one("#answer", Input).value = name
    await pilot.press("enter")
    await pilot.pause()


async def test_duplicate_into_a_missing_folder_is_refused(workspace: Path) -> None:
    before = sorted(p.name for p in workspace.iterdir())
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await duplicate(pilot, app, "missing/copy.toml")
        assert app.is_running and isinstance(app.screen, WorkspaceScreen)
        assert "missing/copy.toml" in notifications(app)[-1]
    assert sorted(p.name for p in workspace.iterdir()) == before


async def test_duplicate_of_a_vanished_plan_with_the_offered_name(
    workspace: Path, visit: Path
) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        visit.unlink()  # another program removed it after the list was read
        await duplicate(pilot, app, None)
        assert app.is_running and isinstance(app.screen, WorkspaceScreen)
        assert "no such file or folder" in notifications(app)[-1]
    assert not visit.with_name(visit.stem + "-salinan.toml").exists()


@pytest.mark.parametrize(
    "name", ["copy.csv", "gathertui.toml", "../outside.toml", "{tmp}/elsewhere/outside.toml"]
)
async def test_duplicate_writes_only_plans_inside_the_workspace(
    workspace: Path, tmp_path: Path, name: str
) -> None:
    (tmp_path / "elsewhere").mkdir()
    name = name.format(tmp=tmp_path)
    before = sorted(p.name for p in workspace.iterdir())
    outside = sorted(p.name for p in workspace.parent.iterdir())
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await duplicate(pilot, app, name)
        assert app.is_running and isinstance(app.screen, WorkspaceScreen)
        said = notifications(app)[-1]
        assert name in said
        # Refused for what it is, before "already exists".
        assert "already exists" not in said
    assert sorted(p.name for p in workspace.iterdir()) == before
    assert sorted(p.name for p in workspace.parent.iterdir()) == outside
    assert list((tmp_path / "elsewhere").iterdir()) == []


async def test_delete_refused_by_the_system_keeps_the_plan(
    workspace: Path, visit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A read-only folder, as the tests may run as root (which ignores the mode bits).
    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table(app, "plans").move_to(0)
        rows = len(table(app, "plans").rows)
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, Choice)
        monkeypatch.setattr(Path, "unlink", refuse)
        await pilot.click("#yes")
        await pilot.pause()
        monkeypatch.undo()
        assert app.is_running and isinstance(app.screen, WorkspaceScreen)
        assert "permission denied" in notifications(app)[-1]
        assert len(table(app, "plans").rows) == rows
    assert visit.exists()


async def test_reload_after_the_file_was_deleted(workspace: Path, visit: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        table(app, "plans").move_to(0)
        screen = await open_roster(pilot, app)
        assert screen.session.path.name == VISIT
        await pilot.press("i")
        await pilot.pause()
        visit.unlink()
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, Choice)
        await pilot.click("#reload")
        await pilot.pause()
        assert app.is_running and app.screen is screen
        assert screen.session.dirty  # the edit is still there, to save elsewhere
        assert roster_rows(app)[0][ATTENDANCE] == "invited"
        assert "no such file or folder" in notifications(app)[-1]


async def test_the_app_removes_what_a_killed_save_left(workspace: Path) -> None:
    left = workspace / f".{VISIT}.k3x_9q0a.tmp"
    left.write_bytes(b"half a plan")
    moment = time.time() - 120
    os.utime(left, (moment, moment))
    app = GathertuiApp(workspace, "en", git_status=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: not left.exists(), seconds=5)
    assert not left.exists()


async def test_quitting_without_a_recovery_copy_asks_again(
    workspace: Path, state_dir: Path
) -> None:
    state_dir.parent.mkdir(parents=True, exist_ok=True)
    state_dir.write_text("", encoding="utf-8")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        table(app, "plans").move_to(0)
        await open_roster(pilot, app)
        await pilot.press("i", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, Choice)
        await pilot.click("#quit")
        await pilot.pause()
        # The copy could not be kept: quitting now loses the edit, and it is asked.
        assert app.is_running
        dialog = app.screen
        assert isinstance(dialog, Choice)
        assert "no recovery copy could be kept" in " ".join(
            static_text(dialog.query_one(".question", Static)).split()
        )
        await pilot.click("#quit")
        await pilot.pause()
    assert not app.is_running


async def test_saving_a_read_only_plan_is_refused_and_said(workspace: Path, visit: Path) -> None:
    before = visit.read_bytes()
    visit.chmod(0o444)
    app = new_app(workspace)
    try:
        async with app.run_test(size=SIZE) as pilot:
            table(app, "plans").move_to(0)
            screen = await open_roster(pilot, app)
            await pilot.press("i", "ctrl+s")
            await pilot.pause()
            assert app.is_running and screen.session.dirty
            assert notifications(app)[-1] == (
                "Could not save (the file is marked read-only); the file is unchanged."
            )
        assert visit.read_bytes() == before
    finally:
        visit.chmod(0o644)
