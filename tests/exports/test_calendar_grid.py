"""The calendar PDF: six month grids on one landscape page, red days and marks as data,
then the list of entries with the SKB's holiday names."""

from __future__ import annotations

import json
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import PLANS
from gathertui.exports.calendar_grid import (
    BLACK,
    OUTSIDE_MARK,
    RED,
    DayStyle,
    Shape,
    day_style,
    semester_grid,
)
from gathertui.exports.calendar_view import SemesterView, calendar_document, semester_view
from gathertui.exports.pdf import MM
from gathertui.exports.pdf_calendar import fitted, render_calendar_pdf
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.calendar import Entry, EntryKind, Semester
from gathertui.state import WorkspaceState
from helpers import run_gathertui

LANDSCAPE = {"a4": (297, 210), "f4": (330, 215)}


def example_view(semester: Semester) -> tuple[SemesterView, WorkspaceSettings]:
    workspace = WorkspaceState.read(PLANS)
    settings = workspace.preferences
    return semester_view(semester, settings, workspace.effective_plans()), settings


def style_of(view: SemesterView, day: date) -> DayStyle:
    grid = semester_grid(view, "id")
    month = grid.months[view.semester.months.index(day.month)]
    found = [d for week in month.weeks for d in week if d is not None and d.number == day.day]
    assert len(found) == 1
    return found[0].style


def test_holidays_cuti_bersama_and_sundays_are_red() -> None:
    view, _ = example_view(Semester(2024, 2))
    independence = style_of(view, date(2024, 8, 17))
    assert (independence.colour, independence.bold) == (RED, True)
    sunday = style_of(view, date(2024, 11, 10))
    assert (sunday.colour, sunday.bold, sunday.marks) == (RED, False, ())
    cuti = style_of(view, date(2024, 12, 26))
    assert cuti.colour == RED and [m.shape for m in cuti.marks] == [Shape.RING]
    weekday = style_of(view, date(2024, 11, 12))
    assert weekday == DayStyle(BLACK, bold=False)


def test_a_day_with_everything_keeps_every_mark() -> None:
    day = date(2024, 8, 18)  # a Sunday
    entries = [
        Entry(day, EntryKind.PLAN, "Kunjungan", "visit"),
        Entry(day, EntryKind.PLAN, "Rapat", "meeting"),
        Entry(day, EntryKind.CUTI_BERSAMA, "Cuti Bersama"),
        Entry(day, EntryKind.OUTSIDE, "Pekan Raya", "wisata"),
    ]
    style = day_style(day, entries)
    assert style.colour == RED and style.bold
    assert [m.shape for m in style.marks] == [
        Shape.SQUARE,
        Shape.DIAMOND,
        Shape.TRIANGLE,
        Shape.RING,
    ]
    # The first plan's kind tints the day.
    assert style.fill == day_style(day, entries[:1]).fill != day_style(day, entries[1:2]).fill


def test_plans_and_outside_events_are_marked() -> None:
    view, _ = example_view(Semester(2024, 2))
    gathering = style_of(view, date(2024, 10, 17))
    assert gathering.bold and gathering.fill is not None
    assert [m.shape for m in gathering.marks] == [Shape.CIRCLE]
    # Every day of the month-long Semarang Great Sale, the holiday among them.
    for day in (1, 17, 31):
        assert OUTSIDE_MARK in style_of(view, date(2024, 8, day)).marks
    assert style_of(view, date(2024, 8, 17)).colour == RED


def test_months_are_six_weeks_monday_first() -> None:
    view, _ = example_view(Semester(2024, 2))
    grid = semester_grid(view, "id")
    assert [m.title for m in grid.months][:2] == ["Juli 2024", "Agustus 2024"]
    august = grid.months[1]
    assert [w.name for w in august.weekdays] == ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
    assert [w.colour for w in august.weekdays] == [BLACK] * 6 + [RED]
    assert all(len(m.weeks) == 6 and all(len(w) == 7 for w in m.weeks) for m in grid.months)
    # 1 August 2024 is a Thursday.
    first = august.weeks[0]
    assert first[:3] == (None, None, None) and first[3] is not None and first[3].number == 1
    english = semester_grid(view, "en").months[1]
    assert english.weekdays[0].name == "Mon" and english.title == "August 2024"


def test_the_legend_says_what_each_mark_means() -> None:
    view, _ = example_view(Semester(2024, 2))
    texts = [item.text for item in semester_grid(view, "id").legend]
    assert texts[:3] == ["libur nasional", "cuti bersama", "Minggu"]
    assert {"media gathering", "acara luar (kalender wisata)"} <= set(texts)
    assert semester_grid(view, "en").legend[2].text == "Sunday"


def pdf_of(semester: Semester, paper: str, view: SemesterView | None = None) -> PdfReader:
    if view is None:
        view, settings = example_view(semester)
    else:
        settings = WorkspaceSettings()
    document = calendar_document(view, settings, "id")
    data = render_calendar_pdf(document, semester_grid(view, "id"), paper)
    return PdfReader(BytesIO(data))


