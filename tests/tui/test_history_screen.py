"""The History screen: a plan's versions in git, what each changed, one version viewed
and restored as an undoable change; a plan outside git says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from flow_helpers import (
    SIZE,
    new_app,
    notifications,
    open_plan,
    run_command,
    settle,
    static_text,
    table,
)
from textual.pilot import Pilot
from textual.widgets import Button, Static, TextArea
from textual.worker_manager import WorkerManager

from gathertui.model.enums import Attendance
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.screens.history import HistoryScreen, VersionScreen
from gathertui.tui.screens.plan import PlanScreen
from git_history import git, plan_with_history

WELCOME = "sambutan-tuan-rumah"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return plan_with_history(tmp_path / "repo")


async def listed(pilot: Pilot[None], app: GathertuiApp) -> HistoryScreen:
    """The History screen once git has answered and the first row's changes show."""
    screen = app.screen
    assert isinstance(screen, HistoryScreen)

    def ready() -> bool:
        return bool(screen.rows) and screen.rows[screen.table.cursor_row].plan is not None

    await settle(pilot, ready)
    return screen


def changes(screen: HistoryScreen) -> tuple[str, str]:
    heading = static_text(screen.query_one("#history-heading", Static))
    return heading, static_text(screen.query_one("#history-lines", Static)).rstrip("\n")


def minutes(screen: PlanScreen) -> int:
    return next(item.minutes for item in screen.session.plan.agenda if item.id == WELCOME)


async def test_l_lists_the_versions_newest_first_with_their_changes(plan: Path) -> None:
    app = new_app(plan.parent)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await pilot.press("l")
        screen = await listed(pilot, app)
        assert [row[1:] for row in table(app, "history-table").rows] == [
            ("Siti Rahayu", "Sambutan tuan rumah lebih lama"),
            ("Budi Santoso", "Nama berkas memakai tanggal"),
            ("Siti Rahayu", "Rencana kunjungan Mojokerto"),
        ]
        assert table(app, "history-table").rows[0][0] == "2024-05-23 10.15 WIB"
        heading, lines = changes(screen)
        assert "Siti Rahayu <siti@semarangkota.go.id>" in heading
        assert lines.startswith("Rundown:\n  ~ Sambutan Kepala Diskominfo")

        # Moving down shows each version's changes; the first is the plan created.
        await pilot.press("down")
        await settle(pilot, lambda: "Budi Santoso" in changes(screen)[0])
        assert changes(screen)[1] == (
            "People:\n  ~ Abd Rachman Tuwo: Attendance attended → confirmed"
        )
        await pilot.press("down")
        await settle(pilot, lambda: "Rencana kunjungan" in changes(screen)[0])
        assert changes(screen)[1].startswith("created: Kunjungan Kerja Pemkot Mojokerto")
        # Back up: a row seen before shows again, from what was read.
        await pilot.press("up", "up")
        await settle(pilot, lambda: "Sambutan tuan rumah" in changes(screen)[0])
        assert changes(screen)[1].startswith("Rundown:\n  ~ Sambutan Kepala Diskominfo")

        await pilot.press("escape")
        assert isinstance(app.screen, PlanScreen)


async def test_the_palette_opens_it_in_indonesian(plan: Path) -> None:
    app = new_app(plan.parent, "id")
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await run_command(pilot, app, "riwayat", "Riwayat")
        screen = await listed(pilot, app)
        assert screen.title == "Riwayat"
        assert changes(screen)[1].startswith("Susunan Acara:")


async def test_changes_not_committed_come_first(plan: Path) -> None:
    app = new_app(plan.parent)
    async with app.run_test(size=SIZE) as pilot:
        plan_screen = await open_plan(pilot, app)
        await pilot.press("2", "space")  # Abd Rachman Tuwo: confirmed → attended
        await pilot.press("l")
        screen = await listed(pilot, app)
        assert table(app, "history-table").rows[0] == ("", "", "not committed")
        assert changes(screen)[1] == (
            "People:\n  ~ Abd Rachman Tuwo: Attendance confirmed → attended"
        )
        # It is the open plan: nothing to view or restore.
        await pilot.press("r")
        assert notifications(app)[-1] == "This is the plan as it is open now"
        assert app.screen is screen
        assert plan_screen.session.dirty


