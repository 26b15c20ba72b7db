"""Double bookings: a venue or a person taken by two agenda items at once, within one plan
or across the plans of a workspace.

Each agenda item's use of a venue or a person is a `Booking`. Two bookings conflict when
they are of the same thing and their [begin, end) spans intersect; back-to-back items do
not. Within a plan a pair is warned once, at the later-starting item; across plans each
plan warns at its own item, so whichever plan a person opens shows the conflict.

An item is warned once for each venue or person it shares, however many items it clashes
with: the warning counts them and names the first few. They are found by sweeping each
thing's bookings in order of start (counted by bisection), once for the plans of a day,
so 300 plans on one day cost a sort, not 300 × 300 comparisons or warnings.

After an edit of a plan's rundown, only the items it replaced or moved are booked again,
and within the plan only the days whose bookings changed are swept again: a + on one day
of a 500-item rundown costs about what it costs on a 50-item one.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache, cached_property
from heapq import nsmallest
from itertools import combinations, islice
from operator import is_
from pathlib import Path
from threading import Lock
from typing import Any
from zoneinfo import ZoneInfo

from gathertui.i18n import msg
from gathertui.model.defaults import effective_zone, is_cancelled, workspace_zone
from gathertui.model.plan import AgendaItem, Person, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.context import FilePlan, PlanContext, listed
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

    @cached_property
    def ways(self) -> list[Way]:
        """Every way of naming its thing (see `_across`), made once: a booking is swept
        with each group of plans it belongs to."""
        keys = self.keys
        return [(kinds, tuple([keys[k] for k in kinds])) for kinds in _kinds(len(keys))]


Bookings = Callable[[Plan, WorkspaceSettings], list[Booking]]
Span = tuple[datetime, datetime]


def _same(text: str | None) -> str:
    """Text as compared across entries: case and spacing do not make another room."""
    return " ".join((text or "").split()).casefold()


def _timed(plan: Plan, settings: WorkspaceSettings) -> Iterator[tuple[int, AgendaItem, Span]]:
    """Each agenda item with its place in the list and its span on the wall clock."""
    zone = ZoneInfo(effective_zone(plan, settings))
    for n, item in enumerate(plan.agenda):
        yield n, item, _span(item, plan, zone)


def _span(item: AgendaItem, plan: Plan, zone: ZoneInfo) -> Span:
    begin, end = item.span(plan.event)
    return begin.replace(tzinfo=zone), end.replace(tzinfo=zone)


# What an item's bookings are made with besides the item: the venues or the people by id.
Table = dict[str, Any]
TableOf = Callable[[Plan], Table]
# One item's bookings: its place, the item, its span.
ItemBookings = Callable[[Table, int, AgendaItem, Span], list[Booking]]


def _venue_table(plan: Plan) -> Table:
    return {venue.id: venue for venue in plan.venues}


def _venue_item(venues: Table, n: int, item: AgendaItem, span: Span) -> list[Booking]:
    venue = venues.get(item.venue) if item.venue else None
    if venue is None:
        return []
    building = _same(venue.building)
    # One room is one name in one building, whatever its id. Across plans the same id
    # counts too, but only in the same building: ids are slugs made from names, so two
    # plans' "aula" may well be halls of different buildings.
    room = ("room", building, _same(venue.name))
    keys = (room, ("venue-id", building, venue.id))
    return [Booking(n, item, ("agenda", n, "venue"), venue.name, room, keys, *span)]


def _person_table(plan: Plan) -> Table:
    return {person.id: person for person in plan.people}


def _person_item(people: Table, n: int, item: AgendaItem, span: Span) -> list[Booking]:
    roles: list[tuple[tuple[str | int, ...], str]] = []
    if item.pic is not None:
        roles.append((("agenda", n, "pic"), item.pic))
    roles += [(("agenda", n, "speakers", k), s) for k, s in enumerate(item.speakers)]
    taken: set[str] = set()
    found = []
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


def venue_bookings(plan: Plan, settings: WorkspaceSettings) -> list[Booking]:
    return _bookings(plan, settings, _venue_table, _venue_item)


def person_bookings(plan: Plan, settings: WorkspaceSettings) -> list[Booking]:
    return _bookings(plan, settings, _person_table, _person_item)


def _bookings(
    plan: Plan,
    settings: WorkspaceSettings,
    table_of: TableOf,
    of_item: ItemBookings,
) -> list[Booking]:
    table = table_of(plan)
    return [b for n, item, span in _timed(plan, settings) for b in of_item(table, n, item, span)]


# Each kind of booking item by item, so that after an edit of the rundown only the items
# it replaced or moved are booked again (see `_kept_booked`).
_BY_ITEM: dict[Bookings, tuple[TableOf, ItemBookings]] = {
    venue_bookings: (_venue_table, _venue_item),
    person_bookings: (_person_table, _person_item),
}


def venue_double_booked(context: PlanContext) -> Iterable[Problem]:
    return _double_bookings(context, "venue-double-booked", venue_bookings, "venue")


def person_double_booked(context: PlanContext) -> Iterable[Problem]:
    return _double_bookings(context, "person-double-booked", person_bookings, "person")


# The other items a warning names; the rest are counted. A hall taken by 300 plans at once
# is one warning per item, not a list of 299.
SHOWN = 3

# Another item a booking clashes with: in this plan (None) or in another, with its file.
Other = tuple[FilePlan | None, Booking]


def _double_bookings(
    context: PlanContext, code: str, bookings_of: Bookings, what: str
) -> Iterator[Problem]:
    """One warning per item and thing it books, naming how many other items take the
    thing at the same time and the first few of them."""
    plan = context.plan
    if is_cancelled(plan.event):
        return  # a cancelled plan books nothing
    booked = _kept_booked(bookings_of, plan, context.settings)
    mine = booked.bookings
    within = _within(booked)
    across = _across(context, mine, bookings_of)
    here = str(context.file or "")
    # Most of a long rundown's bookings clash with nothing: only those that do are said.
    clashing = (n for n, b in enumerate(mine) if id(b) in within or n in across)
    for n in clashing:
        booking = mine[n]
        earlier = within.get(id(booking), [])
        count, first = across.get(n, (0, []))
        count += len(earlier)
        if not count:
            continue
        # The first few in order, without sorting all 499 of 500 items at once in a plan.
        candidates = [*((None, b) for b in earlier), *first]
        others = nsmallest(SHOWN, candidates, key=lambda o: _order(o, here))
        message = _said(context, booking, others, count, what)
        yield context.warn(code, booking.path, message)


def _order(other: Other, here: str) -> tuple[datetime, str, str]:
    """Clashing items are named by start, then plan (its file), then item id."""
    where, booking = other
    return booking.begin, here if where is None else str(where[0]), booking.item.id


def _said(
    context: PlanContext, booking: Booking, others: list[Other], count: int, what: str
) -> object:
    key = f"check.{what}_double_booked"
    mine = {
        what: one_line(booking.name),
        "item": one_line(booking.item.title),
        "when": context.when(booking.item),
    }
    if count > 1:
        named = listed([_named(context, other) for other in others])
        if count > len(others):
            named = msg("check.items_more", first=named, more=count - len(others))
        return msg(f"{key}_many", **mine, number=count, others=named)
    # One other item: said as it always was, here or in the other plan.
    (where, theirs), *_ = others
    if where is None:
        return msg(
            key, **mine, other=one_line(theirs.item.title), other_when=context.when(theirs.item)
        )
    return msg(
        f"{key}_elsewhere",
        **mine,
        other=one_line(theirs.item.title),
        other_when=context.when(theirs.item, where[1]),
        plan=one_line(where[1].event.title),
        file=one_line(where[0].name),
    )


def _named(context: PlanContext, other: Other) -> object:
    where, theirs = other
    if where is None:
        return f'"{one_line(theirs.item.title)}" ({context.when(theirs.item)})'
    return msg(
        "check.clash_elsewhere",
        item=one_line(theirs.item.title),
        when=context.when(theirs.item, where[1]),
        plan=one_line(where[1].event.title),
        file=one_line(where[0].name),
    )


def _within(booked: _Booked) -> dict[int, list[Booking]]:
    """For each booking (by its id), the bookings of the same thing in the same plan that
    began before it and still run: a pair within a plan is warned once, at its later item.

    Swept day by day (by the day each booking begins), with the bookings of earlier days
    still running at the day's midnight: a day swept before with the very same bookings
    is not swept again, so a + on one day of a long rundown sweeps that day.
    """
    by_day: dict[date, list[Booking]] = defaultdict(list)
    for booking in booked.bookings:
        by_day[booking.begin.date()].append(booking)
    found: dict[int, list[Booking]] = {}
    days: dict[date, tuple[tuple[Booking, ...], dict[int, list[Booking]]]] = {}
    running: list[Booking] = []  # bookings of earlier days that end after they do
    for day in sorted(by_day):
        todays = by_day[day]
        midnight = todays[0].begin.replace(hour=0, minute=0, second=0, microsecond=0)
        carried = [booking for booking in running if booking.end > midnight]
        swept = (*carried, *todays)
        kept = booked.days.get(day)
        if kept is not None and len(kept[0]) == len(swept) and all(map(is_, kept[0], swept)):
            result = kept[1]
        else:
            result = _swept_within(swept, len(carried))
        days[day] = (swept, result)
        found.update(result)
        running = [*carried, *(booking for booking in todays if booking.end.date() > day)]
    booked.days = days
    return found


def _swept_within(swept: tuple[Booking, ...], carried: int) -> dict[int, list[Booking]]:
    """`_within` of one day's bookings, after the `carried` first ones (of earlier days,
    which begin before every one of the day's and are only clashed with)."""
    groups: dict[Key, list[Booking]] = defaultdict(list)
    for booking in swept:
        groups[booking.own].append(booking)
    before = {id(booking) for booking in swept[:carried]}
    found: dict[int, list[Booking]] = {}
    for group in groups.values():
        # A sweep in order of start: only bookings still running when one begins can
        # clash with it, so a venue used by 500 items is not 125,000 comparisons.
        running: list[Booking] = []
        for booking in sorted(group, key=lambda b: (b.begin, b.n)):
            running = [earlier for earlier in running if earlier.end > booking.begin]
            earlier = [other for other in running if other.n != booking.n]
            if earlier and id(booking) not in before:
                found[id(booking)] = earlier
            running.append(booking)
    return found


