"""Sync in the app: the git phrase in the headers, the Sync key, its refusals and its
question, in temporary repositories (a bare remote and two clones)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from flow_helpers import SIZE, new_app, notifications, run_command, subtitle, wait_for
from textual.widgets import Input

from conftest import PLANS, VISIT
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.identity_form import IdentityForm
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.workspace import WorkspaceScreen
from git_repos import add_person, git, isolate_git, remote_and_clones, set_minutes


@pytest.fixture(autouse=True)
def own_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(tmp_path, monkeypatch)


def git_app(folder: Path, lang: str = "en") -> GathertuiApp:
    app = new_app(folder, lang)
    app.git_status = True
    return app


async def test_the_workspace_header_shows_where_git_stands(tmp_path: Path) -> None:
    _, ani, _ = remote_and_clones(tmp_path)
    app = git_app(ani, "id")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: subtitle(app) == "ani · ✓ tersimpan di git")
        add_person(ani / VISIT, "andi-pratama", "Andi Pratama")
        await pilot.press("r")
        await wait_for(pilot, lambda: subtitle(app) == "ani · 1 berkas belum dicatat")
        await pilot.press("home", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PlanScreen))
        await wait_for(pilot, lambda: subtitle(app) == f"{VISIT} · 1 berkas belum dicatat")


async def test_outside_git_the_header_has_no_phrase(workspace: Path) -> None:
    app = git_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert subtitle(app) == "plans"


async def test_the_sync_key_records_and_sends(tmp_path: Path) -> None:
    remote, ani, _ = remote_and_clones(tmp_path)
    add_person(ani / VISIT, "andi-pratama", "Andi Pratama")
    app = git_app(ani)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("g")
        await wait_for(pilot, lambda: "Recorded 1 file. Sent." in notifications(app))
        await wait_for(pilot, lambda: subtitle(app) == "ani · ✓ saved in git")
    assert "Recording… (Esc stops it)" in notifications(app)
    assert "Andi Pratama" in git(remote, "log", "-1", "--format=%s", "main")


async def test_the_sync_command_is_in_the_palette_and_receives(tmp_path: Path) -> None:
    _, ani, budi = remote_and_clones(tmp_path)
    add_person(budi / VISIT, "siti-aminah", "Siti Aminah")
    git(budi, "commit", "-q", "-am", "Siti")
    git(budi, "push", "-q")
    app = git_app(ani)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("home", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PlanScreen))
        await run_command(pilot, app, "sync", "Sync")
        await wait_for(pilot, lambda: "Received 1 change." in notifications(app))
        # The open plan shows what was received.
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        assert "siti-aminah" in {person.id for person in screen.session.plan.people}


async def test_unsaved_edits_are_not_synced(tmp_path: Path) -> None:
    _, ani, _ = remote_and_clones(tmp_path)
    app = git_app(ani)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("home", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, PlanScreen))
        await pilot.press("2", "space")  # the first person's attendance, not saved
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, WorkspaceScreen))
        await pilot.press("g")
        await pilot.pause()
        assert notifications(app)[-1] == f"Save first: {VISIT} has unsaved changes."
        assert app.sync_cancel is None
    assert git(ani, "status", "--porcelain") == ""


async def test_no_name_and_email_asks_once_and_stores_them(tmp_path: Path) -> None:
    folder = tmp_path / "w"
    folder.mkdir()
    git(folder, "init", "-q", "-b", "main")
    shutil.copyfile(PLANS / VISIT, folder / VISIT)
    app = git_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("g")
        await wait_for(pilot, lambda: isinstance(app.screen, IdentityForm))
        app.screen.query_one("#name", Input).value = "Ani Lestari"
        app.screen.query_one("#email", Input).value = "ani@example.org"
        await pilot.press("enter")
        told = "Recorded 1 file. No server set up: saved in this computer's history only."
        await wait_for(pilot, lambda: told in notifications(app))
    assert git(folder, "log", "--format=%an <%ae>") == "Ani Lestari <ani@example.org>\n"
    assert git(folder, "config", "--local", "user.name") == "Ani Lestari\n"


async def test_esc_stops_a_sync_waiting_on_the_server(tmp_path: Path) -> None:
    _, ani, _ = remote_and_clones(tmp_path)
    git(ani, "config", "protocol.ext.allow", "always")
    git(ani, "remote", "set-url", "origin", "ext::sleep 30")
    app = git_app(ani)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("g")
        await wait_for(pilot, lambda: "Receiving… (Esc stops it)" in notifications(app))
        await pilot.press("escape")
        told = "Sync stopped; what was recorded stays recorded."
        await wait_for(pilot, lambda: told in notifications(app), seconds=5)
        assert app.sync_cancel is None


async def test_a_clash_is_said_and_the_plan_opened(tmp_path: Path) -> None:
    _, ani, budi = remote_and_clones(tmp_path)
    set_minutes(budi / VISIT, "pembukaan", 10)
    git(budi, "commit", "-q", "-am", "10")
    git(budi, "push", "-q")
    set_minutes(ani / VISIT, "pembukaan", 20)
    app = git_app(ani)
    opened: list[Path] = []
    app.open_plan = opened.append  # type: ignore[method-assign, assignment]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("g")
        told = (
            f"Recorded 1 file. The changes received clash with yours in {VISIT}: "
            "choose in the plan, save, then sync again."
        )
        await wait_for(pilot, lambda: told in notifications(app))
        assert opened == [ani / VISIT]
        await wait_for(pilot, lambda: subtitle(app) == "ani · conflict")


async def test_a_save_in_the_app_updates_the_phrase(tmp_path: Path) -> None:
    _, ani, _ = remote_and_clones(tmp_path)
    app = git_app(ani)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("home", "enter")
        await wait_for(pilot, lambda: subtitle(app) == f"{VISIT} · ✓ saved in git")
        await pilot.press("2", "space", "ctrl+s")
        await wait_for(pilot, lambda: subtitle(app) == f"{VISIT} · 1 file not yet recorded")
