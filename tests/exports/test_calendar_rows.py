"""The calendar printouts: an entry of several days is one row with its span, in both
languages; an empty month says so as the app does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gathertui.exports.calendar_view import calendar_document, semester_view, span_text
from gathertui.exports.document import Document
from gathertui.model import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.calendar import Semester
from gathertui.storage.reader import decode_source, settings_from_source
from helpers import load_text

SETTINGS = """
[[calendar]]
id = "great-sale"
title = "Semarang Great Sale"
start = 2024-08-01
end = 2024-08-31
category = "wisata"

[[calendar]]
id = "pekan-raya"
title = "Pekan Raya"
start = 2024-07-29
end = 2024-08-02
category = "wisata"
"""


def settings_of(text: str) -> WorkspaceSettings:
    return settings_from_source(decode_source(Path("gathertui.toml"), text.encode("utf-8")))


def visit(start: str, end: str) -> Plan:
    return load_text(
        f'schema_version = 1\n\n[event]\ntitle = "Kunjungan Kerja"\nkind = "visit"\n'
        f"start = {start}\nend = {end}\n"
    )


def document(semester: Semester, lang: str, plans: list[tuple[Path, Plan]]) -> Document:
    settings = settings_of(SETTINGS)
    return calendar_document(semester_view(semester, settings, plans), settings, lang)


def month_rows(doc: Document, month: int) -> list[list[str]]:
    section = doc.sections[month - 1 if month <= 6 else month - 7]
    assert section.table is not None
    return [[str(cell) for cell in row] for row in section.table.rows]


@pytest.mark.parametrize(
    ("lang", "sale", "fair", "visit_span"),
    [
        ("id", "1–31 Agustus 2024", "29 Juli–2 Agustus 2024", "5–7 Agustus 2024"),
        ("en", "1–31 August 2024", "29 July–2 August 2024", "5–7 August 2024"),
    ],
)
def test_an_entry_of_several_days_is_one_row(
    lang: str, sale: str, fair: str, visit_span: str
) -> None:
    plans = [(Path("visit.toml"), visit("2024-08-05", "2024-08-07"))]
    doc = document(Semester(2024, 2), lang, plans)
    august = month_rows(doc, 8)
    titles = [row[1] for row in august]
    assert titles.count("Semarang Great Sale") == 1
    assert titles.count("Kunjungan Kerja") == 1
    assert [row[0] for row in august if row[1] == "Semarang Great Sale"] == [sale]
    assert [row[0] for row in august if row[1] == "Kunjungan Kerja"] == [visit_span]
    # An entry across two months is in both, with its whole span.
    assert [row[0] for row in august if row[1] == "Pekan Raya"] == [fair]
    assert [row[0] for row in month_rows(doc, 7) if row[1] == "Pekan Raya"] == [fair]
    # In the order of their first days.
    assert titles[:2] == ["Pekan Raya", "Semarang Great Sale"]


def test_the_two_days_of_idulfitri_are_one_row() -> None:
    april = month_rows(document(Semester(2025, 1), "id", []), 4)
    assert ["31 Maret–1 April 2025", "Idulfitri 1446 Hijriah", "libur nasional"] in april
    # The cuti bersama around a weekend are two rows: 2–4 and 7 April.
    cuti = [row[0] for row in april if row[1] == "Cuti Bersama Idulfitri 1446 Hijriah"]
    assert cuti == ["2–4 April 2025", "Senin, 7 April 2025"]


def test_one_day_keeps_its_weekday_and_a_date_is_written_once() -> None:
    august = month_rows(document(Semester(2024, 2), "id", []), 8)
    assert ["Sabtu, 17 Agustus 2024", "Hari Kemerdekaan Republik Indonesia", "libur nasional"] in (
        august
    )
    plans = [
        (Path("a.toml"), visit("2024-08-05", "2024-08-07")),
        (Path("b.toml"), visit("2024-08-05", "2024-08-07")),
    ]
    august = month_rows(document(Semester(2024, 2), "id", plans), 8)
    spans = [row[0] for row in august if row[1] == "Kunjungan Kerja"]
    assert spans == ["5–7 Agustus 2024", ""]


@pytest.mark.parametrize(
    ("lang", "words"),
    [("id", "Tidak ada kegiatan pada bulan ini."), ("en", "Nothing this month.")],
)
def test_an_empty_month_is_worded_as_the_app_words_an_empty_day(lang: str, words: str) -> None:
    # October 2024 has neither holiday nor event in this workspace.
    assert month_rows(document(Semester(2024, 2), lang, []), 10) == [["", words, ""]]


def test_a_span_across_years() -> None:
    assert (
        span_text(date(2024, 12, 30), date(2025, 1, 2), "id") == "30 Desember 2024–2 Januari 2025"
    )


def test_the_ics_has_each_entry_once_over_its_days() -> None:
    from icalendar import Calendar

    from gathertui.exports.calendar_view import calendar_ics

    settings = settings_of(SETTINGS)
    view = semester_view(Semester(2025, 1), settings, [])
    events = list(Calendar.from_ical(calendar_ics(view, "id")).walk("VEVENT"))
    idulfitri = [e for e in events if str(e["summary"]) == "Idulfitri 1446 Hijriah"]
    assert [(e.decoded("dtstart"), e.decoded("dtend")) for e in idulfitri] == [
        (date(2025, 3, 31), date(2025, 4, 2))
    ]