# A booking with the plan it is of.
Entry = tuple[FilePlan, Booking]
# How many bookings of other plans overlap a booking, and the first few in order.
Found = tuple[int, list[Entry]]

# One way of naming a booking's thing: some of its keys (by their places in `keys`) and
# their values, e.g. ((0,), (room,)), or ((0, 1), (room, venue id)).
Way = tuple[tuple[int, ...], tuple[Key, ...]]


@cache
def _kinds(size: int) -> list[tuple[int, ...]]:
    """Every non-empty set of places among `size` keys."""
    return [chosen for n in range(1, size + 1) for chosen in combinations(range(size), n)]


def _ways(booking: Booking) -> list[Way]:
    return booking.ways


def _across(context: PlanContext, mine: list[Booking], bookings_of: Bookings) -> dict[int, Found]:
    """For each booking of this plan (by its place in `mine`) that overlaps bookings of the
    same thing in other plans: how many, and the first few.

    A booking names its thing in a few ways, one key of each kind (a room by its name and
    by its id); another plan's booking is the same thing when any key agrees, and counts
    once however many agree: the counts of each set of keys alike, added and taken away
    by inclusion and exclusion.
    """
    window = _window(context)
    settings = context.settings
    if not mine:
        return {}
    if window.holds(context):
        if len(window.plans) < 2:
            return {}  # the plan alone on its days (it is given as its own neighbour)
        # The plan is one of the window's: its group is the window's plans that book
        # something while it does (on the days around, most keep apart), swept once for
        # every plan of these days when that is all of them, as on a crowded day.
        group, spans = window.booked(bookings_of, settings)
        begin, end = _extent(mine)
        meeting = [
            booked
            for booked, span in zip(group, spans, strict=True)
            if span is not None and span[0] < end and begin < span[1]
        ]
        if len(meeting) < 2:
            return {}
        if len(meeting) < len(group):
            swept = _group_swept(bookings_of, meeting)
        else:
            swept = window.swept.get(bookings_of) or _group_swept(bookings_of, group)
            window.swept[bookings_of] = swept
    else:
        nearby = window.others(context)
        if not nearby:
            return {}
        here: FilePlan = (context.file or Path(), context.plan)
        group = [(here, mine), *_booked(bookings_of, nearby, settings)]
        swept = _group_swept(bookings_of, group)
    found: dict[int, Found] = {}
    for n, booking in enumerate(mine):
        count = 0
        first: dict[tuple[str, int], Entry] = {}
        for way in _ways(booking):
            count_of_way, first_of_way = swept.get(way, {}).get(id(booking), (0, []))
            kinds = len(way[0])
            count += count_of_way if kinds % 2 else -count_of_way
            if kinds == 1:
                # Matched by id and by name, it is still one clash.
                first.update(((str(e[0][0]), e[1].n), e) for e in first_of_way)
        if count:
            found[n] = (count, list(first.values()))
    return found


