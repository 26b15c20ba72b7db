"""Where each part of a room laid out in seats is drawn, seen from above with the head
table at the top: pure arithmetic in units of one seat's width, with y growing down the
page. `pdf_seating.py` scales it to the page and draws it.

The head table is a row of seats with the table in front of them (below, towards the
audience); the U's arms run down either side from it, the audience's right (`R`) on the
right of the page; the rows below the head table, front first, seat 1 on the left, the
aisle a gap; the round tables below the rows, their seats around them. So the drawing
reads as the audience sees the room, facing the head table.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from gathertui.model.plan import Layout
from gathertui.planning.seating import HEAD, LEFT, RIGHT, ROW, TABLE, Seat, row_letter, seats_of

SEAT_W = 1.0
SEAT_H = 0.8
GAP = 0.12  # between two seats side by side
ROW_GAP = 0.22  # between two rows
TABLE_BAR = 0.3  # the depth of the head table and of the U's arms
LETTER = 0.5  # room for a row's letter at each end
AISLE = 0.7
PART_GAP = 0.6  # between the head table, the rows and the tables
STAGE = 0.6  # the stage's depth, drawn when there is no head table to face
ROOM_MIN = 4.0  # the stage is at least this wide
# The head table's seats are larger, as wide as the room allows up to this: they hold
# the longest offices, and are the ones looked for first.
HEAD_W = 2.0
HEAD_H = SEAT_H * 1.4


@dataclass(frozen=True)
class Rect:
    x: float
    y: float  # the top, y growing down
    w: float
    h: float

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.x + other.w
            and other.x < self.x + self.w
            and self.y < other.y + other.h
            and other.y < self.y + self.h
        )


@dataclass(frozen=True)
class Circle:
    number: int
    cx: float
    cy: float
    r: float


@dataclass
class Room:
    """The room's parts in seat units; (0, 0) is its top left corner."""

    width: float = 0.0
    height: float = 0.0
    seats: list[tuple[Seat, Rect]] = field(default_factory=list)
    head_table: Rect | None = None
    stage: Rect | None = None
    arms: list[Rect] = field(default_factory=list)
    tables: list[Circle] = field(default_factory=list)
    # A row's letter at each end: (letter, centre x, centre y).
    letters: list[tuple[str, float, float]] = field(default_factory=list)


def _row_width(count: int, aisle_after: int | None) -> float:
    width = count * SEAT_W + max(count - 1, 0) * GAP
    return width + (AISLE if aisle_after and aisle_after < count else 0.0)


def ring(count: int) -> float:
    """The radius, from a round table's centre to its seats' centres, at which `count`
    seats stand around it without touching."""
    radius = SEAT_W * 0.9
    while True:
        boxes = [_around(0.0, 0.0, radius, n, count) for n in range(count)]
        if all(not a.overlaps(b) for n, a in enumerate(boxes) for b in boxes[n + 1 : n + 2]) and (
            count < 3 or not boxes[0].overlaps(boxes[-1])
        ):
            return radius
        radius += 0.05


def _around(cx: float, cy: float, radius: float, n: int, count: int) -> Rect:
    """The box of seat n (from 0) of `count` round a table: the first at the top, then
    clockwise."""
    angle = 2 * math.pi * n / count
    x = cx + radius * math.sin(angle)
    y = cy - radius * math.cos(angle)
    margin = GAP / 2
    return Rect(x - SEAT_W / 2 - margin, y - SEAT_H / 2 - margin, SEAT_W + GAP, SEAT_H + GAP)


def _seat_box(rect: Rect) -> Rect:
    """The seat's own box inside the room `_around` keeps for it."""
    margin = GAP / 2
    return Rect(rect.x + margin, rect.y + margin, SEAT_W, SEAT_H)


