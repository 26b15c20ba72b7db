"""The invitation letter: its blocks in order in every format and both languages, one
letter per invitee in order of precedence, the Daftar Undangan variant, the Susunan Acara
attached, hostile text kept literal; PDF read back with pypdf, docx with python-docx."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import docx
import pypdf
import pytest

from gathertui.exports import export
from gathertui.exports.letter import invitees
from gathertui.model.plan import Invitation, Person, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.storage import load_plan, load_settings

ROOT = Path(__file__).resolve().parents[2]
PLANS = ROOT / "plans"
VISIT = "2023-05-26-kunjungan-kerja-pemkot-mojokerto.toml"


def _visit(**invitation: object) -> tuple[Plan, WorkspaceSettings]:
    plan = load_plan(PLANS / VISIT).model
    if invitation:
        plan.invitation = Invitation.model_validate(invitation)
    return plan, load_settings(PLANS / "gathertui.toml").model


def _pages(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def _in_order(text: str, parts: list[str]) -> None:
    """Each part found in `text`, each after the one before."""
    at = 0
    for part in parts:
        found = text.find(part, at)
        assert found >= 0, f"{part!r} not found after position {at} in {text!r}"
        at = found + len(part)


VISIT_ORDER_ID = [
    "Wali Kota Semarang",
    "Asisten III Administrasi Pemerintah Kota Mojokerto",
    "Kepala Dinas Komunikasi dan Informatika Kota Mojokerto",
    "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Semarang",
    "Kepala Bidang Pemasaran Pariwisata Dinas Pariwisata Kota Semarang",
    "Plt. Kepala Bagian Komunikasi Pimpinan dan Protokol Pemerintah Kota Semarang",
]


def test_one_letter_per_invitee_in_order_of_precedence_then_the_programme() -> None:
    plan, settings = _visit(number="005/123/Prokompim/2023")
    pages = _pages(export(plan, settings, "invitation", "pdf", "id"))
    assert len(pages) == len(VISIT_ORDER_ID) + 1
    for page, office in zip(pages, VISIT_ORDER_ID, strict=False):
        _in_order(
            page,
            [
                "PEMERINTAH KOTA SEMARANG",
                "Semarang, 22 Mei 2023",
                "Nomor : 005/123/Prokompim/2023",
                "Sifat : Biasa",
                "Lampiran : 1 (satu) berkas",
                "Perihal : Undangan",
                f"Yth. {office} di Tempat",
                "Dalam rangka Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang, bersama ini "
                "kami mengundang Bapak/Ibu untuk hadir pada:",
                "Hari/tanggal : Jumat, 26 Mei 2023",
                "Pukul : 09.45 WIB s.d. selesai",
                "Tempat : Ruang Lokakrida, Lantai 8, Balai Kota Semarang",
                "Acara : Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang",
                "Demikian atas perhatian dan kehadiran Bapak/Ibu, kami sampaikan terima kasih.",
                "Sekretaris Dinas Komunikasi",
                "Dra. Ratna Wulandari, M.Si.",
                "NIP. 19750312 200003 2 004",
            ],
        )
        # The letter is dated once, above it; no "Mengetahui" under a letter.
        assert page.count("22 Mei 2023") == 1
        assert "Mengetahui" not in page
        assert "Pakaian" not in page  # the visit sets no dress code
    _in_order(
        pages[-1],
        ["SUSUNAN ACARA", "Lampiran surat Nomor 005/123/Prokompim/2023", "Kedatangan rombongan"],
    )
    assert "PEMERINTAH KOTA SEMARANG" not in pages[-1]


def test_an_english_letter() -> None:
    plan, settings = _visit(attach_rundown=False)
    plan.event.dress = "Batik"
    pages = _pages(export(plan, settings, "invitation", "pdf", "en"))
    assert len(pages) == len(VISIT_ORDER_ID)
    _in_order(
        pages[0],
        [
            "Semarang, 22 May 2023",
            "Number :",
            "Nature : Regular",
            "Attachment : -",
            "Subject : Invitation",
            "To: Wali Kota Semarang",
            "On the occasion of Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang",
            "Date : Friday, 26 May 2023",
            "Time : 09.45 WIB until the end",
            "Venue : Ruang Lokakrida",
            "Event : Kunjungan Kerja",
            "Dress code : Batik",
            "Thank you for your attention and your presence.",
            "Dra. Ratna Wulandari, M.Si.",
        ],
    )
    assert "Tempat" not in pages[0].split("To:")[1].split("On the occasion")[0]


def test_one_letter_with_the_invitation_list() -> None:
    plan, settings = _visit(merge=False, subject="Undangan Kunjungan Kerja", nature="Segera")
    pages = _pages(export(plan, settings, "invitation", "pdf", "id"))
    assert len(pages) == 3
    _in_order(
        pages[0],
        [
            "Sifat : Segera",
            "Lampiran : 2 (dua) berkas",
            "Perihal : Undangan Kunjungan Kerja",
            "Yth. (Daftar Terlampir) di Tempat",
        ],
    )
    numbered = [f"{n} {office}" for n, office in enumerate(VISIT_ORDER_ID, start=1)]
    _in_order(pages[1], ["DAFTAR UNDANGAN", "Lampiran surat", "No. Nama Jabatan"])
    rows = re.sub(r"(\d) Hevearita Gunaryanti Rahayu", r"\1", pages[1])
    assert "1 Wali Kota Semarang" in rows
    assert all(f"{n} " in pages[1] for n, _ in enumerate(numbered, start=1))
    _in_order(pages[1], ["Hevearita", "Abd Rachman Tuwo", "Santi", "Sunarto", "Rahmat", "Kartika"])
    assert "SUSUNAN ACARA" in pages[2]


def test_invitees_as_the_plan_names_them_still_in_order_of_precedence() -> None:
    plan, settings = _visit(invitees=["kartika-hedi-aji", "hevearita-gunaryanti-rahayu"])
    assert [p.id for p in invitees(plan, settings)] == [
        "hevearita-gunaryanti-rahayu",
        "kartika-hedi-aji",
    ]
    plan.people[2].honorific = "Ibu"
    text = export(plan, settings, "invitation", "txt", "id").decode()
    assert [line for line in text.splitlines() if line.startswith("Yth.")] == [
        "Yth. Ibu Wali Kota Semarang",
        "Yth. Plt. Kepala Bagian Komunikasi Pimpinan dan Protokol Pemerintah Kota Semarang",
    ]


def test_a_plan_without_invitees_gets_one_letter_to_fill_in() -> None:
    plan, settings = _visit(invitees=[], attach_rundown=False)
    text = export(plan, settings, "invitation", "txt", "id").decode()
    assert text.count("Yth.") == 1
    assert "Yth. Bapak/Ibu ……………………" in text


def test_the_opening_paragraph_from_the_plan() -> None:
    plan, settings = _visit(body="Sehubungan dengan kunjungan kerja, kami mengundang Bapak/Ibu:")
    text = export(plan, settings, "invitation", "md", "id").decode()
    assert "Sehubungan dengan kunjungan kerja, kami mengundang Bapak/Ibu:" in text
    assert "Dalam rangka" not in text
    assert "- Hari/tanggal: Jumat, 26 Mei 2023" in text
    assert "\n---\n" in text  # between the letters


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_word_document(lang: str) -> None:
    plan, settings = _visit(number="005/123/Prokompim/2023")
    data = export(plan, settings, "invitation", "docx", lang)
    document = docx.Document(io.BytesIO(data))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [" ".join(c.text for c in row.cells) for t in document.tables for row in t.rows]
    to = "Yth." if lang == "id" else "To:"
    assert [p for p in paragraphs if p.startswith(to)][: len(VISIT_ORDER_ID)] == [
        f"{to} {office}" for office in VISIT_ORDER_ID
    ]
    number = "Nomor" if lang == "id" else "Number"
    assert cells.count(f"{number} : 005/123/Prokompim/2023") == len(VISIT_ORDER_ID)
    # The signature block is a borderless table, as in every other printout's .docx.
    texts = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert texts.count("Dra. Ratna Wulandari, M.Si.") == len(VISIT_ORDER_ID)
    heading = "SUSUNAN ACARA" if lang == "id" else "PROGRAMME"
    assert heading in paragraphs
    # Each letter and the programme start on a page of their own.
    breaks = sum(1 for p in document.paragraphs for run in p.runs if 'w:type="page"' in run._r.xml)
    assert breaks == len(VISIT_ORDER_ID)


HOSTILE = ["[bold]x[/bold]", "=1+1", "<b>bold</b>", "N" * 300]


@pytest.mark.parametrize("fmt", ["pdf", "txt", "md", "docx"])
def test_hostile_text_stays_literal(fmt: str) -> None:
    plan, settings = _visit(
        number="<b>1</b>", subject="=1+1", body="[bold]Hadir[/bold] <i>ya</i>", attach_rundown=False
    )
    plan.people = [
        Person(
            id="x",
            name="N" * 300,
            honorific="<b>Bapak</b>",
            position="[bold]Kepala[/bold] " + "Dinas " * 40,
            organization="=1+1",
            category="official",  # type: ignore[arg-type]
        )
    ]
    plan.invitation = (plan.invitation or Invitation()).model_copy(update={"invitees": ["x"]})
    plan.event.title = "Acara " * 60
    data = export(plan, settings, "invitation", fmt, "id")
    if fmt == "pdf":
        pages = _pages(data)
        assert len(pages) == 1  # a long office wraps; the letter stays on its page
        text = pages[0].replace(" ", "")
        for part in ("<b>1</b>", "=1+1", "[bold]Hadir[/bold]<i>ya</i>", "<b>Bapak</b>[bold]"):
            assert part in text
    elif fmt == "docx":
        document = docx.Document(io.BytesIO(data))
        text = "\n".join(p.text for p in document.paragraphs)
        assert "[bold]Hadir[/bold] <i>ya</i>" in text
        assert "Yth. <b>Bapak</b> [bold]Kepala[/bold]" in text
    else:
        text = data.decode()
        if fmt == "md":
            assert "\\[bold\\]Hadir\\[/bold\\] \\<i\\>ya\\</i\\>" in text
            assert "<b>" not in text
        else:
            assert "[bold]Hadir[/bold] <i>ya</i>" in text
            assert "Perihal  : =1+1" in text
            assert max(len(line) for line in text.splitlines()) <= 100


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_the_visit_letters_match_their_golden_files(lang: str, fmt: str) -> None:
    """After a deliberate change, regenerate with GATHERTUI_UPDATE_GOLDEN=1 and review."""
    plan, settings = _visit(number="005/123/Prokompim/2023")
    data = export(plan, settings, "invitation", fmt, lang)
    golden = Path(__file__).parent / "golden" / f"visit-invitation-{lang}.{fmt}"
    if os.environ.get("GATHERTUI_UPDATE_GOLDEN"):
        golden.write_bytes(data)
    assert data == golden.read_bytes()


def test_the_letter_signed_by_the_official_the_plan_names_for_it() -> None:
    plan, settings = _visit(attach_rundown=False)
    assert plan.signing is not None
    plan.signing = plan.signing.model_copy(update={"printouts": {"invitation": "sekda"}})
    text = export(plan, settings, "invitation", "txt", "id").decode()
    assert "Dr. Ir. Bambang Suryanto, M.T." in text
    assert "Dra. Ratna Wulandari" not in text
