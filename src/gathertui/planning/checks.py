"""One place for every problem of a plan or workspace.

Each check is a function from a `PlanContext` to problems; `PLAN_CHECKS` lists them, so
later checks (capacity, holidays, conflicts, precedence) plug in by adding one entry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path

from gathertui.i18n import msg
from gathertui.i18n.dates import clock
from gathertui.model.plan import AgendaItem, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.calendar_checks import (
    plan_beside_outside_event,
    plan_on_holiday,
    workspace_calendar_problems,
)
from gathertui.planning.context import PlanContext
from gathertui.planning.venues import venue_loads
from gathertui.problems import Problem
from gathertui.storage.reader import Loaded
from gathertui.storage.workspace import Workspace
from gathertui.text import one_line


def missing_person_in_charge(context: PlanContext) -> Iterable[Problem]:
    for n, item in enumerate(context.plan.agenda):
        if item.pic is None:
            yield context.warn("no-pic", ("agenda", n), msg("check.no_pic"))


def agenda_timing(context: PlanContext) -> Iterable[Problem]:
    """Items of one day that overlap, and items that run past midnight."""
    event = context.plan.event
    by_day: dict[date, list[tuple[int, AgendaItem]]] = {}
    for n, item in enumerate(context.plan.agenda):
        by_day.setdefault(item.day_in(event), []).append((n, item))
    for day, items in by_day.items():
        ordered = sorted(items, key=lambda pair: pair[1].start)
        previous: tuple[int, AgendaItem] | None = None
        for n, item in ordered:
            begin, end = item.span(event)
            if end.date() > day and end.time() != datetime.min.time():
                yield context.warn(
                    "past-midnight", ("agenda", n, "minutes"), msg("check.past_midnight")
                )
            if previous is not None:
                _, earlier_end = previous[1].span(event)
                if begin < earlier_end:
                    yield context.warn(
                        "agenda-overlap",
                        ("agenda", n, "start"),
                        msg(
                            "check.overlap",
                            other=one_line(previous[1].title),
                            until=clock(earlier_end.time(), "id"),
                        ),
                    )
            if previous is None or previous[1].span(event)[1] < end:
                previous = (n, item)


def venue_capacity(context: PlanContext) -> Iterable[Problem]:
    """A venue of the rundown too small for the people expected (named and unfilled quotas)."""
    for n, load in enumerate(venue_loads(context.plan)):
        if load.over:
            name = one_line(load.venue.name)
            capacity, expected = load.venue.capacity, load.expected
            message = msg("check.over_capacity", name=name, capacity=capacity, expected=expected)
            yield context.warn("over-capacity", ("venues", n, "capacity"), message)


PlanCheck = Callable[[PlanContext], Iterable[Problem]]
PLAN_CHECKS: list[PlanCheck] = [
    missing_person_in_charge,
    agenda_timing,
    venue_capacity,
    plan_on_holiday,
    plan_beside_outside_event,
]


def plan_problems(loaded: Loaded[Plan], settings: WorkspaceSettings | None = None) -> list[Problem]:
    """The warnings of one loaded plan, in file order, with its load notices first."""
    context = PlanContext(loaded, settings or WorkspaceSettings())
    found = list(loaded.source.notices)
    for check in PLAN_CHECKS:
        found.extend(check(context))
    return sorted(found, key=lambda p: (p.line, p.column))


def warning_counts(workspace: Workspace) -> dict[Path, int]:
    """Each loaded plan's number of warnings, as the workspace screen lists them."""
    settings = workspace.preferences
    return {
        plan_file.path: len(plan_problems(plan_file.loaded, settings))
        for plan_file in workspace.plans
        if plan_file.loaded is not None
    }


def workspace_problems(workspace: Workspace) -> list[Problem]:
    """Every problem of every file of the workspace: load errors and warnings alike."""
    found = list(workspace.settings_problems)
    if workspace.settings:
        found.extend(workspace.settings.source.notices)
    settings = workspace.preferences
    for plan_file in workspace.plans:
        found.extend(plan_file.problems)
        if plan_file.loaded:
            found.extend(plan_problems(plan_file.loaded, settings))
    found.extend(workspace_calendar_problems(workspace))
    return found
