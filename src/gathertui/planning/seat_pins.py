"""People seated by hand: the Seating view's moves and pins as undoable changes.

A move writes a `[[seats]]` pin for the person moved (their earlier pin in that venue
replaced), so the seating plan keeps them there whoever else comes; a person pinned to
the seat taken swaps with them. The others flow around the pins (`seating.py`).
"""

from __future__ import annotations

from gathertui.i18n import msg
from gathertui.model.plan import Plan, SeatPin
from gathertui.planning.editing import Change, Insert, Remove, Replace, Step, apply_step
from gathertui.planning.seating import Seating


def _pin_steps(plan: Plan, venue: str, person: str, seat: str | None) -> list[Step]:
    """The steps that leave `person` pinned to `seat` in `venue` (None: not pinned
    there): the first pin they have there is replaced, any other removed, and a pin is
    added when they had none. Removals run from the end, so the indexes hold."""
    mine = [n for n, pin in enumerate(plan.seats) if pin.venue == venue and pin.person == person]
    steps: list[Step] = []
    if seat is not None:
        pin = SeatPin(person=person, venue=venue, seat=seat)
        if mine:
            first = mine.pop(0)
            if plan.seats[first] != pin:
                steps.append(Replace("seats", first, plan.seats[first], pin))
        else:
            steps.append(Insert("seats", len(plan.seats), pin))
    steps += [Remove("seats", n, plan.seats[n]) for n in reversed(mine)]
    return steps


def move_to_seat(plan: Plan, seating: Seating, person: int, seat: str) -> Change | None:
    """`person` (an index of the plan's people) pinned to `seat` of the seating's venue.
    Whoever sits there pinned takes the mover's old seat, pinned too (a swap); someone
    seated there by precedence moves on with the others. None when nothing changes."""
    venue = seating.venue.id
    mover = plan.people[person]
    before = seating.seat_of(person)
    if before == seat and seat in seating.pinned:
        return None
    steps = _pin_steps(plan, venue, mover.id, seat)
    other = seating.taken.get(seat)
    if other is not None and other != person and seat in seating.pinned:
        # The other's pin is changed after the mover's: both are written to the same
        # list, and the mover's steps may have removed a pin before the other's.
        moved = plan.model_copy(update={"seats": [*plan.seats]})
        for step in steps:
            apply_step(moved, step)
        steps += _pin_steps(moved, venue, plan.people[other].id, before)
        label = msg("op.swap_seats", name=mover.name, other=plan.people[other].name)
    else:
        label = msg("op.seat_person", name=mover.name, seat=seat)
    return Change(label, tuple(steps)) if steps else None


def toggle_pin(plan: Plan, seating: Seating, seat: str) -> Change | None:
    """Pins the person in `seat` there, or unpins them if they are pinned; None for an
    empty seat."""
    person = seating.taken.get(seat)
    if person is None:
        return None
    who = plan.people[person]
    if seat in seating.pinned:
        steps = _pin_steps(plan, seating.venue.id, who.id, None)
        label = msg("op.unpin_seat", name=who.name)
    else:
        steps = _pin_steps(plan, seating.venue.id, who.id, seat)
        label = msg("op.pin_seat", name=who.name, seat=seat)
    return Change(label, tuple(steps)) if steps else None