def _booked(bookings_of: Bookings, plans: list[FilePlan], settings: WorkspaceSettings) -> Group:
    return [(where, _kept_bookings(bookings_of, where[1], settings)) for where in plans]


def _extent(bookings: list[Booking]) -> Span:
    """From the first booking's begin to the last one's end."""
    return min(b.begin for b in bookings), max(b.end for b in bookings)


# The clashes of the plans of one day, found once for all of them: every plan of a crowded
# day is checked against the same others, so 300 plans on one day are one sweep, not 300.
# Kept by the group's files and bookings (which `_kept_bookings` keeps the same objects
# while their plans are unchanged); the entry holds them, so no id is reused meanwhile.
Group = list[tuple[FilePlan, list[Booking]]]
_GROUPS_KEPT = 8
_groups_lock = Lock()
Swept = dict[Way, dict[int, Found]]
_groups: dict[tuple[Bookings, frozenset[tuple[str, int]]], tuple[Group, Swept]] = {}


def _group_swept(bookings_of: Bookings, group: Group) -> Swept:
    """For each way of naming a thing, and each booking of the group (by its id): how many
    bookings of the group's other plans overlap it, and the first few."""
    signature = (bookings_of, frozenset((str(where[0]), id(booked)) for where, booked in group))
    kept = _groups.get(signature)
    if kept is not None:
        return kept[1]
    index: dict[Way, list[Entry]] = defaultdict(list)
    for where, booked in group:
        for booking in booked:
            for way in _ways(booking):
                index[way].append((where, booking))
    # The entries of a way are in the group's order, plan by plan: those whose first and
    # last are of one plan can clash with no other plan (a hall used all day by one plan).
    swept = {
        way: _swept(entries)
        for way, entries in index.items()
        if len(entries) > 1 and entries[0][0] is not entries[-1][0]
    }
    # Checks may run in a worker thread beside the app's own.
    with _groups_lock:
        while len(_groups) >= _GROUPS_KEPT:
            del _groups[next(iter(_groups))]
        _groups[signature] = (group, swept)
    return swept


