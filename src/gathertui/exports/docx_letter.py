"""The .docx drawing of a letter's own parts (`document.Letter`), under the letterhead:
the place and date at the right, the reference block and the event's details aligned on
their colons, the addressee, and the paragraphs. Drawn with `docx`'s helpers and its
"Letter ..." styles, spaced as `pdf_letter` spaces the PDF's; imported by `docx` only for
a letter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gathertui.exports.document import Letter
from gathertui.exports.docx import _add, _cell_margins, _element, _row, _word_table
from gathertui.exports.pdf_letter import COLON, DETAIL_INDENT, GAP, label_width

if TYPE_CHECKING:
    from docx.document import Document as WordDocument


def _aligned(word: WordDocument, rows: list[tuple[str, str]], frame: float, indent: float) -> None:
    """Label, colon, value: a borderless table `indent` points in, so every colon stands
    under the one above and a long value wraps under its own start; its columns are the
    PDF's. No rows, no table: Word refuses an empty one."""
    if not rows:
        return
    label = label_width(rows, frame)
    table = _word_table(word, [label, COLON, frame - indent - label - COLON], None)
    _cell_margins(table)
    if indent:
        # Word's order of a table's properties: the indent comes before these.
        table._tbl.tblPr.insert_element_before(
            _element("w:tblInd", w=str(round(indent * 20)), type="dxa"),
            *("w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"),
        )
    for name, value in rows:
        for cell, text in zip(_row(table).cells, (name, ":", value), strict=True):
            _add(cell, text, "Letter Reference")


def add_letter(word: WordDocument, letter: Letter, frame: float) -> None:
    """The letter's paragraphs, from the place and date to the closing (the signature
    block is the document's, added after)."""
    from docx.shared import Pt

    _add(word, letter.place_date, "Letter Date")
    _aligned(word, letter.references, frame, 0)
    addressee = [_add(word, line, "Letter Addressee") for line in letter.addressee]
    if addressee:
        # Twice the letter's gap above and below, as the PDF leaves it.
        addressee[0].paragraph_format.space_before = Pt(2 * GAP)
        addressee[-1].paragraph_format.space_after = Pt(GAP)
    _add(word, letter.opening, "Letter Paragraph")
    _aligned(word, letter.details, frame, DETAIL_INDENT)
    _add(word, letter.closing, "Letter Paragraph")
