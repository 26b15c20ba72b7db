"""The signature block of a PDF printout: the signer in the right half of the page under
the place and date, the official who acknowledges it ("Mengetahui") in the left half,
each with the office, room to sign, the name bold and underlined, the rank and the NIP.

Drawn as a borderless two-column table, so the lines of the two officials stay level
however many lines each office wraps to. Imported by `pdf` only when it draws a block.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from gathertui.exports.document import SignatureBlock, SigningOfficial
from gathertui.exports.pdf import MM, _styles, markup

# Room to sign and stamp between the office and the name.
SIGN_SPACE = 20 * MM
# Space between the last table and the block.
SPACE_BEFORE = 8 * MM


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


def _rows(block: SignatureBlock) -> list[tuple[str, str, str]]:
    """(kind, left, right) line by line; the left side is empty without an acknowledger."""
    signer = block.signer
    left = block.acknowledger or SigningOfficial("", "", "", "", "")
    rows = [("text", left.lead, block.place_date)]
    if signer.lead:
        rows.append(("text", "", signer.lead))
    rows += [
        ("text", left.office, signer.office),
        ("space", "", ""),
        ("name", left.name, signer.name),
        ("text", left.rank, signer.rank),
        ("text", left.nip, signer.nip),
    ]
    # A line neither official has (no rank, no NIP) is left out rather than left blank.
    return [row for row in rows if row[0] == "space" or row[1] or row[2]]


def signature_story(block: SignatureBlock | None, frame_width: float) -> list[Any]:
    """The flowables of the block, kept together on one page with a space before it;
    nothing without a block."""
    if block is None:
        return []
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    data: list[list[Any]] = []
    heights: list[float | None] = []
    for kind, left, right in _rows(block):
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
    return [KeepTogether([Spacer(1, SPACE_BEFORE), table])]
