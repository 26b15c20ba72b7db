"""The signature block of a PDF printout: the signer in the right half of the page under
the place and date, the official who acknowledges it ("Mengetahui") in the left half,
each with the office, room to sign, the name bold and underlined, the rank and the NIP.

Drawn as a borderless two-column table, so the lines of the two officials stay level
however many lines each office wraps to. Imported by `pdf` only when it draws a block.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from gathertui.exports.document import SignatureBlock
from gathertui.exports.pdf import MM, _styles, markup

# Room to sign and stamp between the office and the name.
SIGN_SPACE = 18 * MM
# Space between the last table and the block.
SPACE_BEFORE = 6 * MM


def _text(text: str, bold_underlined: bool = False) -> Any:
    from reportlab.platypus import Paragraph

    body = markup(text)
    if bold_underlined and body:
        body = f"<u><b>{body}</b></u>"
    return Paragraph(body, _style())


@cache
def _style() -> Any:
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("gt-signature", parent=_styles()["line"], alignment=TA_LEFT)


def _block(block: SignatureBlock, frame_width: float) -> list[Any]:
    """The space before the block and the block itself, as a borderless table."""
    from reportlab.platypus import Spacer, Table, TableStyle

    data: list[list[Any]] = []
    heights: list[float | None] = []
    for kind, left, right in block.rows():
        if kind == "space":
            data.append(["", ""])
            heights.append(SIGN_SPACE)
            continue
        bold = kind == "name"
        data.append([_text(left, bold), _text(right, bold)])
        heights.append(None)
    half = frame_width / 2
    table = Table(
        data,
        colWidths=[half, half],
        rowHeights=heights,
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                # The signer's lines start a little right of the middle, as letters set them.
                ("LEFTPADDING", (1, 0), (1, -1), 6 * MM),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * MM),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
        hAlign="LEFT",
    )
    return [Spacer(1, SPACE_BEFORE), table]


def signed_story(story: list[Any], block: SignatureBlock | None, frame_width: float) -> list[Any]:
    """The story with the block at its end, on one page. A block that does not fit under
    the last table takes the table's last rows with it to the next page rather than stand
    alone there; after lines of text (the salutation) it takes the last line."""
    if block is None:
        return story
    from reportlab.platypus import KeepTogether, Spacer
    from reportlab.platypus import Table as RLTable

    parts = _block(block, frame_width)
    if not story:
        return [KeepTogether(parts)]
    from gathertui.exports.pdf_long_table import long_table_class

    *before, last = story
    if isinstance(last, RLTable | long_table_class()):
        # The table's title (a month, a day, a delegation) travels with it when the whole
        # of it has to go over with the block.
        head = [before.pop()] if before and isinstance(before[-1], KeepTogether) else []
        return [*before, _tail_keeper_class()(last, parts, head)]
    if isinstance(last, KeepTogether):
        # Lines kept together (the salutation read aloud): only the last one comes with
        # the block, so the others still fill the page above it.
        content = list(last._content)
        at = max((n for n, part in enumerate(content) if not isinstance(part, Spacer)), default=0)
        head = [KeepTogether(content[:at])] if at else []
        return [*before, *head, KeepTogether([*content[at:], *parts])]
    return [*before, KeepTogether([last, *parts])]


# The table rows that go to the next page with a block that does not fit under them.
TAIL_ROWS = 2


@cache
def _tail_keeper_class() -> type[Any]:
    from reportlab.platypus import Flowable, KeepTogether
    from reportlab.platypus.doctemplate import FrameBreak

    class TailKeeper(Flowable):  # type: ignore[misc]
        """A table and the signature block under it, laid out as KeepTogether is: wrap
        asks for a split, and split says what goes on this page."""

        def __init__(self, table: Any, block: list[Any], head: list[Any]) -> None:
            super().__init__()
            self.table = table
            self.block = block
            self.head = head

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return available_width, 0xFFFFFF  # never drawn itself: always split

        def split(self, available_width: float, available_height: float) -> list[Any]:
            # The table splits a row only at the top of a page, as it does on its own.
            frame = getattr(self, "_frame", None)
            self.table._frame = frame
            head = self.head

            def height(parts: list[Any]) -> float:
                # A KeepTogether always asks for more than a page (to be split): its
                # content says how tall it is.
                flat = [g for f in parts for g in getattr(f, "_content", [f])]
                heights = [f.wrapOn(self.canv, available_width, available_height)[1] for f in flat]
                return float(sum(heights))

            # Returned from a split, a KeepTogether could never be placed: its content is.
            head = [g for f in head for g in getattr(f, "_content", [f])]
            head_height = height(head)
            room = available_height - head_height
            page = getattr(frame, "_height", 0.0)
            if room <= 0 and available_height < page:
                return [FrameBreak(), type(self)(self.table, self.block, head)]
            table_height = self.table.wrap(available_width, room)[1]
            block_height = height(self.block)
            if table_height + block_height <= room:
                return [*head, self.table, *self.block]
            if table_height > room:
                # The table goes on over the page anyway: its rest keeps the block.
                parts: list[Any] = self.table.split(available_width, room)
                if len(parts) == 2:
                    return [*head, parts[0], type(self)(parts[1], self.block, [])]
                # No row fits here: the whole of it starts on the next page.
                return [] if available_height < page else [*head, *parts]
            # The table fits, the block does not: its last rows go over with the block.
            rows = self.table._rowHeights
            moved = min(TAIL_ROWS, len(rows) - 1 - self.table.repeatRows)
            if moved > 0 and table_height <= room:
                staying = sum(rows[: len(rows) - moved]) + 0.01
                parts = self.table.split(available_width, staying)
                if len(parts) == 2:
                    return [*head, parts[0], FrameBreak(), KeepTogether([parts[1], *self.block])]
            # A short table that keeps its rows together: it goes over whole, with its
            # title, rather than leave the block alone on the next page.
            if page and head_height + table_height + block_height <= page:
                return [FrameBreak(), KeepTogether([*head, self.table, *self.block])]
            return [*head, self.table, KeepTogether(self.block)]

    return TailKeeper
