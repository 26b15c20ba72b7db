"""The seating plan drawn (denah tempat duduk): a page per venue laid out in seats, the
room from above (`seating_geometry.py`) under the letterhead and heading of the other
printouts, each seat a box with its code and who sits there, a legend, who found no seat,
and the signature block.

A page is portrait or landscape, whichever draws the room larger on it: a room wider than
tall (a long head table, wide rows) goes landscape. Every string is drawn with
`drawString`, never parsed as markup, and fitted to its box by wrapping and shrinking
(`fit`): never cut, so a long office is smaller, not shorter.

reportlab is imported here only; this module is itself imported when a PDF is asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from io import BytesIO
from typing import Any

from gathertui.exports.pdf import (
    FONT,
    FONT_BOLD,
    MARGIN,
    MM,
    _heading,
    _numbered_canvas,
    _register_fonts,
    _watermark,
    body_frame,
    clean,
    doc_template,
    markup,
    paper_size,
)
from gathertui.exports.pdf_fit import LEADING, wrapped
from gathertui.exports.seating_geometry import SEAT_H, SEAT_W, Rect, Room, room
from gathertui.exports.seating_list import DiagramPage, SeatText

# The smallest type tried. Words that do not stand in their box even so (a box a few
# points high) are drawn at it all the same: past the box's edge rather than cut.
FLOOR = 1.0
SEAT_TEXT = 7.0  # the largest type of an office and a name
CODE_TEXT = 7.0  # the largest type of a seat's code
# A seat is never drawn wider than this, however few seats the room has.
SEAT_MAX = 24 * MM
EMPTY_FILL = 0.9  # an empty seat's grey
FURNITURE_FILL = 0.82  # the head table, the U's arms, the round tables, the stage
LEGEND_SIZE = 7.5
LEGEND_LINE = 5.5 * MM
LEGEND_SAMPLE = (7 * MM, 4 * MM)
LEGEND_GAP = 5 * MM
# Between the room and the legend, and under the legend.
SPACE = 3 * MM


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, font, size))


def fit(
    parts: Sequence[tuple[str, str]], width: float, height: float, largest: float
) -> tuple[float, list[tuple[str, str]]]:
    """The size and the lines (font, text) of `parts` (text, font), each wrapped to
    `width` (`pdf_fit.wrapped`: between words, a word wider than the line between its
    letters), all set in one size: the largest, up to `largest`, whose lines stand in
    `height` (LEADING apart)."""
    size = largest
    while True:
        lines = [
            (font, line)
            for text, font in parts
            for line in wrapped(" ".join(clean(text).split()), font, size, width)
        ]
        if len(lines) * size * LEADING <= height or size <= FLOOR:
            return size, lines
        size = max(FLOOR, size * 0.93)


def _colour_grey(canvas: Any, fill: float, stroke: float) -> None:
    canvas.setFillGray(fill)
    canvas.setStrokeGray(stroke)


def _pin(canvas: Any, x: float, y: float, radius: float) -> None:
    """The pin mark: a black disc with a white dot, its centre at (x, y)."""
    canvas.saveState()
    canvas.setFillGray(0)
    canvas.circle(x, y, radius, stroke=0, fill=1)
    canvas.setFillGray(1)
    canvas.circle(x, y, radius * 0.35, stroke=0, fill=1)
    canvas.restoreState()


def draw_seat(canvas: Any, seat: SeatText, x: float, y: float, w: float, h: float) -> None:
    """One seat's box, its lower left corner at (x, y): light grey and its code alone
    when empty; else its code, the office and the name; a pinned seat has a thick border
    and the pin mark."""
    canvas.saveState()
    if not seat.taken:
        _colour_grey(canvas, EMPTY_FILL, 0.55)
        canvas.setLineWidth(0.4)
        canvas.rect(x, y, w, h, stroke=1, fill=1)
        size, lines = fit([(seat.seat.code, FONT)], w - 2, h - 2, min(CODE_TEXT, h * 0.45))
        canvas.setFillGray(0.35)
        canvas.setFont(FONT, size)
        for n, (_, line) in enumerate(lines):
            canvas.drawCentredString(x + w / 2, y + h / 2 - size * 0.35 - n * size, line)
        canvas.restoreState()
        return
    _colour_grey(canvas, 1, 0)
    canvas.setLineWidth(1.6 if seat.pinned else 0.6)
    canvas.rect(x, y, w, h, stroke=1, fill=1)
    pad = min(w, h) * 0.05 + 1
    mark = min(w, h) * 0.09 if seat.pinned else 0.0
    code_size, code = fit(
        [(seat.seat.code, FONT_BOLD)], w - 2 * pad - 2.5 * mark, h * 0.3, min(CODE_TEXT, h * 0.28)
    )
    canvas.setFillGray(0)
    top = y + h - pad
    for n, (font, line) in enumerate(code):
        canvas.setFont(font, code_size)
        canvas.drawString(x + pad, top - code_size * (0.85 + n * LEADING), line)
    top -= code_size * LEADING * len(code)
    if seat.pinned:
        _pin(canvas, x + w - pad - mark, y + h - pad - mark, mark)
    parts = [(text, font) for text, font in ((seat.office, FONT), (seat.name, FONT_BOLD)) if text]
    size, lines = fit(parts, w - 2 * pad, top - (y + pad), SEAT_TEXT)
    for n, (font, line) in enumerate(lines):
        canvas.setFont(font, size)
        canvas.drawString(x + pad, top - size * (0.85 + n * LEADING), line)
    canvas.restoreState()


def _label(canvas: Any, text: str, cx: float, cy: float, width: float, height: float) -> None:
    """A bold label centred on (cx, cy), fitted to a box of width × height."""
    size, lines = fit([(text, FONT_BOLD)], width, height, min(9.0, height * 0.6))
    canvas.setFillGray(0)
    first = cy + (len(lines) - 1) * size * LEADING / 2 - size * 0.35
    for n, (font, line) in enumerate(lines):
        canvas.setFont(font, size)
        canvas.drawCentredString(cx, first - n * size * LEADING, line)


def legend_lines(page: DiagramPage, width: float) -> list[list[tuple[int, str]]]:
    """The legend's items (0 taken, 1 empty, 2 pinned) in lines that fit `width`, after
    its title."""
    title, *items = page.legend
    sample = LEGEND_SAMPLE[0] + 2 * MM
    used = _width(f"{title}:", FONT_BOLD, LEGEND_SIZE) + LEGEND_GAP
    lines: list[list[tuple[int, str]]] = [[]]
    for kind, text in enumerate(items):
        needed = sample + _width(text, FONT, LEGEND_SIZE)
        if lines[-1] and used + needed > width:
            lines.append([])
            used = 0.0
        lines[-1].append((kind, text))
        used += needed + LEGEND_GAP
    return lines


def _scale(shape: Room, width: float, height: float) -> float:
    """Points per seat unit for the room to fit width × height, a seat at most SEAT_MAX."""
    if height <= 0:
        return 0.0
    return min(width / shape.width, height / shape.height, SEAT_MAX / SEAT_W)


@cache
def _room_class() -> type[Any]:
    from reportlab.platypus import Flowable

    class RoomDrawing(Flowable):  # type: ignore[misc]
        """The room and its legend, as tall as the page leaves above `reserve` (what
        follows it on the page: who has no seat, the signature block)."""

        def __init__(self, page: DiagramPage, shape: Room, reserve: float) -> None:
            super().__init__()
            self.page = page
            self.shape = shape
            self.reserve = reserve
            self.width = 0.0
            self.height = 0.0
            self.scale = 0.0
            self.legend: list[list[tuple[int, str]]] = []

        def _legend_height(self) -> float:
            return SPACE + len(self.legend) * LEGEND_LINE

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            self.legend = legend_lines(self.page, available_width)
            room_height = available_height - self.reserve - self._legend_height()
            # A page that leaves almost nothing (a very long list of the unseated) still
            # draws the room, small, and lets what follows go to the next page.
            room_height = max(room_height, 40 * MM)
            self.scale = _scale(self.shape, available_width, room_height)
            self.height = self.shape.height * self.scale + self._legend_height()
            return self.width, self.height

        def draw(self) -> None:
            canvas = self.canv
            scale = self.scale
            left = (self.width - self.shape.width * scale) / 2
            top = self.height

            def box(rect: Rect) -> tuple[float, float, float, float]:
                return (
                    left + rect.x * scale,
                    top - (rect.y + rect.h) * scale,
                    rect.w * scale,
                    rect.h * scale,
                )

            page = self.page
            canvas.saveState()
            canvas.setLineWidth(0.5)
            for rect, text in (
                (self.shape.head_table, page.head_table),
                (self.shape.stage, page.stage),
            ):
                if rect is None:
                    continue
                x, y, w, h = box(rect)
                _colour_grey(canvas, FURNITURE_FILL, 0.3)
                canvas.rect(x, y, w, h, stroke=1, fill=1)
                _label(canvas, text, x + w / 2, y + h / 2, w - 4, h - 1)
            for rect in self.shape.arms:
                _colour_grey(canvas, FURNITURE_FILL, 0.3)
                canvas.rect(*box(rect), stroke=1, fill=1)
            for circle in self.shape.tables:
                cx, cy, r = left + circle.cx * scale, top - circle.cy * scale, circle.r * scale
                _colour_grey(canvas, FURNITURE_FILL, 0.3)
                canvas.circle(cx, cy, r, stroke=1, fill=1)
                name = page.tables[circle.number - 1] if circle.number <= len(page.tables) else ""
                _label(canvas, name, cx, cy, r * 1.5, r * 0.9)
            letter_size = min(9.0, SEAT_H * scale * 0.5)
            canvas.setFillGray(0)
            for letter, cx, cy in self.shape.letters:
                canvas.setFont(FONT_BOLD, letter_size)
                canvas.drawCentredString(
                    left + cx * scale, top - cy * scale - letter_size * 0.35, letter
                )
            texts = {text.seat.code: text for text in page.seats}
            for seat, rect in self.shape.seats:
                draw_seat(canvas, texts.get(seat.code, SeatText(seat)), *box(rect))
            self._draw_legend(top - self.shape.height * scale - SPACE)
            canvas.restoreState()

        def _draw_legend(self, top: float) -> None:
            canvas = self.canv
            title = f"{self.page.legend[0]}:"
            sample_w, sample_h = LEGEND_SAMPLE
            for number, line in enumerate(self.legend):
                y = top - (number + 1) * LEGEND_LINE + (LEGEND_LINE - sample_h) / 2
                x = 0.0
                if number == 0:
                    canvas.setFillGray(0)
                    canvas.setFont(FONT_BOLD, LEGEND_SIZE)
                    canvas.drawString(x, y + sample_h / 2 - LEGEND_SIZE * 0.35, title)
                    x += _width(title, FONT_BOLD, LEGEND_SIZE) + LEGEND_GAP
                for kind, text in line:
                    self._sample(kind, x, y, sample_w, sample_h)
                    x += sample_w + 2 * MM
                    canvas.setFillGray(0)
                    canvas.setFont(FONT, LEGEND_SIZE)
                    canvas.drawString(x, y + sample_h / 2 - LEGEND_SIZE * 0.35, text)
                    x += _width(text, FONT, LEGEND_SIZE) + LEGEND_GAP

        def _sample(self, kind: int, x: float, y: float, w: float, h: float) -> None:
            canvas = self.canv
            canvas.saveState()
            if kind == 1:
                _colour_grey(canvas, EMPTY_FILL, 0.55)
                canvas.setLineWidth(0.4)
            else:
                _colour_grey(canvas, 1, 0)
                canvas.setLineWidth(1.6 if kind == 2 else 0.6)
            canvas.rect(x, y, w, h, stroke=1, fill=1)
            if kind == 2:
                mark = h * 0.2
                _pin(canvas, x + w - mark - 1.2, y + h - mark - 1.2, mark)
            canvas.restoreState()

    return RoomDrawing


def _after(page: DiagramPage, width: float) -> list[Any]:
    """What follows the room on its page: who has no seat, the signature block."""
    from reportlab.platypus import Paragraph

    from gathertui.exports.pdf import _styles

    story: list[Any] = []
    if page.unseated:
        story.append(Paragraph(markup(page.unseated), _styles()["section-line"]))
    if page.document.signature is not None:
        from gathertui.exports.pdf_signature import _block

        story += _block(page.document.signature, width)
    return story


def _height(flowables: list[Any], width: float, height: float) -> float:
    """How tall the flowables stand one under the other, their spaces included."""
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(width, height)[1]
        total += flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _page_story(
    page: DiagramPage, shape: Room, width: float, height: float
) -> tuple[list[Any], float]:
    """The page's flowables, and the scale the room would be drawn at on it."""
    head = _heading(page.document, width)
    after = _after(page, width)
    reserve = _height(after, width, height) + 2 * MM
    drawing = _room_class()(page, shape, reserve)
    room_height = height - _height(head, width, height) - reserve
    room_height -= SPACE + len(legend_lines(page, width)) * LEGEND_LINE
    return [*head, drawing, *after], _scale(shape, width, room_height)


