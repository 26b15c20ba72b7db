"""The PDF renderer, read back with pypdf: paper, text, page numbers, escaping, bytes."""

from __future__ import annotations

import io
import re
from typing import Any, cast

import pypdf
import pytest

from gathertui.exports.document import Document, Letterhead, Section, Signature, Table
from gathertui.exports.pdf import render_pdf

MM = 72 / 25.4
LABEL = "Halaman {page} dari {pages}"
COLUMNS = ["Waktu", "Kegiatan", "Tempat"]
QUOTED = "Sambutan “Wali Kota” – Ruang Rapat…"
HOSTILE = '<script>alert(1)</script> & "x"'


def _agenda(rows: int = 3, *, extra: list[list[str | Signature]] | None = None) -> Document:
    body: list[list[str | Signature]] = [["Rombongan DPRD"]]
    body += [[f"{8 + i // 4:02d}.{i % 4 * 15:02d}", f"Acara {i}", "Aula"] for i in range(rows)]
    body += extra or []
    table = Table(COLUMNS, [0.2, 0.5, 0.3], body, headings=frozenset({0}))
    return Document(
        heading="Susunan Acara",
        title="Kunjungan Kerja DPRD Kota Mojokerto",
        lines=["Jumat, 26 Mei 2023", "Gedung Sate, Bandung"],
        sections=[Section("Jumat, 26 Mei 2023", ["Pakaian: batik"], table)],
        letterhead=Letterhead(["PEMERINTAH PROVINSI JAWA BARAT", "Jalan Diponegoro 22"]),
        page_label=LABEL,
    )


def _attendance(count: int) -> Document:
    rows: list[list[str | Signature]] = [
        [str(n), f"Peserta {n}", Signature(n)] for n in range(1, count + 1)
    ]
    table = Table(["No.", "Nama", "Tanda tangan"], [0.1, 0.5, 0.4], rows, tall=True)
    return Document("DAFTAR HADIR", "Kunjungan", [], [Section("Delegasi", [], table)], None, LABEL)


def _reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def _texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in _reader(data).pages]


@pytest.mark.parametrize(
    ("paper", "width", "height"),
    [("a4", 595, 842), ("f4", 215 * MM, 330 * MM)],
)
def test_paper_size(paper: str, width: float, height: float) -> None:
    reader = _reader(render_pdf(_agenda(), paper))
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(width, abs=1)
        assert float(page.mediabox.height) == pytest.approx(height, abs=1)


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="letter"):
        render_pdf(_agenda(), "letter")


def test_the_words_are_all_there() -> None:
    text = _texts(render_pdf(_agenda(extra=[["10.00", QUOTED, "Aula"]])))[0]
    for words in (
        "PEMERINTAH PROVINSI JAWA BARAT",
        "SUSUNAN ACARA",
        "Kunjungan Kerja DPRD Kota Mojokerto",
        "Gedung Sate, Bandung",
        "Jumat, 26 Mei 2023",
        "Pakaian: batik",
        "Rombongan DPRD",
        QUOTED,
    ):
        assert words in text


def test_a_long_table_repeats_its_header_and_numbers_the_pages() -> None:
    texts = _texts(render_pdf(_agenda(200)))
    pages = len(texts)
    assert pages >= 3
    for text in texts:
        assert all(column in text for column in COLUMNS)
    assert "Halaman 1 dari " + str(pages) in texts[0]
    assert f"Halaman {pages} dari {pages}" in texts[-1]
    # Every row is printed once.
    rows = re.findall(r"Acara (\d+)\b", "\n".join(texts))
    assert sorted(map(int, rows)) == list(range(200))


def test_text_is_printed_literally() -> None:
    hostile = Document(
        heading=HOSTILE,
        title=HOSTILE,
        lines=[HOSTILE],
        sections=[Section(HOSTILE, [HOSTILE], Table(["<i>Nama</i>"], [1.0], [[HOSTILE]]))],
        letterhead=Letterhead([HOSTILE]),
        page_label=LABEL,
    )
    text = _texts(render_pdf(hostile))[0]
    # Letterhead, title, line, section title and line, cell; the heading in capitals.
    assert text.count(HOSTILE) == 6
    assert HOSTILE.upper() in text
    assert "<i>Nama</i>" in text


def test_control_characters_never_reach_the_page() -> None:
    name = "Budi\x1b[31m Santoso\x1b[0m\x07\x9b2J\x00 \x1b]0;judul\x07Jr."
    data = render_pdf(_agenda(extra=[["09.00", name, "Aula"]]))
    text = _texts(data)[0]
    assert "Budi Santoso Jr." in text
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)
    for page in _reader(data).pages:
        contents = page.get_contents()
        assert contents is not None and b"\x1b" not in contents.get_data()


def test_the_same_document_gives_the_same_bytes() -> None:
    assert render_pdf(_agenda(50)) == render_pdf(_agenda(50))
    assert render_pdf(_attendance(4), "f4") == render_pdf(_attendance(4), "f4")


def test_metadata_and_fonts() -> None:
    reader = _reader(render_pdf(_agenda()))
    assert reader.metadata is not None
    assert reader.metadata.title == "Kunjungan Kerja DPRD Kota Mojokerto"
    assert reader.metadata.author == "gathertui"
    assert reader.metadata.creator == "gathertui"
    for page in reader.pages:
        fonts = cast(dict[str, Any], page["/Resources"])["/Font"]
        names = [str(font.get_object()["/BaseFont"]) for font in fonts.values()]
        assert names
        # Embedded Vera subsets only: no core font such as Helvetica.
        assert all("Vera" in name for name in names)


def test_signatures_alternate_between_the_halves() -> None:
    data = render_pdf(_attendance(6))
    places: dict[int, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        match = re.fullmatch(r"\s*(\d)\.\s*", text)
        if match:
            places[int(match.group(1))] = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]

    text = _reader(data).pages[0].extract_text(visitor_text=visit)
    assert "Peserta 6" in text
    assert sorted(places) == [1, 2, 3, 4, 5, 6]
    odd = [places[n] for n in (1, 3, 5)]
    even = [places[n] for n in (2, 4, 6)]
    assert max(odd) < min(even)
    assert len(set(odd)) == 1 and len(set(even)) == 1


def test_sign_in_rows_leave_room_to_sign() -> None:
    # 11 mm a row: an A4 page holds about twenty of them, not the sixty of a plain list.
    assert len(_texts(render_pdf(_attendance(60)))) >= 3


def test_a_cell_taller_than_a_page_is_split() -> None:
    note = " ".join(f"kata{i}" for i in range(2500))
    text = "\n".join(_texts(render_pdf(_agenda(extra=[["11.00", note, "Aula"]]))))
    words = re.findall(r"kata\d+", text)
    assert len(words) == len(set(words)) == 2500


def test_a_row_is_not_cut_at_the_foot_of_a_page() -> None:
    notes: list[list[str | Signature]]
    notes = [["09.00", "Acara", "\n".join(f"r{i}c{line}" for line in range(7))] for i in range(60)]
    texts = _texts(render_pdf(_agenda(0, extra=notes)))
    assert len(texts) >= 2
    for i in range(60):
        holding = {page for page, text in enumerate(texts) if f"r{i}c" in text}
        assert len(holding) == 1, f"row {i} is on pages {sorted(holding)}"
