"""One place for every problem of a plan or workspace.

Each check is a function from a `PlanContext` to problems; `PLAN_CHECKS` lists them, so
later checks (capacity, holidays, conflicts, precedence) plug in by adding one entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from threading import Lock

from gathertui.i18n import msg
from gathertui.i18n.dates import clock
from gathertui.model.enums import Attendance, Category, Status
from gathertui.model.plan import AgendaItem, Event, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.calendar_checks import (
    plan_beside_outside_event,
    plan_on_holiday,
    plans_on_one_day,
    semester_targets,
)
from gathertui.planning.check_cache import (
    EACH_PERSON,
    KEPT_FILES,
    NEIGHBOURS,
    CheckCache,
    PlanCheck,
)
from gathertui.planning.conflicts import person_double_booked, venue_double_booked
from gathertui.planning.context import FilePlan, PlanContext, listed
from gathertui.planning.coverage import coverage_before_event
from gathertui.planning.headcount import CONFIRMED, by_group
from gathertui.planning.merge_conflicts import conflict_problems, plan_conflicts
from gathertui.planning.precedence import rank_unknown
from gathertui.planning.seating_checks import seating_problems
from gathertui.planning.signatories import people_nip, plan_signing, settings_signatories
from gathertui.planning.silence import audible, silence_problems
from gathertui.planning.venues import VenueLoad, items_at, venue_loads
from gathertui.problems import Problem
from gathertui.text import folded, one_line


def missing_person_in_charge(context: PlanContext) -> Iterable[Problem]:
    for n, item in enumerate(context.plan.agenda):
        if item.pic is None:
            message = msg("check.no_pic", item=one_line(item.title), when=context.when(item))
            yield context.warn("no-pic", ("agenda", n), message)


def agenda_timing(context: PlanContext) -> Iterable[Problem]:
    """Items of one day that overlap, and items that run past midnight.

    Day by day, and a day whose items are the very same at the same places as at the
    last check of the plan's file gives the same problems: a + on one day of a long
    rundown looks at that day again.
    """
    event = context.plan.event
    by_day: dict[date, list[tuple[int, AgendaItem]]] = {}
    for n, item in enumerate(context.plan.agenda):
        by_day.setdefault(item.day_in(event), []).append((n, item))
    kept = _days_kept.get(context.file) if context.file is not None else None
    days: dict[date, tuple[DayMadeOf, list[Problem]]] = {}
    for day, items in by_day.items():
        made_of = (event, context.settings, items)
        earlier = kept.get(day) if kept is not None else None
        if earlier is not None and _same_day(earlier[0], made_of):
            problems = earlier[1]
        else:
            problems = list(_day_timing(context, day, items))
        days[day] = (made_of, problems)
        yield from problems
    if context.file is not None:
        with _days_lock:  # the app checks in a worker thread too
            _days_kept[context.file] = days
            while len(_days_kept) > KEPT_FILES:
                del _days_kept[next(iter(_days_kept))]


# What a day's timing problems are made of: the event, the settings, the day's items with
# their places in the rundown.
DayMadeOf = tuple[Event, WorkspaceSettings, list[tuple[int, AgendaItem]]]
# Each day's timing problems at the last check of a file (see agenda_timing).
_days_kept: dict[Path, dict[date, tuple[DayMadeOf, list[Problem]]]] = {}
_days_lock = Lock()


def _same_day(kept: DayMadeOf, now: DayMadeOf) -> bool:
    event, settings, items = kept
    return (
        (event is now[0] or event == now[0])
        and (settings is now[1] or settings == now[1])
        and len(items) == len(now[2])
        and all(n == m and a is b for (n, a), (m, b) in zip(items, now[2], strict=True))
    )


def _day_timing(
    context: PlanContext, day: date, items: list[tuple[int, AgendaItem]]
) -> Iterator[Problem]:
    event = context.plan.event
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
    plan = context.plan
    used = {item.venue for item in plan.agenda}
    if not any(venue.capacity for venue in plan.venues if venue.id in used):
        return  # no hall of the rundown has a size: the roster need not be counted
    for n, load in enumerate(_venue_loads(plan)):
        if load.over:
            name = one_line(load.venue.name)
            capacity, expected = load.venue.capacity, load.expected
            # The first item in running order is enough to find the room by; the rest count.
            first, *rest = items_at(context.plan, load.venue.id)
            items: object = f'"{one_line(first.title)}" ({context.when(first)})'
            if rest:
                items = msg("check.items_more", first=items, more=len(rest))
            message = msg(
                "check.over_capacity", name=name, capacity=capacity, expected=expected, items=items
            )
            yield context.warn("over-capacity", ("venues", n, "capacity"), message)


# The last plan's venue loads, with what they were made of (see _venue_loads).
_loads_kept: tuple[tuple[object, ...], list[VenueLoad]] | None = None


def _venue_loads(plan: Plan) -> list[VenueLoad]:
    """`venue_loads`, kept while the venues, the delegations, the people and the venue of
    each item are the same: an edit of the rundown's times does not count 5,000 people
    again. Mostly the very same objects, compared in C."""
    global _loads_kept
    made_of = (
        tuple(plan.venues),
        tuple(plan.delegations),
        tuple(plan.people),
        tuple([item.venue for item in plan.agenda]),
    )
    kept = _loads_kept
    loads = kept[1] if kept is not None and kept[0] == made_of else venue_loads(plan)
    # Kept with these very objects, even when equal ones were kept (the plan as the file
    # has it, checked in a worker): the next comparison is then one of the same objects.
    # One assignment: a worker thread checking another plan may read it meanwhile.
    _loads_kept = (made_of, loads)
    return loads


def quotas_unfilled(context: PlanContext) -> Iterable[Problem]:
    """A confirmed event whose delegations' quotas are not yet filled by confirmed people."""
    plan = context.plan
    if plan.event.status is not Status.CONFIRMED:
        return  # a draft is still being filled; a past event is what it was
    confirmed = by_group(plan, CONFIRMED)
    for n, delegation in enumerate(plan.delegations):
        short = [
            msg(
                "check.quota_short",
                confirmed=confirmed[(delegation.id, category)],
                planned=delegation.quotas.get(category),
                category=msg(f"word.{category.value}"),
            )
            for category in Category
            if confirmed[(delegation.id, category)] < delegation.quotas.get(category)
        ]
        if short:
            message = msg(
                "check.quotas_unfilled",
                delegation=one_line(delegation.name),
                short=listed(short),
            )
            yield context.warn("quotas-unfilled", ("delegations", n, "quotas"), message)


