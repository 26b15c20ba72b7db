"""The app and `gathertui check` give one answer to "what are this workspace's plans and
problems": after a save, while a plan is being edited, for files that cannot be read,
and for what belongs to the workspace rather than to one plan."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from flow_helpers import SIZE, new_app, open_plan, settle, static_text, table, type_text
from textual.pilot import Pilot
from textual.widgets import Static

from conftest import PLANS, VISIT
from gathertui.cli import main
from gathertui.tui.app import GathertuiApp
from gathertui.tui.panes.overview import OverviewPane
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.workspace import WorkspaceScreen
from helpers import make_unreadable

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "conflicts"
SOLO = "2024-11-12-kunjungan-pemkot-solo.toml"
MEETING = "2024-11-12-rapat-koordinasi.toml"
CHECK_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):\d+: (?:error|warning|info): (?P<text>.+)$")
MARKS = {"error": "✖", "warning": "⚠", "info": "ℹ"}


@pytest.fixture
def conflicts(tmp_path: Path) -> Path:
    folder = tmp_path / "conflicts"
    shutil.copytree(FIXTURES, folder)
    return folder


def check_lines(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[tuple[str, str]]]:
    """`gathertui check PATH` in English, as (line, message) per file name."""
    main(["check", "--lang", "en", str(path)])
    found: dict[str, list[tuple[str, str]]] = {}
    for text in capsys.readouterr().out.splitlines():
        match = CHECK_LINE.match(text)
        assert match, text
        severity = text[len(match["file"]) :].split(": ")[1]
        message = match["text"].rsplit(" [", 1)[0]
        found.setdefault(Path(match["file"]).name, []).append(
            (match["line"], f"{MARKS[severity]} {message}")
        )
    return found


def overview_rows(app: GathertuiApp) -> list[tuple[str, str]]:
    """The Overview's warnings as `check` words them: (line, marked message).

    The app names what each is about by its title or name where `check` gives the id to
    search the file for; the rest of each line is the same."""
    screen = app.screen
    assert isinstance(screen, PlanScreen)
    problems = screen.query_one(OverviewPane).problems

    def rows(by_name: bool) -> list[tuple[str, str]]:
        return [
            (str(p.line), f"{MARKS[p.severity.value]} {p.message.render('en', by_name)}")
            for p in problems
        ]

    assert [(row[0], row[1]) for row in table(app, "overview-table").rows] == rows(True)
    return rows(False)


def plan_row(app: GathertuiApp, name: str) -> int:
    screen = app.screen
    assert isinstance(screen, WorkspaceScreen)
    return [path.name for path in screen.paths].index(name)


async def open_by_name(pilot: Pilot[None], app: GathertuiApp, name: str) -> PlanScreen:
    return await open_plan(pilot, app, plan_row(app, name))


async def delete_the_audience(pilot: Pilot[None], app: GathertuiApp) -> None:
    """In the Surakarta visit, deletes the audience that clashes with the meeting."""
    screen = await open_by_name(pilot, app, SOLO)
    await pilot.press("3")
    await pilot.pause()
    agenda = table(app, "agenda-table")
    agenda.move_to(next(n for n, row in enumerate(agenda.rows) if "Audiensi" in row[1]))
    await pilot.press("delete")
    await pilot.pause()
    await pilot.press("shift+tab", "enter")  # Delete, not the Cancel in focus
    await settle(pilot, lambda: all(item.id != "audiensi" for item in screen.session.plan.agenda))


def counts(app: GathertuiApp) -> dict[str, str]:
    screen = app.screen
    assert isinstance(screen, WorkspaceScreen)
    rows = table(app, "plans").rows
    return {path.name: rows[n][4] for n, path in enumerate(screen.paths)}


@pytest.mark.parametrize("folder", ["conflicts", "plans"])
async def test_each_plans_overview_lists_what_check_prints(
    folder: str, conflicts: Path, workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = conflicts if folder == "conflicts" else workspace
    expected = check_lines(where, capsys)
    app = new_app(where)
    async with app.run_test(size=SIZE) as pilot:
        for path in sorted(where.glob("*.toml")):
            if path.name == "gathertui.toml":
                continue
            await open_by_name(pilot, app, path.name)
            assert overview_rows(app) == expected.get(path.name, []), path.name
            await pilot.press("escape")
            await pilot.pause()
            # The list counts the errors and warnings `check` counts (information is
            # listed, not counted).
            listed = [text for _, text in expected.get(path.name, [])]
            assert counts(app)[path.name] == str(sum(not t.startswith("ℹ") for t in listed))


async def test_a_save_clears_the_clash_in_the_other_plan(
    conflicts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = new_app(conflicts)
    async with app.run_test(size=SIZE) as pilot:
        assert counts(app) == {SOLO: "2", MEETING: "6"}
        await delete_the_audience(pilot, app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        # The list, the other plan's overview and `check` agree: no clash is left.
        assert counts(app) == {SOLO: "0", MEETING: "3"}
        await open_by_name(pilot, app, MEETING)
        shown = overview_rows(app)
    # Outside the app, which holds the terminal's output while it runs.
    assert shown == check_lines(conflicts, capsys)[MEETING]
    assert not any("is used by two items" in text or "two places" in text for _, text in shown)


async def test_an_edit_in_one_plan_reaches_the_others_count_before_a_save(
    conflicts: Path,
) -> None:
    app = new_app(conflicts)
    async with app.run_test(size=SIZE) as pilot:
        await delete_the_audience(pilot, app)
        await pilot.press("escape")
        await pilot.pause()
        # The list shows the plans as they stand in the app, unsaved edits included.
        assert counts(app) == {SOLO: "0", MEETING: "3"}


async def test_lines_of_an_edited_plan_are_those_of_the_saved_file(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_by_name(pilot, app, VISIT)
        await pilot.press("2")
        await pilot.pause()
        table(app, "roster-table").move_to(0)
        await pilot.press("a")
        await pilot.pause()
        await type_text(pilot, "Budi Santoso")
        await pilot.press("enter")
        await settle(pilot, lambda: screen.session.dirty)
        await pilot.press("w")  # represented, by nobody named yet
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()

        def unnamed() -> list[tuple[str, str]]:
            return [row for row in overview_rows(app) if "Budi Santoso" in row[1]]

        [(unsaved_line, text)] = unnamed()
        await pilot.press("ctrl+s")
        await settle(pilot, lambda: not screen.session.dirty)
        assert unnamed() == [(unsaved_line, text)]
        lines = (workspace / VISIT).read_text(encoding="utf-8").split("\n")
        block = lines.index('id = "budi-santoso"')
        attendance = lines.index('attendance = "represented"', block) + 1
        assert unsaved_line == str(attendance)


async def test_an_unreadable_plan_is_listed_with_its_reason(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_unreadable(monkeypatch, workspace / VISIT)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        rows = table(app, "plans").rows
        assert ("—", VISIT, "cannot be opened", "", "") in rows
        errors = static_text(app.screen.query_one("#plan-errors", Static))
        assert f"{VISIT}:1:1: the file cannot be read: permission denied" in errors
        # The others open as ever.
        await open_by_name(pilot, app, "2024-s1-media-gathering.toml")


async def test_a_semester_without_its_gathering_is_said_on_the_workspace_screen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(PLANS, folder)
    (folder / "2024-s2-media-gathering.toml").unlink()
    [(line, text)] = check_lines(folder, capsys)["gathertui.toml"]
    app = new_app(folder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        errors = static_text(app.screen.query_one("#plan-errors", Static))
        assert f"gathertui.toml:{line}:" in errors
        assert text.removeprefix("⚠ ") in errors
        assert "semester II 2024" in errors
