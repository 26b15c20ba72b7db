"""The seating list (`--what seating-list`): who sits in each seat, by venue, the head
table first; in every format it offers, against golden files in both languages; hostile
text literal; and the error of a plan with no venue laid out."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from seating_plans import press, settings, visit, with_people

from gathertui.exports import SUPPORTED, ExportError, export
from gathertui.i18n import tr
from gathertui.model.plan import SIGNED_PRINTOUTS, Plan, Signing

GOLDEN = Path(__file__).with_name("golden")
PIN = {"person": "rahmat-hidayat", "venue": "lokakrida", "seat": "A1"}
HOSTILE = ["[bold]Sunarto[/bold]", "=1+1", "<b>tebal</b> & ]]>", "Panjang " * 37 + "Nama"]


def _plan() -> Plan:
    return with_people(visit(pins=[PIN]), press(3))


@pytest.mark.parametrize(("fmt", "lang"), [("txt", "id"), ("txt", "en"), ("md", "id")])
def test_the_visit_laid_out_matches_its_golden_file(fmt: str, lang: str) -> None:
    data = export(_plan(), settings(), "seating-list", fmt, lang)
    golden = GOLDEN / f"visit-seating-list-{lang}.{fmt}"
    if os.environ.get("GATHERTUI_UPDATE_GOLDEN"):
        golden.write_bytes(data)
    assert data == golden.read_bytes()


def test_the_head_table_comes_first_then_the_rows_and_the_pin_holds() -> None:
    text = export(_plan(), settings(), "seating-list", "txt", "en").decode()
    seats = [line.split("|")[0].strip() for line in text.splitlines() if "|" in line]
    codes = [seat for seat in seats if seat and seat != "Seat"]
    # The Wali Kota's representative in the middle seat, 4-2-1-3 around it.
    assert codes == ["H3", "H4", "H5", "H6", "A1", "A6", "A7", "A8"]
    assert "A1      | Rahmat Hidayat" in text


def test_ten_rows_do_not_reuse_the_head_tables_codes() -> None:
    text = export(_plan(), settings(), "seating-list", "txt", "id").decode()
    # Row H would have been "H2".."H12", the head table's codes: each person once.
    assert text.count("| Sunarto ") == 1


def test_people_without_a_seat_are_listed_after_the_seats() -> None:
    plan = with_people(visit({"head_table": 2}), press(2))
    text = export(plan, settings(), "seating-list", "txt", "id").decode()
    assert "Belum mendapat kursi: " in text
    line = next(line for line in text.splitlines() if line.startswith("Belum mendapat kursi"))
    # Officials first, then the press, in order of precedence.
    assert line.endswith("Wartawan 1; Wartawan 2")
    english = export(plan, settings(), "seating-list", "txt", "en").decode()
    assert "No seat yet: " in english


def test_csv_one_row_per_seat_taken_with_formulas_neutralised() -> None:
    people = [dict(p, name=name) for p, name in zip(press(4), HOSTILE, strict=True)]
    plan = with_people(visit(), people)
    data = export(plan, settings(), "seating-list", "csv", "id")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Tempat", "Kursi", "Nama", "Jabatan", "Rombongan", "Kategori"]
    assert len(rows) == 1 + 5 + 4
    names = [row[2] for row in rows[1:]]
    assert "'=1+1" in names and "=1+1" not in names
    assert "[bold]Sunarto[/bold]" in names and HOSTILE[3] in names
    assert data.count(b"\r\n") == len(rows)


@pytest.mark.parametrize("fmt", ["md", "txt", "html"])
def test_hostile_text_stays_literal(fmt: str) -> None:
    people = [dict(p, name=name) for p, name in zip(press(4), HOSTILE, strict=True)]
    text = export(with_people(visit(), people), settings(), "seating-list", fmt, "id").decode()
    if fmt == "html":
        assert "&lt;b&gt;tebal&lt;/b&gt;" in text and "<b>tebal" not in text
    else:
        assert "[bold]Sunarto[/bold]" in text.replace("\\", "")
    assert "=1+1" in text


def test_docx_holds_every_seat_taken() -> None:
    from docx import Document as Docx

    people = [dict(p, name=name) for p, name in zip(press(4), HOSTILE, strict=True)]
    data = export(with_people(visit(), people), settings(), "seating-list", "docx", "en")
    document = Docx(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for name in ("Sunarto", "Abd Rachman Tuwo", *HOSTILE):
        assert name in cells
    assert "H4" in cells and "Head table" in cells


def test_pdf_of_the_list_reads_back() -> None:
    import pypdf

    data = export(_plan(), settings(), "seating-list", "pdf", "id")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    for words in ("DAFTAR TEMPAT DUDUK", "Meja utama", "Baris A", "Rahmat Hidayat", "H4"):
        assert words in text


def test_no_venue_laid_out_is_an_error_that_says_how_to_give_one() -> None:
    plan = visit()
    plan = plan.model_copy(update={"venues": [plan.venues[0].model_copy(update={"layout": None})]})
    for what in ("seating", "seating-list"):
        with pytest.raises(ExportError) as raised:
            export(plan, settings(), what, "pdf", "en")
        assert raised.value.key == "export.seating_no_layout"
    said = tr("export.seating_no_layout", "en")
    assert said.startswith("no venue has a layout: give one in the venue form or `layout = {")


def test_what_it_offers_and_who_signs_it() -> None:
    assert SUPPORTED["seating"] == ("pdf",)
    assert set(SUPPORTED["seating-list"]) == {"pdf", "html", "md", "txt", "csv", "docx"}
    assert "seating" in SIGNED_PRINTOUTS
    assert Signing(printouts={"seating": "kadis"}).printouts == {"seating": "kadis"}


@pytest.mark.parametrize("fmt", ["txt", "md", "csv"])
def test_control_characters_never_reach_the_file(fmt: str) -> None:
    people = [dict(press(1)[0], name="Budi\x1b[2J\u202eSantoso")]
    data = export(with_people(visit(), people), settings(), "seating-list", fmt, "id")
    assert b"\x1b" not in data and "\u202e".encode() not in data