def _swept(entries: list[Entry]) -> dict[int, Found]:
    """The bookings of one thing, swept in order of start: for each (by its id), how many
    bookings of other plans overlap it and the first `SHOWN` of them.

    Counted by bisection: those begun before it ends, but for those ended by the time it
    begins (which began before it too), less the same of its own plan. Named from those
    still running when it begins, then those beginning while it runs; what ended before
    one booking began ended before every later one too, and is dropped from the sweep.
    """
    entries = sorted(entries, key=lambda e: _order(e, ""))
    begins = [booking.begin for _, booking in entries]
    ends = sorted(booking.end for _, booking in entries)
    plans: dict[int, tuple[list[datetime], list[datetime]]] = {}
    for where, booking in entries:
        own = plans.setdefault(id(where), ([], []))
        own[0].append(booking.begin)
        own[1].append(booking.end)
    for _, own_ends in plans.values():
        own_ends.sort()
    found: dict[int, Found] = {}
    running: list[Entry] = []
    started = 0
    for where, booking in entries:
        own_begins, own_ends = plans[id(where)]
        count = bisect_left(begins, booking.end) - bisect_right(ends, booking.begin)
        count -= bisect_left(own_begins, booking.end) - bisect_right(own_ends, booking.begin)
        while entries[started][1].begin < booking.begin:
            running.append(entries[started])
            started += 1
        if not count:
            continue
        first: list[Entry] = []
        looked = 0
        for entry in running:
            if len(first) == SHOWN:
                break
            looked += 1
            if entry[0] is not where and entry[1].end > booking.begin:
                first.append(entry)
        running[:looked] = [entry for entry in running[:looked] if entry[1].end > booking.begin]
        for entry in islice(entries, started, None):
            if len(first) == SHOWN or entry[1].begin >= booking.end:
                break
            if entry[0] is not where:
                first.append(entry)
        found[id(booking)] = (count, first)
    return found


