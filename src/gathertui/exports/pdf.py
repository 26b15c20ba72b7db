"""The PDF renderer: a `Document` laid out with reportlab's platypus.

A4 or F4 (215 x 330 mm, the folio paper of Indonesian offices), portrait, black on
white. Text is set in the Vera fonts that ship with reportlab, embedded, so curly
quotes, dashes and accented names print; the core PDF fonts are never used. Every
string of the document is data: control characters are dropped and markup is escaped
before it reaches a Paragraph. The output is deterministic: the same document gives
the same bytes (no time stamp, no random file id).

reportlab is imported here only; this module is itself imported when a PDF is asked for.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Sequence
from functools import cache, partial
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from gathertui.exports.document import Cell, Document, Letterhead, Section, Signature, Table
from gathertui.progress import Progress

FONT = "GtVera"
FONT_BOLD = "GtVera-Bold"
FONT_ITALIC = "GtVera-Italic"
FONT_BOLD_ITALIC = "GtVera-BoldItalic"

MM = 72 / 25.4
PAPERS: dict[str, tuple[float, float]] = {
    "a4": (210 * MM, 297 * MM),
    "f4": (215 * MM, 330 * MM),
}
MARGIN = 20 * MM
# The page number sits in the bottom margin, this far above the paper's edge.
FOOTER_Y = 10 * MM
# Room to sign in on the sign-in sheet.
TALL_ROW = 11 * MM
# The emblem at the left of the kop surat: as tall as Indonesian letterheads print it,
# and never wider than this.
LOGO_HEIGHT = 23 * MM
LOGO_MAX_WIDTH = 40 * MM
LOGO_GAP = 4 * MM
# The draft mark across each page: light enough to read the page through it.
WATERMARK_GRAY = 0.88

BODY_SIZE = 10
CELL_SIZE = 9
HEADING_SIZE = 14
# The type of a document read aloud (`Document.large`).
LARGE_SIZE = 15

# Escape sequences (CSI with parameters, OSC up to its terminator, and the two-byte
# kind), then the remaining C0 controls but tab and newline, DEL and the C1 controls.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """The text without escape sequences or control characters (tab and newline kept)."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def markup(text: str) -> str:
    """Plain text as Paragraph markup that shows it literally, line breaks kept."""
    escaped = escape(clean(text).replace("\t", " "))
    return "<br/>".join(escaped.split("\n"))


