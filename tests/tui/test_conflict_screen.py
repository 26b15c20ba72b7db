"""The conflict screen: a plan a merge left with conflicts opens it by itself; each choice
is one undoable edit, and once all are settled and the plan saved, the file has no
`[[conflicts]]` and `check` is clean. gathertui.toml's conflicts are settled the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from flow_helpers import SIZE, new_app, notifications, plan_data, settle, static_text
from textual.pilot import Pilot
from textual.widgets import Static

from gathertui.problems import Severity
from gathertui.state import WorkspaceState
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.modals.pick import Pick
from gathertui.tui.panes.overview import OverviewPane
from gathertui.tui.screens.conflicts import ConflictScreen
from gathertui.tui.screens.help import HelpScreen
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.settings import SettingsScreen
from gathertui.tui.screens.workspace import WorkspaceScreen
from gathertui.tui.widgets.table import VirtualTable
from helpers import run_gathertui
from tui_helpers import LOOKS, SIZES

# Three conflicts as `gathertui merge` writes them: one field changed two ways, the
# event's title changed two ways, and two people added with one id on both sides.
MERGED = """\
schema_version = 1

[event]
title = "Kunjungan Kerja"
kind = "visit"
start = 2024-05-22

[[people]]
id = "siti"
name = "Siti Rahayu"
position = "Kepala Bagian Protokol"
attendance = "confirmed"

[[people]]
id = "andi"
name = "Andi Pratama"
position = "Kepala Dinas Kominfo"

[[agenda]]
id = "sambutan"
start = 09:00:00
minutes = 15
title = "Sambutan"
pic = "siti"
speakers = ["andi"]

[[conflicts]]
path = "people.siti.attendance"
ours = "confirmed"
theirs = "declined"
base = "invited"

[[conflicts]]
path = "event.title"
ours = "Kunjungan Kerja"
theirs = "Kunjungan Kerja Makassar"
base = "Kunjungan"

[[conflicts]]
path = "people.andi"
ours = { id = "andi", name = "Andi Pratama", position = "Kepala Dinas Kominfo" }
theirs = { id = "andi", name = "Andi Wijaya", position = "Staf Ahli Wali Kota" }
"""
NAME = "kunjungan.toml"
SETTINGS = """\
schema_version = 1

[settings]
signed_by = "sekda"

[[signatories]]
id = "sekda"
name = "Drs. Bambang Sutrisno"
office = "Sekretaris Daerah"

[[signatories]]
id = "kadis"
name = "Dra. Ratna Wulandari"
office = "Kepala Dinas Pariwisata"

