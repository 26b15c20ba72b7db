"""The semester calendar as a PDF: the six months as grids on one landscape A4 or F4 page
(three months by two, Monday first), with a legend, under the letterhead and heading of
the other printouts; then, from the next page, the list of the semester's entries (the
calendar `Document`'s sections), so every name can be read in full.

What each day looks like comes from `calendar_grid` as data; this module only lays it
out. Every string is drawn with `drawString`, never parsed as markup, and fitted to its
box: shrunk, then cut with an ellipsis, so nothing runs over a cell.

reportlab is imported here only; this module is itself imported when a PDF is asked for.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from gathertui.exports.calendar_grid import (
    Day,
    DayStyle,
    LegendItem,
    Mark,
    MonthGrid,
    SemesterGrid,
    Shape,
)
from gathertui.exports.document import Document
from gathertui.exports.pdf import (
    FONT,
    FONT_BOLD,
    MM,
    _story,
    build_pdf,
    clean,
    paper_size,
)

GUTTER_X = 8 * MM  # between months side by side
GUTTER_Y = 5 * MM  # between the two rows of months
# A week's row is this tall at most (F4 has room to spare) and at least (a tall letterhead).
ROW_MAX = 8.5 * MM
ROW_MIN = 4.5 * MM
TITLE_ROWS = 1.3  # the month's name, in rows
WEEKDAY_ROWS = 0.9  # the weekday names
MONTH_ROWS = TITLE_ROWS + WEEKDAY_ROWS + 6
LEGEND_SIZE = 8
LEGEND_SAMPLE = (8 * MM, 5.5 * MM)
LEGEND_GAP = 6 * MM  # between two legend items
LEGEND_TOP = 4 * MM
TITLE_FILL = "#e0e0e0"  # as the tables' header row
RULE_GREY = "#9e9e9e"


def fitted(
    text: str, font: str, size: float, width: float, smallest: float = 6
) -> tuple[str, float]:
    """The text and a font size at which it fits `width`: smaller down to `smallest`, then
    cut with an ellipsis."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = " ".join(clean(text).split())
    while size > smallest and stringWidth(text, font, size) > width:
        size = max(smallest, size - 0.5)
    if stringWidth(text, font, size) <= width:
        return text, size
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return (text + "…" if text else ""), size


def _colour(hex_colour: str) -> Any:
    from reportlab.lib.colors import HexColor

    return HexColor(hex_colour)


def draw_mark(canvas: Any, mark: Mark, cx: float, cy: float, size: float) -> None:
    """A symbol `size` wide, centred on (cx, cy)."""
    half = size / 2
    canvas.saveState()
    canvas.setFillColor(_colour(mark.colour))
    canvas.setStrokeColor(_colour(mark.colour))
    canvas.setLineWidth(max(0.5, size / 6))
    if mark.shape is Shape.CIRCLE:
        canvas.circle(cx, cy, half, stroke=0, fill=1)
    elif mark.shape is Shape.RING:
        canvas.circle(cx, cy, half * 0.8, stroke=1, fill=0)
    elif mark.shape is Shape.SQUARE:
        canvas.rect(cx - half * 0.85, cy - half * 0.85, size * 0.85, size * 0.85, stroke=0, fill=1)
    elif mark.shape is Shape.CROSS:
        canvas.line(cx - half, cy - half, cx + half, cy + half)
        canvas.line(cx - half, cy + half, cx + half, cy - half)
    else:
        if mark.shape is Shape.DIAMOND:
            points = [(cx, cy + half), (cx + half, cy), (cx, cy - half), (cx - half, cy)]
        else:  # a triangle
            points = [(cx - half, cy - half * 0.85), (cx + half, cy - half * 0.85), (cx, cy + half)]
        path = canvas.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def draw_day(
    canvas: Any, number: str, style: DayStyle, x: float, y: float, width: float, height: float
) -> None:
    """One day's cell, its lower left corner at (x, y): the fill, the number, the marks
    in a row under it."""
    if style.fill is not None:
        canvas.setFillColor(_colour(style.fill))
        canvas.rect(x + 0.6, y + 0.6, width - 1.2, height - 1.2, stroke=0, fill=1)
    font = FONT_BOLD if style.bold else FONT
    text, size = fitted(number, font, min(10.0, height * 0.5), width - 2, smallest=5)
    canvas.setFillColor(_colour(style.colour))
    canvas.setFont(font, size)
    canvas.drawCentredString(x + width / 2, y + height * 0.44, text)
    if not style.marks:
        return
    count = len(style.marks)
    size = min(height * 0.2, 2 * MM)
    # Narrow cells with many marks: the marks shrink, never leave the cell.
    size = min(size, (width - 2) / (count * 1.4))
    step = size * 1.4
    start = x + width / 2 - step * (count - 1) / 2
    for n, mark in enumerate(style.marks):
        draw_mark(canvas, mark, start + n * step, y + height * 0.2, size)


