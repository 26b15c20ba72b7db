"""The PDF drawing of a letter's own parts (`document.Letter`), under the letterhead:
the place and date at the right, the reference block and the event's details aligned on
their colons, the addressee, and the paragraphs. Imported by `pdf` only for a letter.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from gathertui.exports.document import Letter
from gathertui.exports.pdf import MM, _register_fonts, _styles, markup

# The colon's column, and the room after the longest label ("Lampiran", "Hari/tanggal").
COLON = 4 * MM
LABEL_PAD = 3 * MM
# The details stand indented under the opening paragraph, as letters set them.
DETAIL_INDENT = 10 * MM
# A paragraph's first line is indented as far.
PARAGRAPH_INDENT = DETAIL_INDENT
GAP = 4 * MM
SIZE = 11


@cache
def _letter_styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("gt-letter", parent=_styles()["line"], fontSize=SIZE, leading=15)
    return {
        "body": ParagraphStyle("gt-letter-body", parent=body, alignment=TA_LEFT),
        "paragraph": ParagraphStyle(
            "gt-letter-paragraph",
            parent=body,
            alignment=TA_JUSTIFY,
            firstLineIndent=PARAGRAPH_INDENT,
        ),
        "right": ParagraphStyle("gt-letter-right", parent=body, alignment=TA_RIGHT),
    }


def _text(text: str, style: str = "body") -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(markup(text), _letter_styles()[style])


def _aligned(rows: list[tuple[str, str]], width: float, indent: float) -> Any:
    """Label, colon, value: a borderless table, so every colon stands under the one
    above and a long value wraps under its own start. The labels' column is as wide as
    the longest label, in the reader's language ("Attachment", "Hari/tanggal")."""
    from reportlab.platypus import Table, TableStyle

    label = label_width(rows, width)
    data = [[_text(name), _text(":"), _text(value)] for name, value in rows]
    table = Table(
        data,
        colWidths=[label, COLON, max(width - indent - label - COLON, 20 * MM)],
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
        hAlign="LEFT",
    )
    if indent:
        from reportlab.platypus import Indenter

        return [Indenter(left=indent), table, Indenter(left=-indent)]
    return [table]


def label_width(rows: list[tuple[str, str]], width: float) -> float:
    """The labels' column of an aligned block: the longest label and a little room, at
    most a third of the `width`. The .docx uses it too, so both set the colons alike."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _register_fonts()
    style = _letter_styles()["body"]
    longest = max(
        (stringWidth(name, style.fontName, style.fontSize) for name, _ in rows), default=0
    )
    return min(longest + LABEL_PAD, width / 3)


def letter_story(letter: Letter, frame_width: float) -> list[Any]:
    """The letter's flowables, from the place and date to the closing paragraph (the
    signature block is the document's, added after)."""
    from reportlab.platypus import Spacer

    story: list[Any] = [_text(letter.place_date, "right"), Spacer(1, GAP)]
    story += _aligned(letter.references, frame_width, 0)
    story.append(Spacer(1, 2 * GAP))
    story += [_text(line) for line in letter.addressee]
    story.append(Spacer(1, 2 * GAP))
    story += [_text(letter.opening, "paragraph"), Spacer(1, GAP)]
    story += _aligned(letter.details, frame_width, DETAIL_INDENT)
    story += [Spacer(1, GAP), _text(letter.closing, "paragraph")]
    return story
