"""The .docx renderer, read back with python-docx: every printout of the example visit in
both languages against reviewed golden text (paragraphs in order with their styles, the
tables' cells, widths and header rows, the footer's fields), the paper, the letterhead's
emblem, the signature block, hostile text kept literal, and the export command.

After a deliberate change, regenerate with GATHERTUI_UPDATE_GOLDEN=1 and review the diff.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.shared import Length
from docx.table import Table as WordTable
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph

from conftest import PLANS, VISIT
from gathertui.cli import main
from gathertui.exports import SUPPORTED, export, render
from gathertui.exports.document import (
    Document,
    Letterhead,
    Section,
    Signature,
    SignatureBlock,
    SigningOfficial,
    Table,
)
from gathertui.exports.docx import label_parts, render_docx
from gathertui.progress import Cancelled, Progress
from gathertui.storage import load_plan, load_settings

GOLDEN = Path(__file__).with_name("golden") / "docx"
WHATS = ["agenda", "rundown", "attendance", "roster", "salutation", "invitation"]
LOGO = (PLANS / "logo.png").read_bytes()
LONG_NAME = "Raden Mas " + "Panembahan " * 26 + "Wijaya"
HOSTILE = ["<w:t>x</w:t>", "[bold]Sunarto[/bold]", "=1+1", "<b>tebal</b> & ]]>", LONG_NAME]


def _word(data: bytes) -> WordDocument:
    return docx.Document(io.BytesIO(data))


def _mm(length: Length | None) -> str:
    return "-" if length is None else f"{length.mm:.0f}"


def _runs(paragraph: Paragraph) -> str:
    """The paragraph's text; a field as {PAGE}, a run bold and underlined as _*text*_."""
    parts: list[str] = []
    in_field = False
    for run in paragraph.runs:
        for mark in run._r.findall(qn("w:fldChar")):
            in_field = mark.get(qn("w:fldCharType")) != "end"
        for code in run._r.findall(qn("w:instrText")):
            parts.append("{" + (code.text or "").strip() + "}")
        if in_field:
            continue  # the number shown until the pages are counted
        for mark in run._r.findall(qn("w:br")):
            if mark.get(qn("w:type")) == "page":
                parts.append("{page break}")
        text = run.text.replace("\t", "\\t").replace("\u200b", "").replace("\n", "")
        if text and run.bold and run.underline:
            text = f"_*{text}*_"
        parts.append(text)
    return "".join(parts)


def _paragraph(paragraph: Paragraph) -> str:
    form = paragraph.paragraph_format
    marks = " [new page]" if form.page_break_before else ""
    style = paragraph.style.name if paragraph.style is not None else "?"
    return f"{style}{marks}: {_runs(paragraph)}".rstrip()


def _cell(cell: _Cell) -> str:
    return " / ".join(_runs(p) for p in cell.paragraphs)


def _table(table: WordTable) -> list[str]:
    widths = " ".join(_mm(column.width) for column in table.columns)
    indent = table._tbl.tblPr.find(qn("w:tblInd"))
    shift = "" if indent is None else f", {int(indent.get(qn('w:w'))) / 20 / 72 * 25.4:.0f} mm in"
    lines = [f"table, columns {widths} mm{shift}"]
    for row in table.rows:
        cells: list[_Cell] = []
        for cell in row.cells:  # a merged cell comes once per column it spans
            if not cells or cell._tc is not cells[-1]._tc:
                cells.append(cell)
        properties = row._tr.trPr
        header = properties is not None and properties.find(qn("w:tblHeader")) is not None
        height = f" [{_mm(row.height)} mm]" if row.height is not None else ""
        kind = "header" if header else "row"
        lines.append(f"  {kind}{height}: " + " | ".join(_cell(c) for c in cells))
    return lines


def _dump(data: bytes) -> str:
    """What the document says, in order, with the layout a reader checks."""
    word = _word(data)
    section = word.sections[0]
    lines = [
        f"page {_mm(section.page_width)} x {_mm(section.page_height)} mm, "
        f"margins {_mm(section.left_margin)} mm",
        f"title: {word.core_properties.title}",
        f"language: {word.core_properties.language}",
    ]
    header = " / ".join(_runs(p) for p in section.header.paragraphs if p.text)
    if header:
        lines.append(f"header: {header}")
    for block in word.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(_paragraph(block))
        else:
            lines += _table(block)
    lines.append("footer: " + _runs(section.footer.paragraphs[0]))
    return "\n".join(lines) + "\n"


