"""A virtual table: renders only the rows on screen, so 5,000 rows cost what 50 do.

Textual's DataTable builds every row up front; a roster of thousands would make opening
and filtering slow. Here rows are plain tuples of strings, rendered line by line.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.dom import DOMNode
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from gathertui.text import one_line
from gathertui.tui.text import t

FLOOR = 6  # a lighter column's least width on a narrow screen: "Peng…"


@dataclass(frozen=True)
class Column:
    label: str
    # Share of the free width. The heaviest column (the name, the title) gets what its
    # longest cell needs before the others; a weight of 0 is a column as wide as its
    # longest cell (dates, counts), never wider.
    weight: int
    minimum: int = 4


def share_width(columns: Sequence[Column], longest: Sequence[int], width: int) -> list[int]:
    """Each column's width in a table `width` wide (a space between two columns).

    Every column gets its minimum, a weight-0 column its longest cell; then the heaviest
    column grows to its longest cell; then the others grow together, each by its weight,
    until they reach their longest cell; width still left is shared by weight, the last
    column taking what division leaves. On a narrow screen a lighter column gives
    width to the heaviest, keeping `FLOOR`."""
    wanted = [max(c.minimum, n) for c, n in zip(columns, longest, strict=True)]
    widths = [w if c.weight == 0 else c.minimum for c, w in zip(columns, wanted, strict=True)]
    free = width - len(columns) - sum(widths)
    heaviest = max(c.weight for c in columns)
    first = [i for i, c in enumerate(columns) if c.weight == heaviest > 0]
    rest = [i for i, c in enumerate(columns) if 0 < c.weight < heaviest]
    # On a narrow screen the lighter columns give width to the heaviest, down to a few
    # letters each, until it shows its longest cell or a third of the table.
    need = sum(min(wanted[i], width // 3) - widths[i] for i in first) - max(free, 0)
    for i in sorted(rest, key=lambda i: columns[i].weight):
        give = min(max(widths[i] - FLOOR, 0), max(need, 0))
        widths[i] -= give
        free += give
        need -= give
    for group in (first, rest):
        while free > 0:
            short = [i for i in group if widths[i] < wanted[i]]
            if not short:
                break
            total = sum(columns[i].weight for i in short)
            step = free
            for i in short:
                grow = min(max(step * columns[i].weight // total, 1), wanted[i] - widths[i], free)
                widths[i] += grow
                free -= grow
    total = sum(c.weight for c in columns)
    if free > 0 and total:
        spare = free
        for i, column in enumerate(columns):
            widths[i] += spare * column.weight // total
    widths[-1] += max(width - len(columns) - sum(widths), 0)
    return widths


def _fit(text: str, width: int) -> str:
    """`text` padded or cut to `width` cells; a cut ends in "…" so it is seen as one."""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, max(width - 1, 0)) + ("…" if width else "")


def table_columns(node: DOMNode, spec: Iterable[tuple[str, int, int]]) -> list[Column]:
    """Columns named from the catalog (`col.<key>`) in the UI language of `node`'s app."""
    return [Column(t(node, f"col.{key}"), weight, minimum) for key, weight, minimum in spec]


# Rows told apart by identity, not content: a pane keeps each row's tuple while its entity
# is unchanged, so this finds the few rows a key changed without comparing their cells.
MOST_CHANGED = 64


def _changed_rows(
    before: Sequence[tuple[str, ...]], after: Sequence[tuple[str, ...]]
) -> list[int] | None:
    """The rows that are not the very same tuples as before, or None when the rows were
    added or removed or too many changed to be worth measuring one by one."""
    if len(before) != len(after) or not before:
        return None
    changed = [n for n, (old, new) in enumerate(zip(before, after, strict=True)) if old is not new]
    return changed if len(changed) <= MOST_CHANGED else None


