"""The Word renderer: a `Document` as a .docx, for offices that edit a printout in Word
before they print and sign it.

Laid out as the PDF is (`exports/pdf.py`): A4 or F4 portrait with the same margins and
type sizes; the kop surat with its double rule; tables whose header row repeats on every
page and whose rows do not break across pages; the signature block kept on one page
with the last rows above it; "Halaman X dari Y" in the footer. The page numbers are
Word's own fields (PAGE, NUMPAGES), so they stay right after the office edits the text.
Each part has a paragraph style of its own ("Section Title", "Table Text", ...), so an
office restyles every section title at once. Text is set in Arial, which every office's
Word has.

Every string is data: control characters go as they go from the PDF (`pdf.clean`), and
python-docx writes the rest as XML text, never as markup. The output is deterministic:
the same document gives the same bytes (no dates in the properties or the archive).

python-docx is imported inside the functions only: this module is itself imported when
a .docx is asked for.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import dataclass
from io import BytesIO
from string import Formatter
from typing import TYPE_CHECKING, Any, cast

from gathertui.exports.document import (
    Cell,
    Document,
    Letterhead,
    Section,
    Signature,
    SignatureBlock,
    Table,
)
from gathertui.exports.pdf import (
    BODY_SIZE,
    CELL_SIZE,
    FOOTER_Y,
    HEADING_SIZE,
    LARGE_SIZE,
    LOGO_GAP,
    LOGO_HEIGHT,
    LOGO_MAX_WIDTH,
    MARGIN,
    MM,
    PADDING_BOTTOM,
    PADDING_TOP,
    PADDING_X,
    TALL_ROW,
    clean,
    paper_size,
)
from gathertui.exports.pdf_letter import GAP as LETTER_GAP
from gathertui.exports.pdf_letter import PARAGRAPH_INDENT
from gathertui.exports.pdf_letter import SIZE as LETTER_SIZE
from gathertui.exports.pdf_signature import SIGN_SPACE, SPACE_BEFORE, TAIL_ROWS
from gathertui.progress import Progress

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import Table as WordTable
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph

FONT = "Arial"
# Word's language tags for the printouts' languages.
LANGUAGE_TAGS = {"id": "id-ID", "en": "en-US"}
# The header row's shade: the PDF's light grey.
HEADER_FILL = "E0E0E0"
# The draft mark in the page header: grey enough to read as a mark, not as the text.
WATERMARK_COLOR = (0x99, 0x99, 0x99)
# What the page fields show until Word or LibreOffice counts the pages.
FIELD_PLACEHOLDER = "1"
# Characters XML cannot hold, which `clean` leaves (it drops the controls only):
# python-docx would refuse the whole document for one of them.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class _Style:
    """A paragraph style, in points; `hanging` indents the continuation of a line,
    `indent` the first line (a letter's paragraphs)."""

    size: float
    bold: bool = False
    align: str = "left"  # left, center, right or justify
    before: float = 0.0
    after: float = 0.0
    hanging: float = 0.0
    indent: float = 0.0
    keep_with_next: bool = False
    # Word's outline level, so the navigation pane lists the heading and the sections.
    outline: int | None = None


# The PDF's styles (`pdf._styles`), by the names a Word user sees in the style list.
STYLES = {
    "Letterhead First Line": _Style(13, bold=True, align="center"),
    "Letterhead": _Style(9.5, align="center"),
    # The empty paragraph whose lower border is the kop surat's rule.
    "Letterhead Rule": _Style(2, after=9),
    "Printout Heading": _Style(HEADING_SIZE, bold=True, align="center", after=2, outline=0),
    "Printout Title": _Style(11.5, bold=True, align="center"),
    "Printout Line": _Style(BODY_SIZE, align="center"),
    "Section Title": _Style(11, bold=True, before=10, after=2, keep_with_next=True, outline=1),
    "Section Line": _Style(BODY_SIZE, after=1),
    # A section of lines alone is read aloud (the MC's salutation): larger, spaced.
    "Reading": _Style(11, after=5, hanging=14),
    # Paragraphs of prose (`Section.prose`): the body's type, a little apart.
    "Prose": _Style(10.5, after=7),
    # The same in large type (`Document.large`), for a script read at arm's length.
    "Section Title Large": _Style(
        LARGE_SIZE + 1, bold=True, before=14, after=4, keep_with_next=True, outline=1
    ),
    "Reading Large": _Style(LARGE_SIZE, after=7, hanging=18),
    "Table Text": _Style(CELL_SIZE),
    "Table Heading": _Style(CELL_SIZE, bold=True),
    "Signature": _Style(BODY_SIZE),
    # A letter's parts (`Document.letter`), spaced as the PDF's (`pdf_letter`): the place
    # and date at the right; the reference block, the addressee and the details; the
    # opening and closing paragraphs, justified, their first line indented.
    "Letter Date": _Style(LETTER_SIZE, align="right", after=LETTER_GAP),
    "Letter Reference": _Style(LETTER_SIZE),
    "Letter Addressee": _Style(LETTER_SIZE),
    "Letter Paragraph": _Style(
        LETTER_SIZE, align="justify", before=LETTER_GAP, after=LETTER_GAP, indent=PARAGRAPH_INDENT
    ),
    # The paragraph that ends a document that another follows, from a new page: small,
    # so the rest of it, over the page, does not push the next letterhead down.
    "Page Break": _Style(1),
}


def literal(text: str) -> str:
    """The text as the document shows it: no control characters, nothing XML refuses.
    Tabs and line breaks stay; python-docx writes them as Word's own."""
    return _NOT_XML.sub("", clean(text))


def render_docx(document: Document, paper: str = "a4", progress: Progress | None = None) -> bytes:
    """The document as a .docx on A4 or F4 paper, the same bytes for the same document;
    `progress` counts its tables' rows, and stops the export when cancelled."""
    from docx import Document as new_document

    width, height = paper_size(paper)
    if progress is not None:
        tables = [
            section.table
            for part in _parts(document)
            for section in part.sections
            if section.table is not None
        ]
        rows = sum(len(table.rows) for table in tables)
        progress.begin(rows, rows - sum(len(table.headings) for table in tables))
    word = new_document()
    _page(word, width, height)
    language = LANGUAGE_TAGS.get(document.language, document.language)
    _styles(word, language)
    _proofing(word, language)
    _properties(word, document)
    _body(word, document, width - 2 * MARGIN, progress)
    _footer(word, document.page_label)
    if document.watermark:
        _watermark(word, document.watermark)
    out = BytesIO()
    word.save(out)
    if progress is not None:
        progress.finish()
    return _without_times(out.getvalue())


def _parts(document: Document) -> list[Document]:
    """The document and those that follow it, in the order they are drawn."""
    return [document, *(part for following in document.following for part in _parts(following))]


def _body(word: WordDocument, document: Document, frame: float, progress: Progress | None) -> None:
    """The letterhead, the heading block or the letter, the sections and the signature
    block; then each document that follows, from a new page."""
    from docx.shared import Pt

    if document.letterhead is not None:
        _letterhead(word, document.letterhead, frame)
    if document.letter is not None:
        from gathertui.exports.docx_letter import add_letter

        add_letter(word, document.letter, frame)
    else:
        heading = [_add(word, document.heading.upper(), "Printout Heading")]
        if document.title:
            heading.append(_add(word, document.title, "Printout Title"))
        heading += [_add(word, line, "Printout Line") for line in document.lines]
        # The room the PDF leaves under the heading block.
        heading[-1].paragraph_format.space_after = Pt(6)
    tail: list[Paragraph] = []
    for index, section in enumerate(document.sections):
        tail = _section(
            word, section, frame, first=index == 0, large=document.large, progress=progress
        )
    if document.signature is not None:
        # The last rows, or the last line, go over to the next page with the block
        # rather than leave it alone there.
        for paragraph in tail:
            paragraph.paragraph_format.keep_with_next = True
        _signature(word, document.signature, frame)
    for part in document.following:
        # python-docx leaves add_page_break unannotated.
        _style(cast(Any, word).add_page_break(), "Page Break")
        _body(word, part, frame, progress)


def _page(word: WordDocument, width: float, height: float) -> None:
    from docx.shared import Pt

    section = word.sections[0]
    section.page_width, section.page_height = Pt(width), Pt(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Pt(MARGIN))
    section.header_distance = section.footer_distance = Pt(FOOTER_Y)


def _styles(word: WordDocument, language: str) -> None:
    """The defaults (font, size, language, no space between paragraphs) and the styles."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    defaults = word.styles.element.find(qn("w:docDefaults"))
    assert defaults is not None  # python-docx's own template has them
    run = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    paragraph = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}")
    assert run is not None and paragraph is not None
    fonts = run.find(qn("w:rFonts"))
    lang = run.find(qn("w:lang"))
    size = run.find(qn("w:sz"))
    spacing = paragraph.find(qn("w:spacing"))
    assert fonts is not None and lang is not None and size is not None and spacing is not None
    fonts.attrib.clear()
    for script in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{script}"), FONT)
    lang.set(qn("w:val"), language)
    size.set(qn("w:val"), str(round(BODY_SIZE * 2)))
    spacing.attrib.clear()
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    spacing.set(qn("w:lineRule"), "auto")
    normal = word.styles["Normal"]
    for name, spec in STYLES.items():
        style: Any = word.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        assert style.style_id == _style_id(name)
        style.base_style = normal
        style.quick_style = True
        style.font.size = Pt(spec.size)
        style.font.bold = spec.bold or None
        form = style.paragraph_format
        align = spec.align.upper()
        form.alignment = None if align == "LEFT" else getattr(WD_ALIGN_PARAGRAPH, align)
        form.space_before = Pt(spec.before)
        form.space_after = Pt(spec.after)
        form.keep_with_next = spec.keep_with_next or None
        if spec.hanging:
            form.left_indent = Pt(spec.hanging)
            form.first_line_indent = Pt(-spec.hanging)
        if spec.indent:
            form.first_line_indent = Pt(spec.indent)
        if spec.outline is not None:
            level = _element("w:outlineLvl", val=str(spec.outline))
            style.element.get_or_add_pPr().append(level)


def _style(paragraph: Paragraph, name: str) -> None:
    """Gives the paragraph one of STYLES by its id: python-docx would look the name up
    among the template's 160 styles for each of a sign-in sheet's thousands of cells."""
    paragraph._p.style = _style_id(name)


def _style_id(name: str) -> str:
    """The id python-docx gives a style it adds: the name without its spaces."""
    return name.replace(" ", "")


def _proofing(word: WordDocument, language: str) -> None:
    """Word checks the spelling in the document's language, and checks it: the
    template says it was checked clean, in English."""
    from docx.oxml.ns import qn

    settings = word.settings.element
    for mark in settings.findall(qn("w:proofState")):
        settings.remove(mark)
    for theme in settings.findall(qn("w:themeFontLang")):
        theme.set(qn("w:val"), language)


def _element(tag: str, **attributes: str) -> Any:
    """A WordprocessingML element, its attributes in the w: namespace."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    return OxmlElement(tag, {qn(f"w:{key}"): value for key, value in attributes.items()})


def _properties(word: WordDocument, document: Document) -> None:
    """The title, subject and language File ▸ Properties shows; no dates, which would
    make every export differ (python-docx's template carries its own from 2013), and no
    thumbnail (the template's shows another document)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml.ns import qn

    core = word.core_properties
    # Word's properties hold at most 255 characters; python-docx refuses a longer one.
    core.title = literal(document.title).replace("\n", " ")[:255]
    core.subject = literal(document.heading).replace("\n", " ")[:255]
    core.author = core.last_modified_by = "gathertui"
    core.language = LANGUAGE_TAGS.get(document.language, document.language)
    core.revision = 1
    for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
        for element in core._element.findall(qn(tag)):
            core._element.remove(element)
    package = word.part.package
    assert package is not None
    for key, relation in list(package.rels.items()):
        if relation.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package.rels[key]


def _add(container: Any, text: str, style: str) -> Paragraph:
    """A paragraph of `text` in `style` at the end of `container` (the document, a cell,
    a header): a cell's first, empty paragraph is used rather than left above it."""
    from docx.table import _Cell

    paragraphs = container.paragraphs
    if isinstance(container, _Cell) and len(paragraphs) == 1 and not paragraphs[0].text:
        paragraph: Paragraph = paragraphs[0]
    else:
        paragraph = container.add_paragraph()
    _style(paragraph, style)
    if text:
        paragraph.add_run(literal(text))
    return paragraph


def _word_table(word: WordDocument, widths: Sequence[float], style: str | None) -> WordTable:
    """An empty table of columns `widths` points wide, fixed: Word does not fit them to
    the text."""
    from docx.shared import Pt

    table: WordTable = word.add_table(rows=0, cols=len(widths))
    if style is not None:
        table.style = style
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Pt(width)
    return table


def _row(table: WordTable, header: bool = False) -> Any:
    """A new row that Word does not break across pages; the header repeats on each page."""
    # python-docx leaves add_row unannotated.
    row = cast(Any, table).add_row()
    properties = row._tr.get_or_add_trPr()
    properties.append(_element("w:cantSplit"))
    if header:
        properties.append(_element("w:tblHeader"))
    return row


def _cell_margins(table: WordTable, sides: float = 0, top: float = 0, bottom: float = 0) -> None:
    """The room around each cell's text, in points: none in a layout table (the
    letterhead's, the signature's), whose text lines up with the text around it; the
    PDF's padding in a table of data, so the columns the PDF widened for a word hold it."""
    margins = _element("w:tblCellMar")
    for side, points in (("top", top), ("left", sides), ("bottom", bottom), ("right", sides)):
        margins.append(_element(f"w:{side}", w=str(round(points * 20)), type="dxa"))
    table._tbl.tblPr.insert_element_before(
        margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange"
    )


def _picture(data: bytes) -> tuple[float, float] | None:
    """The emblem's width and height in points, LOGO_HEIGHT tall and at most
    LOGO_MAX_WIDTH wide, or None for bytes that are no picture python-docx can read:
    the letterhead is then printed without it (the command that read the file has
    said why)."""
    from docx.image.image import Image

    try:
        image = Image.from_blob(data)
        width, height = image.px_width, image.px_height
    except Exception:  # any decoding failure of a damaged file: print without it
        return None
    if width <= 0 or height <= 0:
        return None
    drawn_width = min(LOGO_HEIGHT * width / height, LOGO_MAX_WIDTH)
    return drawn_width, drawn_width * height / width


def _letterhead(word: WordDocument, letterhead: Letterhead, frame: float) -> None:
    """The kop surat: the emblem at the left of the lines when there is one, the lines
    centred (the first bold), and the double rule under them."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    lines = letterhead.lines
    if not lines:
        return
    size = _picture(letterhead.logo) if letterhead.logo else None
    container: Any = word
    if size is not None and letterhead.logo is not None:
        beside = size[0] + LOGO_GAP
        table = _word_table(word, [beside, frame - beside], None)
        _cell_margins(table)
        emblem, container = _row(table).cells
        for cell in (emblem, container):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        holder = emblem.paragraphs[0]
        holder.alignment = WD_ALIGN_PARAGRAPH.LEFT
        holder.add_run().add_picture(BytesIO(letterhead.logo), Pt(size[0]), Pt(size[1]))
        # What the emblem is, for a reader that cannot see it.
        for described in holder._p.xpath(".//wp:docPr"):
            described.set("descr", literal(letterhead.logo_text))
    _add(container, lines[0], "Letterhead First Line")
    for line in lines[1:]:
        _add(container, line, "Letterhead")
    rule = _add(word, "", "Letterhead Rule")
    borders = _element("w:pBdr")
    # Word's thick-over-thin line: the kop surat's double rule.
    borders.append(
        _element("w:bottom", val="thickThinSmallGap", sz="18", space="1", color="000000")
    )
    rule._p.get_or_add_pPr().append(borders)


def _section(
    word: WordDocument,
    section: Section,
    frame: float,
    first: bool,
    large: bool,
    progress: Progress | None,
) -> list[Paragraph]:
    """The section's title, lines and table; the paragraphs that go over to the next
    page with a signature block after them: the last rows, or the last line."""
    from docx.shared import Pt

    head: list[Paragraph] = []
    if section.title:
        head.append(_add(word, section.title, "Section Title Large" if large else "Section Title"))
    reading = "Reading Large" if large else "Reading"
    style = reading if section.table is None else "Section Line"
    if section.prose and not large and section.table is None:
        style = "Prose"
    head += [_add(word, line, style) for line in section.lines]
    if section.table is not None:
        # The title and the lines stay on the page of the table's first rows; a spacer
        # keeps two tables apart, which Word would otherwise draw as one.
        spacer = _add(word, "", "Section Line")
        spacer.paragraph_format.line_spacing = Pt(4)
        head.append(spacer)
        for paragraph in head:
            paragraph.paragraph_format.keep_with_next = True
    if section.new_page and not first:
        if not head:
            head.append(_add(word, "", "Section Line"))
        head[0].paragraph_format.page_break_before = True
    if section.table is None:
        return head[-1:]
    return _table(word, section.table, frame, progress)


def _widths(table: Table, frame: float) -> list[float]:
    """The columns' widths in points: the PDF's, their shares of the frame widened where
    a share would break a word ("Keterangan", a time) across two lines. Measured in the
    PDF's font, a little wider than Arial, so a word that fits there fits in Word."""
    from gathertui.exports import pdf

    pdf._register_fonts()
    return pdf._widths(table, frame)


def _shade(cell: _Cell, fill: str) -> None:
    shade = _element("w:shd", val="clear", color="auto", fill=fill)
    # Word refuses a file whose elements are out of the schema's order.
    cell._tc.get_or_add_tcPr().insert_element_before(
        shade, "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"
    )


def _table(
    word: WordDocument, table: Table, frame: float, progress: Progress | None
) -> list[Paragraph]:
    """The table with its header row repeated on each page, label rows across it in
    bold, tall rows with room to sign on the sign-in sheet; its last rows' paragraphs."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    if not table.columns:
        return []
    widths = _widths(table, frame)
    made = _word_table(word, widths, "Table Grid")
    _cell_margins(made, PADDING_X, PADDING_TOP, PADDING_BOTTOM)
    for cell, name in zip(_row(made, header=True).cells, table.columns, strict=True):
        _add(cell, name, "Table Heading")
        _shade(cell, HEADER_FILL)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    # A row is a copy of an empty row of its shape (which cells are signatures, on which
    # side), made once with python-docx: made cell by cell, a sign-in sheet of 5,000
    # people took three times as long.
    empty_rows: dict[tuple[str, ...], Any] = {}
    count = len(table.columns)
    last = len(table.rows) - 1
    for index, values in enumerate(table.rows):
        if progress is not None:
            progress.step()
        if index in table.headings:
            _label_row(made, values, keep_with_next=index < last)
            continue
        cells: list[Cell] = [values[c] if c < len(values) else "" for c in range(count)]
        shape = tuple(_shape(value) for value in cells)
        if shape not in empty_rows:
            empty_rows[shape] = _empty_row(made, shape, widths, table.tall)
        row = deepcopy(empty_rows[shape])
        made._tbl.append(row)
        for value, cell in zip(cells, row.tc_lst, strict=True):
            text = _signature_text(value) if isinstance(value, Signature) else value
            if text:
                cell.p_lst[0].add_r().text = literal(text)
    return [
        paragraph
        for row in made.rows[max(len(made.rows) - TAIL_ROWS, 1) :]
        for cell in row.cells
        for paragraph in cell.paragraphs
    ]


def _label_row(made: WordTable, values: Sequence[Cell], keep_with_next: bool) -> None:
    """A row that labels what follows (a category, a delegation): across the table, in
    bold, kept with the row under it so it is not left alone at the foot of a page."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    cells = _row(made).cells
    words = [clean(value).strip() for value in values if isinstance(value, str)]
    label = cells[0].merge(cells[-1]) if len(cells) > 1 else cells[0]
    paragraph = _add(label, " ".join(word for word in words if word), "Table Heading")
    paragraph.paragraph_format.keep_with_next = keep_with_next
    label.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _shape(value: Cell) -> str:
    if isinstance(value, Signature):
        return "left" if value.left else "right"
    return "text"


def _empty_row(made: WordTable, shape: tuple[str, ...], widths: list[float], tall: bool) -> Any:
    """A row of the table with its cells styled and no text, taken out of the table."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Pt

    row = _row(made)
    if tall:
        row.height, row.height_rule = Pt(TALL_ROW), WD_ROW_HEIGHT_RULE.AT_LEAST
    for cell, kind, width in zip(row.cells, shape, widths, strict=True):
        paragraph = _add(cell, "", "Table Text")
        if kind != "text":
            _signature_cell(cell, paragraph, kind == "left", width)
    made._tbl.remove(row._tr)
    return row._tr


def _signature_text(signature: Signature) -> str:
    """The number on its side of the cell, and the tab whose dots are the line to sign
    on. The zero-width space after the last tab: LibreOffice draws no dots for a tab
    that ends a cell's text."""
    number = f"{signature.number}."
    return f"{number}\t\u200b" if signature.left else f"\t{number}\t\u200b"


def _signature_cell(cell: _Cell, paragraph: Paragraph, left: bool, width: float) -> None:
    """A cell to sign in, in its left half for odd numbers and its right half for even
    ones, as the PDF draws them: the line to sign on is a tab with a dotted leader, so
    it fits the column however the office widens it."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Pt

    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    inner = width - 2 * PADDING_X
    half = inner / 2
    stops = paragraph.paragraph_format.tab_stops
    if not left:
        stops.add_tab_stop(Pt(half))
    end = half - 6 if left else inner - 6
    stops.add_tab_stop(Pt(end), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)


def _signature(word: WordDocument, block: SignatureBlock, frame: float) -> None:
    """The place and date and the signer on the right, the acknowledging official on
    the left, as a borderless table whose rows stay together on one page."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Pt

    spacer = _add(word, "", "Signature")
    spacer.paragraph_format.line_spacing = Pt(SPACE_BEFORE)
    spacer.paragraph_format.keep_with_next = True
    table = _word_table(word, [frame / 2, frame / 2], None)
    _cell_margins(table)
    rows = block.rows()
    for number, (kind, left, right) in enumerate(rows):
        row = _row(table)
        if kind == "space":
            row.height, row.height_rule = Pt(SIGN_SPACE), WD_ROW_HEIGHT_RULE.EXACTLY
        for column, (cell, text) in enumerate(zip(row.cells, (left, right), strict=True)):
            paragraph = cell.paragraphs[0]
            _style(paragraph, "Signature")
            form = paragraph.paragraph_format
            form.keep_with_next = number < len(rows) - 1
            # The signer's lines start a little right of the middle, as letters set them.
            if column == 1:
                form.left_indent = Pt(6 * MM)
            if not text:
                continue
            run = paragraph.add_run(literal(text))
            if kind == "name":
                run.bold = run.underline = True


def label_parts(label: str) -> list[tuple[str, str]]:
    """The page label "Halaman {page} dari {pages}" as (kind, text) pieces: ("text",
    "Halaman "), ("field", "PAGE"), ("text", " dari "), ("field", "NUMPAGES"). A label
    with other placeholders, or none that parse, is read as "{page}/{pages}", as the PDF
    reads it."""
    fields = {"page": "PAGE", "pages": "NUMPAGES"}
    try:
        pieces = list(Formatter().parse(label))
        if any(name is not None and name not in fields for _, name, _, _ in pieces):
            raise ValueError(label)
    except ValueError:
        pieces = list(Formatter().parse("{page}/{pages}"))
    parts: list[tuple[str, str]] = []
    for text, name, _, _ in pieces:
        if text:
            parts.append(("text", literal(text).replace("\n", " ")))
        if name is not None:
            parts.append(("field", fields[name]))
    return parts


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in on each page."""
    from docx.oxml.ns import qn

    begin, code, separate, shown, end = (paragraph.add_run() for _ in range(5))
    begin._r.append(_element("w:fldChar", fldCharType="begin"))
    instruction_text = _element("w:instrText")
    instruction_text.set(qn("xml:space"), "preserve")
    instruction_text.text = f" {instruction} "
    code._r.append(instruction_text)
    separate._r.append(_element("w:fldChar", fldCharType="separate"))
    shown.text = FIELD_PLACEHOLDER
    end._r.append(_element("w:fldChar", fldCharType="end"))


def _footer(word: WordDocument, label: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = word.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in label_parts(label):
        if kind == "field":
            _field(paragraph, text)
        else:
            paragraph.add_run(text)
    for run in paragraph.runs:
        run.font.size = Pt(9)


def _watermark(word: WordDocument, text: str) -> None:
    """The draft mark at the top of every page, in grey capitals."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    paragraph = word.sections[0].header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(literal(text).replace("\n", " "))
    run.bold = True
    run.font.size = Pt(HEADING_SIZE)
    run.font.color.rgb = RGBColor(*WATERMARK_COLOR)


def _without_times(data: bytes) -> bytes:
    """The archive again with every member dated the same (zip's earliest date): the
    archive python-docx writes dates each member with the time it was written."""
    source = zipfile.ZipFile(BytesIO(data))
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(member.filename))
    return out.getvalue()