@pytest.mark.parametrize("paper", ["a4", "f4"])
@pytest.mark.parametrize(("number", "pages"), [(1, 3), (2, 3)])
def test_pages_are_landscape_with_the_months_on_the_first(
    paper: str, number: int, pages: int
) -> None:
    reader = pdf_of(Semester(2024, number), paper)
    assert len(reader.pages) == pages
    width, height = LANDSCAPE[paper]
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(width * MM, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(height * MM, abs=0.5)
    first = reader.pages[0].extract_text()
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni"]
    if number == 2:
        months = ["Juli", "Agustus", "September", "Oktober", "November", "Desember"]
    for month in months:
        assert f"{month} 2024" in first
    assert "KALENDER KEGIATAN" in first and f"Semester {'I' * number} 2024" in first
    assert "acara luar (kalender wisata)" in first
    assert f"Halaman 1 dari {pages}" in first


def list_text(reader: PdfReader) -> str:
    """The pages after the grid: the list of entries."""
    return "\n".join(page.extract_text() for page in reader.pages[1:])


def test_a_month_long_event_is_one_row() -> None:
    text = " ".join(list_text(pdf_of(Semester(2024, 2), "a4")).split())
    assert text.count("Semarang Great Sale") == 1
    assert "1–31 Agustus 2024 Semarang Great Sale" in text


@pytest.mark.parametrize(
    ("semester", "names"),
    [
        (
            Semester(2024, 1),
            ["Hari Raya Idul Fitri 1445 Hijriah", "Tahun Baru Imlek 2575 Kongzili"],
        ),
        (Semester(2024, 2), ["Tahun Baru Islam 1446 Hijriah", "Hari Raya Natal"]),
        (
            Semester(2025, 1),
            ["Idulfitri 1446 Hijriah", "Kebangkitan Yesus Kristus (Paskah)", "Iduladha 1446"],
        ),
        (Semester(2025, 2), ["Kelahiran Yesus Kristus", "Proklamasi Kemerdekaan"]),
        (Semester(2026, 1), ["Idulfitri 1447 Hijriah", "1 Muharam Tahun Baru Islam 1448 Hijriah"]),
        (Semester(2026, 2), ["Kelahiran Yesus Kristus", "Maulid Nabi Muhammad S.A.W."]),
    ],
)
def test_the_list_names_holidays_as_the_skb_does(semester: Semester, names: list[str]) -> None:
    view = semester_view(semester, WorkspaceSettings(), [])
    text = " ".join(list_text(pdf_of(semester, "a4", view)).split())
    for name in names:
        assert name in text, name
    assert "Hari kedua" not in text and "Idul Fitri" not in text.replace("Hari Raya Idul Fitri", "")


def test_hostile_titles_print_literally_and_fit(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    title = '<b>Pesta</b> &amp; "Rakyat" \x1b[31m' + "Panjang " * 30
    # JSON's string escapes are TOML's: the escape character arrives in the title.
    (folder / "gathertui.toml").write_text(
        "schema_version = 1\n\n[[calendar]]\n"
        f'id = "pesta"\ntitle = {json.dumps(title)}\nstart = 2024-08-05\nend = 2024-08-09\n',
        encoding="utf-8",
    )
    pdf = tmp_path / "kalender.pdf"
    result = run_gathertui(
        "export", folder, "--what", "calendar", "--year", "2024", "--semester", "2",
        "--format", "pdf", "-o", pdf,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = " ".join(list_text(PdfReader(pdf)).split())
    # The markup is printed as written; the escape character is shown, not obeyed.
    assert '<b>Pesta</b> &amp; "Rakyat"' in text and "\x1b" not in text
    assert "Panjang Panjang" in text


def test_text_is_fitted_to_its_box() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from gathertui.exports.pdf import FONT, _register_fonts

    _register_fonts()
    text, size = fitted("Kelompok Informasi Masyarakat " * 5, FONT, 9, 60)
    assert text.endswith("…") and size == 6
    assert stringWidth(text, FONT, size) <= 60
    assert fitted("Sen", FONT, 7.5, 60) == ("Sen", 7.5)


def test_the_same_calendar_gives_the_same_bytes() -> None:
    view, settings = example_view(Semester(2024, 1))
    document = calendar_document(view, settings, "id")
    grid = semester_grid(view, "id")
    assert render_calendar_pdf(document, grid, "f4") == render_calendar_pdf(document, grid, "f4")


def test_the_grid_data_needs_no_reportlab() -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from gathertui.exports.calendar_grid import semester_grid\n"
        "from gathertui.exports.calendar_view import semester_view\n"
        "from gathertui.model.workspace import WorkspaceSettings\n"
        "from gathertui.planning.calendar import Semester\n"
        "semester_grid(semester_view(Semester(2024, 2), WorkspaceSettings(), []), 'id')\n"
        "print('reportlab' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
