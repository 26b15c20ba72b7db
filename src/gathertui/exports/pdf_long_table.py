"""A table of many rows laid out a page at a time, in linear time.

reportlab splits a table at the foot of a page into the rows that fit and a new table
of all the rest, whose making and sizing cost as much as the rows it holds: a roster of
1,000 rows in one delegation is made again for each of its 25 pages. `LongTable` gives
reportlab a table of only the rows the page can take (and a few more, so that the rows
kept together around the foot of the page are whole), lets it split that, and keeps the
rest as rows not yet made into a table. The pages come out as the whole table's would.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

# Rows past those that fill the page, so that what reportlab looks at around the foot of
# the page (two rows kept together, a group's label with its first row) is all there.
EXTRA_ROWS = 4


@cache
def long_table_class() -> type[Any]:
    """The class, made once reportlab is imported."""
    from reportlab.platypus import Flowable

    class LongTable(Flowable):  # type: ignore[misc]
        """The body rows `start` to `end` of a table: `build(first, last)` makes the
        table of the header and body rows first..last-1 (numbered as in the whole
        table, the header being 0), `height(row)` says how tall a row draws."""

        repeatRows = 1

        def __init__(
            self,
            build: Callable[[int, int], Any],
            height: Callable[[int], float],
            start: int,
            end: int,
        ) -> None:
            super().__init__()
            self.build = build
            self.row_height = height
            self.start = start
            self.end = end
            self._window: Any = None
            self._window_for: float | None = None

        def _table_for(self, available_height: float) -> Any:
            """The table of the rows that more than fill `available_height`, or of all
            the rows left."""
            if self._window_for == available_height and self._window is not None:
                return self._window
            header = self.row_height(0)
            total, last = header, self.start
            while last < self.end and total <= available_height:
                total += self.row_height(last)
                last += 1
            last = min(last + EXTRA_ROWS, self.end)
            self._window = self.build(self.start, last)
            self._window_end = last
            self._window_for = available_height
            return self._window

        def _lent(self, table: Any) -> Any:
            # What the frame set on this flowable, the table needs: the canvas to measure
            # with, the frame to know whether it stands at the top of a page.
            for name in ("canv", "_frame"):
                if hasattr(self, name):
                    setattr(table, name, getattr(self, name))
                elif hasattr(table, name):
                    delattr(table, name)
            return table

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            table = self._lent(self._table_for(available_height))
            size: tuple[float, float] = table.wrap(available_width, available_height)
            if self._window_end < self.end and size[1] <= available_height:
                # Rows shorter than told: the rest of the table, as reportlab would see it.
                self._window = self._lent(self.build(self.start, self.end))
                self._window_end = self.end
                size = self._window.wrap(available_width, available_height)
            return size

        def split(self, available_width: float, available_height: float) -> list[Any]:
            table = self._lent(self._table_for(available_height))
            if self._window_end == self.end:
                parts: list[Any] = table.split(available_width, available_height)
                return parts
            parts = table.split(available_width, available_height)
            if len(parts) != 2:
                return parts
            placed = len(parts[0]._cellvalues) - 1
            left = len(parts[1]._cellvalues) - 1
            if placed + left != self._window_end - self.start:
                # A row cut in two (taller than a page): as the whole table does it.
                whole = self._lent(self.build(self.start, self.end))
                parts = whole.split(available_width, available_height)
                return parts
            return [
                parts[0],
                type(self)(self.build, self.row_height, self.start + placed, self.end),
            ]

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
            # Drawn only once it fits whole: its table is then all the rows left.
            self._window.drawOn(canvas, x, y, _sW)

        @property
        def _rowHeights(self) -> list[float]:
            # The signature block's keeper asks, once the rest fits on the page.
            heights: list[float] = self._window._rowHeights
            return heights

    return LongTable
