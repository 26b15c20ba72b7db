"""The workspace screen: the plans of the folder, a broken one, new, duplicate, delete."""

from __future__ import annotations

from pathlib import Path

import pytest
from flow_helpers import (
    SIZE,
    new_app,
    notifications,
    open_plan,
    open_roster,
    plan_data,
    shown,
    static_text,
    table,
    type_text,
)
from textual.widgets import Button, Input, Select, Static

from conftest import VISIT
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import AskText, Choice
from gathertui.tui.modals.new_plan import NewPlanForm
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.workspace import WorkspaceScreen

BROKEN = "2024-02-30-rapat-rusak.toml"
BROKEN_TEXT = 'schema_version = 1\n\n[event]\ntitle = "Rapat rusak"\nstart = 2024-02-30\n'
BROKEN_ERROR = (
    f"{BROKEN}:5:9: this is not valid TOML: not a valid date; "
    "dates are written 2023-05-26 (year-month-day)"
)
# As the list under the plans shows it, marked as an error.
BROKEN_LISTED = f"✖ {BROKEN_ERROR}"
TITLES = [
    "Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang",
    "Media Gathering Semester I 2024",
    "Media Gathering Semester II 2024",
]


def plan_rows(app: GathertuiApp) -> list[tuple[str, ...]]:
    return table(app, "plans").rows


def titles(app: GathertuiApp) -> list[str]:
    return [row[1] for row in plan_rows(app)]


async def test_a_broken_plan_is_listed_with_its_error(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
        assert plan_rows(app) == [
            ("Friday, 26 May 2023", TITLES[0], "visit", "done", "0"),
            ("Thursday, 22 February 2024", TITLES[1], "media gathering", "done", "0"),
            ("Thursday, 17 October 2024", TITLES[2], "media gathering", "done", "0"),
        ]
        errors = app.screen.query_one("#plan-errors", Static)
        assert static_text(errors) == ""

        # Another program writes a broken plan; r reads the folder again.
        (workspace / BROKEN).write_text(BROKEN_TEXT, encoding="utf-8")
        await pilot.press("r")
        await pilot.pause()
        plans = table(app, "plans")
        assert plans.rows[-1] == ("—", BROKEN, "cannot be opened", "", "")
        assert plans.dim_rows == {3}
        assert titles(app)[:3] == TITLES
        on_screen = shown(plans)
        assert BROKEN in on_screen and "cannot be opened" in on_screen
        assert static_text(errors) == BROKEN_LISTED
        assert " ".join(shown(errors).split()) == BROKEN_LISTED

        # Enter on the broken plan says why, and stays.
        plans.move_to(3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
        assert notifications(app)[-1] == BROKEN_ERROR

        # The others still open.
        for row, title in enumerate(TITLES):
            screen = await open_plan(pilot, app, row)
            assert screen.session.plan.event.title == title
            await pilot.press("escape")
            await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)


async def test_a_broken_plan_at_start(workspace: Path) -> None:
    (workspace / BROKEN).write_text(BROKEN_TEXT, encoding="utf-8")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert titles(app) == [*TITLES, BROKEN]
        assert static_text(app.screen.query_one("#plan-errors", Static)) == BROKEN_LISTED


async def test_new_plan_from_the_workspace(workspace: Path) -> None:
    name = "2025-03-14-rapat-media.toml"
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, NewPlanForm)
        assert app.focused is form.query_one("#title", Input)
        await type_text(pilot, "Rapat Media")
        form.query_one("#start", Input).value = "2025-03-14"
        # Written out here: the name the user types always wins over the suggestion.
        form.query_one("#file", Input).value = name
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        assert screen.title == "Rapat Media"
        assert screen.session.path == workspace / name
        assert not screen.session.dirty
        data = plan_data(workspace / name)
        assert data["event"]["title"] == "Rapat Media"
        assert data["event"]["kind"] == "visit"
        assert str(data["event"]["start"]) == "2025-03-14"
        assert data["event"]["host"] == "Pemerintah Kota Semarang"  # the workspace's letterhead
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
        assert ("Friday, 14 March 2025", "Rapat Media", "visit", "draft", "0") in (plan_rows(app))