[[conflicts]]
path = "settings.signed_by"
ours = "sekda"
theirs = "kadis"
base = "sekda"
"""


def merged_plan(folder: Path) -> Path:
    path = folder / NAME
    path.write_text(MERGED, encoding="utf-8")
    return path


def rows(app: GathertuiApp) -> list[tuple[str, ...]]:
    return app.screen.query_one("#conflicts-table", VirtualTable).rows


async def conflicts_open(pilot: Pilot[None], app: GathertuiApp) -> ConflictScreen:
    # Drawn, not only pushed: its rows are made when it mounts.
    await settle(pilot, lambda: isinstance(app.screen, ConflictScreen) and bool(app.screen.rows))
    assert isinstance(app.screen, ConflictScreen)
    return app.screen


def errors(folder: Path) -> list[str]:
    state = WorkspaceState.read(folder)
    return [p.code for p in state.all_problems() if p.severity is Severity.ERROR]


async def test_opening_a_plan_with_conflicts_shows_them_in_words(tmp_path: Path) -> None:
    path = merged_plan(tmp_path)
    app = new_app(tmp_path, "id", open_path=path)
    async with app.run_test(size=SIZE) as pilot:
        await conflicts_open(pilot, app)
        assert rows(app) == [
            ("Peserta Siti Rahayu: Kehadiran", "terkonfirmasi", "tidak hadir", "diundang"),
            ("Kegiatan: Judul", "Kunjungan Kerja", "Kunjungan Kerja Makassar", "Kunjungan"),
            (
                "Peserta Andi Pratama",
                "Andi Pratama (Kepala Dinas Kominfo)",
                "Andi Wijaya (Staf Ahli Wali Kota)",
                "",
            ),
        ]
        note = static_text(app.screen.query_one("#conflict-note", Static))
        assert "Salinan lain: tidak hadir" in note


async def test_each_choice_is_one_undoable_edit_and_the_saved_file_is_clean(
    tmp_path: Path,
) -> None:
    path = merged_plan(tmp_path)
    app = new_app(tmp_path, "en", open_path=path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await conflicts_open(pilot, app)
        plan_screen = screen.host
        assert isinstance(plan_screen, PlanScreen)
        # Keep both is only for two new entities with one id: not offered on row 0.
        await pilot.press("b")
        assert len(rows(app)) == 3
        await pilot.press("t")  # the other copy: Siti declined
        await pilot.pause()
        assert plan_screen.session.plan.people[0].attendance == "declined"
        assert [row[0] for row in rows(app)] == ["Event: Title", "People Andi Pratama"]
        await pilot.press("o")  # this copy's title
        await pilot.pause()
        assert len(rows(app)) == 1
        await pilot.press("ctrl+z")  # the title's choice, taken back
        await pilot.pause()
        assert [row[0] for row in rows(app)] == ["Event: Title", "People Andi Pratama"]
        undone = "Undone: Settle conflict: Event: Title"
        assert any(m.startswith(undone) for m in notifications(app))
        await pilot.press("2")  # the other copy's title this time
        await pilot.pause()
        await pilot.press("b")  # both Andis stay
        await settle(pilot, lambda: isinstance(app.screen, PlanScreen))
        assert "Every conflict is settled. Save with ctrl+s." in notifications(app)
        plan = plan_screen.session.plan
        assert plan.event.title == "Kunjungan Kerja Makassar"
        assert [(p.id, p.name) for p in plan.people][1:] == [
            ("andi", "Andi Pratama"),
            ("andi-2", "Andi Wijaya"),
        ]
        assert plan_screen.session.dirty
        await pilot.press("ctrl+s")
        await pilot.pause()
    data = plan_data(path)
    assert "conflicts" not in data
    assert data["event"]["title"] == "Kunjungan Kerja Makassar"
    assert data["people"][0]["attendance"] == "declined"
    assert errors(tmp_path) == []


async def test_enter_picks_from_the_choices_and_escape_keeps_what_was_chosen(
    tmp_path: Path,
) -> None:
    path = merged_plan(tmp_path)
    app = new_app(tmp_path, "en", open_path=path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await conflicts_open(pilot, app)
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        pick = app.screen
        assert isinstance(pick, Pick)
        assert len(pick.choices) == 3  # this copy, the other copy, both
        await pilot.press("down", "enter")  # the other copy: Andi Wijaya alone
        await pilot.pause()
        assert app.screen is screen and len(rows(app)) == 2
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        plan = app.screen.session.plan
        assert [p.name for p in plan.people] == ["Siti Rahayu", "Andi Wijaya"]
        assert len(plan.conflicts) == 2
        # Back from the palette, and from the overview's warning about the second one.
        await pilot.press("ctrl+p", *"conflicts")
        await settle(pilot, lambda: "Conflicts" in palette_names(app))
        await pilot.press("enter")
        await conflicts_open(pilot, app)
        await pilot.press("escape")
        await pilot.pause()
        plan_screen = app.screen
        assert isinstance(plan_screen, PlanScreen)
        overview = plan_screen.query_one(OverviewPane)
        warnings = overview.query_one("#overview-table", VirtualTable)
        row = [p.path for p in overview.problems].index(("conflicts", 1))
        warnings.focus()
        warnings.move_to(row)
        await pilot.press("enter")
        screen = await conflicts_open(pilot, app)
        assert screen.table.cursor_row == 1


def palette_names(app: GathertuiApp) -> list[str]:
    from flow_helpers import palette_prompts

    try:
        return palette_prompts(app)
    except Exception:  # the palette's list is not there yet
        return []


async def test_the_workspace_counts_each_conflict_as_an_error(tmp_path: Path) -> None:
    merged_plan(tmp_path)
    app = new_app(tmp_path, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WorkspaceScreen)
        assert app.workspace.count(tmp_path / NAME) == 3
        assert errors(tmp_path) == ["merge-conflict"] * 3


async def test_a_plan_without_conflicts_opens_as_before(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_text(MERGED.split("[[conflicts]]")[0], encoding="utf-8")
    app = new_app(tmp_path, "en", open_path=path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        app.screen.action_conflicts()
        assert "No merge conflicts." in notifications(app)


BASE = MERGED.split("[[conflicts]]")[0].replace('"confirmed"', '"invited"')


async def test_what_gathertui_merge_leaves_is_settled_and_then_checks_clean(
    tmp_path: Path,
) -> None:
    """The merge driver's own output: one title and one attendance changed two ways."""
    base = tmp_path / "base"
    base.mkdir()
    (base / NAME).write_text(BASE, encoding="utf-8")
    theirs = base / "theirs.toml"
    theirs.write_text(
        BASE.replace('"invited"', '"declined"').replace('"Kunjungan Kerja"', '"Kunjungan"'),
        encoding="utf-8",
    )
    ours = tmp_path / NAME
    ours.write_text(
        BASE.replace('"invited"', '"confirmed"').replace('"Kunjungan Kerja"', '"Kunker"'),
        encoding="utf-8",
    )
    assert run_gathertui("merge", base / NAME, ours, theirs).returncode == 1
    app = new_app(tmp_path, "en", open_path=ours)
    async with app.run_test(size=SIZE) as pilot:
        await conflicts_open(pilot, app)
        assert {row[0] for row in rows(app)} == {"Event: Title", "People Siti Rahayu: Attendance"}
        await pilot.press("t", "o")
        await settle(pilot, lambda: isinstance(app.screen, PlanScreen))
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert "[[conflicts]]" not in ours.read_text(encoding="utf-8")
    assert run_gathertui("check", ours).returncode == 0


