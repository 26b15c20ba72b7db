"""A table of many rows is laid out a page at a time (`exports/pdf_long_table.py`): the
pages are those of one whole table, and the work grows with the rows, not their square."""

from __future__ import annotations

import io

import pypdf
import pytest

from gathertui.exports import pdf
from gathertui.exports.document import (
    Document,
    Section,
    Signature,
    SignatureBlock,
    SigningOfficial,
    Table,
)

NOTES = ("", "Hadir bersama ajudan dan sopir; menginap di hotel dekat balai kota " * 3, "x")


def _table(rows: int, tall: bool = False) -> Table:
    body: list[list[str | Signature]] = []
    headings = set()
    for n in range(rows):
        if n % 37 == 0:
            headings.add(len(body))
            body.append([f"Kelompok {n // 37}", "", "", ""])
        last: str | Signature = Signature(n + 1) if tall else NOTES[n % 3]
        body.append([str(n + 1), f"Peserta Nomor {n}", "Staf", last])
    return Table(
        ["No.", "Nama", "Jabatan", "Catatan"],
        [0.1, 0.3, 0.2, 0.4],
        body,
        frozenset(headings),
        tall=tall,
    )


def _document(table: Table, signed: bool) -> Document:
    official = SigningOfficial("", "Kepala Dinas,", "Sunarto", "Pembina (IV/a)", "NIP. 1")
    block = SignatureBlock("Semarang, 1 Desember 2024", official) if signed else None
    sections = [Section("Rombongan 1", [], table), Section("Rombongan 2", [], _table(5))]
    return Document("DAFTAR PESERTA", "Rapat", [], sections, signature=block)


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize(("tall", "signed"), [(False, False), (True, False), (False, True)])
def test_the_pages_are_those_of_one_whole_table(
    monkeypatch: pytest.MonkeyPatch, tall: bool, signed: bool
) -> None:
    document = _document(_table(300, tall), signed)
    paged = pdf.render_pdf(document)
    monkeypatch.setattr(pdf, "LONG_TABLE_ROWS", 10**9)
    whole = pdf.render_pdf(document)
    assert _pages(paged) == _pages(whole)
    assert len(_pages(paged)) > 5


def test_the_rows_made_into_tables_grow_with_the_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []
    real = pdf._table_class()

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self, data: list[object], *args: object, **kwargs: object) -> None:
            made.append(len(data))
            super().__init__(data, *args, **kwargs)

    monkeypatch.setattr(pdf, "_table_class", lambda: Counting)
    for rows in (400, 1600):
        made.clear()
        pdf.render_pdf(_document(_table(rows), False))
        # Each row is made into a table about twice (its page's part and the part it
        # is drawn in); a whole table remade at every page would be rows² / 40.
        assert sum(made) < 4 * rows, (rows, sum(made))


def test_a_row_taller_than_a_page_is_cut_as_in_one_whole_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    table = _table(200)
    giant = "Catatan yang sangat panjang untuk satu baris. " * 400
    table.rows[120][3] = giant
    document = _document(table, False)
    paged = pdf.render_pdf(document)
    monkeypatch.setattr(pdf, "LONG_TABLE_ROWS", 10**9)
    assert _pages(paged) == _pages(pdf.render_pdf(document))
