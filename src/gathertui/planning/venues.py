"""Venues: their named changes, reuse across the workspace, and capacity."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from gathertui.i18n import Message, msg
from gathertui.model.enums import Attendance, Category
from gathertui.model.plan import AgendaItem, Plan, Venue
from gathertui.planning.agenda import AgendaError, item_time
from gathertui.planning.editing import Change, Insert, Remove, Replace, unique_id
from gathertui.planning.headcount import by_group
from gathertui.text import one_line


def add_venue(plan: Plan, venue: Venue) -> Change:
    """`venue` at the end of the list, with an id of its own derived from its name."""
    fresh = venue.model_copy(update={"id": unique_id(venue.name, (v.id for v in plan.venues))})
    return _appended(plan, msg("op.add_venue", name=venue.name), fresh)


def reuse_venue(plan: Plan, venue: Venue) -> Change:
    """A venue of another plan copied in; its id changes only if this plan has it already."""
    taken = {v.id for v in plan.venues}
    if venue.id in taken:
        venue = venue.model_copy(update={"id": unique_id(venue.name, taken)})
    return _appended(plan, msg("op.reuse_venue", name=venue.name), venue)


def _appended(plan: Plan, label: Message, venue: Venue) -> Change:
    index = len(plan.venues)
    return Change(label, (Insert("venues", index, venue),), ("venues", index))


def edit_venue(plan: Plan, index: int, venue: Venue) -> Change:
    return Change(
        msg("op.edit_venue", name=venue.name),
        (Replace("venues", index, plan.venues[index], venue),),
        ("venues", index),
    )


def items_at(plan: Plan, venue_id: str) -> list[AgendaItem]:
    return [item for item in plan.rundown() if item.venue == venue_id]


def delete_venue(plan: Plan, index: int, zone: str, lang: str) -> Change:
    """Refused while agenda items use the venue: the message names them with their times."""
    venue = plan.venues[index]
    users = items_at(plan, venue.id)
    if users:
        named = ", ".join(
            f'"{one_line(item.title)}" ({item_time(item, plan, zone, lang)})' for item in users
        )
        raise AgendaError(msg("venue.in_use", name=venue.name, items=named))
    focus = min(index, len(plan.venues) - 2)
    return Change(
        msg("op.delete_venue", name=venue.name),
        (Remove("venues", index, venue),),
        ("venues", focus) if focus >= 0 else None,
    )


@dataclass(frozen=True)
class ReuseCandidate:
    venue: Venue
    plan_title: str
    path: Path


def reuse_candidates(plans: Iterable[tuple[Path, Plan]], current: Plan) -> list[ReuseCandidate]:
    """The venues of other plans, each room once (by name, building and floor), by name.

    A room this plan already has is left out, so reuse never makes a twin.
    """

    def room(venue: Venue) -> tuple[str, str, str]:
        return (
            venue.name.casefold(),
            (venue.building or "").casefold(),
            (venue.floor or "").casefold(),
        )

    seen = {room(venue) for venue in current.venues}
    found = []
    for path, plan in plans:
        if plan is current:
            continue
        for venue in plan.venues:
            if room(venue) not in seen:
                seen.add(room(venue))
                found.append(ReuseCandidate(venue, plan.event.title, path))
    return sorted(found, key=lambda c: (c.venue.name.casefold(), c.plan_title))


COMING = frozenset(Attendance) - {Attendance.DECLINED}


def expected_headcount(plan: Plan) -> int:
    """Named people who are not declined, plus the places of quotas not yet filled.

    A delegation's quota for a category is filled by its named people of that category;
    a declined person leaves the place open for someone else.
    """
    coming = by_group(plan, COMING)
    # Only the categories a delegation plans places for: most plan none.
    unfilled: int = sum(
        max(planned - coming[(delegation.id, Category(name))], 0)
        for delegation in plan.delegations
        for name, planned in delegation.quotas
        if planned
    )
    return sum(coming.values()) + unfilled


@dataclass(frozen=True)
class VenueLoad:
    """A venue against the plan's expected headcount; `over` only if the agenda uses it."""

    venue: Venue
    items: int
    expected: int

    @property
    def over(self) -> bool:
        return (
            bool(self.items)
            and self.venue.capacity is not None
            and self.expected > self.venue.capacity
        )


def venue_loads(plan: Plan) -> list[VenueLoad]:
    expected = expected_headcount(plan)
    used: dict[str, int] = {}
    for item in plan.agenda:
        if item.venue is not None:
            used[item.venue] = used.get(item.venue, 0) + 1
    return [VenueLoad(venue, used.get(venue.id, 0), expected) for venue in plan.venues]
