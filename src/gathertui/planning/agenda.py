"""The rundown: reflow and the agenda's named changes.

Reflow is the rule protocol staff expect of a rundown: on one day, each item starts when
the one before it ends. A pinned item is the exception: it keeps its start, so a gap
before it (a break, a fixed arrival time) is explicit and stays; an earlier item running
into it is an overlap warning (`agenda-overlap`), never a silent shift. The day's first
item sets the day's start.

Every change rewrites the agenda in running order (by day, then start): one undoable
`SetList` step, so undo restores the exact order, or, when every item keeps its place,
a `Replace` of each item the change made anew (a + on a rundown of 500 items).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any, Literal

from gathertui.i18n import Message, msg
from gathertui.i18n.dates import clock, period, time_range
from gathertui.model.plan import AgendaItem, Plan
from gathertui.planning.editing import Change, Replace, SetList, Step, unique_id

DAY_MINUTES = 24 * 60
STEP_MINUTES = 5
# Where a new item goes on a day that has none yet.
DEFAULT_START = time(9, 0)


def empty_day_start(plan: Plan, day: date) -> time:
    """Where the first item of an empty day goes: the event's start time on its first
    day (the hour it begins, when the file gives one), else nine o'clock."""
    begins = plan.event.start_time
    return begins if begins is not None and day == plan.event.first_day else DEFAULT_START


class AgendaError(Exception):
    """A change that cannot be made, with the sentence that says why."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.key)
        self.message = message


@dataclass(frozen=True)
class Slot:
    """An item's place on its day, in minutes from midnight."""

    start: int
    minutes: int
    pinned: bool = False

    @property
    def end(self) -> int:
        return self.start + self.minutes


def reflow(slots: Sequence[Slot], first: int = 0, origin: int | None = None) -> list[int]:
    """New starts for one day's slots in running order.

    Slots before `first` keep their starts. From `first` on, an unpinned slot starts when
    everything before it has ended; a pinned one keeps its start. `origin` moves the
    day's first slot (when `first` is 0 and it is not pinned).
    """
    starts = [slot.start for slot in slots]
    latest_end: int | None = None
    for n, slot in enumerate(slots):
        if n >= first and not slot.pinned:
            if latest_end is None:
                starts[n] = slot.start if origin is None else origin
            else:
                starts[n] = latest_end
        end = starts[n] + slot.minutes
        latest_end = end if latest_end is None else max(latest_end, end)
    return starts


def times_add_up(plan: Plan) -> bool:
    """Whether every day's starts are where reflow puts them: what a merge must leave,
    and what a line merge of two reflowed rundowns often does not."""
    for day in days_of(plan):
        items = running_order(plan, day)
        slots = [Slot(minutes_of(i.start), i.minutes, i.pinned) for i in items]
        if reflow(slots) != [minutes_of(i.start) for i in items]:
            return False
    return True


def item_time(item: AgendaItem, plan: Plan, zone: str, lang: str) -> str:
    """ "09.45–10.00 WIB": the item's time as screens, printouts and messages show it."""
    begin, end = item.span(plan.event)
    return time_range(begin.time(), end.time(), zone, lang)


def event_period(plan: Plan, zone: str, lang: str) -> str:
    """The event's days and hours, for the overview, `show` and the printouts' heading."""
    event = plan.event
    return period(event.first_day, event.last_day, event.start_time, event.end_time, zone, lang)


def minutes_of(at: time) -> int:
    return at.hour * 60 + at.minute


