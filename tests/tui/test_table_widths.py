"""The table's column widths after a key changed a few rows: kept and widened from those
rows alone, yet always what measuring every row gives."""

from __future__ import annotations

import random

from gathertui.tui.widgets.table import Column, VirtualTable

WORDS = ["Budi", "Siti Rahayu", "Kepala Dinas Komunikasi dan Informatika", "Hadir", "—", "Ya"]


def _row(rng: random.Random) -> tuple[str, ...]:
    return tuple(rng.choice(WORDS) for _ in range(3))


def test_widths_after_a_few_rows_changed_are_those_of_every_row() -> None:
    rng = random.Random(18)
    table = VirtualTable([Column("No", 0), Column("Nama", 3), Column("Jabatan", 2)])
    rows = [_row(rng) for _ in range(500)]
    table.set_rows(rows)
    for _ in range(300):
        rows = list(rows)
        # As a pane does it: the rows of unchanged entities are the very same tuples.
        for number in rng.sample(range(len(rows)), rng.choice((1, 2, 100))):
            rows[number] = _row(rng)
        table.set_rows(rows)
        assert table.longest == table._longest()


def test_a_row_that_held_the_longest_cell_and_shrank_narrows_the_column() -> None:
    table = VirtualTable([Column("No", 0), Column("Nama", 3)])
    rows = [("1", "Budi"), ("2", "Kepala Dinas Komunikasi dan Informatika")]
    table.set_rows(rows)
    wide = table.longest[1]
    table.set_rows([rows[0], ("2", "Siti")])
    assert table.longest[1] == len("Nama") + 1 < wide
