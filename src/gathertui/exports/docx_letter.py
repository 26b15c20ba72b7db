"""Letters as Word documents (.docx), for offices that edit a letter before it is signed.

`add_letter` draws a letter's own parts (`document.Letter`) into a python-docx document:
the place and date at the right, the reference block and the details aligned on their
colons (borderless tables), the addressee and the paragraphs. `render_letter_docx`
draws a whole invitation: each letter with its letterhead and signature block, and the
documents that follow (the Daftar Undangan, the Susunan Acara) from new pages.

python-docx is imported inside the functions: exports load nothing heavy at start-up.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from gathertui.exports.document import Document, Letter, Letterhead, SignatureBlock, Table
from gathertui.text import without_controls

FONT = "Arial"
SIZE = 11
# Paper in millimetres, portrait: A4, and F4 (the folio of Indonesian offices).
PAPERS = {"a4": (210, 297), "f4": (215, 330)}
MARGIN_MM = 20
LOGO_MM = 22


def _text(text: str) -> str:
    """Text as Word may hold it: no control characters (XML refuses them)."""
    return without_controls(text).replace("\t", " ")


def _paragraph(doc: Any, text: str = "", align: str = "left", bold: bool = False) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = doc.add_paragraph()
    paragraph.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    paragraph.paragraph_format.space_after = 0
    if text:
        paragraph.add_run(_text(text)).bold = bold
    return paragraph


def _borderless(doc: Any, rows: list[list[str]], widths_mm: list[float]) -> Any:
    """A table without lines: the colons of a reference block stand under one another."""
    from docx.shared import Mm

    table = doc.add_table(rows=0, cols=len(widths_mm))
    table.autofit = False
    for row in rows:
        cells = table.add_row().cells
        for cell, value, width in zip(cells, row, widths_mm, strict=True):
            cell.width = Mm(width)
            cell.paragraphs[0].add_run(_text(value))
    return table


def _rule(paragraph: Any) -> None:
    """The kop surat's double rule, as the bottom border of its last line."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "thinThickSmallGap"), ("sz", "18"), ("space", "1")):
        bottom.set(qn(f"w:{key}"), value)
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def add_letterhead(doc: Any, letterhead: Letterhead) -> None:
    """The organisation's lines centred, the first in bold, the emblem before them."""
    from docx.shared import Mm

    if letterhead.logo:
        try:
            doc.add_picture(BytesIO(letterhead.logo), height=Mm(LOGO_MM))
            doc.paragraphs[-1].alignment = 1  # centred above the lines
        except Exception:  # a picture Word cannot take: the letterhead without it
            pass
    last = None
    for n, line in enumerate(letterhead.lines):
        last = _paragraph(doc, line, "center", bold=n == 0)
    if last is not None:
        _rule(last)
    _paragraph(doc)


def add_letter(doc: Any, letter: Letter, text_width_mm: float) -> None:
    """The letter's parts, from the place and date to the closing paragraph."""
    from docx.shared import Mm

    _paragraph(doc, letter.place_date, "right")
    _paragraph(doc)
    _borderless(doc, [[label, ":", value] for label, value in letter.references], [24, 4, 100])
    _paragraph(doc)
    for line in letter.addressee:
        _paragraph(doc, line)
    _paragraph(doc)
    opening = _paragraph(doc, letter.opening, "justify")
    opening.paragraph_format.first_line_indent = Mm(10)
    details = [["", label, ":", value] for label, value in letter.details]
    _borderless(doc, details, [10, 30, 4, max(text_width_mm - 44, 40)])
    _paragraph(doc)
    closing = _paragraph(doc, letter.closing, "justify")
    closing.paragraph_format.first_line_indent = Mm(10)


def add_signature(doc: Any, block: SignatureBlock, text_width_mm: float) -> None:
    """The signer in the right half: the place and date, the office, room to sign, the
    name bold and underlined, the rank and the NIP; the acknowledging official after."""
    from docx.shared import Mm

    _paragraph(doc)
    for official in block.officials():
        lines = [block.place_date] if official is block.signer else []
        lines += official.above()
        for line in [*(x for x in lines if x), "", "", ""]:
            _paragraph(doc, line).paragraph_format.left_indent = Mm(text_width_mm / 2)
        name = _paragraph(doc)
        name.paragraph_format.left_indent = Mm(text_width_mm / 2)
        run = name.add_run(_text(official.name))
        run.bold = run.underline = True
        for line in official.below():
            _paragraph(doc, line).paragraph_format.left_indent = Mm(text_width_mm / 2)


def _table(doc: Any, table: Table) -> None:
    """A printout's table with its lines: the header in bold."""
    from docx.shared import Mm

    grid = doc.add_table(rows=1, cols=len(table.columns))
    grid.style = "Table Grid"
    for cell, name in zip(grid.rows[0].cells, table.columns, strict=True):
        cell.paragraphs[0].add_run(_text(name)).bold = True
    total = sum(table.widths) or 1
    for row in table.rows:
        cells = grid.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            cell.paragraphs[0].add_run(_text(value if isinstance(value, str) else ""))
    for column, share in zip(grid.columns, table.widths, strict=False):
        for cell in column.cells:
            cell.width = Mm(170 * share / total)


def _document(doc: Any, document: Document, text_width_mm: float) -> None:
    if document.letterhead is not None:
        add_letterhead(doc, document.letterhead)
    if document.letter is not None:
        add_letter(doc, document.letter, text_width_mm)
    else:
        _paragraph(doc, document.heading.upper(), "center", bold=True)
        _paragraph(doc, document.title, "center", bold=True)
        for line in document.lines:
            _paragraph(doc, line, "center")
        for section in document.sections:
            _paragraph(doc)
            if section.title:
                _paragraph(doc, section.title, bold=True)
            for line in section.lines:
                _paragraph(doc, line)
            if section.table is not None:
                _table(doc, section.table)
    if document.signature is not None:
        add_signature(doc, document.signature, text_width_mm)


def render_letter_docx(document: Document, paper: str = "a4") -> bytes:
    """The document and those that follow it, each from a new page, as a .docx file."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Mm, Pt

    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(SIZE)
    width, height = PAPERS.get(paper.lower(), PAPERS["a4"])
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(width), Mm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    text_width = width - 2 * MARGIN_MM
    properties = doc.core_properties
    properties.title = _text(document.title)
    properties.subject = _text(document.heading)
    properties.author = "gathertui"
    _document(doc, document, text_width)
    for part in document.following:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _document(doc, part, text_width)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()
