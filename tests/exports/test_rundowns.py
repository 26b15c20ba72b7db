"""The Susunan Acara for guests and the technical rundown for the committee: what each
shows, and what the guests' copy leaves out."""

from __future__ import annotations

from datetime import date

from conftest import PLANS, VISIT
from gathertui.exports import export
from gathertui.model.enums import Status
from gathertui.model.plan import Plan
from gathertui.storage import load_plan


def _visit(status: Status = Status.CONFIRMED, **event: object) -> Plan:
    plan = load_plan(PLANS / VISIT).model
    first = plan.agenda[0].model_copy(update={"remarks": "Peserta mengisi daftar hadir"})
    updated = plan.event.model_copy(update={"status": status, "dress": "PDH / Batik", **event})
    return plan.model_copy(update={"event": updated, "agenda": [first, *plan.agenda[1:]]})


def _text(plan: Plan, what: str = "agenda") -> str:
    # Markdown: one line per row, no wrapping to search across.
    return export(plan, None, what, "md", "id").decode()


def test_guests_read_remarks_and_dress_but_no_notes_nor_person_in_charge() -> None:
    plan = _visit()
    text = _text(plan)
    assert "Peserta mengisi daftar hadir" in text
    assert "Pakaian: PDH / Batik" in text
    assert "Pukul 09.45 WIB s.d. selesai" in text
    assert "No." in text
    assert plan.agenda[0].notes and "Rombongan tiba" not in text
    assert "PJ" not in text and "Penanggung jawab" not in text
    assert text.count("Jumat, 26 Mei 2023") == 1


def test_the_technical_rundown_adds_person_in_charge_venue_and_notes() -> None:
    text = _text(_visit(), "rundown")
    assert "RUNDOWN TEKNIS" in text
    assert "Rombongan tiba" in text
    assert "(15 menit)" in text
    assert "Penanggung" in text and "PJ:" not in text


def test_a_draft_says_so() -> None:
    assert "SUSUNAN ACARA (DRAF)" in _text(_visit(Status.DRAFT))
    assert "(DRAF)" not in _text(_visit())


def test_empty_days_are_left_out() -> None:
    text = _text(_visit(end=date(2023, 5, 28)))
    assert "Hari 1" not in text and "Minggu, 28 Mei 2023\n" not in text
    assert text.count("| Waktu (WIB) |") == 1


def test_the_ics_names_speakers_and_person_in_charge_once_and_no_notes() -> None:
    ics = export(_visit(), None, "agenda", "ics", "id").decode().replace("\r\n ", "")
    assert "Rombongan tiba" not in ics
    assert "Peserta mengisi daftar hadir" in ics
    assert "PJ:" not in ics
    assert "Pengisi acara: Sunarto\n" in ics.replace("\r\n", "\n")


def test_the_example_visits_susunan_acara_fits_one_a4_page() -> None:
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(export(_visit(), None, "agenda", "pdf", "id", "a4")))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Pengisi acara" in text and "Rombongan tiba" not in text


def test_a_venue_is_not_named_twice() -> None:
    from gathertui.exports.printouts import venue_text
    from gathertui.model.plan import Venue

    garden = Venue(
        id="halaman",
        name="Halaman Belakang Balai Kota Semarang",
        building="Balai Kota Semarang",
    )
    assert venue_text(garden) == "Halaman Belakang Balai Kota Semarang"