def _matches(text: str, name: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("GATHERTUI_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def _visit(what: str, lang: str, logo: bytes | None = None, paper: str = "a4") -> bytes:
    plan = load_plan(PLANS / VISIT).model
    settings = load_settings(PLANS / "gathertui.toml").model
    return export(plan, settings, what, "docx", lang, paper, logo=logo)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("what", WHATS)
def test_each_printout_of_the_visit_reads_as_reviewed(what: str, lang: str) -> None:
    text = _dump(_visit(what, lang))
    _matches(text, f"visit-{what}-{lang}.txt")
    nip = "NIP. 19750312 200003 2 004" if lang == "id" else "NIP 19750312 200003 2 004"
    assert nip in text
    assert "Contoh (example)" not in text or what == "rundown"  # notes stay internal


def test_docx_is_offered_for_the_printouts_offices_edit() -> None:
    for what in WHATS:
        assert "docx" in SUPPORTED[what]


@pytest.mark.parametrize(("paper", "width", "height"), [("a4", 210, 297), ("f4", 215, 330)])
def test_paper_and_margins(paper: str, width: int, height: int) -> None:
    section = _word(_visit("agenda", "id", paper=paper)).sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (width, height)
    for margin in (section.left_margin, section.right_margin, section.top_margin):
        assert margin is not None and round(margin.mm) == 20


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="letter"):
        render_docx(_small(), "letter")


def test_language_and_properties() -> None:
    for lang, tag in (("id", "id-ID"), ("en", "en-US")):
        word = _word(_visit("rundown", lang))
        defaults = word.styles.element.find(qn("w:docDefaults"))
        assert defaults is not None
        language = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
        assert language is not None and language.get(qn("w:val")) == tag
        settings = word.settings.element
        theme = settings.find(qn("w:themeFontLang"))
        assert theme is not None and theme.get(qn("w:val")) == tag
        assert settings.find(qn("w:proofState")) is None  # Word checks the spelling
        core = word.core_properties
        assert core.title == "Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang"
        assert core.language == tag and core.created is None and core.modified is None


def test_the_same_document_gives_the_same_bytes() -> None:
    assert _visit("attendance", "id", LOGO) == _visit("attendance", "id", LOGO)
    names = zipfile.ZipFile(io.BytesIO(_visit("agenda", "id"))).namelist()
    assert not any("thumbnail" in name for name in names)  # the template's, of another file


def _marks(row: _Row) -> set[str]:
    """The row's properties by name: cantSplit, tblHeader, trHeight."""
    properties = row._tr.trPr
    return set() if properties is None else {child.tag.rsplit("}", 1)[-1] for child in properties}


def test_table_header_repeats_and_rows_stay_whole() -> None:
    word = _word(_visit("attendance", "id", LOGO))
    letterhead, *data, signature = word.tables
    assert len(data) == 4
    for table in data:
        first, *rest = table.rows
        assert {"cantSplit", "tblHeader"} <= _marks(first)
        assert all("cantSplit" in _marks(row) and "tblHeader" not in _marks(row) for row in rest)
    assert "tblHeader" not in _marks(letterhead.rows[0])
    assert all("cantSplit" in _marks(row) for row in signature.rows)


def test_footer_numbers_pages_with_word_fields() -> None:
    footer = _word(_visit("agenda", "id")).sections[0].footer.paragraphs[0]
    assert _runs(footer) == "Halaman {PAGE} dari {NUMPAGES}"
    assert _runs(_word(_visit("agenda", "en")).sections[0].footer.paragraphs[0]) == (
        "Page {PAGE} of {NUMPAGES}"
    )


@pytest.mark.parametrize("label", ["Halaman {halaman}", "{0} of {1}", "Halaman {page", "{}"])
def test_a_page_label_that_does_not_parse_reads_as_page_of_pages(label: str) -> None:
    assert label_parts(label) == [("field", "PAGE"), ("text", "/"), ("field", "NUMPAGES")]


def test_the_logo_is_embedded_at_the_left_of_the_letterhead() -> None:
    word = _word(_visit("agenda", "id", LOGO))
    shapes = word.inline_shapes
    assert len(shapes) == 1
    assert shapes[0].height is not None and round(shapes[0].height.mm) <= 23
    assert shapes[0].width is not None and round(shapes[0].width.mm) <= 40
    described = shapes[0]._inline.docPr.get("descr")
    assert described == "Lambang Pemerintah Kota Semarang"
    letterhead = word.tables[0]
    assert letterhead.rows[0].cells[1].paragraphs[0].text == "PEMERINTAH KOTA SEMARANG"
    # Without the emblem the lines stand alone, centred, the first bold.
    plain = _word(_visit("agenda", "id"))
    assert len(plain.inline_shapes) == 0
    assert plain.paragraphs[0].style is not None
    assert plain.paragraphs[0].style.name == "Letterhead First Line"


def test_a_logo_that_is_no_picture_is_left_out() -> None:
    word = _word(_visit("agenda", "id", b"not a picture"))
    assert len(word.inline_shapes) == 0
    assert word.paragraphs[0].text == "PEMERINTAH KOTA SEMARANG"


def test_the_letterhead_has_its_double_rule() -> None:
    word = _word(_visit("rundown", "id"))
    rule = next(p for p in word.paragraphs if p.style and p.style.name == "Letterhead Rule")
    border = rule._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:bottom')}")
    assert border is not None and border.get(qn("w:val")) == "thickThinSmallGap"


def test_the_signature_block_stays_together() -> None:
    word = _word(_visit("agenda", "id"))
    block = word.tables[-1]
    for row in block.rows[:-1]:
        for cell in row.cells:
            assert cell.paragraphs[0].paragraph_format.keep_with_next
    names = [_cell(c) for c in block.rows[-3].cells]
    assert names == ["_*Dr. Ir. Bambang Suryanto, M.T.*_", "_*Dra. Ratna Wulandari, M.Si.*_"]
    # The last rows of the table above go with it to a new page, rather than leave it
    # alone there.
    table = word.tables[-2]
    assert table.rows[-1].cells[0].paragraphs[0].paragraph_format.keep_with_next
    assert not table.rows[1].cells[0].paragraphs[0].paragraph_format.keep_with_next


def test_each_delegation_of_the_sign_in_sheet_starts_a_page() -> None:
    word = _word(_visit("attendance", "id"))
    titles = [p for p in word.paragraphs if p.style and p.style.name == "Section Title"]
    breaks = [bool(p.paragraph_format.page_break_before) for p in titles]
    assert breaks == [False, False, True, False]


def test_signature_cells_put_the_number_on_its_side() -> None:
    word = _word(_visit("attendance", "id"))
    table = word.tables[0]
    odd, even = (table.rows[n].cells[-1].paragraphs[0] for n in (1, 2))
    assert odd.text == "1.\t\u200b" and even.text == "\t2.\t\u200b"
    assert [s.leader for s in odd.paragraph_format.tab_stops][-1] == 1  # dots
    assert len(even.paragraph_format.tab_stops) == 2


def _small(**changes: object) -> Document:
    body: list[list[str | Signature]] = [["Rombongan"], ["1", "Sunarto", Signature(1)]]
    table = Table(["No.", "Nama", "Tanda tangan"], [0.1, 0.5, 0.4], body, headings=frozenset({0}))
    document = Document(
        heading="Daftar Hadir",
        title="Kunjungan",
        lines=["Jumat, 26 Mei 2023"],
        sections=[Section("Delegasi", ["Pakaian: batik"], table)],
        letterhead=Letterhead(["PEMERINTAH KOTA SEMARANG"]),
        page_label="Halaman {page} dari {pages}",
    )
    return replace(document, **changes)  # type: ignore[arg-type]


def test_hostile_text_stays_literal_and_the_layout_holds() -> None:
    rows: list[list[str | Signature]] = [[str(n), text, text] for n, text in enumerate(HOSTILE)]
    table = Table(["No.", "Nama", "Catatan"], [0.1, 0.45, 0.45], rows)
    official = SigningOfficial("", "=1+1,", "[bold]Nama[/bold]", "<b>", "NIP. 1")
    document = _small(
        title="<w:t>Judul</w:t> \x1b[31mmerah\x1b[0m \x00\ufffe",
        lines=HOSTILE,
        sections=[Section("[bold]Hari[/bold]", HOSTILE, table), Section("Catatan", HOSTILE)],
        signature=SignatureBlock("Semarang, 22 Mei 2023", official),
        watermark="<DRAF>",
    )
    data = render_docx(document)
    word = _word(data)
    texts = [p.text for p in word.paragraphs]
    assert "<w:t>Judul</w:t> merah " in texts
    for text in HOSTILE:
        assert texts.count(text) == 3  # the heading's lines, the two sections'
    cells = [c.text for row in word.tables[0].rows for c in row.cells]
    assert all(cells.count(text) == 2 for text in HOSTILE)
    assert "_*[bold]Nama[/bold]*_" in _dump(data)
    assert word.sections[0].header.paragraphs[0].text == "<DRAF>"
    # The columns keep their widths however long a name: the table fits the page.
    widths = [column.width.mm for column in word.tables[0].columns if column.width is not None]
    assert sum(widths) == pytest.approx(170, abs=0.5)
    assert min(widths) > 10


def test_markup_never_reaches_the_xml_as_markup() -> None:
    data = render_docx(_small(title="<w:p><w:r><w:t>injected</w:t></w:r></w:p>"))
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert "&lt;w:p&gt;&lt;w:r&gt;&lt;w:t&gt;injected" in xml
    assert "<w:t>injected</w:t>" not in xml


def test_an_empty_document_renders() -> None:
    data = render_docx(Document("Kosong", "", [], [Section("", [], Table([], []), new_page=True)]))
    assert _word(data).paragraphs[0].text == "KOSONG"


def test_render_counts_rows_and_stops_when_cancelled() -> None:
    told: list[int] = []
    progress = Progress(lambda p: told.append(p.done), interval=0)
    render(_small(), "docx", "a4", progress)
    assert progress.total == 2 and progress.count == 1 and progress.done == 2
    stopping = Progress()
    stopping.cancel.set()
    with pytest.raises(Cancelled):
        render(_small(), "docx", "a4", stopping)


def test_the_export_command_writes_a_docx(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.docx"
    arguments = ["export", str(workspace / VISIT), "--what", "rundown", "--format", "docx"]
    assert main([*arguments, "-o", str(out)]) == 0
    word = _word(out.read_bytes())
    assert "RUNDOWN TEKNIS" in [p.text for p in word.paragraphs]
    assert len(word.inline_shapes) == 1  # the workspace's logo.png


def test_the_semester_calendar_as_docx(tmp_path: Path) -> None:
    out = tmp_path / "calendar.docx"
    arguments = ["export", str(PLANS), "--what", "calendar", "--year", "2024"]
    assert main([*arguments, "--semester", "1", "--format", "docx", "-o", str(out)]) == 0
    word = _word(out.read_bytes())
    titles = [p.text for p in word.paragraphs if p.style and p.style.name == "Section Title"]
    assert titles[:2] == ["Januari 2024", "Februari 2024"]
    assert "19750312 200003 2 004" in _dump(out.read_bytes())


def test_python_docx_loads_only_for_docx() -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from gathertui.exports import export\n"
        "from gathertui.storage import load_plan\n"
        f"plan = load_plan(Path({str(PLANS / VISIT)!r})).model\n"
        "for fmt in ('md', 'txt', 'html'):\n"
        "    export(plan, None, 'agenda', fmt, 'id')\n"
        "before = 'docx' in sys.modules\n"
        "export(plan, None, 'agenda', 'docx', 'id')\n"
        "print(before, 'docx' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.split() == ["False", "True"], result.stderr


def test_a_title_longer_than_word_properties_hold_is_cut_there() -> None:
    word = _word(render_docx(_small(title="Acara " * 60, heading="Judul " * 60)))
    assert word.core_properties.title == ("Acara " * 60)[:255]
    assert len(word.core_properties.subject) == 255
    assert ("Acara " * 60).strip() in [p.text.strip() for p in word.paragraphs]


def test_documents_that_follow_start_a_page_with_their_own_letterhead() -> None:
    official = SigningOfficial("", "Kepala,", "Sunarto", "", "NIP. 1")
    signed = SignatureBlock("Semarang, 22 Mei 2023", official)
    following = (_small(heading="Lampiran", signature=signed), _small(heading="Lampiran 2"))
    document = _small(watermark="DRAF", following=following, signature=signed)
    text = _dump(render_docx(replace(document, letterhead=Letterhead(["KOP"], LOGO))))
    pages = text.split("Page Break: {page break}\n")
    assert len(pages) == 3
    for page, heading in zip(pages, ["DAFTAR HADIR", "LAMPIRAN", "LAMPIRAN 2"], strict=True):
        assert f"Printout Heading: {heading}" in page
        # Each its own letterhead: the first's beside its emblem, the others' without.
        first = "KOP" if heading == "DAFTAR HADIR" else "PEMERINTAH KOTA SEMARANG"
        assert first in page and ("PEMERINTAH" in page) == (first != "KOP")
    assert pages[0].count("_*Sunarto*_") == pages[1].count("_*Sunarto*_") == 1
    assert "_*Sunarto*_" not in pages[2]
    # One page header and footer for all: the draft mark and the numbers run on.
    assert text.count("header: DRAF") == 1 and text.count("footer: Halaman") == 1


def test_each_letter_of_the_invitation_has_the_emblem() -> None:
    word = _word(_visit("invitation", "id", LOGO))
    assert len(word.inline_shapes) == 6  # the six invitees' letters; the programme has none
    assert len(word.sections) == 1
