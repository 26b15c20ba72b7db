"""The seating plan (denah tempat duduk): who sits where in a venue laid out in seats.

A venue's `layout` gives its seats; the people who come take them in order of
precedence (`precedence.py`), the officials first:

- At the head table the place of honour is in the middle; the next seats alternate to
  the right and the left of it as seen from the audience: 3-1-2 for three seats, 4-2-1-3
  for four (the two middle seats are the first two). A guest and a host of equal rank
  sit side by side, the guest nearer the middle.
- Only officials sit at the head table. Everyone else, and the officials it has no room
  for, take the arms of a U from the head table down (right, then left), then the rows
  from the front, each row filled from the middle out, then the round tables in turn.
  Media and community groups come after the officials, as precedence orders them.
- A person pinned to a seat by hand (`[[seats]]`) keeps it whoever else comes; the
  others flow around the pinned seats.

Who comes: everyone but the committee's staff and those who declined; an official who
sends a representative is seated through the representative (at the official's place or
by their own office, as the workspace's `representative` setting says).
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from gathertui.model.enums import Attendance, Category, Side
from gathertui.model.plan import Layout, Plan, Venue
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.precedence import Placed, Rank, rules_for

# The parts of a layout, as a seat's `part` names them.
HEAD, LEFT, RIGHT, ROW, TABLE = "head", "left", "right", "row", "table"


@dataclass(frozen=True)
class Seat:
    """One seat: its code (as `[[seats]]` pins it), its part of the room, which row,
    arm or table (`group`, from 1; 0 at the head table) and its number there (from 1:
    from the audience's left at the head table and in a row, from the head table down
    an arm, round a table)."""

    code: str
    part: str
    group: int
    number: int


# The letters of the rows: not H, L or R, which name the head table's and the U's seats
# ("H2" would be the head table's second seat and row H's at once).
ROW_LETTERS = "".join(c for c in string.ascii_uppercase if c not in "HLR")


def row_letter(row: int) -> str:
    """Row 1 is "A", 7 is "G", 8 is "I" (H, L and R are other parts' seats), 23 is "Z",
    24 is "AA": rows as halls letter them."""
    letters = ROW_LETTERS
    if row <= len(letters):
        return letters[row - 1]
    return letters[(row - 1) // len(letters) - 1] + letters[(row - 1) % len(letters)]


def middle_out(count: int) -> list[int]:
    """Seat numbers (from 1, left to right) in order of honour for a row of `count`:
    the middle, then alternately right and left of it. 3 → [2, 3, 1]; 4 → [3, 2, 4, 1]."""
    middle = count // 2 + 1  # the middle seat, or the right one of the two middle seats
    right, left = middle, middle - 1
    order = []
    if count % 2:
        order.append(middle)
        right += 1
    while len(order) < count:
        if right <= count:
            order.append(right)
            right += 1
        if left >= 1 and len(order) < count:
            order.append(left)
            left -= 1
    return order


def seats_of(layout: Layout) -> list[Seat]:
    """Every seat of the layout, the head table's first, in the order the room is drawn:
    the head table and each row from the left, the arms and the tables in turn."""
    seats = [Seat(f"H{n}", HEAD, 0, n) for n in range(1, layout.head_table + 1)]
    for n in range(1, layout.sides + 1):
        seats += [Seat(f"R{n}", RIGHT, 1, n), Seat(f"L{n}", LEFT, 1, n)]
    if layout.seats_per_row:
        for row in range(1, layout.rows + 1):
            letter = row_letter(row)
            seats += [Seat(f"{letter}{n}", ROW, row, n) for n in range(1, layout.seats_per_row + 1)]
    if layout.seats_per_table:
        for table in range(1, layout.tables + 1):
            seats += [
                Seat(f"T{table}-{n}", TABLE, table, n) for n in range(1, layout.seats_per_table + 1)
            ]
    return seats


def _honour_order(layout: Layout, seats: Sequence[Seat]) -> list[Seat]:
    """The seats other than the head table, in the order they are given: the U's arms
    from the head table down (right, then left), then each row from the front filled
    from the middle out, then each table round."""
    by_code = {seat.code: seat for seat in seats}
    order = [seat for seat in seats if seat.part in (RIGHT, LEFT)]
    for row in range(1, layout.rows + 1 if layout.seats_per_row else 1):
        letter = row_letter(row)
        order += [by_code[f"{letter}{n}"] for n in middle_out(layout.seats_per_row)]
    order += [seat for seat in seats if seat.part == TABLE]
    return order


@dataclass
class Seating:
    """Who sits where in one venue: the seat of each person seated (people indexes of
    the plan), which of them were pinned by hand, and who found no seat."""

    venue: Venue
    seats: list[Seat]
    taken: dict[str, int] = field(default_factory=dict)  # seat code → person index
    pinned: set[str] = field(default_factory=set)  # seat codes pinned by hand
    unseated: list[int] = field(default_factory=list)  # person indexes, in precedence order
    # Each seated person's place in the order: rank, and whom they represent.
    placed: dict[int, Placed] = field(default_factory=dict)

    def seat_of(self, person: int) -> str | None:
        return next((code for code, index in self.taken.items() if index == person), None)


def seated_people(plan: Plan) -> list[int]:
    """The people who take a seat: all but the committee's staff, those who declined, and
    the officials who sent someone in their place (their representative sits)."""
    known = {person.id for person in plan.people}
    return [
        n
        for n, person in enumerate(plan.people)
        if person.category is not Category.STAFF
        and person.attendance is not Attendance.DECLINED
        and not (
            person.attendance is Attendance.REPRESENTED
            and person.represented_by is not None
            and person.represented_by in known
            and person.represented_by != person.id
        )
    ]


def _equals(one: Rank | None, other: Rank | None) -> bool:
    """Two ranks that are the same place in the order (a guest and a host counterpart)."""
    return one is not None and other is not None and one.sort_key == other.sort_key


def _units(plan: Plan, placed: Sequence[Placed]) -> Iterator[list[Placed]]:
    """The order cut into who sits together: a guest followed by a host of equal rank
    is a pair, everyone else alone."""
    sides = {delegation.id: delegation.side for delegation in plan.delegations}

    def side(entry: Placed) -> Side | None:
        return sides.get(plan.people[entry.index].delegation or "")

    n = 0
    while n < len(placed):
        one = placed[n]
        other = placed[n + 1] if n + 1 < len(placed) else None
        if (
            other is not None
            and _equals(one.rank, other.rank)
            and side(one) is Side.GUEST
            and side(other) is Side.HOST
        ):
            yield [one, other]
            n += 2
        else:
            yield [one]
            n += 1


def _head_table(
    plan: Plan, count: int, officials: Sequence[Placed], free: set[int]
) -> list[tuple[int, Placed]]:
    """The head table's seat numbers for the officials it has room for, in order: the
    middle seat (or the two middle seats of an even table, the right one first), then
    alternately right and left of them. A guest and a host of equal rank take two seats
    side by side on one side, the guest nearer the middle. `free` holds the seat numbers
    no pin has taken; a side that is full gives its turn to the other."""
    middle = (count + 1) // 2 if count % 2 else None
    start = middle if middle is not None else count // 2 + 1
    right = [n for n in range(start, count + 1) if n in free]
    left = [n for n in range(start - 1, 0, -1) if n in free]
    placed: list[tuple[int, Placed]] = []
    turn_right = True
    for number, unit in enumerate(_units(plan, officials)):
        if number == 0 and len(unit) == 2 and middle is None and right and left:
            # A pair first at an even table: the two middle seats are side by side.
            placed += [(right.pop(0), unit[0]), (left.pop(0), unit[1])]
            continue
        side = right if turn_right else left
        other = left if turn_right else right
        if len(side) < len(unit) and len(other) >= len(unit):
            side, other = other, side
        took_middle = False
        for entry in unit:
            source = side if side else other
            if not source:
                return placed
            seat = source.pop(0)
            took_middle = took_middle or seat == middle
            placed.append((seat, entry))
        # After the middle seat alone, the right comes first; else the sides take turns.
        turn_right = (took_middle and len(unit) == 1) or side is left
    return placed


def seat_plan(plan: Plan, venue: Venue, settings: WorkspaceSettings | None = None) -> Seating:
    """Who sits where in `venue` (which has a layout; without one nobody is seated)."""
    layout = venue.layout or Layout()
    seats = seats_of(layout)
    seating = Seating(venue, seats)
    codes = {seat.code for seat in seats}
    index_of = {person.id: n for n, person in enumerate(plan.people)}
    coming = seated_people(plan)
    precedence = rules_for(settings or WorkspaceSettings())
    placed = precedence.placed(plan, coming)
    seating.placed = {entry.index: entry for entry in placed}
    # Pins first: a pin to a seat the layout has, of someone who comes, not already
    # seated; a second pin of one seat or one person is left to the checks to report.
    coming_set = set(coming)
    for pin in plan.seats:
        person = index_of.get(pin.person)
        if (
            pin.venue != venue.id
            or person is None
            or person not in coming_set
            or pin.seat not in codes
            or pin.seat in seating.taken
            or person in seating.taken.values()
        ):
            continue
        seating.taken[pin.seat] = person
        seating.pinned.add(pin.seat)
    pinned_people = set(seating.taken.values())
    waiting = [entry for entry in placed if entry.index not in pinned_people]
    # The head table: officials (ranked, or of the officials' category) in order.
    officials = [
        entry
        for entry in waiting
        if entry.rank is not None or plan.people[entry.index].category is Category.OFFICIAL
    ]
    free_head = {n for n in range(1, layout.head_table + 1) if f"H{n}" not in seating.taken}
    at_head = _head_table(plan, layout.head_table, officials[: len(free_head)], free_head)
    for number, entry in at_head:
        seating.taken[f"H{number}"] = entry.index
    done = {entry.index for _, entry in at_head}
    rest = (entry for entry in waiting if entry.index not in done)
    for seat in _honour_order(layout, seats):
        if seat.code in seating.taken:
            continue
        following = next(rest, None)
        if following is None:
            break
        seating.taken[seat.code] = following.index
    seating.unseated = [entry.index for entry in rest]
    return seating