def time_of(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def days_of(plan: Plan) -> list[date]:
    """The event's days, plus any day an item is on outside them (so none is hidden)."""
    days = plan.event.days()
    extra = {item.day_in(plan.event) for item in plan.agenda} - set(days)
    return sorted([*days, *extra])


def running_order(plan: Plan, day: date) -> list[AgendaItem]:
    """One day's items by start; items starting together keep their order in the file."""
    return sorted(
        (item for item in plan.agenda if item.day_in(plan.event) == day),
        key=lambda item: item.start,
    )


def running_orders(plan: Plan) -> dict[date, list[AgendaItem]]:
    """Every day of `days_of` with its `running_order`, in one pass over the rundown."""
    by_day: dict[date, list[AgendaItem]] = {day: [] for day in days_of(plan)}
    for item in plan.agenda:
        by_day[item.day_in(plan.event)].append(item)
    return {day: sorted(items, key=lambda item: item.start) for day, items in by_day.items()}


def _day_value(plan: Plan, day: date) -> date | None:
    # The file leaves `day` out on the event's first day (it is the default).
    return None if day == plan.event.first_day else day


def _laid_out(
    plan: Plan, day: date, items: list[AgendaItem], first: int, origin: int | None = None
) -> list[AgendaItem]:
    """`items` as the day's rundown, reflowed from `first`; refuses to run past midnight."""
    slots = [Slot(minutes_of(i.start), i.minutes, i.pinned) for i in items]
    starts = reflow(slots, first, origin)
    untouched = {id(item) for item in plan.agenda}
    placed = []
    for item, start in zip(items, starts, strict=True):
        moved = start != minutes_of(item.start) or id(item) not in untouched
        # Only what this change moves or makes is refused; an item already past midnight
        # in the file stays a warning and does not block the rest of its day.
        if moved and start + item.minutes > DAY_MINUTES:
            raise AgendaError(
                msg(
                    "agenda.past_midnight",
                    title=item.title,
                    end=clock(time_of((start + item.minutes) % DAY_MINUTES), "id"),
                )
            )
        update: dict[str, Any] = {}
        if start != minutes_of(item.start):
            update["start"] = time_of(start)
        if item.day_in(plan.event) != day:
            update["day"] = _day_value(plan, day)
        placed.append(item.model_copy(update=update) if update else item)
    return placed


def _insert_at(items: list[AgendaItem], item: AgendaItem) -> int:
    """Where a pinned item goes: after every item that starts no later than it."""
    return sum(1 for other in items if other.start <= item.start)


@dataclass
class _Day:
    """One day's new running order, reflowed from `first`, with `origin` as its start."""

    items: list[AgendaItem]
    first: int
    origin: int | None = None


def _change(plan: Plan, label: Message, days: dict[date, _Day], focus_id: str | None) -> Change:
    laid = {day: _laid_out(plan, day, d.items, d.first, d.origin) for day, d in days.items()}
    rest = [item for item in plan.agenda if item.day_in(plan.event) not in laid]
    merged = rest + [item for items in laid.values() for item in items]
    agenda = sorted(merged, key=lambda item: (item.day_in(plan.event), item.start))
    focus: tuple[Literal["agenda"], int] | None = None
    if focus_id is not None:
        focus = ("agenda", next(n for n, i in enumerate(agenda) if i.id == focus_id))
    return Change(label, _steps(plan.agenda, agenda, focus), focus)


def _steps(
    before: list[AgendaItem], after: list[AgendaItem], focus: tuple[str, int] | None
) -> tuple[Step, ...]:
    """The items replaced at their places, when the running order stays as it was (a + on
    one day of a long rundown: the day's later items), else the whole list: the recovery
    journal then logs a few items, not the rundown twice."""
    if len(before) == len(after) and all(a.id == b.id for a, b in zip(before, after, strict=True)):
        pairs = enumerate(zip(before, after, strict=True))
        steps = tuple(Replace("agenda", n, a, b) for n, (a, b) in pairs if a is not b)
        # The item to look at after the change (and its undo) is found in its step.
        if steps and (focus is None or any(step.index == focus[1] for step in steps)):
            return steps
    return (SetList("agenda", tuple(before), tuple(after)),)


def _located(plan: Plan, item_id: str) -> tuple[date, list[AgendaItem], int]:
    """The item's day, that day's running order and the item's place in it."""
    for item in plan.agenda:
        if item.id == item_id:
            day = item.day_in(plan.event)
            items = running_order(plan, day)
            return day, items, next(n for n, i in enumerate(items) if i.id == item_id)
    raise KeyError(item_id)


def _placed(plan: Plan, day: date, items: list[AgendaItem], at: int, item: AgendaItem) -> _Day:
    """`items` of `day` with `item` added at `at` (a pinned item: at its time instead)."""
    item = item.model_copy(update={"day": _day_value(plan, day)})
    if item.pinned:
        at = _insert_at(items, item)
        origin = None
    else:
        # As the day's first, an unpinned item takes the day's start; on an empty day
        # it keeps its own and so starts the day.
        origin = minutes_of(items[0].start if at == 0 and items else item.start)
    items = [*items[:at], item, *items[at:]]
    return _Day(items, at, origin if at == 0 else None)


def new_item_id(plan: Plan, title: str) -> str:
    return unique_id(title, (item.id for item in plan.agenda))


def add_item(plan: Plan, day: date, after: str | None, item: AgendaItem) -> Change:
    """`item` on `day` after the item `after` (None: first of the day); later ones follow."""
    items = running_order(plan, day)
    at = 0 if after is None else next(n for n, i in enumerate(items) if i.id == after) + 1
    new_day = _placed(plan, day, items, at, item)
    return _change(plan, msg("op.add_item", title=item.title), {day: new_day}, item.id)


def edit_item(plan: Plan, item_id: str, edited: AgendaItem) -> Change:
    """The item replaced by `edited`, which may be on another day; both days reflow.

    Unpinned, it keeps its place in the running order and its start is where reflow puts
    it, unless it is the day's first: then its start is the day's start.
    """
    day, items, at = _located(plan, item_id)
    label = msg("op.edit_item", title=edited.title)
    new = edited.day_in(plan.event)
    rest = items[:at] + items[at + 1 :]
    if new != day:
        target = running_order(plan, new)
        days = {day: _leaving(items, at), new: _placed(plan, new, target, len(target), edited)}
        return _change(plan, label, days, edited.id)
    if edited.pinned:
        placed = _placed(plan, day, rest, at, edited)
        placed.first = min(placed.first, at)
        return _change(plan, label, {day: placed}, edited.id)
    origin = minutes_of(edited.start) if at == 0 else None
    return _change(
        plan, label, {day: _Day([*rest[:at], edited, *rest[at:]], at, origin)}, edited.id
    )


def _leaving(items: list[AgendaItem], at: int) -> _Day:
    """The day without its item `at`; the first item's start stays the day's start."""
    origin = minutes_of(items[0].start) if at == 0 else None
    return _Day(items[:at] + items[at + 1 :], at, origin)


def delete_item(plan: Plan, item_id: str) -> Change:
    day, items, at = _located(plan, item_id)
    title = items[at].title
    rest = _leaving(items, at)
    neighbour = rest.items[min(at, len(rest.items) - 1)].id if rest.items else None
    return _change(plan, msg("op.delete_item", title=title), {day: rest}, neighbour)


def move_item(plan: Plan, item_id: str, offset: int) -> Change | None:
    """Swaps the item with its neighbour on the same day; pinned items keep their time."""
    day, items, at = _located(plan, item_id)
    to = at + offset
    if offset == 0 or not 0 <= to < len(items):
        return None
    for item in (items[at], items[to]):
        if item.pinned:
            raise AgendaError(msg("agenda.pinned_stays", title=item.title))
    first = min(at, to)
    origin = minutes_of(items[first].start)
    items[at], items[to] = items[to], items[at]
    label = msg("op.move_item", title=items[to].title)
    return _change(plan, label, {day: _Day(items, first, origin if first == 0 else None)}, item_id)


def duplicate_item(plan: Plan, item_id: str) -> Change:
    day, items, at = _located(plan, item_id)
    original = items[at]
    copy = original.model_copy(update={"id": new_item_id(plan, original.title), "pinned": False})
    new_day = _placed(plan, day, items, at + 1, copy)
    return _change(plan, msg("op.duplicate_item", title=original.title), {day: new_day}, copy.id)


def move_to_day(plan: Plan, item_id: str, new: date) -> Change | None:
    """The item to the end of another day (a pinned one to its time on that day)."""
    day, items, at = _located(plan, item_id)
    if new == day:
        return None
    item = items[at]
    target = running_order(plan, new)
    days = {day: _leaving(items, at), new: _placed(plan, new, target, len(target), item)}
    return _change(plan, msg("op.move_item", title=item.title), days, item_id)


def change_minutes(plan: Plan, item_id: str, delta: int) -> Change | None:
    """Longer or shorter by `delta` minutes; the later unpinned items of the day follow."""
    day, items, at = _located(plan, item_id)
    item = items[at]
    minutes = item.minutes + delta
    if minutes < 1:
        raise AgendaError(msg("agenda.too_short", title=item.title))
    items[at] = item.model_copy(update={"minutes": minutes})
    return _change(
        plan, msg("op.item_length", title=item.title), {day: _Day(items, at + 1)}, item_id
    )


def toggle_pinned(plan: Plan, item_id: str) -> Change:
    """Pinning keeps the item's time; unpinning lets it follow the item before it."""
    day, items, at = _located(plan, item_id)
    item = items[at]
    items[at] = item.model_copy(update={"pinned": not item.pinned})
    key = "op.unpin_item" if item.pinned else "op.pin_item"
    return _change(plan, msg(key, title=item.title), {day: _Day(items, at)}, item_id)


def reflow_day(plan: Plan, day: date) -> Change | None:
    """Closes every gap of the day that no pinned item makes; None if there is none."""
    items = running_order(plan, day)
    if _laid_out(plan, day, items, 0) == items:
        return None
    return _change(plan, msg("op.reflow_day"), {day: _Day(items, 0)}, None)


def set_day_venue(plan: Plan, day: date, venue_id: str) -> Change | None:
    """Every item of the day in one venue (a day held in one hall); None if all are."""
    items = running_order(plan, day)
    if all(item.venue == venue_id for item in items):
        return None
    moved = [item.model_copy(update={"venue": venue_id}) for item in items]
    venue = next((v.name for v in plan.venues if v.id == venue_id), venue_id)
    # Starts stay as they are: reflowing from past the last item moves nothing.
    label = msg("op.set_day_venue", venue=venue)
    return _change(plan, label, {day: _Day(moved, len(moved))}, None)


@dataclass(frozen=True)
class DayTotal:
    """A day of the rundown at a glance: when it starts and ends, and its length."""

    day: date
    start: time | None
    end: time | None
    minutes: int


def day_total(plan: Plan, day: date, items: list[AgendaItem] | None = None) -> DayTotal:
    """The day's span; `items`: its running order, when the caller has it already."""
    items = running_order(plan, day) if items is None else items
    if not items:
        return DayTotal(day, None, None, 0)
    begin = minutes_of(items[0].start)
    end = max(minutes_of(i.start) + i.minutes for i in items)
    return DayTotal(day, items[0].start, time_of(end % DAY_MINUTES), end - begin)
