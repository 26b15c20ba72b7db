"""`gathertui calendar` and the calendar exports of the example workspace."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from icalendar import Calendar

from conftest import PLANS
from helpers import run_gathertui


def gathertui(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return run_gathertui(*args, columns=160)


def test_semester_one_2024() -> None:
    out = gathertui("calendar", "--year", "2024", "--semester", "1", PLANS).stdout
    for words in (
        "Semester I 2024",
        "Januari 2024",
        "Juni 2024",
        "Hari Raya Idul Fitri",
        "Hari Suci Nyepi",
        "Dugderan",
        "Semarang Night Carnival",
        "Media Gathering Semester I 2024",
        "tercapai",
    ):
        assert words in out, words
    assert "Juli 2024" not in out


def rows_of(out: str) -> list[list[str]]:
    """The cells of each table row the terminal calendar printed."""
    return [
        [cell.strip() for cell in line.strip().strip("│").split("│")]
        for line in out.splitlines()
        if line.lstrip().startswith("│")
    ]


def test_an_event_of_several_days_is_one_row_with_its_span() -> None:
    result = gathertui("calendar", "--year", "2024", "--semester", "2", PLANS)
    assert result.returncode == 0
    rows = rows_of(result.stdout)
    assert [row for row in rows if row[1] == "Semarang Great Sale"] == [
        ["1–31 Agustus 2024", "Semarang Great Sale", "wisata"]
    ]
    assert ["12–15 September 2024", "Festival Kota Lama", "wisata"] in rows
    assert ["Sabtu, 17 Agustus 2024", "Hari Kemerdekaan Republik Indonesia", "libur nasional"] in (
        rows
    )


def test_an_empty_month_is_worded_as_the_printouts_word_it() -> None:
    # July 2025 has neither plan, holiday nor event in the example workspace.
    out = gathertui("calendar", "--year", "2025", "--semester", "2", PLANS).stdout
    july = out[out.index("Juli 2025") : out.index("Agustus 2025")]
    assert rows_of(july) == [["", "Tidak ada kegiatan pada bulan ini.", ""]]
    english = gathertui("calendar", "--year", "2025", "--semester", "2", "--lang", "en", PLANS)
    assert ["", "Nothing this month.", ""] in rows_of(english.stdout)


def test_semester_two_2024_in_english() -> None:
    out = gathertui("calendar", "--year", "2024", "--semester", "2", "--lang", "en", PLANS).stdout
    assert "Hari Kemerdekaan" in out and "Saturday, 17 August 2024" in out
    assert "Media Gathering Semester II 2024" in out and "met" in out


def test_without_the_semester_two_plan_the_target_is_not_met(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(PLANS, folder)
    (folder / "2024-s2-media-gathering.toml").unlink()
    out = gathertui("calendar", "--year", "2024", "--semester", "2", "--lang", "en", folder).stdout
    assert "not met" in out


def test_calendar_ics_has_plans_and_outside_events_and_is_stable(tmp_path: Path) -> None:
    args = ("--what", "calendar", "--format", "ics", "--year", "2024", "--semester", "1")
    first = gathertui("export", PLANS, *args).stdout
    assert first == gathertui("export", PLANS, *args).stdout
    events = list(Calendar.from_ical(first.encode()).walk("VEVENT"))
    titles = {str(e["summary"]) for e in events}
    assert {
        "Media Gathering Semester I 2024",
        "Dugderan",
        "Hari Raya Idul Fitri 1445 Hijriah",
    } <= titles
    holidays = [e for e in events if str(e.get("x-gathertui-holiday", "")) == "TRUE"]
    assert holidays and all(str(e["summary"]) != "Dugderan" for e in holidays)
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_calendar_printouts(tmp_path: Path) -> None:
    args = ("--what", "calendar", "--year", "2024", "--semester", "2")
    md = gathertui("export", PLANS, *args, "--format", "md").stdout
    assert "# KALENDER KEGIATAN" in md and "Hari Kemerdekaan Republik Indonesia" in md
    pdf = tmp_path / "kalender.pdf"
    assert gathertui("export", PLANS, *args, "--format", "pdf", "-o", pdf).returncode == 0
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Semester II 2024" in text and "Agustus 2024" in text