async def test_v_shows_a_version_read_only(plan: Path) -> None:
    app = new_app(plan.parent)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await pilot.press("l")
        screen = await listed(pilot, app)
        await pilot.press("down", "down")
        await settle(pilot, lambda: "Rencana kunjungan" in changes(screen)[0])
        await pilot.press("v")
        await settle(pilot, lambda: isinstance(app.screen, VersionScreen))
        version = app.screen
        assert isinstance(version, VersionScreen)
        first = git(plan.parent.parent, "rev-list", "--max-parents=0", "HEAD").strip()
        assert version.title == f"Version {first[:7]} of 2024-05-20 09.00 WIB"
        text = version.query_one(TextArea)
        assert text.read_only
        assert text.text == git(plan.parent.parent, "show", f"{first}:plans/kunjungan.toml")
        await pilot.press("x")  # typing changes nothing
        assert text.text.startswith("schema_version")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_r_restores_a_version_as_one_change_that_undo_takes_back(plan: Path) -> None:
    before = plan.read_bytes()
    commits = git(plan.parent, "rev-list", "HEAD")
    app = new_app(plan.parent)
    async with app.run_test(size=SIZE) as pilot:
        plan_screen = await open_plan(pilot, app)
        session = plan_screen.session
        await pilot.press("l")
        screen = await listed(pilot, app)
        await pilot.press("end")
        await settle(pilot, lambda: "Rencana kunjungan" in changes(screen)[0])

        # Cancel first: nothing changes.
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, Choice)
        await pilot.press("escape")
        await settle(pilot, lambda: app.screen is screen)
        assert not session.dirty

        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, Choice)
        app.screen.query_one("#restore", Button).press()
        await settle(pilot, lambda: app.screen is plan_screen)
        assert session.plan.people[0].attendance is Attendance.ATTENDED
        assert minutes(plan_screen) == 10
        assert session.dirty and len(session.editor.undo_stack) == 1
        assert notifications(app)[-1].startswith("Version ")

        await pilot.press("ctrl+z")
        await pilot.pause()
        assert session.plan.people[0].attendance is Attendance.CONFIRMED
        assert minutes(plan_screen) == 15
        assert not session.dirty
        await pilot.press("ctrl+y")
        assert minutes(plan_screen) == 10

    # Nothing was written: not the file, not git.
    assert plan.read_bytes() == before
    assert git(plan.parent, "rev-list", "HEAD") == commits


async def test_view_then_restore_from_the_version(plan: Path) -> None:
    app = new_app(plan.parent)
    async with app.run_test(size=SIZE) as pilot:
        plan_screen = await open_plan(pilot, app)
        await pilot.press("l")
        screen = await listed(pilot, app)
        await pilot.press("down")
        await settle(pilot, lambda: "Budi Santoso" in changes(screen)[0])
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, VersionScreen))
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, Choice)
        app.screen.query_one("#restore", Button).press()
        await settle(pilot, lambda: app.screen is plan_screen)
        assert minutes(plan_screen) == 10
        assert plan_screen.session.plan.people[0].attendance is Attendance.CONFIRMED


async def test_a_plan_outside_git_says_so(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await pilot.press("l")
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        message = screen.query_one("#history-message", Static)
        await settle(pilot, lambda: "repository" in static_text(message))
        assert static_text(message).endswith("is not in a git repository, so it has no history")
        assert not screen.query_one("#history-table").display
        await pilot.press("r", "v")  # nothing to restore or view
        assert app.screen is screen


async def test_a_plan_never_committed_says_so(workspace: Path) -> None:
    git(workspace, "init", "-q")
    app = new_app(workspace, "id")
    async with app.run_test(size=SIZE) as pilot:
        await open_plan(pilot, app)
        await pilot.press("l")
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        message = screen.query_one("#history-message", Static)
        await settle(pilot, lambda: "commit" in static_text(message))
        assert "belum pernah di-commit" in static_text(message)


async def test_git_answering_as_the_screen_closes(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The monkey: Esc as git answered. The thread found the screen still there; Textual
    then removed the screen's widgets, and before it cancelled the screen's workers the
    answer was drawn: NoMatches for the table ended the app. Here the screen closes
    just as the thread hands its answer over, and its workers are not cancelled, as in
    that moment."""
    app = new_app(plan.parent)
    async with app.run_test(size=SIZE) as pilot:
        plan_screen = await open_plan(pilot, app)
        handing = app.call_from_thread
        keep_workers = WorkerManager.cancel_node

        def closing_first(callback: Any, *args: Any, **kwargs: Any) -> Any:
            history = app.screen
            if isinstance(history, HistoryScreen):
                with monkeypatch.context() as moment:
                    moment.setattr(
                        WorkerManager,
                        "cancel_node",
                        lambda manager, node: (
                            [] if node is history else keep_workers(manager, node)
                        ),
                    )
                    handing(app.pop_screen)  # Esc, waiting until the screen is removed
            return handing(callback, *args, **kwargs)

        monkeypatch.setattr(app, "call_from_thread", closing_first)
        await pilot.press("l")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is plan_screen
    assert app._exception is None
