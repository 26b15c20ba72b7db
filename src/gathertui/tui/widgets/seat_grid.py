"""The room from above, in text: where each seat of a layout is drawn, and how the cursor
goes from seat to seat.

The head table is at the top, its seats numbered from the audience's left (the screen's
left); the arms of a U go down from its ends, the left arm on the left; the rows follow,
front first, each centred with the aisle as a gap; round tables last, each a small block
of two lines, side by side as many as the width takes. Each seat is a cell of the same
width, wide enough for the code and a short word of who sits there when the screen has
room, and for the code and initials when it has not (then the room scrolls).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gathertui.model.plan import Layout
from gathertui.planning.seating import row_letter

GAP = 3  # the aisle, the space beside an arm, between two tables
SEP = 1  # between two cells
WIDEST = 18  # a cell never needs more: the office is read in full below the room


@dataclass(frozen=True)
class Cell:
    code: str
    line: int
    x: int
    width: int


@dataclass
class Room:
    cells: list[Cell]
    width: int
    height: int
    cell: int  # the width of every cell but the head table's, which may be wider
    by_code: dict[str, Cell] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The first cell of a code, as `seats_of` lists them (the head table first).
        self.by_code = {cell.code: cell for cell in reversed(self.cells)}

    def at(self, code: str) -> Cell | None:
        return self.by_code.get(code)

    def step(self, code: str, dx: int, dy: int) -> str:
        """The seat next to `code` in a direction: left and right along its line, up and
        down to the nearest seat of the nearest line that has seats. The same seat at an
        edge."""
        here = self.at(code)
        if here is None:
            return self.cells[0].code if self.cells else code
        if dx:
            line = sorted((c for c in self.cells if c.line == here.line), key=lambda c: c.x)
            at = line.index(here) + dx
            return line[at].code if 0 <= at < len(line) else code
        lines = sorted({c.line for c in self.cells if (c.line - here.line) * dy > 0})
        if not lines:
            return code
        target = lines[0] if dy > 0 else lines[-1]
        middle = here.x * 2 + here.width  # twice the middle: no halves to round

        def distance(cell: Cell) -> tuple[int, int]:
            return abs(cell.x * 2 + cell.width - middle), cell.x

        return min((c for c in self.cells if c.line == target), key=distance).code


def _row_width(count: int, cell: int, aisle_after: int | None) -> int:
    if count == 0:
        return 0
    width = count * (cell + SEP) - SEP
    if aisle_after is not None and 0 < aisle_after < count:
        width += GAP
    return width


def _table_halves(seats: int) -> tuple[int, int]:
    top = (seats + 1) // 2
    return top, seats - top


def room_width(layout: Layout, cell: int) -> int:
    """The width the room takes with cells of `cell` characters."""
    head = _row_width(layout.head_table, cell, None)
    if layout.sides:
        head = max(head, 0) + 2 * (cell + GAP)
    rows = _row_width(layout.seats_per_row, cell, layout.aisle_after) if layout.rows else 0
    top, _ = _table_halves(layout.seats_per_table)
    tables = _row_width(top, cell, None) + 2 if layout.tables and top else 0
    return max(head, rows, tables, 1)


def cell_width(layout: Layout, room: int, least: int) -> int:
    """The widest cell (up to WIDEST, at least `least`) with which the room fits `room`
    characters; `least` when even that does not fit (the room scrolls)."""
    for cell in range(WIDEST, least - 1, -1):
        if room_width(layout, cell) <= room:
            return cell
    return least


def draw_room(layout: Layout, cell: int, room: int = 0) -> Room:
    """Where each seat of `layout` goes with cells of `cell` characters. The head table's
    cells are as wide as `room` characters (or the room's own width) let them be, up to
    WIDEST: there are few of them, and who sits there matters most."""
    width = max(room_width(layout, cell), room)
    arms = 2 * (cell + GAP) if layout.sides else 0
    # Within the screen when the room is wider than it: the head table is seen whole.
    fits = min(width, room) if room else width
    head = cell
    while head < WIDEST and _row_width(layout.head_table, head + 1, None) + arms <= fits:
        head += 1
    cells: list[Cell] = []
    line = 0

    def centred(codes: list[str], y: int, size: int, aisle_after: int | None = None) -> None:
        x = (width - _row_width(len(codes), size, aisle_after)) // 2
        for n, code in enumerate(codes):
            if aisle_after is not None and n == aisle_after and 0 < aisle_after < len(codes):
                x += GAP
            cells.append(Cell(code, y, x, size))
            x += size + SEP

    if layout.head_table:
        centred([f"H{n}" for n in range(1, layout.head_table + 1)], line, head)
    for n in range(1, layout.sides + 1):
        line += 1
        cells.append(Cell(f"L{n}", line, 0, cell))
        cells.append(Cell(f"R{n}", line, width - cell, cell))
    if cells:
        line += 2  # a blank line between the front and the audience
    if layout.seats_per_row:
        for row in range(1, layout.rows + 1):
            letter = row_letter(row)
            codes = [f"{letter}{n}" for n in range(1, layout.seats_per_row + 1)]
            centred(codes, line, cell, layout.aisle_after)
            line += 1
        line += 1
    if layout.seats_per_table and layout.tables:
        top, bottom = _table_halves(layout.seats_per_table)
        block = _row_width(top, cell, None) + 2
        across = max(1, (width + GAP) // (block + GAP))
        for table in range(1, layout.tables + 1):
            column = (table - 1) % across
            if table > 1 and column == 0:
                line += 3  # the next band of tables, below a blank line
            x = column * (block + GAP) + 1
            codes = [f"T{table}-{n}" for n in range(1, layout.seats_per_table + 1)]
            for n, code in enumerate(codes[:top]):
                cells.append(Cell(code, line, x + n * (cell + SEP), cell))
            # Round the table: the second half goes back from right to left.
            for n, code in enumerate(reversed(codes[top:])):
                at = x + (top - bottom + n) * (cell + SEP)
                cells.append(Cell(code, line + 1, at, cell))
        line += 2
    height = max((c.line for c in cells), default=0) + 1
    return Room(cells, width, height, cell)
