"""Where the Seating view draws each seat, and where the arrows take the cursor."""

from __future__ import annotations

import itertools

from gathertui.model.plan import Layout
from gathertui.planning.seating import seats_of
from gathertui.tui.widgets.seat_grid import GAP, cell_width, draw_room, room_width


def test_every_seat_is_drawn_once_and_none_overlap() -> None:
    layout = Layout(head_table=5, sides=2, rows=3, seats_per_row=8, aisle_after=4, tables=4,
                    seats_per_table=6)  # fmt: skip
    room = draw_room(layout, 7)
    assert sorted(c.code for c in room.cells) == sorted(s.code for s in seats_of(layout))
    for line in {c.line for c in room.cells}:
        xs = sorted(c.x for c in room.cells if c.line == line)
        assert all(b - a >= 7 for a, b in itertools.pairwise(xs))
        assert xs[0] >= 0 and xs[-1] + 7 <= room.width


def test_the_head_table_is_on_top_between_the_arms() -> None:
    room = draw_room(Layout(head_table=3, sides=2, rows=1, seats_per_row=4), 6)
    head = [room.by_code[f"H{n}"] for n in (1, 2, 3)]
    assert {c.line for c in head} == {0}
    assert head[0].x < head[1].x < head[2].x  # H1 on the audience's left
    assert (room.by_code["L1"].x, room.by_code["R1"].x) == (0, room.width - 6)
    assert room.by_code["L2"].line == 2 and room.by_code["A1"].line > 2


def test_the_aisle_is_a_gap_in_each_row() -> None:
    room = draw_room(Layout(rows=2, seats_per_row=4, aisle_after=2), 5)
    xs = [room.by_code[f"A{n}"].x for n in range(1, 5)]
    assert xs[1] - xs[0] == 6 and xs[2] - xs[1] == 6 + GAP


def test_the_arrows_go_seat_to_seat() -> None:
    room = draw_room(Layout(head_table=3, rows=2, seats_per_row=6, aisle_after=3), 5)
    assert room.step("H2", 1, 0) == "H3"
    assert room.step("H3", 1, 0) == "H3"  # the end of the table
    assert room.step("H2", 0, 1) in ("A3", "A4")  # the middle of the front row
    assert room.step("A1", 0, 1) == "B1"
    assert room.step("B1", 0, 1) == "B1"  # the back row
    assert room.step("A1", 0, -1) == "H1"


def test_the_cell_is_as_wide_as_the_screen_allows() -> None:
    layout = Layout(head_table=7, rows=10, seats_per_row=12, aisle_after=6)
    assert room_width(layout, cell_width(layout, 116, 7)) <= 116
    assert cell_width(layout, 60, 7) == 7  # too narrow for any: the room scrolls
    assert cell_width(Layout(head_table=3), 200, 6) == 18