# A plan's bookings, kept while the plan is as it was: a workspace check asks for each
# plan's bookings once for itself and once for every plan of its days, which for 300 plans
# on one day would be 90,000 times. Kept by the plan's identity, and used again only while
# what they are made of is still the same (an edit replaces an event, an item, a venue or
# a person with a new one); a plan gone takes its entry with it.
@dataclass
class _Booked:
    plan: weakref.ref[Plan]
    # The zone, the event and the venues: any of them changed, every item is booked
    # again; so too when the people's ids or names changed (`_same_names`).
    made_of: tuple[object, ...]
    people: tuple[Person, ...]
    table: Table
    agenda: tuple[AgendaItem, ...]
    # Each item's bookings by id(item), with the item and its place: after an edit of the
    # rundown an item still at its place is not booked again.
    by_item: dict[int, tuple[AgendaItem, int, list[Booking]]]
    bookings: list[Booking]
    # Each day's bookings as `_within` last swept them, and what it found.
    days: dict[date, tuple[tuple[Booking, ...], dict[int, list[Booking]]]] = field(
        default_factory=dict
    )


_kept: dict[tuple[Bookings, int], _Booked] = {}


def _same_names(before: tuple[Person, ...], after: tuple[Person, ...]) -> bool:
    """The same people by id and name, in the same order: most are the very same objects,
    the few replaced (an attendance, a phone number) compared by those two fields."""
    return len(before) == len(after) and all(
        old is new or (old.id == new.id and old.name == new.name)
        for old, new in zip(before, after, strict=True)
    )


def _kept_bookings(bookings_of: Bookings, plan: Plan, settings: WorkspaceSettings) -> list[Booking]:
    return _kept_booked(bookings_of, plan, settings).bookings


