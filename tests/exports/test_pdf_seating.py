"""The seating plan drawn (`--what seating`), read back with pypdf: a page per venue laid
out, portrait or landscape as the room draws larger, every seated person's name and seat
code on it; the words of a seat fitted to its box (wrapped or shrunk, never cut); hostile
text literal; the room's parts never overlapping; and the command."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from seating_plans import LOKAKRIDA, press, settings, visit, with_people

from gathertui.exports import export
from gathertui.exports.pdf import FONT, FONT_BOLD
from gathertui.exports.pdf_fit import LEADING
from gathertui.exports.pdf_seating import fit
from gathertui.exports.seating_geometry import room
from gathertui.model.plan import Layout, Plan
from gathertui.planning.seating import seat_plan
from helpers import run_gathertui

A4 = (595.3, 841.9)
F4 = (609.4, 935.4)
OFFICE_60 = "Kepala Bidang Hubungan Masyarakat dan Protokol Sekretariat DPRD"
HOSTILE = [
    {"id": "x1", "name": "[bold]Sunarto[/bold]", "category": "other"},
    {"id": "x2", "name": "=1+1", "category": "other"},
    {"id": "x3", "name": "<b>tebal</b> & ]]>", "category": "other"},
    {"id": "x4", "name": "Panjang " * 37 + "Nama", "category": "other"},
]


def _pages(data: bytes) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(io.BytesIO(data)).pages)


def _flat(text: str) -> str:
    """The text without its line breaks and spaces: a name wrapped in a seat's box reads
    on two lines."""
    return "".join(text.split())


def _pdf(plan: Plan, lang: str = "id", paper: str = "a4") -> bytes:
    return export(plan, settings(), "seating", "pdf", lang, paper)


def test_the_visit_laid_out_is_one_page_with_every_seated_person_and_seat() -> None:
    plan = with_people(
        visit(pins=[{"person": "rahmat-hidayat", "venue": "lokakrida", "seat": "A1"}]), press(30)
    )
    pages = _pages(_pdf(plan))
    assert len(pages) == 1
    text = pages[0].extract_text()
    assert "DENAH TEMPAT DUDUK" in text and "MEJA UTAMA" in text
    assert "Tempat: Ruang Lokakrida, Lantai 8, Balai Kota Semarang" in text
    flat = _flat(text)
    seating = seat_plan(plan, plan.venues[0], settings())
    assert len(seating.taken) == 35
    for code, index in seating.taken.items():
        assert _flat(plan.people[index].name) in flat
        assert code in text.split()
    # Every empty seat is drawn with its code.
    assert "K12" in text.split()
    # The legend says what the pin mark is.
    assert "kursi ditetapkan manual" in text


def test_the_visit_in_english() -> None:
    text = _pages(_pdf(visit(), "en"))[0].extract_text()
    assert "SEATING PLAN" in text and "HEAD TABLE" in text
    assert "Venue: Ruang Lokakrida" in text and "seat set by hand" in text
    assert "Sunarto" in text


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("f4", F4)])
def test_a_deep_room_is_portrait_and_a_wide_one_landscape(
    paper: str, size: tuple[float, float]
) -> None:
    deep = _pages(_pdf(visit(), paper=paper))[0]
    assert (float(deep.mediabox.width), float(deep.mediabox.height)) == pytest.approx(size, abs=1)
    wide = visit({"head_table": 15, "rows": 2, "seats_per_row": 30, "aisle_after": 15})
    page = _pages(_pdf(wide, paper=paper))[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
        size[::-1], abs=1
    )


def test_one_page_per_venue_laid_out_each_in_its_own_orientation() -> None:
    plan = visit()
    hall = plan.venues[0].model_copy(
        update={
            "id": "aula",
            "name": "Aula",
            "layout": Layout(head_table=15, rows=1, seats_per_row=30),
        }
    )
    bare = plan.venues[0].model_copy(update={"id": "lobi", "name": "Lobi", "layout": None})
    plan = plan.model_copy(update={"venues": [plan.venues[0], bare, hall]})
    pages = _pages(_pdf(plan))
    assert len(pages) == 2
    assert float(pages[0].mediabox.width) < float(pages[0].mediabox.height)
    assert float(pages[1].mediabox.width) > float(pages[1].mediabox.height)
    assert "Aula" in pages[1].extract_text() and "Lobi" not in pages[1].extract_text()
    assert "Halaman 2 dari 2" in pages[1].extract_text()


def test_people_without_a_seat_are_listed_under_the_room() -> None:
    plan = with_people(visit({"head_table": 3, "sides": 1}), press(3))
    flat = _flat(_pages(_pdf(plan))[0].extract_text())
    assert "Belummendapatkursi:Wartawan1;Wartawan2;Wartawan3" in flat


def test_a_round_table_room_with_a_u_draws_every_seat() -> None:
    plan = with_people(
        visit({"head_table": 5, "sides": 4, "tables": 6, "seats_per_table": 8}), press(40)
    )
    text = _pages(_pdf(plan))[0].extract_text()
    words = text.split()
    for code in ("H1", "R1", "L4", "T1-1", "T6-8", "Meja"):
        assert code in words
    assert "Wartawan40" in _flat(text)


def test_hostile_text_stays_literal() -> None:
    plan = with_people(visit({"head_table": 3, "rows": 2, "seats_per_row": 4}), HOSTILE)
    flat = _flat(_pages(_pdf(plan))[0].extract_text())
    for person in HOSTILE:
        assert _flat(person["name"]) in flat


def test_the_same_plan_gives_the_same_bytes() -> None:
    assert _pdf(visit()) == _pdf(visit())


@pytest.mark.parametrize(("width", "height"), [(60.0, 30.0), (40.0, 40.0), (120.0, 14.0)])
def test_a_60_character_office_is_wrapped_or_shrunk_to_its_box_never_cut(
    width: float, height: float
) -> None:
    assert len(OFFICE_60) >= 60
    size, lines = fit([(OFFICE_60, FONT), ("Sunarto", FONT_BOLD)], width, height, 7.0)
    assert len(lines) * size * LEADING <= height
    for font, line in lines:
        assert stringWidth(line, font, size) <= width
    words = " ".join(line for font, line in lines if font == FONT).split()
    assert words == OFFICE_60.split()
    assert lines[-1] == (FONT_BOLD, "Sunarto")


def test_a_word_wider_than_the_box_is_broken_between_letters_never_cut() -> None:
    word = "Panjang" * 40
    size, lines = fit([(word, FONT_BOLD)], 50.0, 200.0, 7.0)
    assert "".join(line for _, line in lines) == word
    assert all(stringWidth(line, FONT_BOLD, size) <= 50.0 for _, line in lines)
    assert len(lines) * size * LEADING <= 200.0


@pytest.mark.parametrize(
    "layout",
    [
        LOKAKRIDA,
        {"head_table": 5, "sides": 4, "tables": 6, "seats_per_table": 8},
        {
            "head_table": 4,
            "sides": 3,
            "rows": 4,
            "seats_per_row": 10,
            "aisle_after": 5,
            "tables": 3,
            "seats_per_table": 6,
        },
        {"tables": 2, "seats_per_table": 3},
        {"tables": 1, "seats_per_table": 20},
        {"rows": 1, "seats_per_row": 1},
    ],
)
def test_no_two_seats_overlap_and_all_are_inside_the_room(layout: dict[str, int]) -> None:
    shape = room(Layout(**layout))
    boxes = [rect for _, rect in shape.seats]
    assert len(boxes) == len({seat.code for seat, _ in shape.seats})
    for n, box in enumerate(boxes):
        assert box.x >= -1e-9 and box.y >= -1e-9
        assert box.x + box.w <= shape.width + 1e-9 and box.y + box.h <= shape.height + 1e-9
        assert not any(box.overlaps(other) for other in boxes[n + 1 :])


def test_the_command_draws_it_and_refuses_a_plan_with_no_layout(
    visit: Path, tmp_path: Path
) -> None:
    out = tmp_path / "denah.pdf"
    result = run_gathertui(
        "export", visit, "--what", "seating", "--format", "pdf", "-o", out, "--lang", "en"
    )
    assert result.returncode == 1
    assert "no venue has a layout: give one in the venue form or `layout = {" in result.stderr
    assert not out.exists()
    text = visit.read_text(encoding="utf-8")
    text = text.replace(
        "capacity = 150\n",
        "capacity = 150\nlayout = { head_table = 7, rows = 10, seats_per_row = 12 }\n",
        1,
    )
    visit.write_text(text, encoding="utf-8")
    result = run_gathertui("export", visit, "--what", "seating", "--format", "pdf", "-o", out)
    assert result.returncode == 0, result.stderr
    assert len(_pages(out.read_bytes())) == 1
    listed = run_gathertui("export", visit, "--what", "seating-list", "--format", "csv")
    assert listed.returncode == 0
    assert ",H4,Sunarto," in listed.stdout
    refused = run_gathertui("export", visit, "--what", "seating", "--format", "md")
    assert refused.returncode == 1 and "pdf" in refused.stderr


@pytest.mark.parametrize(("lang", "stage"), [("id", "PANGGUNG"), ("en", "STAGE")])
def test_rows_without_a_head_table_face_the_stage(lang: str, stage: str) -> None:
    plan = visit({"rows": 3, "seats_per_row": 8, "aisle_after": 4})
    text = _pages(_pdf(plan, lang))[0].extract_text()
    words = text.split()
    assert stage in words and "MEJA" not in words
    # Each row's letter at both its ends.
    assert words.count("A") >= 2 and words.count("C") >= 2
    assert "Sunarto" in text