def represented_unnamed(context: PlanContext) -> Iterable[Problem]:
    """Someone sends a representative, but the plan does not say who comes."""
    for n, person in enumerate(context.plan.people):
        if person.attendance is Attendance.REPRESENTED and person.represented_by is None:
            message = msg("check.represented_unnamed", person=one_line(person.name))
            yield context.warn("represented-unnamed", ("people", n, "attendance"), message)


def duplicate_person(context: PlanContext) -> Iterable[Problem]:
    """Two people of one name and one organisation (or none): most likely one typed twice.

    Warned at the later one, naming the row of the first, so the person keeps the one
    they mean; one pass with a dict, as a roster may have 5,000 people.
    """
    first: dict[tuple[str, str], int] = {}
    for n, person in enumerate(context.plan.people):
        key = (folded(person.name), folded(person.organization))
        earlier = first.setdefault(key, n)
        if earlier != n:
            message = msg("check.duplicate_person", person=one_line(person.name), row=earlier + 1)
            yield context.warn("duplicate-person", ("people", n, "name"), message)


PLAN_CHECKS: list[PlanCheck] = [
    seating_problems,
    missing_person_in_charge,
    agenda_timing,
    venue_capacity,
    quotas_unfilled,
    represented_unnamed,
    rank_unknown,
    duplicate_person,
    venue_double_booked,
    person_double_booked,
    plan_on_holiday,
    plan_beside_outside_event,
    plan_signing,
    people_nip,
    plan_conflicts,
    coverage_before_event,
]
# What each check reads besides the settings (see `check_cache`): after an edit, only the
# checks that read a part it changed run again. A check left out always runs.
PLAN_READS: dict[PlanCheck, frozenset[str]] = {
    seating_problems: frozenset({"venues", "delegations", "people", "seats"}),
    missing_person_in_charge: frozenset({"event", "agenda"}),
    agenda_timing: frozenset({"event", "agenda"}),
    venue_capacity: frozenset({"event", "venues", "delegations", "people", "agenda"}),
    quotas_unfilled: frozenset({"event", "delegations", "people"}),
    represented_unnamed: frozenset({"people", EACH_PERSON}),
    rank_unknown: frozenset({"people", EACH_PERSON}),
    duplicate_person: frozenset({"people-names"}),
    venue_double_booked: frozenset({"event", "venues", "agenda", NEIGHBOURS}),
    person_double_booked: frozenset({"event", "people-names", "agenda", NEIGHBOURS}),
    plan_on_holiday: frozenset({"event"}),
    plan_beside_outside_event: frozenset({"event"}),
    plan_signing: frozenset({"signing"}),
    people_nip: frozenset({"people", EACH_PERSON}),
    plan_conflicts: frozenset({"conflicts"}),
    coverage_before_event: frozenset({"event", "coverage"}),
}
_kept = CheckCache()


def plan_checks(
    plan: Plan,
    settings: WorkspaceSettings | None = None,
    neighbours: Sequence[FilePlan] = (),
    file: Path | None = None,
) -> list[Problem]:
    """The warnings of one plan, not yet placed in any text; silenced codes left out.

    `neighbours`: the workspace's other plans, for the conflicts across plans. `file`
    names the document the problems are about. The problems of a file's plan are kept
    by check: after an edit only the checks that read what it changed run again.
    """
    context = PlanContext(plan, settings or WorkspaceSettings(), file, tuple(neighbours))
    return audible(_kept.run(PLAN_CHECKS, PLAN_READS, context), settings)


def workspace_checks(
    settings_file: Path | None, settings: WorkspaceSettings, plans: Sequence[FilePlan]
) -> list[Problem]:
    """What no single plan shows: the settings' own `silence` list, two plans on one day
    (said in the later plan), semesters short of their target (said at the target)."""
    found = [
        *silence_problems(settings_file, settings),
        *settings_signatories(settings_file, settings),
        *conflict_problems(settings_file, settings),
        *plans_on_one_day(plans),
        *semester_targets(settings_file, settings, plans),
    ]
    return audible(found, settings)