async def test_new_plan_file_name_follows_title_and_date(workspace: Path) -> None:
    name = "2025-03-14-rapat-media.toml"
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, NewPlanForm)
        await type_text(pilot, "Rapat Media")
        form.query_one("#start", Input).value = "2025-03-14"
        await pilot.pause()
        assert form.query_one("#file", Input).value == name
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
    assert plan_data(workspace / name)["event"]["title"] == "Rapat Media"


async def test_new_plan_says_what_is_wrong(workspace: Path) -> None:
    before = sorted(p.name for p in workspace.iterdir())
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, NewPlanForm)
        errors = form.query_one("#errors", Static)
        form.query_one("#start", Input).value = "2025-03-14"
        form.query_one("#kind", Select).value = "media-gathering"
        await pilot.press("enter")
        await pilot.pause()
        assert static_text(errors) == "A title is needed."

        form.query_one("#title", Input).value = "Rapat"
        form.query_one("#start", Input).value = "14-03-2025"
        await pilot.press("enter")
        await pilot.pause()
        # A bad date is said under the date field, not among the form's other problems.
        assert static_text(form.query_one("#start-error", Static)) == (
            "First day: a date like 2024-03-14"
        )
        assert static_text(errors) == ""

        form.query_one("#start", Input).value = "2023-05-26"
        await pilot.pause()
        form.query_one("#file", Input).value = VISIT  # an edited name stays as written
        await pilot.pause()
        form.query_one("#title", Input).value = "Rapat lain"
        await pilot.pause()
        assert form.query_one("#file", Input).value == VISIT
        await pilot.press("enter")
        await pilot.pause()
        assert static_text(errors) == f"{VISIT} already exists."

        form.query_one("#file", Input).value = "sub/rapat.toml"
        await pilot.press("enter")
        await pilot.pause()
        assert static_text(errors) == "The file name ends in .toml and has no folder."
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
    assert sorted(p.name for p in workspace.iterdir()) == before


async def test_duplicate_a_plan(workspace: Path, visit: Path) -> None:
    copy = visit.with_name(visit.stem + "-salinan.toml")
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table(app, "plans").move_to(0)  # the visit; the list opens at the last plan
        await pilot.press("c")
        await pilot.pause()
        ask = app.screen
        assert isinstance(ask, AskText)
        assert static_text(ask.query_one(".question", Static)) == "Copy the plan to the file:"
        assert ask.query_one("#answer", Input).value == copy.name
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
        assert copy.read_bytes() == visit.read_bytes()
        assert titles(app) == [TITLES[0], TITLES[0], *TITLES[1:]]

        # A second copy to the same name is refused.
        await pilot.press("c")
        await pilot.pause()
        app.screen.query_one("#answer", Input).value = str(copy)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
        assert notifications(app)[-1] == f"{copy} already exists."
        assert len(plan_rows(app)) == 4

        # Each opens as a plan of its own (the copy sorts first: "-" before ".").
        assert (await open_plan(pilot, app, 0)).session.path == copy
        await pilot.press("escape")
        assert (await open_plan(pilot, app, 1)).session.path == visit


async def test_duplicate_to_a_bare_name_lands_in_the_workspace(
    workspace: Path, visit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table(app, "plans").move_to(0)  # the visit; the list opens at the last plan
        await pilot.press("c")
        await pilot.pause()
        app.screen.query_one("#answer", Input).value = "salinan.toml"
        await pilot.press("enter")
        await pilot.pause()
        assert len(plan_rows(app)) == 4
    assert (workspace / "salinan.toml").read_bytes() == visit.read_bytes()


async def test_delete_a_plan_after_confirming(workspace: Path) -> None:
    target = workspace / "2024-s1-media-gathering.toml"
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table(app, "plans").move_to(1)
        await pilot.press("delete")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, Choice)
        assert static_text(dialog.query_one(".question", Static)).startswith(
            f"Delete the file {target.name}? This cannot be undone."
        )
        assert app.focused is dialog.query_one("#cancel", Button)
        await pilot.press("escape")
        await pilot.pause()
        assert target.exists() and titles(app) == TITLES

        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("enter")  # Cancel has the focus
        await pilot.pause()
        assert target.exists() and titles(app) == TITLES

        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("shift+tab", "enter")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
        assert not target.exists()
        assert titles(app) == [TITLES[0], TITLES[2]]


