"""Every format keeps hostile text harmless; .ics reads back; the CLI writes where told."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from conftest import PLANS, VISIT
from gathertui.exports import ExportError, export
from gathertui.exports.markdown import escape
from gathertui.model.plan import Plan
from gathertui.storage import load_plan

SCRIPT = "<script>alert(1)</script>"
FORMULA = '=HYPERLINK("http://x","klik")'
MARKUP = "[bold]Tamu[/bold] **x** | y"
ESCAPE = "Nama\x1b[31mMerah"


def hostile_plan() -> Plan:
    plan = load_plan(PLANS / VISIT).model
    people = plan.people
    people[0] = people[0].model_copy(update={"name": SCRIPT, "position": FORMULA})
    people[1] = people[1].model_copy(update={"name": MARKUP, "organization": ESCAPE})
    plan.agenda[0] = plan.agenda[0].model_copy(update={"title": SCRIPT + " & " + MARKUP})
    return plan


def test_html_escapes_everything_from_the_plan() -> None:
    for what in ("agenda", "attendance", "roster"):
        page = export(hostile_plan(), None, what, "html", "id").decode()
        assert "<script>" not in page
        assert "\x1b" not in page
    roster = export(hostile_plan(), None, "roster", "html", "id").decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in roster
    assert "[bold]Tamu[/bold] **x** | y" in roster  # no markup language applies in HTML


def test_csv_neutralises_formulas_and_control_codes() -> None:
    data = export(hostile_plan(), None, "roster", "csv", "id")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + FORMULA in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert SCRIPT in cells  # text, not a formula: kept as written
    assert not any("\x1b" in c for c in cells)


def test_markdown_and_text_keep_markup_inert() -> None:
    md = export(hostile_plan(), None, "roster", "md", "id").decode()
    assert "\\<script\\>" in md and "<script>" not in md
    assert "\\| y" in md  # a pipe in a name does not split the table row
    txt = export(hostile_plan(), None, "roster", "txt", "id").decode()
    assert "\x1b" not in txt and "\\x1b" in txt


@pytest.mark.parametrize(
    ("text", "expected"),
    [("- a", "\\- a"), ("1. a", "1\\. a"), ("09.45 WIB", "09.45 WIB"), ("a_b*c", "a\\_b\\*c")],
)
def test_markdown_escape(text: str, expected: str) -> None:
    assert escape(text) == expected


def test_ics_reads_back_with_the_plans_zone_and_stable_uids() -> None:
    plan = load_plan(PLANS / VISIT).model
    data = export(plan, None, "agenda", "ics", "id")
    assert data == export(load_plan(PLANS / VISIT).model, None, "agenda", "ics", "id")
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(plan.agenda)
    first = events[0]
    start = first.decoded("dtstart")
    assert start == datetime(2023, 5, 26, 9, 45, tzinfo=ZoneInfo("Asia/Jakarta"))
    assert str(first["dtstart"].params["TZID"]) == "Asia/Jakarta"
    assert str(first["location"]) == "Ruang Lokakrida, Lantai 8, Balai Kota Semarang"
    assert len({str(e["uid"]) for e in events}) == len(events)
    assert [c.name for c in calendar.walk("VTIMEZONE")] == ["VTIMEZONE"]


def test_hostile_titles_in_ics_stay_text() -> None:
    data = export(hostile_plan(), None, "agenda", "ics", "id")
    summary = str(next(iter(Calendar.from_ical(data).walk("VEVENT")))["summary"])
    assert summary == SCRIPT + " & " + MARKUP


def test_unsupported_combinations_are_refused() -> None:
    plan = load_plan(PLANS / VISIT).model
    with pytest.raises(ExportError):
        export(plan, None, "attendance", "ics", "id")
    with pytest.raises(ExportError):
        export(plan, None, "agenda", "csv", "id")


def gathertui(*args: str | Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "gathertui", *map(str, args)], capture_output=True, check=False
    )


def test_cli_text_formats_go_to_stdout_or_a_file(tmp_path: Path) -> None:
    out = gathertui("export", PLANS / VISIT, "--what", "agenda", "--format", "md")
    assert out.returncode == 0
    assert b"# SUSUNAN ACARA" in out.stdout and b"09.45" in out.stdout
    target = tmp_path / "acara.txt"
    written = gathertui(
        "export", PLANS / VISIT, "--what", "agenda", "--format", "txt", "-o", target, "--lang", "en"
    )
    assert written.returncode == 0
    assert "Friday, 26 May 2023" in target.read_text()


def test_cli_two_ics_exports_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    for target in (first, second):
        run = gathertui(
            "export", PLANS / VISIT, "--what", "agenda", "--format", "ics", "-o", target
        )
        assert run.returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert b"DTSTART;TZID=Asia/Jakarta:20230526T094500" in first.read_bytes()


def test_cli_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    pdf = gathertui("export", PLANS / VISIT, "--what", "agenda", "--format", "pdf")
    assert pdf.returncode == 1 and b"-o" in pdf.stderr and pdf.stdout == b""
    bad = gathertui("export", PLANS / VISIT, "--what", "attendance", "--format", "ics")
    assert bad.returncode == 1 and b"ics" in bad.stderr
    missing = gathertui("export", tmp_path / "none.toml", "--what", "agenda", "--format", "md")
    assert missing.returncode == 1  # export exits 0 / 1, even for a missing plan


def pdf_text(path: Path) -> tuple[str, tuple[float, float]]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    return "\n".join(page.extract_text() for page in reader.pages), (
        float(box.width),
        float(box.height),
    )


def test_cli_pdf_agenda_on_f4_and_attendance(tmp_path: Path) -> None:
    agenda = tmp_path / "x.pdf"
    args: tuple[str | Path, ...]
    args = ("--what", "agenda", "--format", "pdf", "--paper", "f4", "-o", agenda)
    assert gathertui("export", PLANS / VISIT, *args).returncode == 0
    text, (width, height) = pdf_text(agenda)
    assert round(width / 72 * 25.4) == 215 and round(height / 72 * 25.4) == 330
    for words in ("SUSUNAN ACARA", "Jumat, 26 Mei 2023", "09.45", "Ruang Lokakrida", "Lantai 8"):
        assert words in text
    assert "Halaman 1 dari" in text
    english = tmp_path / "en.pdf"
    args = ("--what", "agenda", "--format", "pdf", "--lang", "en", "-o", english)
    assert gathertui("export", PLANS / VISIT, *args).returncode == 0
    text, (width, _) = pdf_text(english)
    assert "Friday, 26 May 2023" in text and round(width) == 595  # A4 by default
    sheet = tmp_path / "hadir.pdf"
    args = ("--what", "attendance", "--format", "pdf", "-o", sheet)
    assert gathertui("export", PLANS / VISIT, *args).returncode == 0
    text, _ = pdf_text(sheet)
    for words in ("DAFTAR HADIR", "Tanda Tangan", "Abd Rachman Tuwo", "Santi Ratnaningtias"):
        assert words in text


def test_the_command_line_offers_every_printout_and_format_there_is() -> None:
    """The names `gathertui export` accepts (kept apart from the exports, which load the
    model) are those the exports make: each printout, the calendar, and every format."""
    from gathertui.exports import FORMATS, SUPPORTED, WHATS

    assert set(WHATS) == {*SUPPORTED, "calendar"}
    assert {fmt for formats in SUPPORTED.values() for fmt in formats} == set(FORMATS)
