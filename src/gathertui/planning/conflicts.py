"""Double bookings: a venue or a person taken by two agenda items at once, within one plan
or across the plans of a workspace.

Each agenda item's use of a venue or a person is a `Booking`. Two bookings conflict when
they are of the same thing and their [begin, end) spans intersect; back-to-back items do
not. Within a plan the later-starting item is warned once; across plans each plan warns
at its own item, so whichever plan a person opens shows the conflict.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from gathertui.i18n import msg
from gathertui.model.defaults import effective_zone, is_cancelled
from gathertui.model.plan import AgendaItem, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.context import FilePlan, PlanContext
from gathertui.problems import Problem
from gathertui.text import one_line

Key = tuple[str, ...]


@dataclass(frozen=True)
class Booking:
    """One agenda item's use of a venue or of a person."""

    n: int  # the item's place in its plan's agenda
    item: AgendaItem
    path: tuple[str | int, ...]  # where a warning about it points
    name: str  # the venue's or the person's name, as written
    own: Key  # what it is within its plan
    keys: tuple[Key, ...]  # what it may be called in another plan
    # Aware, so that plans in different time zones compare by the clock on the wall.
    begin: datetime
    end: datetime

    def overlaps(self, other: Booking) -> bool:
        return self.begin < other.end and other.begin < self.end


Bookings = Callable[[Plan, WorkspaceSettings], list[Booking]]
Span = tuple[datetime, datetime]


def _same(text: str | None) -> str:
    """Text as compared across entries: case and spacing do not make another room."""
    return " ".join((text or "").split()).casefold()


def _timed(plan: Plan, settings: WorkspaceSettings) -> Iterator[tuple[int, AgendaItem, Span]]:
    """Each agenda item with its place in the list and its span on the wall clock."""
    zone = ZoneInfo(effective_zone(plan, settings))
    for n, item in enumerate(plan.agenda):
        begin, end = item.span(plan.event)
        yield n, item, (begin.replace(tzinfo=zone), end.replace(tzinfo=zone))


def venue_bookings(plan: Plan, settings: WorkspaceSettings) -> list[Booking]:
    venues = {venue.id: venue for venue in plan.venues}
    found = []
    for n, item, span in _timed(plan, settings):
        venue = venues.get(item.venue) if item.venue else None
        if venue is None:
            continue
        building = _same(venue.building)
        # One room is one name in one building, whatever its id. Across plans the same id
        # counts too, but only in the same building: ids are slugs made from names, so two
        # plans' "aula" may well be halls of different buildings.
        room = ("room", building, _same(venue.name))
        keys = (room, ("venue-id", building, venue.id))
        found.append(Booking(n, item, ("agenda", n, "venue"), venue.name, room, keys, *span))
    return found


def person_bookings(plan: Plan, settings: WorkspaceSettings) -> list[Booking]:
    people = {person.id: person for person in plan.people}
    found = []
    for n, item, span in _timed(plan, settings):
        roles: list[tuple[tuple[str | int, ...], str]] = []
        if item.pic is not None:
            roles.append((("agenda", n, "pic"), item.pic))
        roles += [(("agenda", n, "speakers", k), s) for k, s in enumerate(item.speakers)]
        taken: set[str] = set()
        for path, person_id in roles:
            person = people.get(person_id)
            # In charge of an item and speaking in it is one booking, not two.
            if person is None or person_id in taken:
                continue
            taken.add(person_id)
            own = ("person-id", person_id)
            # Another plan may give the same person another id: their name tells.
            keys = (own, ("person", _same(person.name)))
            found.append(Booking(n, item, path, person.name, own, keys, *span))
    return found


def venue_double_booked(context: PlanContext) -> Iterable[Problem]:
    return _double_bookings(context, "venue-double-booked", venue_bookings, "venue")


def person_double_booked(context: PlanContext) -> Iterable[Problem]:
    return _double_bookings(context, "person-double-booked", person_bookings, "person")


def _double_bookings(
    context: PlanContext, code: str, bookings_of: Bookings, what: str
) -> Iterator[Problem]:
    plan = context.plan
    if is_cancelled(plan.event):
        return  # a cancelled plan books nothing
    mine = bookings_of(plan, context.settings)
    key = f"check.{what}_double_booked"
    for earlier, later in _within(mine):
        message = msg(
            key,
            **{what: one_line(later.name)},
            item=one_line(later.item.title),
            when=context.when(later.item),
            other=one_line(earlier.item.title),
            other_when=context.when(earlier.item),
        )
        yield context.warn(code, later.path, message)
    for booking, other, theirs in _across(context, mine, bookings_of):
        message = msg(
            f"{key}_elsewhere",
            **{what: one_line(booking.name)},
            item=one_line(booking.item.title),
            when=context.when(booking.item),
            other=one_line(theirs.item.title),
            other_when=context.when(theirs.item, other[1]),
            plan=one_line(other[1].event.title),
            file=one_line(other[0].name),
        )
        yield context.warn(code, booking.path, message)


def _within(bookings: list[Booking]) -> Iterator[tuple[Booking, Booking]]:
    """Pairs (earlier, later) of overlapping bookings of one thing in one plan."""
    groups: dict[Key, list[Booking]] = defaultdict(list)
    for booking in bookings:
        groups[booking.own].append(booking)
    for group in groups.values():
        # A sweep in order of start: only bookings still running when one begins can
        # clash with it, so a venue used by 500 items is not 125,000 comparisons.
        running: list[Booking] = []
        for booking in sorted(group, key=lambda b: (b.begin, b.n)):
            running = [earlier for earlier in running if earlier.end > booking.begin]
            yield from ((earlier, booking) for earlier in running if earlier.n != booking.n)
            running.append(booking)


def _across(
    context: PlanContext, mine: list[Booking], bookings_of: Bookings
) -> Iterator[tuple[Booking, FilePlan, Booking]]:
    """Each booking of this plan with each overlapping booking of the same thing elsewhere."""
    index: dict[Key, list[tuple[FilePlan, Booking]]] = defaultdict(list)
    for other in _nearby(context):
        for theirs in bookings_of(other[1], context.settings):
            for key in theirs.keys:
                index[key].append((other, theirs))
    if not index:
        return
    for booking in mine:
        seen: set[tuple[int, int]] = set()
        for key in booking.keys:
            for other, theirs in index.get(key, ()):
                # Matched by id and by name, it is still one clash.
                mark = (id(other), theirs.n)
                if mark not in seen and booking.overlaps(theirs):
                    seen.add(mark)
                    yield booking, other, theirs


_MARGIN = timedelta(days=1)


def _nearby(context: PlanContext) -> list[FilePlan]:
    """The other plans that could share a moment with this one.

    Comparing event dates first keeps a workspace check cheap without an index shared
    across plans: only the few plans around the same days have their items read. A day
    either side, as an item may run past midnight and zones differ by hours.
    """
    event = context.plan.event
    first, last = event.first_day - _MARGIN, event.last_day + _MARGIN
    return [
        (file, plan)
        for file, plan in context.neighbours
        # The plan itself, if it is among them, is not its own neighbour.
        if plan is not context.plan
        and file != context.file
        and not is_cancelled(plan.event)
        and plan.event.first_day <= last
        and plan.event.last_day >= first
    ]