async def test_unsaved_plan_is_marked_in_the_workspace(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_roster(pilot, app)
        await pilot.press("i")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
        assert titles(app)[0] == TITLES[0] + " ●"


async def test_warning_count_follows_a_saved_plan(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_roster(pilot, app)
        await pilot.press("down", "down", "down", "delete")  # Sunarto, in charge of 3 items
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        await pilot.press("ctrl+s", "1")  # the overview is drawn when it is opened
        await pilot.pause()
        # His 3 items without a person in charge, and the mayor he represented, now
        # represented by nobody.
        warnings = static_text(screen.query_one("#warnings", Static))
        assert warnings.startswith("Warnings: 4 · ")
        assert len(table(app, "overview-table").rows) == 4
        await pilot.press("escape")
        await pilot.pause()
        assert plan_rows(app)[0][4] == "4"


async def test_deleting_a_plan_with_unsaved_changes_says_so(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_roster(pilot, app)
        await pilot.press("i", "escape")  # a change, not saved
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
        await pilot.press("delete")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, Choice)
        text = static_text(dialog.query_one(".question", Static))
        assert text.endswith("Its unsaved changes in the app are lost with it.")


async def test_duplicate_in_a_workspace_named_from_where_the_app_started(
    workspace: Path, visit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `gathertui` alone opens "plans" of the current folder: the plan's path is relative,
    # and the name offered must not point into plans/plans/.
    monkeypatch.chdir(workspace.parent)
    app = new_app(Path(workspace.name))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        table(app, "plans").move_to(0)  # the visit; the list opens at the last plan
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
    assert visit.with_name(visit.stem + "-salinan.toml").read_bytes() == visit.read_bytes()


# Opening at today, and the filter


@pytest.mark.parametrize(
    ("day", "row"),
    [("2023-01-01", 0), ("2024-02-22", 1), ("2024-03-01", 2), ("2024-12-01", 2)],
)
async def test_the_list_opens_at_the_next_plan(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, day: str, row: int
) -> None:
    """The cursor on the first plan from today on (today's own included), the past above;
    on the last plan when all are past."""
    monkeypatch.setenv("GATHERTUI_TODAY", day)
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert titles(app) == TITLES
        assert table(app, "plans").cursor_row == row


async def test_filter_narrows_the_list(workspace: Path) -> None:
    app = new_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        box = app.screen.query_one("#plan-filter", Input)
        assert not box.display
        await pilot.press("slash")
        await pilot.pause()
        assert box.display and box.has_focus
        # Words of the title, the date (a year) and the kind, in any case and order.
        await type_text(pilot, "2024")
        await pilot.pause()
        assert titles(app) == TITLES[1:]
        # The cursor stays on its plan (the last, where the list opened).
        assert table(app, "plans").cursor_row == 1
        await type_text(pilot, " semester ii")
        await pilot.pause()
        assert titles(app) == TITLES[2:]
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is table(app, "plans")
        await pilot.press("enter")  # opens the plan the filter left
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        assert app.screen.session.path.name == "2024-s2-media-gathering.toml"
        await pilot.press("escape")
        await pilot.pause()
        assert titles(app) == TITLES[2:]  # the filter stays while a plan is open

        # Back in the box, what it holds is selected: typing replaces it.
        await pilot.press("slash", *"kunjungan 2024")
        await pilot.pause()
        assert titles(app) == []
        assert "No plan matches" in shown(table(app, "plans"))
        await pilot.press("escape")
        await pilot.pause()
        assert titles(app) == TITLES
        assert not box.display
        assert app.focused is table(app, "plans")


async def test_filter_by_kind_and_status_in_indonesian(workspace: Path) -> None:
    app = new_app(workspace, lang="id")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"kunjungan selesai")
        await pilot.pause()
        assert titles(app) == TITLES[:1]