async def test_a_recovery_copy_is_asked_about_before_the_conflicts(tmp_path: Path) -> None:
    path = merged_plan(tmp_path)
    app = new_app(tmp_path, "en", open_path=path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await conflicts_open(pilot, app)
        await pilot.press("t")  # one settled, unsaved; then the terminal goes away
        await pilot.pause()
        plan_screen = screen.host
        assert isinstance(plan_screen, PlanScreen) and plan_screen.session.dirty
        app.exit()
        await pilot.pause()
    app = new_app(tmp_path, "en", open_path=path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: isinstance(app.screen, Choice))
        await pilot.pause()
        assert isinstance(app.screen, Choice)  # the question, not the conflicts, in front
        await pilot.press("enter")  # restore
        await conflicts_open(pilot, app)
        assert [row[0] for row in rows(app)] == ["Event: Title", "People Andi Pratama"]


async def test_help_lists_the_conflict_keys(tmp_path: Path) -> None:
    app = new_app(tmp_path, "en", open_path=merged_plan(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await conflicts_open(pilot, app)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = static_text(app.screen.query(Static)[1])
        for words in ("Merge conflicts", "This copy", "Other copy", "Both", "Undo"):
            assert words in text


@pytest.mark.parametrize("side", ["o", "t"])
async def test_the_settings_files_conflicts_are_settled_there(tmp_path: Path, side: str) -> None:
    settings = tmp_path / "gathertui.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    app = new_app(tmp_path, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await conflicts_open(pilot, app)
        assert rows(app) == [
            (
                "Signed by",
                "Drs. Bambang Sutrisno",
                "Dra. Ratna Wulandari",
                "Drs. Bambang Sutrisno",
            )
        ]
        await pilot.press(side)
        await settle(pilot, lambda: isinstance(app.screen, SettingsScreen))
        await pilot.press("ctrl+s")
        await pilot.pause()
    text = settings.read_text(encoding="utf-8")
    assert "[[conflicts]]" not in text
    assert f'signed_by = "{"kadis" if side == "t" else "sekda"}"' in text
    assert errors(tmp_path) == []


VIEWS = {
    # The first conflict: its value before the merge is known.
    "conflicts": [],
    # Two new people with one id: "keep both" is offered.
    "conflicts-both": ["down", "down"],
    # Back on the plan after one choice: the overview's warnings show the two left.
    "conflicts-left": ["t", "escape"],
}


@pytest.mark.parametrize(("lang", "size"), LOOKS)
@pytest.mark.parametrize("view", VIEWS)
def test_view(snap_compare, tmp_path: Path, view: str, lang: str, size: str) -> None:  # type: ignore[no-untyped-def]
    app = new_app(tmp_path, lang, open_path=merged_plan(tmp_path))

    async def opened(pilot: Pilot[None]) -> None:
        await conflicts_open(pilot, app)
        await pilot.press(*VIEWS[view])
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZES[size], run_before=opened)


@pytest.mark.parametrize(("lang", "size"), LOOKS)
def test_settings_view(snap_compare, tmp_path: Path, lang: str, size: str) -> None:  # type: ignore[no-untyped-def]
    """The settings screen, its conflict screen closed unsettled: the notice and its key."""
    (tmp_path / "gathertui.toml").write_text(SETTINGS, encoding="utf-8")
    app = new_app(tmp_path, lang)

    async def opened(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press("s")
        await conflicts_open(pilot, app)
        await pilot.press("escape")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZES[size], run_before=opened)
