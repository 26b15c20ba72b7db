"""The issue's "done when", through the app: a workspace set up with `gathertui init`, a
bare remote, two clones; each officer edits in the app, saves and presses Sync.

Concurrent edits of one plan (a person and a longer item on one side, another person
and an item later that day on the other) end in both clones with everything, the times
reflowed and `check` clean; the same item's length changed two ways opens the conflict
screen, and the side chosen there is what is committed and received.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from flow_helpers import SIZE, new_app, notifications, subtitle, wait_for
from textual.pilot import Pilot

from conftest import VISIT
from gathertui.cli import main
from gathertui.model.plan import AgendaItem
from gathertui.planning import agenda
from gathertui.planning.agenda import times_add_up
from gathertui.planning.checks import plan_checks
from gathertui.planning.editing import Change, add_person
from gathertui.problems import Severity
from gathertui.storage import load_plan
from gathertui.tui.app import GathertuiApp
from gathertui.tui.screens.conflicts import ConflictScreen
from gathertui.tui.screens.plan import PlanScreen
from gathertui.tui.screens.workspace import WorkspaceScreen
from git_repos import git, isolate_git, remote_and_clones


@pytest.fixture(autouse=True)
def own_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate_git(tmp_path, monkeypatch)


def team(tmp_path: Path) -> tuple[Path, Path]:
    """Two clones, each adopted by `gathertui init` (the merge driver and the hook live
    in a clone's own git config, which a clone does not copy)."""
    _, ani, budi = remote_and_clones(tmp_path)
    for clone in (ani, budi):
        assert main(["init", str(clone), "--lang", "en"]) == 0
    return ani, budi


async def edit_and_sync(
    folder: Path, edits: list[object], told: str, pilot_app: GathertuiApp | None = None
) -> None:
    """Opens the visit in the app, makes the edits as its keys do, saves, goes back to
    the workspace and presses Sync; waits for the notification `told`."""
    app = pilot_app or new_app(folder)
    app.git_status = True
    async with app.run_test(size=SIZE) as pilot:
        await open_visit(pilot, app, folder)
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        for make in edits:
            change = make(screen.session.plan)  # type: ignore[operator]
            assert isinstance(change, Change)
            screen.apply(change)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, WorkspaceScreen))
        await pilot.press("g")
        await wait_for(pilot, lambda: told in " ".join(notifications(app)))


async def open_visit(pilot: Pilot[None], app: GathertuiApp, folder: Path) -> None:
    app.open_plan(folder / VISIT)
    await wait_for(pilot, lambda: isinstance(app.screen, PlanScreen | ConflictScreen))
    await wait_for(pilot, lambda: bool(app.screen.query("TabbedContent, VirtualTable")))
    await pilot.pause()


def lengthen(item: str, minutes: int) -> object:
    return lambda plan: agenda.change_minutes(plan, item, minutes)


def item_after_the_last(title: str) -> object:
    def make(plan):  # type: ignore[no-untyped-def]
        last = plan.rundown()[-1]
        new = AgendaItem(
            id=agenda.new_item_id(plan, title), start=time(0, 0), minutes=10, title=title
        )
        return agenda.add_item(plan, last.day_in(plan.event), last.id, new)

    return make


def person(name: str) -> object:
    return lambda plan: add_person(plan, name)


def no_errors(folder: Path) -> bool:
    plan = load_plan(folder / VISIT).model
    return not [p for p in plan_checks(plan) if p.severity is Severity.ERROR]


async def test_concurrent_edits_in_two_clones_end_in_both_without_a_conflict(
    tmp_path: Path,
) -> None:
    ani, budi = team(tmp_path)
    before = load_plan(ani / VISIT).model
    first = before.rundown()[1].id
    await edit_and_sync(ani, [person("Andi Pratama"), lengthen(first, 5)], "Sent.")
    await edit_and_sync(
        budi, [person("Dewi Lestari"), item_after_the_last("Foto dengan media")], "Sent."
    )
    await edit_and_sync(ani, [], "Received 1 change.")

    assert (ani / VISIT).read_bytes() == (budi / VISIT).read_bytes()
    merged = load_plan(ani / VISIT).model
    names = {p.name for p in merged.people}
    assert {"Andi Pratama", "Dewi Lestari"} <= names
    assert "Foto dengan media" in {item.title for item in merged.agenda}
    lengthened = next(item for item in merged.agenda if item.id == first)
    assert lengthened.minutes == next(i for i in before.agenda if i.id == first).minutes + 5
    assert times_add_up(merged)
    assert merged.conflicts == []
    assert no_errors(ani)
    assert main(["check", str(ani / VISIT)]) in (0, 1)  # warnings of the example stay
    assert "[merge-conflict]" not in git(ani, "status", "--porcelain")


async def test_one_item_lengthened_two_ways_is_chosen_in_the_app_and_committed(
    tmp_path: Path,
) -> None:
    ani, budi = team(tmp_path)
    item = load_plan(ani / VISIT).model.rundown()[1].id
    await edit_and_sync(budi, [lengthen(item, 10)], "Sent.")

    app = new_app(ani)
    app.git_status = True
    async with app.run_test(size=SIZE) as pilot:
        await open_visit(pilot, app, ani)
        screen = app.screen
        assert isinstance(screen, PlanScreen)
        screen.apply(lengthen(item, 5)(screen.session.plan))  # type: ignore[operator]
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, WorkspaceScreen))
        await pilot.press("g")
        # The clash is said, the plan opens and its conflict screen with it.
        await wait_for(pilot, lambda: isinstance(app.screen, ConflictScreen))
        assert "clash with yours" in " ".join(notifications(app))
        await pilot.press("t")  # the other copy's: Budi's ten minutes
        await wait_for(pilot, lambda: isinstance(app.screen, PlanScreen))
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, WorkspaceScreen))
        await pilot.press("g")
        await wait_for(pilot, lambda: "Sent." in " ".join(notifications(app)))
        await wait_for(pilot, lambda: subtitle(app).endswith("✓ saved in git"))

    committed = git(ani, "show", f"HEAD:{VISIT}")
    assert "[[conflicts]]" not in committed
    chosen = load_plan(ani / VISIT).model
    base = next(i for i in load_plan(budi / VISIT).model.agenda if i.id == item)
    assert next(i for i in chosen.agenda if i.id == item).minutes == base.minutes
    assert times_add_up(chosen)
    await edit_and_sync(budi, [], "Received")
    assert (ani / VISIT).read_bytes() == (budi / VISIT).read_bytes()