def render_seating_pdf(pages: list[DiagramPage], paper: str = "a4") -> bytes:
    """The diagram: a page per venue, portrait or landscape as draws its room larger, on
    A4 or F4 paper; numbered "page of pages"; the same bytes for the same plan."""
    from reportlab.platypus import NextPageTemplate, PageBreak, PageTemplate

    _register_fonts()
    first = pages[0].document
    width, height = paper_size(paper)
    sizes = {"portrait": (width, height), "landscape": (height, width)}
    story: list[Any] = []
    for number, page in enumerate(pages):
        shape = room(page.layout)
        made = {
            name: _page_story(page, shape, w - 2 * MARGIN, h - 2 * MARGIN)
            for name, (w, h) in sizes.items()
        }
        orientation = max(made, key=lambda name: (made[name][1], name == "landscape"))
        if number:
            story += [NextPageTemplate(orientation), PageBreak()]
        else:
            chosen = orientation
        story += made[orientation][0]
    out = BytesIO()
    template = doc_template(out, sizes[chosen], first)
    watermark = _watermark(clean(first.watermark))
    templates = []
    for name, (w, h) in sizes.items():
        frame = body_frame(w - 2 * MARGIN, h - 2 * MARGIN, f"body-{name}")
        templates.append(PageTemplate(id=name, frames=[frame], onPage=watermark, pagesize=(w, h)))
    # The first page's orientation is the first template: the one a document starts on.
    templates.sort(key=lambda made: made.id != chosen)
    template.addPageTemplates(templates)
    template.build(story, canvasmaker=_numbered_canvas(first.page_label))
    return out.getvalue()
