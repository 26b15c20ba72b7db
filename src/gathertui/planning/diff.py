"""What changed between two versions of a plan, entity by entity and field by field.

Entities are matched by id within each list; `[event]` and `[signing]` are compared field
by field. An unpinned agenda item's start is derived (reflow: it starts when the items
before it on its day have ended), so a start that changed only because earlier items
changed is not an edit: the change that caused it carries the shift instead ("later
items move N minutes"). A start is reported when the item is pinned, is the first of its
day (the day's start is the person's choice), or does not follow the reflow rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal

from gathertui.model.plan import Invitation, Layout, Plan, Record, SeatPin, Signing
from gathertui.planning.agenda import Slot, days_of, minutes_of, reflow, running_order

Kind = Literal["added", "removed", "changed"]
# A merge's conflict entries are not content: they are said by `check`, not as changes.
SECTIONS = (
    "event",
    "signing",
    "invitation",
    *(name for name in Plan.ENTITY_LISTS if name != "conflicts"),
)
# The fields that place an item in time; a change to one of them can move later items.
_TIMING = ("minutes", "start", "day", "pinned")


@dataclass(frozen=True)
class Change:
    """One difference. `entity` is the id of the list entry (None for event and signing);
    `field`, `old` and `new` are set for a changed field. `shift` is, for an agenda change
    that moved later unpinned items of its day by one same amount, that amount in minutes."""

    section: str
    kind: Kind
    entity: str | None = None
    field: str | None = None
    old: Any = None
    new: Any = None
    shift: int | None = None


def _fields(old: Record, new: Record, prefix: str = "") -> list[tuple[str, Any, Any]]:
    """The fields that differ; those of a nested table (a delegation's quotas) one by one,
    as "quotas.staff"."""
    changed: list[tuple[str, Any, Any]] = []
    for name in type(new).model_fields:
        before, after = getattr(old, name), getattr(new, name)
        if name == "id" or before == after:
            continue
        if isinstance(before, Record) and isinstance(after, Record):
            changed += _fields(before, after, f"{prefix}{name}.")
        elif isinstance(before, Layout | None) and isinstance(after, Layout | None):
            # A layout given or taken away: part by part, against a room without seats.
            changed += _fields(before or Layout(), after or Layout(), f"{prefix}{name}.")
        else:
            changed.append((f"{prefix}{name}", before, after))
    return changed


def _record_changes(section: str, old: Record, new: Record) -> list[Change]:
    return [
        Change(section, "changed", field=name, old=before, new=after)
        for name, before, after in _fields(old, new)
    ]


def _derived_starts(old: Plan, new: Plan) -> dict[str, int | None]:
    """Items whose start changed but follows the reflow rule in `new`: id -> how many
    minutes it moved (None when it also changed day, so the shift has no meaning)."""
    before = {item.id: item for item in old.agenda}
    derived: dict[str, int | None] = {}
    for day in days_of(new):
        items = running_order(new, day)
        starts = reflow([Slot(minutes_of(i.start), i.minutes, i.pinned) for i in items])
        for n, item in enumerate(items):
            was = before.get(item.id)
            if was is None or was.start == item.start or item.pinned or n == 0:
                continue
            if starts[n] == minutes_of(item.start):
                # The same `day` is the same day of the event, even if the event moved.
                same_day = was.day == item.day
                derived[item.id] = (
                    minutes_of(item.start) - minutes_of(was.start) if same_day else None
                )
    return derived


def _shifts(
    old: Plan, new: Plan, derived: dict[str, int | None], causes: set[str]
) -> tuple[dict[str, int], list[str]]:
    """How far each causing item moves the derived items after it on its day, over what
    the causes before it had moved them (told only when they all moved alike), and the
    derived items with no cause before them."""
    shifts: dict[str, int] = {}
    orphans: list[str] = []
    for day in sorted(set(days_of(old)) | set(days_of(new))):
        new_ids = [i.id for i in running_order(new, day)]
        old_ids = [i.id for i in running_order(old, day)]
        places: list[tuple[float, str]] = [(n, i) for n, i in enumerate(new_ids) if i in causes]
        for n, ident in enumerate(old_ids):
            if ident in causes and ident not in new_ids:
                # Gone from this day: it stood just before the next item still here.
                following = [i for i in old_ids[n + 1 :] if i in new_ids]
                at = new_ids.index(following[0]) if following else len(new_ids)
                places.append((at - 0.5, ident))
        places.sort()
        moved: dict[str, set[int | None]] = {}
        for n, ident in enumerate(new_ids):
            if ident not in derived:
                continue
            owners = [cause for place, cause in places if place < n]
            if owners:
                moved.setdefault(owners[-1], set()).add(derived[ident])
            else:
                orphans.append(ident)
        so_far: int | None = 0
        for _, cause in places:
            if cause not in moved:
                continue
            amounts = moved[cause]
            amount = next(iter(amounts)) if len(amounts) == 1 else None
            if amount is not None and so_far is not None and amount != so_far:
                shifts[cause] = amount - so_far
            so_far = amount
    return shifts, orphans


def _agenda_changes(old: Plan, new: Plan) -> list[Change]:
    before = {item.id: item for item in old.agenda}
    after = {item.id: item for item in new.agenda}
    derived = _derived_starts(old, new)
    changes: list[Change] = []
    causes: dict[str, int] = {}  # item id -> index of the change a shift is told on
    for item in new.rundown():
        was = before.get(item.id)
        if was is None:
            causes[item.id] = len(changes)
            changes.append(Change("agenda", "added", item.id))
            continue
        fields = [f for f in _fields(was, item) if not (f[0] == "start" and item.id in derived)]
        timing = [f for f in fields if f[0] in _TIMING]
        if timing:
            # The shift reads best after the duration ("15 -> 20 min, later move 5").
            first = min(timing, key=lambda f: _TIMING.index(f[0]))
            causes[item.id] = len(changes) + fields.index(first)
        changes.extend(Change("agenda", "changed", item.id, *f) for f in fields)
    for item in old.rundown():
        if item.id not in after:
            causes[item.id] = len(changes)
            changes.append(Change("agenda", "removed", item.id))
    shifts, orphans = _shifts(old, new, derived, set(causes))
    for ident, amount in shifts.items():
        changes[causes[ident]] = replace(changes[causes[ident]], shift=amount)
    # A moved start that nothing before it explains is the person's edit after all.
    for ident in orphans:
        changes.append(
            Change("agenda", "changed", ident, "start", before[ident].start, after[ident].start)
        )
    return changes


def _list_changes(section: str, old: list[Any], new: list[Any]) -> list[Change]:
    before = {entity.id: entity for entity in old}
    after = {entity.id for entity in new}
    changes: list[Change] = []
    for entity in new:
        was = before.get(entity.id)
        if was is None:
            changes.append(Change(section, "added", entity.id))
        else:
            changes.extend(Change(section, "changed", entity.id, *f) for f in _fields(was, entity))
    changes.extend(Change(section, "removed", e.id) for e in old if e.id not in after)
    return changes


def _row_changes(
    section: str, old: list[Any], new: list[Any], called: Callable[[Any], str]
) -> list[Change]:
    """Entries without an id (coverage, seat pins): an entry is its whole content, so an
    edited one is the old removed and the new added. `entity` names it as a reader finds
    it (`called`)."""
    left = list(old)
    added: list[Change] = []
    for entry in new:
        if entry in left:
            left.remove(entry)
        else:
            added.append(Change(section, "added", called(entry)))
    return added + [Change(section, "removed", called(entry)) for entry in left]


def _pin_called(old: Plan, new: Plan) -> Callable[[SeatPin], str]:
    """A seat pin as a reader finds it: "Sunarto: Ruang Lokakrida A7", by the names the
    plans give (the new plan's first: a pin of someone since deleted has the old's)."""
    people: dict[str, str] = {}
    venues: dict[str, str] = {}
    for plan in (old, new):
        people |= {person.id: person.name for person in plan.people}
        venues |= {venue.id: venue.name for venue in plan.venues}
    return lambda pin: (
        f"{people.get(pin.person, pin.person)}: {venues.get(pin.venue, pin.venue)} {pin.seat}"
    )


def plan_changes(old: Plan, new: Plan) -> list[Change]:
    """Every difference from `old` to `new`, section by section in file order."""
    changes = _record_changes("event", old.event, new.event)
    changes += _record_changes("signing", old.signing or Signing(), new.signing or Signing())
    changes += _record_changes(
        "invitation", old.invitation or Invitation(), new.invitation or Invitation()
    )
    for section in ("venues", "delegations", "people"):
        changes += _list_changes(section, getattr(old, section), getattr(new, section))
    changes += _agenda_changes(old, new)
    changes += _row_changes("seats", old.seats, new.seats, _pin_called(old, new))
    changes += _row_changes(
        "coverage", old.coverage, new.coverage, lambda entry: f"{entry.outlet}: {entry.title}"
    )
    return changes