def room(layout: Layout) -> Room:
    """Every part of the layout placed."""
    seats = seats_of(layout)
    by_part: dict[str, list[Seat]] = {}
    for seat in seats:
        by_part.setdefault(seat.part, []).append(seat)
    head = by_part.get(HEAD, [])
    rows = layout.rows if layout.seats_per_row else 0
    tables = layout.tables if layout.seats_per_table else 0
    row_width = 2 * LETTER + _row_width(layout.seats_per_row, layout.aisle_after) if rows else 0
    radius = ring(layout.seats_per_table) if tables else 0.0
    cell = 2 * radius + SEAT_W + GAP + PART_GAP
    middle = max(row_width, ROOM_MIN)
    columns = 0
    if tables:
        # As many tables side by side as the rows' width holds, and at least a square's.
        fits = int((middle + PART_GAP) // cell)
        columns = min(tables, max(fits, math.ceil(math.sqrt(tables))))
        middle = max(middle, columns * cell - PART_GAP)
    # As wide as the parts below leave them, between a seat's width and HEAD_W.
    each = (middle - max(len(head) - 1, 0) * GAP) / max(len(head), 1)
    each = min(max(each, SEAT_W), HEAD_W)
    head_width = len(head) * each + max(len(head) - 1, 0) * GAP
    middle = max(middle, head_width)
    shape = Room()
    arm = SEAT_W + GAP + TABLE_BAR if layout.sides else 0.0
    left = arm + (PART_GAP if arm else 0.0)  # where the middle of the room starts
    y = 0.0
    if head:
        x = left + (middle - head_width) / 2
        for n, seat in enumerate(head):
            shape.seats.append((seat, Rect(x + n * (each + GAP), y, each, HEAD_H)))
        y += HEAD_H + GAP / 2
        shape.head_table = Rect(x, y, head_width, TABLE_BAR)
        y += TABLE_BAR
    else:
        shape.stage = Rect(left, y, middle, STAGE)
        y += STAGE
    top = y + PART_GAP / 2
    if layout.sides:
        arm_seats = by_part.get(RIGHT, []) + by_part.get(LEFT, [])
        count = layout.sides
        depth = count * SEAT_H + (count - 1) * GAP
        for seat in arm_seats:
            on_left = seat.part == LEFT
            x = 0.0 if on_left else left + middle + PART_GAP + TABLE_BAR + GAP
            shape.seats.append(
                (seat, Rect(x, top + (seat.number - 1) * (SEAT_H + GAP), SEAT_W, SEAT_H))
            )
        bar_left = SEAT_W + GAP
        bar_right = left + middle + PART_GAP
        # The arms join the head table's ends, and the head table reaches them: a U.
        start = shape.head_table.y if shape.head_table else top
        length = top + depth - start
        shape.arms = [
            Rect(bar_left, start, TABLE_BAR, length),
            Rect(bar_right, start, TABLE_BAR, length),
        ]
        if shape.head_table is not None:
            bar = shape.head_table
            shape.head_table = Rect(bar_left, bar.y, bar_right + TABLE_BAR - bar_left, bar.h)
    y = top + (PART_GAP / 2 if rows or tables else 0.0)
    if rows:
        start = left + (middle - row_width) / 2 + LETTER
        for seat in by_part.get(ROW, []):
            x = start + (seat.number - 1) * (SEAT_W + GAP)
            if layout.aisle_after and seat.number > layout.aisle_after:
                x += AISLE
            row_top = y + (seat.group - 1) * (SEAT_H + ROW_GAP)
            shape.seats.append((seat, Rect(x, row_top, SEAT_W, SEAT_H)))
        for row in range(1, rows + 1):
            centre = y + (row - 1) * (SEAT_H + ROW_GAP) + SEAT_H / 2
            letter = row_letter(row)
            shape.letters.append((letter, start - LETTER / 2, centre))
            shape.letters.append((letter, start + row_width - 2 * LETTER + LETTER / 2, centre))
        y += rows * SEAT_H + (rows - 1) * ROW_GAP + PART_GAP
    if tables:
        grid = columns * cell - PART_GAP
        start = left + (middle - grid) / 2
        size = 2 * radius + SEAT_W + GAP
        for number in range(1, tables + 1):
            column, line = (number - 1) % columns, (number - 1) // columns
            cx = start + column * cell + size / 2
            cy = y + line * (size + PART_GAP) + size / 2
            shape.tables.append(Circle(number, cx, cy, max(radius - SEAT_H / 2 - GAP, 0.25)))
        for seat in by_part.get(TABLE, []):
            circle = shape.tables[seat.group - 1]
            box = _around(circle.cx, circle.cy, radius, seat.number - 1, layout.seats_per_table)
            shape.seats.append((seat, _seat_box(box)))
    parts = [rect for _, rect in shape.seats] + shape.arms
    parts += [r for r in (shape.head_table, shape.stage) if r is not None]
    parts += [Rect(c.cx - c.r, c.cy - c.r, 2 * c.r, 2 * c.r) for c in shape.tables]
    shape.width = max((r.x + r.w for r in parts), default=ROOM_MIN)
    shape.height = max((r.y + r.h for r in parts), default=STAGE)
    return shape