@cache
def _register_fonts() -> None:
    import reportlab
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    for name, file in (
        (FONT, "Vera.ttf"),
        (FONT_BOLD, "VeraBd.ttf"),
        (FONT_ITALIC, "VeraIt.ttf"),
        (FONT_BOLD_ITALIC, "VeraBI.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, os.path.join(folder, file)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    # <b> inside a paragraph set in the bold face stays bold.
    addMapping(FONT_BOLD, 0, 0, FONT_BOLD)
    addMapping(FONT_BOLD, 1, 0, FONT_BOLD)


@cache
def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle(
        "gt-body", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.3, alignment=TA_LEFT
    )

    def derive(name: str, **changes: Any) -> Any:
        return ParagraphStyle(name, parent=body, **changes)

    cell = derive("gt-cell", fontSize=CELL_SIZE, leading=CELL_SIZE * 1.2)
    return {
        "kop-first": derive(
            "gt-kop-first", fontName=FONT_BOLD, fontSize=13, leading=16, alignment=TA_CENTER
        ),
        "kop": derive("gt-kop", fontSize=9.5, leading=12, alignment=TA_CENTER),
        "heading": derive(
            "gt-heading",
            fontName=FONT_BOLD,
            fontSize=HEADING_SIZE,
            leading=HEADING_SIZE * 1.3,
            alignment=TA_CENTER,
            spaceAfter=2,
        ),
        "title": derive(
            "gt-title", fontName=FONT_BOLD, fontSize=11.5, leading=15, alignment=TA_CENTER
        ),
        "line": derive("gt-line", alignment=TA_CENTER),
        "section": derive(
            "gt-section", fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=10, spaceAfter=2
        ),
        "section-line": derive("gt-section-line", spaceAfter=1),
        # A section of lines alone is read aloud (the MC's salutation): larger, spaced,
        # each line's continuation indented under its start.
        "reading": derive(
            "gt-reading", fontSize=11, leading=15, spaceAfter=5, leftIndent=14, firstLineIndent=-14
        ),
        # Paragraphs of prose (`Section.prose`): the body's type, a little apart.
        "prose": derive("gt-prose", fontSize=10.5, leading=15, spaceAfter=7),
        # The same in large type, for a script read at arm's length from a lectern.
        "section-large": derive(
            "gt-section-large",
            fontName=FONT_BOLD,
            fontSize=LARGE_SIZE + 1,
            leading=(LARGE_SIZE + 1) * 1.3,
            spaceBefore=14,
            spaceAfter=4,
        ),
        "reading-large": derive(
            "gt-reading-large",
            fontSize=LARGE_SIZE,
            leading=LARGE_SIZE * 1.4,
            spaceAfter=7,
            leftIndent=18,
            firstLineIndent=-18,
        ),
        "cell": cell,
        "cell-bold": ParagraphStyle("gt-cell-bold", parent=cell, fontName=FONT_BOLD),
    }


@cache
def _paragraph_class() -> type[Any]:
    """Paragraph that lays itself out once per width.

    A table wraps each cell again for every page it splits over and once more to draw
    it; the lines for a given width never change, so they are kept. (The table's
    sums give the same width in the last bits differently from call to call.)
    """
    from reportlab.platypus import Paragraph

    class OnceParagraph(Paragraph):  # type: ignore[misc]
        _wrapped: tuple[float, tuple[float, float]] | None = None

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            # Splitting (a row split over two pages) drops the lines: then wrap anew.
            cached = self._wrapped
            if (
                cached is not None
                and abs(cached[0] - available_width) < 1e-6
                and hasattr(self, "blPara")
            ):
                return cached[1]
            size: tuple[float, float] = super().wrap(available_width, available_height)
            self._wrapped = (available_width, size)
            return size

    return OnceParagraph


def _paragraph(text: str, style: str) -> Any:
    return _paragraph_class()(markup(text), _styles()[style])


@cache
def _signature_class() -> type[Any]:
    """The class of a signature cell's content, made once reportlab is imported."""
    from reportlab.platypus import Flowable

    class SignatureLine(Flowable):  # type: ignore[misc]
        """The number and a dotted line to sign on, in the left or right half of the cell."""

        def __init__(self, number: int, left: bool) -> None:
            super().__init__()
            self.number = number
            self.left = left
            self.width = 0.0
            self.height = CELL_SIZE * 1.4

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            return available_width, self.height

        def draw(self) -> None:
            canvas = self.canv
            half = self.width / 2
            x = 0.0 if self.left else half
            label = f"{self.number}."
            canvas.setFont(FONT, CELL_SIZE)
            canvas.drawString(x, 2, label)
            start = x + canvas.stringWidth(label, FONT, CELL_SIZE) + 3
            end = x + half - 6
            if end > start:
                canvas.saveState()
                canvas.setLineWidth(0.6)
                canvas.setDash(1, 2)
                canvas.line(start, 1.5, end, 1.5)
                canvas.restoreState()

    return SignatureLine


def _cell(value: Cell) -> Any:
    if isinstance(value, Signature):
        return _signature_class()(value.number, value.left)
    return _paragraph(value, "cell")


def _longest_word(texts: list[str], font: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = {word for text in texts for word in clean(text).split()}
    return max((stringWidth(word, font, CELL_SIZE) for word in words), default=0.0)


def _widths(table: Table, frame_width: float) -> list[float]:
    """The columns' widths: their shares of the frame, widened where a share would break
    a word ("Penanggung", a name) across two lines, at the cost of the columns with room
    to spare."""
    count = len(table.columns)
    shares = [max(float(w), 0.0) for w in table.widths]
    if len(shares) != count or sum(shares) <= 0:
        shares = [1.0] * count
    total = sum(shares)
    widths = [frame_width * share / total for share in shares]
    needed = []
    for column in range(count):
        cells = [
            row[column]
            for index, row in enumerate(table.rows)
            if index not in table.headings and column < len(row) and isinstance(row[column], str)
        ]
        longest = max(
            _longest_word([table.columns[column]], FONT_BOLD),
            _longest_word([str(cell) for cell in cells], FONT),
        )
        needed.append(longest + 2 * PADDING_X + 1)
    short = sum(max(need - width, 0.0) for need, width in zip(needed, widths, strict=True))
    spare = [max(width - need, 0.0) for need, width in zip(needed, widths, strict=True)]
    # Only when the others can give the room without breaking words themselves; a word
    # wider than any column (a URL) still breaks.
    if short <= 0 or sum(spare) < short:
        return widths
    given = short / sum(spare)
    return [
        max(need, width) if need > width else width - room * given
        for need, width, room in zip(needed, widths, spare, strict=True)
    ]


@cache
def _table_class() -> type[Any]:
    """Table that splits a row over two pages only when the row is taller than a page."""
    from reportlab.platypus import Table as RLTable

    class RowKeepingTable(RLTable):  # type: ignore[misc]
        # Counts the rows drawn, for an export that says how far it got.
        progress: Progress | None = None

        def split(self, available_width: float, available_height: float) -> list[Any]:
            # reportlab would also split a row to fill the foot of a page; a row is cut
            # only at the top of a page, where it cannot fit whole (a very long note).
            frame = getattr(self, "_frame", None)
            self.splitInRow = 1 if frame is not None and frame._atTop else 0
            parts: list[Any] = super().split(available_width, available_height)
            for part in parts:
                part.progress = self.progress
            return parts

        def draw(self) -> None:
            super().draw()
            if self.progress is not None:
                # The header, repeated on every page, is not one of the rows.
                self.progress.step(len(self._cellvalues) - self.repeatRows)

    return RowKeepingTable


PADDING_X = 4
# Past this many rows a table is given to reportlab a page at a time
# (`exports/pdf_long_table.py`): it would make the rest anew at every page.
LONG_TABLE_ROWS = 100
PADDING_TOP = 2
PADDING_BOTTOM = 3


def _row_height(cells: list[Any], widths: list[float], spans: bool, minimum: float) -> float:
    """How tall the table will draw a row: its tallest cell and the padding."""
    if spans:
        cells, widths = cells[:1], [sum(widths)]
    tallest = 0.0
    for cell, width in zip(cells, widths, strict=True):
        if not isinstance(cell, str):
            tallest = max(tallest, cell.wrap(width - 2 * PADDING_X, 1e6)[1])
    return max(tallest + PADDING_TOP + PADDING_BOTTOM, minimum)


def _table(
    table: Table, frame_width: float, frame_height: float, progress: Progress | None = None
) -> tuple[Any, float]:
    """The table as a flowable, and the height of its header and first two rows;
    `progress` counts each row made, and each drawn."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    count = len(table.columns)
    if count == 0:
        return None, 0.0
    data: list[list[Any]] = [[_paragraph(name, "cell-bold") for name in table.columns]]
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING_X),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING_BOTTOM),
    ]
    heights = [0.0]
    last = len(table.rows)
    for index, row in enumerate(table.rows):
        if progress is not None:
            progress.step()
        at = index + 1
        if index in table.headings:
            words = [clean(c).strip() for c in row if isinstance(c, str)]
            data.append(
                [_paragraph(" ".join(w for w in words if w), "cell-bold")] + [""] * (count - 1)
            )
            commands.append(("SPAN", (0, at), (-1, at)))
            commands.append(("VALIGN", (0, at), (-1, at), "MIDDLE"))
            # A label is not left alone at the foot of a page, away from its rows.
            if at < last:
                commands.append(("NOSPLIT", (0, at), (-1, at + 1)))
            heights.append(0.0)
            continue
        cells = [_cell(value) for value in row[:count]]
        cells += [""] * (count - len(cells))
        data.append(cells)
        heights.append(TALL_ROW if table.tall else 0.0)
        if table.tall:
            commands += [
                ("VALIGN", (column, at), (column, at), "BOTTOM")
                for column, value in enumerate(row[:count])
                if isinstance(value, Signature)
            ]
    widths = _widths(table, frame_width)

    def height(at: int) -> float:
        return _row_height(data[at], widths, at - 1 in table.headings, heights[at])

    # No row alone on a page: the first two rows stay together (the section asks for
    # room for them with the header), and so do the last two, so that a table never ends
    # with one row at the top of a page ("Penutup" on page 2). Not two rows that fill
    # half a page: those are split where they must be.
    if last >= 2:
        for first in (1, last - 1):
            if height(first) + height(first + 1) <= frame_height / 2:
                commands.append(("NOSPLIT", (0, first), (-1, first + 1)))
    # The header and the first two rows; with the label's row too when the table opens
    # on one.
    opening = 3 + (0 in table.headings and len(table.rows) > 2)
    opening_height = sum(height(at) for at in range(min(opening, len(data))))
    # The commands for every row (and the header's) are kept apart from those of one row,
    # so that a part of the table gets the latter with its own row numbers.
    whole = [c for c in commands if c[1][1] == 0]
    by_row = [c for c in commands if c[1][1] != 0]
    # reportlab draws the lines of the rest of a split table as two commands, one for
    # the header it repeats and one for the rows: a later part is drawn the same way.
    later = [
        part
        for name, (c0, r0), (c1, r1), *rest in whole
        for part in (
            [(name, (c0, 0), (c1, 0), *rest), (name, (c0, 1), (c1, r1), *rest)]
            if name == "GRID" and r1 != 0
            else [(name, (c0, r0), (c1, r1), *rest)]
        )
    ]

    def build(first: int, last: int) -> Any:
        """The header and the rows first..last-1, as a table of their own."""
        shift = first - 1
        rows = [list(data[0])] + [list(row) for row in data[first:last]]
        own = [
            (name, (c0, r0 - shift), (c1, r1 - shift), *rest)
            for name, (c0, r0), (c1, r1), *rest in by_row
            if first <= r0 and r1 < last
        ]
        made = _table_class()(
            rows,
            colWidths=widths,
            repeatRows=1,
            style=TableStyle((whole if first == 1 else later) + own),
            minRowHeights=[heights[0], *heights[first:last]] if table.tall else None,
            longTableOptimize=1,
            hAlign="LEFT",
        )
        made.progress = progress
        return made

    if len(data) <= LONG_TABLE_ROWS:
        return build(1, len(data)), opening_height
    from gathertui.exports.pdf_long_table import long_table_class

    return long_table_class()(build, height, 1, len(data)), opening_height


def _logo(data: bytes) -> Any | None:
    """The emblem as a flowable LOGO_HEIGHT tall, or None for bytes that are no picture
    reportlab can read: the letterhead is then printed without it (the command that read
    the file has said why)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        width, height = ImageReader(BytesIO(data)).getSize()
    except Exception:  # any decoding failure of a damaged file: print without it
        return None
    if width <= 0 or height <= 0:
        return None
    drawn_width = min(LOGO_HEIGHT * width / height, LOGO_MAX_WIDTH)
    drawn_height = drawn_width * height / width
    return Image(BytesIO(data), width=drawn_width, height=drawn_height)


def _letterhead(letterhead: Letterhead, frame_width: float) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import HRFlowable

    lines = letterhead.lines
    if not lines:
        return []
    text: list[Any] = [_paragraph(lines[0], "kop-first")]
    text += [_paragraph(line, "kop") for line in lines[1:]]
    logo = _logo(letterhead.logo) if letterhead.logo else None
    if logo is None:
        story = text
    else:
        from reportlab.platypus import Table as RLTable

        # The emblem at the left, the lines centred in the rest, as kop surat are set.
        beside = logo.drawWidth + LOGO_GAP
        story = [
            RLTable(
                [[logo, text]],
                colWidths=[beside, frame_width - beside],
                style=[
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ],
                hAlign="LEFT",
            )
        ]
    # The kop surat's double rule: a thick line over a thin one.
    story.append(
        HRFlowable(width="100%", thickness=1.5, color=colors.black, spaceBefore=5, spaceAfter=1.2)
    )
    story.append(HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceAfter=9))
    return story


def _section(
    section: Section,
    frame_width: float,
    frame_height: float,
    progress: Progress | None = None,
    large: bool = False,
) -> list[Any]:
    from reportlab.platypus import CondPageBreak, KeepTogether, PageBreakIfNotEmpty, Spacer

    title_style = "section-large" if large else "section"
    head: list[Any] = [_paragraph(section.title, title_style)] if section.title else []
    style = "reading" if section.table is None else "section-line"
    if large and section.table is None:
        style = "reading-large"
    elif section.prose:
        style = "prose"
    head += [_paragraph(line, style) for line in section.lines]
    head.append(Spacer(1, 4))
    table, opening = (
        (None, 0.0)
        if section.table is None
        else _table(section.table, frame_width, frame_height, progress)
    )
    # A day's title is not left alone at the foot of a page: it starts a new one when
    # the title, the table's header and its first rows would not fit together.
    needed = sum(part.wrap(frame_width, frame_height)[1] for part in head) + opening
    needed += _styles()[title_style].spaceBefore + 2
    story: list[Any] = [CondPageBreak(min(needed, frame_height / 2))]
    if section.new_page:
        story = [PageBreakIfNotEmpty()]
    story.append(KeepTogether(head))
    if table is not None:
        story.append(table)
    return story


def _heading(document: Document, frame_width: float) -> list[Any]:
    """The letterhead, the heading, the title and the lines under it."""
    from reportlab.platypus import Spacer

    story: list[Any] = []
    if document.letterhead is not None:
        story += _letterhead(document.letterhead, frame_width)
    if document.letter is not None:
        from gathertui.exports.pdf_letter import letter_story

        return story + letter_story(document.letter, frame_width)
    story.append(_paragraph(document.heading.upper(), "heading"))
    if document.title:
        story.append(_paragraph(document.title, "title"))
    story += [_paragraph(line, "line") for line in document.lines]
    story.append(Spacer(1, 6))
    return story


def _story(
    document: Document,
    frame_width: float,
    frame_height: float,
    opening: Sequence[Any] = (),
    progress: Progress | None = None,
) -> list[Any]:
    """The heading, then `opening` (the calendar's month grids), the sections and the
    signature block; then each document that follows, from a new page."""
    story = [*_heading(document, frame_width), *opening]
    for section in document.sections:
        story += _section(section, frame_width, frame_height, progress, document.large)
    from gathertui.exports.pdf_signature import signed_story

    story = signed_story(story, document.signature, frame_width)
    if document.following:
        from reportlab.platypus import PageBreak

        for part in document.following:
            story += [PageBreak(), *_story(part, frame_width, frame_height, (), progress)]
    return story


def _page_text(label: str, page: int, pages: int) -> str:
    try:
        text = label.format(page=page, pages=pages)
    except (KeyError, IndexError, ValueError):
        text = f"{page}/{pages}"
    return clean(text).replace("\n", " ")


def _numbered_canvas(label: str) -> Callable[..., Any]:
    """A canvas that keeps its pages until the end, then numbers them "page of pages"."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(FONT, 9)
                self.setFillGray(0)
                width = self._pagesize[0]
                self.drawCentredString(width / 2, FOOTER_Y, _page_text(label, number, total))
                super().showPage()
            super().save()

    return NumberedCanvas


def _watermark(text: str) -> Callable[[Any, Any], None]:
    """What each page draws first, under its text: `text` across the page, corner to
    corner, in light grey (nothing for an empty text)."""

    def draw(canvas: Any, _template: Any) -> None:
        if not text:
            return
        from reportlab.pdfbase.pdfmetrics import stringWidth

        width, height = canvas._pagesize
        diagonal = (width**2 + height**2) ** 0.5
        # Half the diagonal long, at most a size that still reads as a word.
        size = min(0.5 * diagonal / max(stringWidth(text, FONT_BOLD, 1), 1e-6), 160)
        canvas.saveState()
        canvas.setFillGray(WATERMARK_GRAY)
        canvas.setFont(FONT_BOLD, size)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(math.degrees(math.atan2(height, width)))
        canvas.drawCentredString(0, -size * 0.35, text)
        canvas.restoreState()

    return draw


def paper_size(paper: str) -> tuple[float, float]:
    """The width and height of A4 or F4 paper, portrait."""
    size = PAPERS.get(paper.lower())
    if size is None:
        raise ValueError(f"unknown paper {paper!r}: expected one of {', '.join(PAPERS)}")
    return size


def render_pdf(document: Document, paper: str = "a4", progress: Progress | None = None) -> bytes:
    """The document as a PDF on A4 or F4 paper, the same bytes for the same document.
    `progress` counts its tables' rows twice, as they are made and as they are drawn:
    both take about as long."""
    if progress is None:
        return build_pdf(document, paper_size(paper), _story)
    tables = [section.table for section in document.sections if section.table is not None]
    rows = sum(len(table.rows) for table in tables)
    # What the person counts: the people (or items), not the delegations' label rows.
    count = rows - sum(len(table.headings) for table in tables)
    progress.begin(2 * rows, count)
    data = build_pdf(document, paper_size(paper), partial(_story, progress=progress))
    progress.finish()
    return data


def doc_template(
    out: BytesIO, size: tuple[float, float], document: Document, **options: Any
) -> Any:
    """Reportlab's document on pages of `size` within the margins, with the printout's
    title, subject and language, and the same bytes for the same printout."""
    from reportlab.platypus import BaseDocTemplate

    return BaseDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=clean(document.title),
        author="gathertui",
        creator="gathertui",
        subject=clean(document.heading),
        lang=document.language,
        invariant=1,
        initialFontName=FONT,
        **options,
    )


def body_frame(width: float, height: float, ident: str) -> Any:
    """The frame inside the margins, without padding: the tables are exactly as wide as
    the text."""
    from reportlab.platypus import Frame

    return Frame(
        MARGIN,
        MARGIN,
        width,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=ident,
    )


def build_pdf(
    document: Document,
    size: tuple[float, float],
    story: Callable[[Document, float, float], list[Any]],
) -> bytes:
    """The flowables `story` makes of the document (given the frame's width and height)
    on pages of `size`, numbered "page of pages"."""
    from reportlab.platypus import PageTemplate

    _register_fonts()
    out = BytesIO()
    template = doc_template(out, size, document, initialFontSize=BODY_SIZE)
    frame = body_frame(template.width, template.height, "body")
    template.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=_watermark(clean(document.watermark)))]
    )
    template.build(
        story(document, template.width, template.height),
        canvasmaker=_numbered_canvas(document.page_label),
    )
    return out.getvalue()
