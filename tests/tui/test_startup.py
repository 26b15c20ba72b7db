"""Start-up: the plan list is drawn from a glance, and validation follows in the background."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from flow_helpers import SIZE, table, wait_for
from textual.pilot import Pilot

from conftest import VISIT
from gathertui.glance import Glance
from gathertui.progress import Progress
from gathertui.state import WorkspaceState
from gathertui.tui.app import GathertuiApp
from gathertui.tui.screens.plan import PlanScreen

BROKEN = "2024-02-30-rapat-rusak.toml"
GLANCED = [
    ("Friday, 26 May 2023", "Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang"),
    ("Thursday, 22 February 2024", "Media Gathering Semester I 2024"),
    ("Thursday, 17 October 2024", "Media Gathering Semester II 2024"),
]


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Holds the background read of the workspace until the test sets the event."""
    opened = threading.Event()
    real = WorkspaceState.read

    def held(folder: Path, progress: Progress | None = None) -> WorkspaceState:
        if threading.current_thread() is not threading.main_thread():
            opened.wait(timeout=30)
        return real(folder, progress)

    monkeypatch.setattr(WorkspaceState, "read", held)
    return opened


async def _until_read(app: GathertuiApp, pilot: Pilot[None]) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_rows_show_before_validation_and_counts_after(
    workspace: Path, gate: threading.Event
) -> None:
    app = GathertuiApp(workspace, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.workspace_ready
        rows = table(app, "plans").rows
        assert [(row[0], row[1]) for row in rows] == GLANCED
        assert {row[4] for row in rows} == {"…"}
        assert rows[0][2:4] == ("visit", "done")
        gate.set()
        await _until_read(app, pilot)
        assert app.workspace_ready
        assert [row[4] for row in table(app, "plans").rows] == ["0", "0", "0"]


async def test_a_broken_file_is_glanced_then_reported(
    workspace: Path, gate: threading.Event
) -> None:
    (workspace / BROKEN).write_text('[event]\ntitle = "Rapat rusak"\nstart = 2024-02-30\n')
    app = GathertuiApp(workspace, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # Not even TOML: the glance knows nothing but the file's name, and why.
        glanced = ("—", f"{BROKEN} (not valid TOML, or nested too deeply)", "", "", "…")
        assert table(app, "plans").rows[-1] == glanced
        gate.set()
        await _until_read(app, pilot)
        assert table(app, "plans").rows[-1] == ("—", BROKEN, "cannot be opened", "", "")


async def test_enter_before_validation_opens_the_plan(
    workspace: Path, gate: threading.Event
) -> None:
    app = GathertuiApp(workspace, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.workspace_ready
        # The list opens at the next plan from today, here the last: the first is wanted.
        table(app, "plans").move_to(0)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        assert app.screen.session.path == workspace / VISIT
        # The plan screen needed the workspace and read it then; the late background
        # read is dropped, not swapped in under the open plan.
        assert app.workspace_ready
        first = app.workspace
        gate.set()
        await _until_read(app, pilot)
        assert app.workspace is first


async def test_a_deeply_nested_plan_and_settings_do_not_stop_the_start(
    workspace: Path, gate: threading.Event
) -> None:
    deep = "a = " + "[" * 1000 + "]" * 1000 + "\n"
    (workspace / "deep.toml").write_text(deep, encoding="utf-8")
    (workspace / "gathertui.toml").write_text(deep, encoding="utf-8")
    app = GathertuiApp(workspace, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        glanced = ("—", "deep.toml (not valid TOML, or nested too deeply)", "", "", "…")
        assert glanced in table(app, "plans").rows
        gate.set()
        await _until_read(app, pilot)
        assert app.workspace_ready
        assert ("—", "deep.toml", "cannot be opened", "", "") in table(app, "plans").rows


async def test_the_glance_says_why_a_file_cannot_be_read(
    workspace: Path, gate: threading.Event
) -> None:
    (workspace / "cp1252.toml").write_bytes('[event]\ntitle = "Caf\u00e9"\n'.encode("cp1252"))
    (workspace / "folder.toml").mkdir()  # not a plan file: not listed at all
    (workspace / "a\x1b[2Jb.toml").write_text("[event\n", encoding="utf-8")
    app = GathertuiApp(workspace, "id")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        plans = table(app, "plans")
        rows = plans.rows
        assert ("—", "cp1252.toml (bukan teks UTF-8)", "", "", "…") in rows
        # The file name's escape is spelled out, never sent to the terminal.
        bad = "a\\x1b[2Jb.toml (bukan TOML yang sah, atau bersarang terlalu dalam)"
        assert ("—", bad, "", "", "…") in rows
        assert all("\x1b" not in cell for row in rows for cell in row)
        assert not any("folder.toml" in row[1] for row in rows)
        gate.set()
        await _until_read(app, pilot)


# The glance cache (gathertui/glance_cache.py)


@pytest.fixture
def glanced(monkeypatch: pytest.MonkeyPatch) -> list[GathertuiApp]:
    """The apps whose background glance has come back to them, in order."""
    came: list[GathertuiApp] = []
    real = GathertuiApp._glanced

    def noted(app: GathertuiApp, glances: list[Glance]) -> None:
        real(app, glances)
        came.append(app)

    monkeypatch.setattr(GathertuiApp, "_glanced", noted)
    return came


async def _glance_rows(
    app: GathertuiApp, pilot: Pilot[None], glanced: list[GathertuiApp]
) -> list[tuple[str, ...]]:
    """The list once every file is glanced, before the (held) full read. Waits for the
    glance to come back, not for its worker: a finished worker leaves `app.workers`."""
    await wait_for(pilot, lambda: app in glanced)
    await pilot.pause()
    assert not app.workspace_ready
    return table(app, "plans").rows


async def test_the_same_rows_with_and_without_the_cache(
    workspace: Path,
    gate: threading.Event,
    glanced: list[GathertuiApp],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gathertui import glance_cache

    # The copied files' change times are new: kept at once all the same.
    monkeypatch.setattr(glance_cache, "SETTLING_NS", -(10**18))
    shown: list[list[tuple[str, ...]]] = []
    for cached in (False, True):
        if cached:

            def refuse(path: Path) -> Glance:
                raise AssertionError(f"{path} read despite the cache")

            monkeypatch.setattr(glance_cache, "glance_plan", refuse)
        gate.clear()
        app = GathertuiApp(workspace, "en")
        async with app.run_test(size=SIZE) as pilot:
            shown.append(await _glance_rows(app, pilot, glanced))
            gate.set()
            await _until_read(app, pilot)
    assert shown[0] == shown[1]
    assert [(row[0], row[1]) for row in shown[1]] == GLANCED


async def test_many_unglanced_plans_are_named_then_glanced_and_placed_at_today(
    workspace: Path,
    gate: threading.Event,
    glanced: list[GathertuiApp],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gathertui import glance_cache

    monkeypatch.setattr(glance_cache, "AT_ONCE", 1)
    app = GathertuiApp(workspace, "en")
    async with app.run_test(size=SIZE) as pilot:
        # The first frame names the files, undated, before their glance.
        assert app.unglanced
        assert table(app, "plans").rows[0][0] == "—"
        assert [(row[0], row[1]) for row in await _glance_rows(app, pilot, glanced)] == GLANCED
        # Today is 1 December 2024: every plan is past, the list opens at the last.
        assert table(app, "plans").cursor_row == 2
        gate.set()
        await _until_read(app, pilot)


def test_the_launch_pauses_the_collector_until_the_app_runs(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The collector is off while the modules load and the first frame is made, and the
    app is told to resume it; after the app ends it is on again whatever happened."""
    import gc

    from gathertui import tui_launch

    seen: list[tuple[bool, bool]] = []

    def run(app: GathertuiApp) -> None:
        seen.append((gc.isenabled(), app.collector_paused))

    monkeypatch.setattr(GathertuiApp, "run", run)
    assert tui_launch.run([str(workspace), "--lang", "en"]) == 0
    assert seen == [(False, True)]
    assert gc.isenabled()


async def test_the_app_resumes_the_collector_after_its_first_frame(workspace: Path) -> None:
    import gc

    app = GathertuiApp(workspace, "en", collector_paused=True)
    gc.disable()
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert gc.isenabled()
            # What start-up made is left out of later collections.
            assert gc.get_freeze_count() > 0
            assert not app.collector_paused
    finally:
        gc.enable()
        gc.unfreeze()