class VirtualTable(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    VirtualTable { height: 1fr; background: $surface; }
    VirtualTable > .vtable--header { text-style: bold; background: $panel; }
    VirtualTable > .vtable--cursor { background: $block-cursor-background;
        color: $block-cursor-foreground; text-style: bold; }
    VirtualTable:blur > .vtable--cursor { background: $block-cursor-blurred-background;
        text-style: none; }
    VirtualTable > .vtable--dim { color: $text-muted; }
    VirtualTable > .vtable--section { text-style: bold; color: $accent; }
    """
    COMPONENT_CLASSES = {"vtable--header", "vtable--cursor", "vtable--dim", "vtable--section"}
    BINDINGS = [
        Binding("up", "cursor(-1)", show=False),
        Binding("down", "cursor(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "edge(0)", show=False),
        Binding("end", "edge(1)", show=False),
        Binding("enter", "select", show=False),
    ]

    cursor_row: reactive[int] = reactive(0)

    @dataclass
    class Selected(Message):
        table: VirtualTable
        row: int

        @property
        def control(self) -> VirtualTable:
            return self.table

    @dataclass
    class Highlighted(Message):
        table: VirtualTable
        row: int

        @property
        def control(self) -> VirtualTable:
            return self.table

    def __init__(self, columns: Sequence[Column], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns = list(columns)
        self.rows: list[tuple[str, ...]] = []
        self.dim_rows: set[int] = set()
        # Heading rows, such as a day of the rundown: selectable, drawn in bold.
        self.section_rows: set[int] = set()
        self.empty_text = ""
        self.longest = [cell_len(column.label) + 1 for column in self.columns]

    def set_rows(
        self,
        rows: Sequence[tuple[str, ...]],
        dim: set[int] | None = None,
        sections: set[int] | None = None,
    ) -> None:
        before, before_sections = self.rows, self.section_rows
        self.rows = list(rows)
        self.dim_rows = dim or set()
        self.section_rows = sections or set()
        changed = _changed_rows(before, self.rows) if self.section_rows == before_sections else None
        if changed is None or not self._widened_by(changed, before):
            self.longest = self._longest()
        self.virtual_size = Size(self.size.width, len(rows) + 1)
        self.cursor_row = min(self.cursor_row, max(len(rows) - 1, 0))
        self.refresh()

    def _longest(self) -> list[int]:
        """Each column's longest cell, with the space before it; `len` is enough for
        names in Latin script, and cheap over thousands of rows (a column at a time)."""
        body = (
            [row for number, row in enumerate(self.rows) if number not in self.section_rows]
            if self.section_rows
            else self.rows
        )
        cells = list(zip(*body, strict=True)) if body else [()] * len(self.columns)
        return [
            max(cell_len(column.label), max(map(len, column_cells), default=0)) + 1
            for column, column_cells in zip(self.columns, cells, strict=True)
        ]

    def _widened_by(self, changed: list[int], before: Sequence[tuple[str, ...]]) -> bool:
        """The longest cells kept after a few rows changed (a key on a roster of 5,000
        changes one row): widened by the new rows' cells; False when a changed row held
        a column's longest cell, which may now be shorter, so every row is measured."""
        longest = list(self.longest)
        for number in changed:
            if number in self.section_rows:
                continue
            if len(before[number]) != len(self.rows[number]):
                return False  # other columns
            for column, (old, new) in enumerate(
                zip(before[number], self.rows[number], strict=True)
            ):
                if len(old) + 1 >= longest[column] and len(new) < len(old):
                    return False
                longest[column] = max(longest[column], len(new) + 1)
        self.longest = longest
        return True

    def cuts(self) -> bool:
        """Whether some cell is too long for its column at the table's width."""
        wanted = (max(c.minimum, n) for c, n in zip(self.columns, self.longest, strict=True))
        return sum(wanted) + len(self.columns) > self.size.width

    def _widths(self) -> list[int]:
        return share_width(self.columns, self.longest, max(self.size.width, 1))

    def _line(self, cells: Sequence[str], widths: list[int]) -> str:
        return (
            " ".join(
                _fit(" " + one_line(cell), width) for cell, width in zip(cells, widths, strict=True)
            )
            + " "
        )

    def render_line(self, y: int) -> Strip:
        widths = self._widths()
        width = self.size.width
        if y == 0:
            text = self._line([c.label for c in self.columns], widths)
            style = self.get_component_rich_style("vtable--header")
            return Strip([Segment(set_cell_size(text, width), style)], width)
        row = self.scroll_offset.y + y - 1
        if row >= len(self.rows):
            if not self.rows and y == 1 and self.empty_text:
                style = self.get_component_rich_style("vtable--dim")
                return Strip([Segment(set_cell_size(" " + self.empty_text, width), style)], width)
            return Strip.blank(width, self.rich_style)
        cells = self.rows[row]
        if row in self.section_rows:
            # A heading runs across the columns instead of being cut to the first ones.
            text = _fit(" " + "  ".join(one_line(c) for c in cells if c), width)
        else:
            text = set_cell_size(self._line(cells, widths), width)
        if row == self.cursor_row:
            style = self.get_component_rich_style("vtable--cursor")
        elif row in self.dim_rows:
            style = self.get_component_rich_style("vtable--dim")
        elif row in self.section_rows:
            style = self.get_component_rich_style("vtable--section")
        else:
            style = self.rich_style
        # Every line is the table's width, as set_cell_size and _fit make it: given, so
        # Textual does not measure each line again, character by character where a cell
        # holds a "…".
        return Strip([Segment(text, style)], width)

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.rows) + 1)

    def watch_cursor_row(self, old: int, new: int) -> None:
        self._scroll_cursor_into_view()
        self.refresh()
        if self.rows:
            self.post_message(self.Highlighted(self, new))

    def _scroll_cursor_into_view(self) -> None:
        visible = max(self.size.height - 1, 1)
        top = self.scroll_offset.y
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False)

    def move_to(self, row: int) -> None:
        self.cursor_row = max(0, min(row, len(self.rows) - 1))

    def action_cursor(self, offset: int) -> None:
        self.move_to(self.cursor_row + offset)

    def action_page(self, direction: int) -> None:
        self.move_to(self.cursor_row + direction * max(self.size.height - 2, 1))

    def action_edge(self, end: int) -> None:
        self.move_to(len(self.rows) - 1 if end else 0)

    def action_select(self) -> None:
        if self.rows:
            self.post_message(self.Selected(self, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        row = self.scroll_offset.y + event.y - 1
        if event.y >= 1 and 0 <= row < len(self.rows):
            if row == self.cursor_row and event.chain >= 2:
                self.action_select()
            self.move_to(row)