def _kept_booked(bookings_of: Bookings, plan: Plan, settings: WorkspaceSettings) -> _Booked:
    zone = effective_zone(plan, settings)
    made_of = (zone, plan.event, tuple(plan.venues))
    people = tuple(plan.people)
    agenda = tuple(plan.agenda)
    key = (bookings_of, id(plan))
    kept = _kept.get(key)
    same = (
        kept is not None
        and kept.plan() is plan
        and kept.made_of == made_of
        # A venue's bookings name no one; a person's, their id and name only (an
        # attendance key on a roster of 5,000 books no item again).
        and (bookings_of is venue_bookings or _same_names(kept.people, people))
    )
    if kept is not None and same and kept.agenda == agenda:
        return kept
    table_of, of_item = _BY_ITEM[bookings_of]
    table = kept.table if kept is not None and same else table_of(plan)
    earlier = kept.by_item if kept is not None and same else {}
    by_item: dict[int, tuple[AgendaItem, int, list[Booking]]] = {}
    bookings: list[Booking] = []
    wall = ZoneInfo(zone)
    for n, item in enumerate(agenda):
        found = earlier.get(id(item))
        if found is None or found[0] is not item or found[1] != n:
            # Bookings of no time at all overlap nothing.
            made = [b for b in of_item(table, n, item, _span(item, plan, wall)) if b.begin < b.end]
            found = (item, n, made)
        by_item[id(item)] = found
        bookings.extend(found[2])
    held = weakref.ref(plan, lambda _: _kept.pop(key, None))
    booked = _Booked(held, made_of, people, table, agenda, by_item, bookings)
    if kept is not None and same:
        booked.days = kept.days
    # Replaced whole, never changed in place: a worker thread may be reading the old one.
    _kept[key] = booked
    return booked


_MARGIN = timedelta(days=1)


@dataclass
class _Window:
    """The plans of a context's neighbours that could share a moment with plans of some
    days: not cancelled, and within a day of them (an item may run past midnight, and
    zones differ by hours). Comparing event dates first keeps a workspace check cheap
    without an index shared across plans: only the few plans around the same days have
    their items read.

    The workspace state gives every plan of the same days one tuple of neighbours, the
    plan itself among them; so the last window is kept, and the next plan of those days
    (or the same plan's next check) is looked through, booked and swept with it: a day
    of 300 plans is one look at its plans, not 300 × 300.
    """

    neighbours: tuple[FilePlan, ...]  # held, so its id is not reused while kept
    # All bookings take from the settings: the zone of a plan that names none.
    zone: str
    first: date
    last: date
    plans: list[FilePlan]
    # Each plan's place in `plans`, by the plan's id.
    at: dict[int, int]
    # For each kind of booking: the bookings of each plan and their extent (None for
    # none), and the sweep of them all.
    bookings: dict[Bookings, tuple[Group, list[Span | None]]] = field(default_factory=dict)
    swept: dict[Bookings, Swept] = field(default_factory=dict)

    def booked(
        self, bookings_of: Bookings, settings: WorkspaceSettings
    ) -> tuple[Group, list[Span | None]]:
        kept = self.bookings.get(bookings_of)
        if kept is None:
            group = _booked(bookings_of, self.plans, settings)
            kept = group, [_extent(booked) if booked else None for _, booked in group]
            self.bookings[bookings_of] = kept
        return kept

    def holds(self, context: PlanContext) -> bool:
        """Whether `context`'s plan is itself one of the window's plans."""
        n = self.at.get(id(context.plan))
        return n is not None and self.plans[n][0] == context.file

    def others(self, context: PlanContext) -> list[FilePlan]:
        return [
            (file, plan)
            for file, plan in self.plans
            # The plan itself, if it is among them, is not its own neighbour.
            if plan is not context.plan and file != context.file
        ]


_last_window: _Window | None = None


def _window(context: PlanContext) -> _Window:
    # The venues' check and the people's are given one context, and the plans of one day
    # one tuple of neighbours: each window is made once (see _Window).
    global _last_window
    event = context.plan.event
    first, last = event.first_day - _MARGIN, event.last_day + _MARGIN
    zone = workspace_zone(context.settings)
    kept = _last_window
    if (
        kept is not None
        and kept.neighbours is context.neighbours
        and kept.zone == zone
        and (kept.first, kept.last) == (first, last)
    ):
        return kept
    plans = [
        (file, plan)
        for file, plan in context.neighbours
        if not is_cancelled(plan.event)
        and plan.event.first_day <= last
        and plan.event.last_day >= first
    ]
    at = {id(plan): n for n, (_, plan) in enumerate(plans)}
    window = _Window(context.neighbours, zone, first, last, plans, at)
    _last_window = window
    return window
