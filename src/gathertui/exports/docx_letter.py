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

from gathertui.exports.document import Cell, Document, Letter, Letterhead, SignatureBlock, Table
from gathertui.text import without_controls

FONT = "Arial"
SIZE = 11
CELL_SIZE = 9
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
    """A table without lines: the colons of a reference block stand under one another.
    The widths are fixed in the table's grid and in each cell, as Word and LibreOffice
    each read one of them."""
    table = doc.add_table(rows=0, cols=len(widths_mm))
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = 0
            paragraph.add_run(_text(value))
    _fix_widths(table, widths_mm)
    return table


def _fix_widths(table: Any, widths_mm: list[float]) -> None:
    from docx.shared import Mm

    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)


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


def add_letterhead(doc: Any, letterhead: Letterhead, text_width_mm: float) -> None:
    """The organisation's lines centred, the first in bold, the emblem at their left
    (a borderless table of two cells, as kop surat are set), the double rule below."""
    from docx.shared import Mm, Pt

    table = doc.add_table(rows=1, cols=2)
    logo_cell, text_cell = table.rows[0].cells
    if letterhead.logo:
        try:
            run = logo_cell.paragraphs[0].add_run()
            run.add_picture(BytesIO(letterhead.logo), height=Mm(LOGO_MM))
        except Exception:  # a picture Word cannot take: the letterhead without it
            pass
    for n, line in enumerate(letterhead.lines):
        paragraph = text_cell.paragraphs[0] if n == 0 else text_cell.add_paragraph()
        paragraph.alignment = 1  # centred
        paragraph.paragraph_format.space_after = 0
        run = paragraph.add_run(_text(line))
        run.bold = n == 0
        run.font.size = Pt(13 if n == 0 else 9)
    _fix_widths(table, [LOGO_MM + 6, text_width_mm - LOGO_MM - 6])
    _rule(_paragraph(doc))
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
    _paragraph(doc)
    details = [["", label, ":", value] for label, value in letter.details]
    _borderless(doc, details, [10, 30, 4, text_width_mm - 44])
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


def _table(doc: Any, table: Table, text_width_mm: float) -> None:
    """A printout's table with its lines, in the size of the PDF's cells: the header in
    bold."""
    from docx.shared import Pt

    grid = doc.add_table(rows=1, cols=len(table.columns))
    grid.style = "Table Grid"
    rows: list[list[Cell]] = [list(table.columns), *table.rows]
    for n, row in enumerate(rows):
        cells = grid.rows[0].cells if n == 0 else grid.add_row().cells
        for cell, value in zip(cells, row, strict=False):
            run = cell.paragraphs[0].add_run(_text(value if isinstance(value, str) else ""))
            run.bold = n == 0
            run.font.size = Pt(CELL_SIZE)
    total = sum(table.widths) or 1
    _fix_widths(grid, [text_width_mm * share / total for share in table.widths])


def _document(doc: Any, document: Document, text_width_mm: float) -> None:
    if document.letterhead is not None:
        add_letterhead(doc, document.letterhead, text_width_mm)
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
                _table(doc, section.table, text_width_mm)
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
    style.paragraph_format.space_after = 0
    style.paragraph_format.line_spacing = 1.0
    width, height = PAPERS.get(paper.lower(), PAPERS["a4"])
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(width), Mm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    text_width = width - 2 * MARGIN_MM
    properties = doc.core_properties
    # Word's document properties hold at most 255 characters.
    properties.title = _text(document.title)[:255]
    properties.subject = _text(document.heading)[:255]
    properties.author = "gathertui"
    _document(doc, document, text_width)
    for part in document.following:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _document(doc, part, text_width)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()