def draw_month(
    canvas: Any, month: MonthGrid, x: float, top: float, width: float, row: float
) -> None:
    """A month's grid, its upper left corner at (x, top)."""
    cell = width / 7
    title_height = row * TITLE_ROWS
    canvas.setFillColor(_colour(TITLE_FILL))
    canvas.rect(x, top - title_height, width, title_height, stroke=0, fill=1)
    text, size = fitted(month.title, FONT_BOLD, min(10.5, row * 0.7), width - 4)
    canvas.setFillColor(_colour("#000000"))
    canvas.setFont(FONT_BOLD, size)
    canvas.drawCentredString(x + width / 2, top - title_height / 2 - size * 0.35, text)
    names_top = top - title_height
    names_height = row * WEEKDAY_ROWS
    for column, weekday in enumerate(month.weekdays):
        text, size = fitted(weekday.name, FONT_BOLD, min(7.5, row * 0.55), cell - 2, smallest=4)
        canvas.setFillColor(_colour(weekday.colour))
        canvas.setFont(FONT_BOLD, size)
        canvas.drawCentredString(
            x + cell * (column + 0.5), names_top - names_height / 2 - size * 0.35, text
        )
    weeks_top = names_top - names_height
    for number, week in enumerate(month.weeks):
        y = weeks_top - row * (number + 1)
        for column, day in enumerate(week):
            if isinstance(day, Day):
                draw_day(canvas, str(day.number), day.style, x + cell * column, y, cell, row)
    # Thin rules between the weeks and the days, a firmer frame around the month.
    bottom = weeks_top - row * 6
    canvas.saveState()
    canvas.setStrokeColor(_colour(RULE_GREY))
    canvas.setLineWidth(0.3)
    for number in range(7):
        canvas.line(x, weeks_top - row * number, x + width, weeks_top - row * number)
    for column in range(1, 7):
        canvas.line(x + cell * column, names_top, x + cell * column, bottom)
    canvas.setStrokeColor(_colour("#000000"))
    canvas.setLineWidth(0.6)
    canvas.rect(x, bottom, width, top - bottom, stroke=1, fill=0)
    canvas.restoreState()


def legend_rows(items: tuple[LegendItem, ...], width: float) -> list[list[tuple[LegendItem, str]]]:
    """The legend's items in lines that fit `width`, each with its text as it fits."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    sample_width = LEGEND_SAMPLE[0] + 2 * MM
    rows: list[list[tuple[LegendItem, str]]] = [[]]
    used = 0.0
    for item in items:
        text, _ = fitted(item.text, FONT, LEGEND_SIZE, width - sample_width, LEGEND_SIZE)
        needed = sample_width + stringWidth(text, FONT, LEGEND_SIZE)
        if rows[-1] and used + LEGEND_GAP + needed > width:
            rows.append([])
            used = 0.0
        used += (LEGEND_GAP if rows[-1] else 0.0) + needed
        rows[-1].append((item, text))
    return rows


@cache
def _grid_class() -> type[Any]:
    """The class of the six months and their legend, made once reportlab is imported."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    class SemesterGridFlowable(Flowable):  # type: ignore[misc]
        """The months three by two and the legend under them, as tall as the room left on
        the page allows (weeks between ROW_MIN and ROW_MAX tall)."""

        def __init__(self, grid: SemesterGrid) -> None:
            super().__init__()
            self.grid = grid
            self.width = 0.0
            self.height = 0.0
            self.row = ROW_MIN
            self.legend: list[list[tuple[LegendItem, str]]] = []

        def _legend_height(self) -> float:
            return LEGEND_TOP + len(self.legend) * (LEGEND_SAMPLE[1] + 1.5 * MM)

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            self.legend = legend_rows(self.grid.legend, available_width)
            room = available_height - self._legend_height() - GUTTER_Y
            self.row = max(ROW_MIN, min(ROW_MAX, room / (2 * MONTH_ROWS)))
            self.height = 2 * MONTH_ROWS * self.row + GUTTER_Y + self._legend_height()
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            month_width = (self.width - 2 * GUTTER_X) / 3
            month_height = MONTH_ROWS * self.row
            for n, month in enumerate(self.grid.months):
                x = (n % 3) * (month_width + GUTTER_X)
                top = self.height - (n // 3) * (month_height + GUTTER_Y)
                draw_month(canvas, month, x, top, month_width, self.row)
            y = self.height - 2 * month_height - GUTTER_Y - LEGEND_TOP
            sample_width, sample_height = LEGEND_SAMPLE
            for line in self.legend:
                y -= sample_height
                x = 0.0
                for item, text in line:
                    draw_day(canvas, "17", item.sample, x, y, sample_width, sample_height)
                    canvas.saveState()
                    canvas.setStrokeColor(_colour(RULE_GREY))
                    canvas.setLineWidth(0.3)
                    canvas.rect(x, y, sample_width, sample_height, stroke=1, fill=0)
                    canvas.restoreState()
                    x += sample_width + 2 * MM
                    canvas.setFillColor(_colour("#000000"))
                    canvas.setFont(FONT, LEGEND_SIZE)
                    canvas.drawString(x, y + sample_height / 2 - LEGEND_SIZE * 0.35, text)
                    x += stringWidth(text, FONT, LEGEND_SIZE) + LEGEND_GAP
                y -= 1.5 * MM

    return SemesterGridFlowable


def render_calendar_pdf(document: Document, grid: SemesterGrid, paper: str = "a4") -> bytes:
    """The calendar on landscape A4 or F4: the heading and the month grids on the first
    page, the document's list of entries from the second."""
    from reportlab.platypus import PageBreak

    def story(document: Document, frame_width: float, frame_height: float) -> list[Any]:
        # The grids on the first page; the list and the signature as any printout's.
        return _story(document, frame_width, frame_height, [_grid_class()(grid), PageBreak()])

    width, height = paper_size(paper)
    return build_pdf(document, (height, width), story)
