"""The checks kept between edits give the same problems as running every check."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import time, timedelta
from itertools import count
from pathlib import Path

import pytest

from conftest import PLANS, VISIT
from gathertui.model.enums import Attendance, Category, Status
from gathertui.model.plan import Plan, Quotas
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning import checks
from gathertui.planning.agenda import (
    change_minutes,
    delete_item,
    duplicate_item,
    move_item,
    move_to_day,
    toggle_pinned,
)
from gathertui.planning.check_cache import EACH_PERSON, NEIGHBOURS, CheckCache, PlanCheck
from gathertui.planning.context import PlanContext
from gathertui.planning.editing import (
    Change,
    PlanEditor,
    add_person,
    delete_person,
    edit_event,
    edit_person,
    move_person,
    set_attendance,
    set_quotas,
)
from gathertui.planning.venues import edit_venue
from gathertui.problems import Problem
from gathertui.storage import load_plan
from gathertui.storage.workspace import workspace_settings

FILE = Path("rencana.toml")


def every_check(plan: Plan, settings: WorkspaceSettings) -> list[Problem]:
    """Every check run afresh, as before problems were kept."""
    context = PlanContext(plan, settings, FILE)
    return [problem for check in checks.PLAN_CHECKS for problem in check(context)]


def kept_checks(cache: CheckCache, plan: Plan, settings: WorkspaceSettings) -> list[Problem]:
    return cache.run(checks.PLAN_CHECKS, checks.PLAN_READS, PlanContext(plan, settings, FILE))


Edit = Callable[[Plan], Change | None]
FullCheck = Callable[[Plan, WorkspaceSettings], list[Problem]]


def follow(
    editor: PlanEditor, settings: WorkspaceSettings, steps: Iterable[Edit], full: FullCheck
) -> tuple[CheckCache, set[str]]:
    """Applies each edit, then undoes them one by one (which puts back the entities that
    were there); after every step the kept checks must be what `full` finds. Returns
    the cache, and the codes found after the edits."""
    cache = CheckCache()
    assert kept_checks(cache, editor.plan, settings) == full(editor.plan, settings)
    codes: set[str] = set()
    for edit in steps:
        change = edit(editor.plan)
        assert change is not None
        editor.apply(change)
        found = kept_checks(cache, editor.plan, settings)
        assert found == full(editor.plan, settings)
        codes.update(problem.code for problem in found)
    while editor.undo() is not None:
        assert kept_checks(cache, editor.plan, settings) == full(editor.plan, settings)
    return cache, codes


def edits() -> Iterable[Edit]:
    """Edits of every part the checks read, each followed by the checks."""
    yield lambda plan: set_attendance(plan, 0, Attendance.REPRESENTED)
    yield lambda plan: set_attendance(plan, 1, Attendance.CONFIRMED)
    yield lambda plan: add_person(plan, "Anwar", at=0)
    yield lambda plan: edit_person(
        plan, 2, plan.people[2].model_copy(update={"name": "Anwar", "organization": None})
    )
    yield lambda plan: edit_person(
        plan, 1, plan.people[1].model_copy(update={"position": "Juru Kunci", "nip": "12"})
    )
    yield lambda plan: edit_person(
        plan, 1, plan.people[1].model_copy(update={"category": Category.OFFICIAL})
    )
    yield lambda plan: move_person(plan, 0, 2)
    yield lambda plan: delete_person(plan, 1)
    yield lambda plan: change_minutes(plan, plan.agenda[0].id, 600)
    yield lambda plan: toggle_pinned(plan, plan.agenda[1].id)
    yield lambda plan: delete_item(plan, plan.agenda[-1].id)
    yield lambda plan: edit_venue(plan, 0, plan.venues[0].model_copy(update={"capacity": 1}))
    yield lambda plan: set_quotas(plan, 0, Quotas(online=40, tv=3))
    yield lambda plan: edit_event(plan, plan.event.model_copy(update={"status": Status.CONFIRMED}))


@pytest.mark.parametrize("name", [VISIT, "2024-s1-media-gathering.toml"])
def test_kept_problems_are_those_of_every_check(name: str) -> None:
    settings = workspace_settings(PLANS)
    editor = PlanEditor(load_plan(PLANS / name).model)
    _, seen = follow(editor, settings, edits(), every_check)
    # The edits made the warnings the kept checks must follow.
    assert {"over-capacity", "duplicate-person", "represented-unnamed"} <= seen


def test_only_the_checks_reading_a_changed_part_run_again() -> None:
    plan = load_plan(PLANS / VISIT).model
    ran: list[str] = []

    def people_check(context: PlanContext) -> Iterable[Problem]:
        ran.append("people")
        return []

    def agenda_check(context: PlanContext) -> Iterable[Problem]:
        ran.append("agenda")
        return []

    def unlisted_check(context: PlanContext) -> Iterable[Problem]:
        ran.append("unlisted")
        return []

    def neighbour_check(context: PlanContext) -> Iterable[Problem]:
        ran.append("neighbours")
        return []

    def each_person_check(context: PlanContext) -> Iterable[Problem]:
        ran.append(f"each of {len(context.plan.people)}")
        return []

    order: list[PlanCheck] = [
        people_check,
        agenda_check,
        unlisted_check,
        neighbour_check,
        each_person_check,
    ]
    reads: dict[PlanCheck, frozenset[str]] = {
        people_check: frozenset({"people"}),
        agenda_check: frozenset({"agenda"}),
        neighbour_check: frozenset({"agenda", NEIGHBOURS}),
        each_person_check: frozenset({"people", EACH_PERSON}),
    }
    cache = CheckCache()
    editor = PlanEditor(plan)
    settings = WorkspaceSettings()

    def run(neighbours: tuple[tuple[Path, Plan], ...] = ()) -> list[str]:
        ran.clear()
        cache.run(order, reads, PlanContext(editor.plan, settings, FILE, neighbours))
        return sorted(ran)

    everyone = f"each of {len(plan.people)}"
    assert run() == ["agenda", everyone, "neighbours", "people", "unlisted"]
    assert run() == ["unlisted"]
    change = set_attendance(editor.plan, 0, Attendance.DECLINED)
    assert change is not None
    editor.apply(change)
    # The person-by-person check runs for the one person changed.
    assert run() == ["each of 1", "people", "unlisted"]
    editor.apply(add_person(editor.plan, "Anwar"))
    assert run() == [f"each of {len(plan.people)}", "people", "unlisted"]
    other = (Path("lain.toml"), load_plan(PLANS / "2024-s1-media-gathering.toml").model)
    # With other plans in the workspace, what reads them always runs again.
    assert run((other,)) == ["neighbours", "unlisted"]
    assert run((other,)) == ["neighbours", "unlisted"]
    # Other settings: everything runs again.
    settings = workspace_settings(PLANS)
    assert run() == ["agenda", f"each of {len(plan.people)}", "neighbours", "people", "unlisted"]


def clashing_rundown(plan: Plan) -> Plan:
    """The plan over three days, with items that share the hall and people at once: some
    pinned into the ones before them, one running past midnight into the next day."""
    first = plan.event.first_day
    event = plan.event.model_copy(update={"end": first + timedelta(days=2)})
    agenda = []
    for n, item in enumerate(plan.agenda):
        day = first + timedelta(days=n % 3)
        update: dict[str, object] = {"day": None if day == first else day}
        if n % 4 == 1:
            update |= {"pinned": True, "minutes": item.minutes + 20}
        agenda.append(item.model_copy(update=update))
    late = plan.agenda[0].model_copy(
        update={"id": "malam", "start": time(23, 30), "minutes": 90, "pinned": True}
    )
    early = plan.agenda[1].model_copy(
        update={
            "id": "dini-hari",
            "day": first + timedelta(days=1),
            "start": time(0, 15),
            "pic": late.pic,
        }
    )
    agenda = sorted([*agenda, late, early], key=lambda i: (i.day_in(event), i.start))
    return plan.model_copy(update={"event": event, "agenda": agenda})


_checked = count()


def afresh(plan: Plan, settings: WorkspaceSettings) -> list[Problem]:
    """Every check of a plan no check has seen, as a file never checked before: nothing
    kept of the edited one (its bookings, its days swept, its days' timing) is used."""
    never = Path(f"afresh-{next(_checked)}") / FILE
    context = PlanContext(plan.model_copy(deep=True), settings, never)
    found = [problem for check in checks.PLAN_CHECKS for problem in check(context)]
    return [replace(problem, file=FILE) for problem in found]


def agenda_edits() -> Iterable[Edit]:
    """Edits of the rundown on one day, on two, and of its length."""

    def longer(n: int) -> Edit:
        return lambda plan: change_minutes(plan, plan.agenda[n].id, 45)

    # The items of the later days move up one place, the same items.
    yield lambda plan: delete_item(plan, plan.agenda[0].id)
    yield from map(longer, (0, 2, 4, 2, 7))
    yield lambda plan: change_minutes(plan, "dini-hari", 30)
    yield lambda plan: toggle_pinned(plan, plan.agenda[2].id)
    yield lambda plan: move_item(plan, "ramah-tamah", -1)
    yield lambda plan: move_to_day(plan, plan.agenda[0].id, plan.event.last_day)
    yield lambda plan: duplicate_item(plan, plan.agenda[6].id)
    yield lambda plan: delete_item(plan, plan.agenda[1].id)
    yield lambda plan: change_minutes(plan, plan.agenda[-1].id, -5)
    # What ran past midnight into the next day is gone.
    yield lambda plan: delete_item(plan, "malam")
    yield lambda plan: edit_person(plan, 0, plan.people[0].model_copy(update={"name": "Nama Lain"}))
    yield lambda plan: change_minutes(plan, plan.agenda[2].id, 60)


def test_kept_clashes_after_rundown_edits_are_those_of_a_full_check() -> None:
    settings = workspace_settings(PLANS)
    editor = PlanEditor(clashing_rundown(load_plan(PLANS / VISIT).model))
    cache, codes = follow(editor, settings, agenda_edits(), afresh)
    # And redone in part: the days swept before come back.
    for _ in range(4):
        editor.redo()
        assert kept_checks(cache, editor.plan, settings) == afresh(editor.plan, settings)
    assert {"venue-double-booked", "person-double-booked", "agenda-overlap"} <= codes
