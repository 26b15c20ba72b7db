"""The semester calendar: semesters, Indonesian holidays and cuti bersama, the workspace's
holiday corrections and outside events, and each semester's target."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from conftest import PLANS, VISIT
from gathertui.model import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.calendar import (
    Entry,
    EntryKind,
    Semester,
    calendar_entries,
    outside_events,
    plan_entries,
    public_holidays,
    semesters_to_check,
    target_status,
)
from gathertui.state import open_workspace
from gathertui.storage import load_plan, load_settings
from gathertui.storage.reader import decode_source, settings_from_source
from helpers import load_text

S1 = "2024-s1-media-gathering.toml"
S2 = "2024-s2-media-gathering.toml"
NO_SETTINGS = WorkspaceSettings()


def settings_of(text: str) -> WorkspaceSettings:
    return settings_from_source(decode_source(Path("gathertui.toml"), text.encode("utf-8")))


def example_settings() -> WorkspaceSettings:
    return load_settings(PLANS / "gathertui.toml").model


def example_plans() -> list[tuple[Path, Plan]]:
    workspace = open_workspace(PLANS)
    return workspace.effective_plans()


def a_plan(
    start: str,
    *,
    title: str = "Rapat",
    kind: str = "media-gathering",
    status: str = "draft",
    end: str | None = None,
) -> Plan:
    text = (
        f'schema_version = 1\n\n[event]\ntitle = "{title}"\nkind = "{kind}"\n'
        f'start = {start}\nstatus = "{status}"\n'
    )
    if end is not None:
        text += f"end = {end}\n"
    return load_text(text)


def on(entries: list[Entry], day: date) -> list[tuple[EntryKind, str]]:
    return [(e.kind, e.title) for e in entries if e.day == day]


def holidays_of(year: int, settings: WorkspaceSettings = NO_SETTINGS) -> list[Entry]:
    return public_holidays([year], settings)


# --- semesters ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "semester"),
    [
        (date(2024, 1, 1), Semester(2024, 1)),
        (date(2024, 6, 30), Semester(2024, 1)),
        (date(2024, 7, 1), Semester(2024, 2)),
        (date(2024, 12, 31), Semester(2024, 2)),
        (date(2025, 3, 31), Semester(2025, 1)),
    ],
)
def test_semester_of_a_day(day: date, semester: Semester) -> None:
    assert Semester.of(day) == semester


def test_semester_first_and_last_day_and_months() -> None:
    first, second = Semester(2024, 1), Semester(2024, 2)
    assert (first.first_day, first.last_day) == (date(2024, 1, 1), date(2024, 6, 30))
    assert (second.first_day, second.last_day) == (date(2024, 7, 1), date(2024, 12, 31))
    assert first.months == [1, 2, 3, 4, 5, 6]
    assert second.months == [7, 8, 9, 10, 11, 12]


def test_semester_next_and_previous_cross_years() -> None:
    assert Semester(2024, 1).next() == Semester(2024, 2)
    assert Semester(2024, 2).next() == Semester(2025, 1)
    assert Semester(2025, 1).previous() == Semester(2024, 2)
    assert Semester(2024, 2).previous() == Semester(2024, 1)
    for semester in (Semester(2023, 2), Semester(2024, 1)):
        assert semester.next().previous() == semester
        assert semester.previous().next() == semester


def test_semesters_order_by_year_then_number() -> None:
    ordered = [Semester(2023, 2), Semester(2024, 1), Semester(2024, 2), Semester(2025, 1)]
    assert sorted(reversed(ordered)) == ordered
    assert Semester(2023, 2) < Semester(2024, 1) < Semester(2024, 2)
    assert max(ordered) == Semester(2025, 1)


@pytest.mark.parametrize(
    ("semester", "count"),
    [
        (Semester(2024, 1), 182),  # a leap year: 29 February
        (Semester(2025, 1), 181),
        (Semester(2024, 2), 184),
        (Semester(2025, 2), 184),
    ],
)
def test_semester_days(semester: Semester, count: int) -> None:
    days = list(semester.days())
    assert len(days) == count
    assert (days[0], days[-1]) == (semester.first_day, semester.last_day)
    assert all(b - a == timedelta(days=1) for a, b in pairwise(days))


def test_semester_contains_its_days_only() -> None:
    semester = Semester(2024, 1)
    assert date(2024, 1, 1) in semester
    assert date(2024, 6, 30) in semester
    assert date(2024, 7, 1) not in semester
    assert date(2023, 12, 31) not in semester
    assert date(2025, 3, 1) not in semester
    assert "2024-03-01" not in semester
    assert None not in semester


# --- public holidays ----------------------------------------------------------------------


def test_idul_fitri_2024_and_its_cuti_bersama() -> None:
    entries = holidays_of(2024)
    for day in (date(2024, 4, 10), date(2024, 4, 11)):
        [(kind, name)] = on(entries, day)
        assert kind is EntryKind.HOLIDAY
        assert "Idul Fitri" in name
    for day in (date(2024, 4, 8), date(2024, 4, 9), date(2024, 4, 12), date(2024, 4, 15)):
        [(kind, name)] = on(entries, day)
        assert kind is EntryKind.CUTI_BERSAMA
        assert "Idul Fitri" in name
    # The weekend between them is no holiday.
    assert on(entries, date(2024, 4, 13)) == []


def test_holidays_are_named_in_indonesian() -> None:
    entries = holidays_of(2024)
    assert on(entries, date(2024, 8, 17)) == [
        (EntryKind.HOLIDAY, "Hari Kemerdekaan Republik Indonesia")
    ]
    [(kind, nyepi)] = on(entries, date(2024, 3, 11))
    assert kind is EntryKind.HOLIDAY
    assert "Nyepi" in nyepi
    assert on(entries, date(2024, 1, 1)) == [(EntryKind.HOLIDAY, "Tahun Baru 2024 Masehi")]


def test_kemerdekaan_every_year() -> None:
    for year in (2024, 2025):
        [(kind, name)] = on(holidays_of(year), date(year, 8, 17))
        assert kind is EntryKind.HOLIDAY
        assert "Kemerdekaan" in name


def test_idul_fitri_2025_and_its_cuti_bersama() -> None:
    entries = holidays_of(2025)
    for day in (date(2025, 3, 31), date(2025, 4, 1)):
        # The SKB names both days alike.
        assert on(entries, day) == [(EntryKind.HOLIDAY, "Idulfitri 1446 Hijriah")]
    cuti = [
        e.day
        for e in entries
        if e.kind is EntryKind.CUTI_BERSAMA and "Idulfitri" in e.title and e.day.month == 4
    ]
    assert cuti
    assert date(2025, 4, 2) in cuti
    assert all(date(2025, 4, 2) <= day <= date(2025, 4, 14) for day in cuti)


def test_cuti_bersama_are_their_own_kind() -> None:
    for year in (2024, 2025):
        entries = holidays_of(year)
        cuti = [e for e in entries if e.kind is EntryKind.CUTI_BERSAMA]
        assert cuti
        assert all("cuti bersama" in e.title.lower() for e in cuti)
        others = [e for e in entries if e.kind is EntryKind.HOLIDAY]
        assert others
        assert not any("cuti bersama" in e.title.lower() for e in others)


def test_holidays_of_the_years_asked_for_only_and_in_order() -> None:
    entries = public_holidays([2024], NO_SETTINGS)
    assert entries
    assert {e.day.year for e in entries} == {2024}
    assert [e.day for e in entries] == sorted(e.day for e in entries)
    both = public_holidays([2024, 2025], NO_SETTINGS)
    assert {e.day.year for e in both} == {2024, 2025}
    assert len(both) == len(entries) + len(holidays_of(2025))
    assert public_holidays([], NO_SETTINGS) == []


# --- the workspace's corrections ----------------------------------------------------------


def test_override_adds_a_holiday() -> None:
    settings = settings_of(
        '[[holidays]]\ndate = 2024-05-06\naction = "add"\nname = "Libur Daerah"\n'
        "\n[[holidays]]\ndate = 2024-05-07\n"
        'name = "Cuti Bersama Daerah"\n'
    )
    entries = holidays_of(2024, settings)
    assert on(entries, date(2024, 5, 6)) == [(EntryKind.HOLIDAY, "Libur Daerah")]
    # "add" is the default action; a cuti bersama is recognised by its name.
    assert on(entries, date(2024, 5, 7)) == [(EntryKind.CUTI_BERSAMA, "Cuti Bersama Daerah")]
    assert len(entries) == len(holidays_of(2024)) + 2


def test_adding_a_holiday_on_a_holiday_keeps_both() -> None:
    settings = settings_of('[[holidays]]\ndate = 2024-08-17\nname = "Upacara Bendera"\n')
    assert [name for _, name in on(holidays_of(2024, settings), date(2024, 8, 17))] == [
        "Hari Kemerdekaan Republik Indonesia",
        "Upacara Bendera",
    ]


def test_adding_a_holiday_already_known_does_not_repeat_it() -> None:
    # The example workspace adds the cuti bersama of Natal 2024, which the package knows.
    entries = holidays_of(2024, example_settings())
    assert on(entries, date(2024, 12, 26)) == [
        (EntryKind.CUTI_BERSAMA, "Cuti Bersama Hari Raya Natal")
    ]
    assert len(entries) == len(holidays_of(2024))


def test_override_removes_a_holiday_by_date() -> None:
    settings = settings_of('[[holidays]]\ndate = 2024-04-12\naction = "remove"\n')
    entries = holidays_of(2024, settings)
    assert on(entries, date(2024, 4, 12)) == []
    assert len(entries) == len(holidays_of(2024)) - 1


def test_removing_by_date_removes_every_name_of_that_date() -> None:
    settings = settings_of(
        '[[holidays]]\ndate = 2024-08-17\nname = "Upacara Bendera"\n'
        '\n[[holidays]]\ndate = 2024-08-17\naction = "remove"\n'
    )
    assert on(holidays_of(2024, settings), date(2024, 8, 17)) == []


def test_removing_by_date_and_name_keeps_the_other_name() -> None:
    settings = settings_of(
        '[[holidays]]\ndate = 2024-08-17\nname = "Upacara Bendera"\n'
        '\n[[holidays]]\ndate = 2024-08-17\naction = "remove"\n'
        'name = "Hari Kemerdekaan Republik Indonesia"\n'
    )
    assert on(holidays_of(2024, settings), date(2024, 8, 17)) == [
        (EntryKind.HOLIDAY, "Upacara Bendera")
    ]


def test_removing_a_name_not_on_that_date_changes_nothing() -> None:
    settings = settings_of(
        '[[holidays]]\ndate = 2024-08-17\naction = "remove"\nname = "Hari Raya Natal"\n'
    )
    assert holidays_of(2024, settings) == holidays_of(2024)


def test_override_moves_a_holiday_and_its_name_follows() -> None:
    settings = settings_of(
        '[[holidays]]\ndate = 2024-04-10\naction = "move"\nto = 2024-04-16\n'
        'notes = "Sidang isbat menggeser Idul Fitri"\n'
    )
    entries = holidays_of(2024, settings)
    assert on(entries, date(2024, 4, 10)) == []
    [(kind, name)] = on(entries, date(2024, 4, 16))
    assert kind is EntryKind.HOLIDAY
    assert name == next(n for k, n in on(holidays_of(2024), date(2024, 4, 10)))
    assert "Idul Fitri" in name
    assert len(entries) == len(holidays_of(2024))


def test_moving_a_cuti_bersama_keeps_its_kind() -> None:
    settings = settings_of('[[holidays]]\ndate = 2024-04-15\naction = "move"\nto = 2024-04-16\n')
    entries = holidays_of(2024, settings)
    assert on(entries, date(2024, 4, 15)) == []
    assert on(entries, date(2024, 4, 16)) == [
        (EntryKind.CUTI_BERSAMA, "Cuti Bersama Hari Raya Idul Fitri 1445 Hijriah")
    ]


def test_moving_one_name_leaves_the_other_on_the_date() -> None:
    settings = settings_of(
        '[[holidays]]\ndate = 2024-08-17\nname = "Upacara Bendera"\n'
        '\n[[holidays]]\ndate = 2024-08-17\naction = "move"\nto = 2024-08-19\n'
        'name = "Upacara Bendera"\n'
    )
    entries = holidays_of(2024, settings)
    assert on(entries, date(2024, 8, 17)) == [
        (EntryKind.HOLIDAY, "Hari Kemerdekaan Republik Indonesia")
    ]
    assert on(entries, date(2024, 8, 19)) == [(EntryKind.HOLIDAY, "Upacara Bendera")]


def test_moving_a_holiday_to_another_year_shows_it_there() -> None:
    settings = settings_of('[[holidays]]\ndate = 2024-12-26\naction = "move"\nto = 2025-01-02\n')
    both = public_holidays([2024, 2025], settings)
    assert on(both, date(2024, 12, 26)) == []
    assert on(both, date(2025, 1, 2)) == [(EntryKind.CUTI_BERSAMA, "Cuti Bersama Hari Raya Natal")]
    # Asked for 2024 alone, the holiday has left it.
    assert on(holidays_of(2024, settings), date(2024, 12, 26)) == []


def test_moving_a_holiday_into_a_year_asked_for_alone_keeps_its_name() -> None:
    settings = settings_of('[[holidays]]\ndate = 2024-12-26\naction = "move"\nto = 2025-01-02\n')
    assert on(holidays_of(2025, settings), date(2025, 1, 2)) == [
        (EntryKind.CUTI_BERSAMA, "Cuti Bersama Hari Raya Natal")
    ]


def test_holiday_names_are_folded_onto_one_line() -> None:
    settings = settings_of('[[holidays]]\ndate = 2024-05-06\nname = "Libur\\nDaerah\\u001b"\n')
    assert on(holidays_of(2024, settings), date(2024, 5, 6)) == [
        (EntryKind.HOLIDAY, "Libur Daerah\\x1b")
    ]


# --- outside events and plans -------------------------------------------------------------


def test_outside_events_give_one_entry_per_day() -> None:
    entries = outside_events(example_settings())
    sale = [e for e in entries if e.ident == "semarang-great-sale-2024"]
    assert [e.day for e in sale] == [date(2024, 8, d) for d in range(1, 32)]
    assert {(e.kind, e.title, e.category) for e in sale} == {
        (EntryKind.OUTSIDE, "Semarang Great Sale", "wisata")
    }
    festival = [e.day for e in entries if e.ident == "festival-kota-lama-2024"]
    assert festival == [date(2024, 9, d) for d in (12, 13, 14, 15)]
    # Without an end, one day.
    assert [e.day for e in entries if e.ident == "dugderan-2024"] == [date(2024, 3, 10)]
    assert len(entries) == 1 + 1 + 31 + 4


def test_outside_event_without_a_category() -> None:
    settings = settings_of(
        '[[calendar]]\nid = "pawai"\ntitle = "Pawai"\nstart = 2024-05-05\nend = 2024-05-06\n'
    )
    assert outside_events(settings) == [
        Entry(date(2024, 5, 5), EntryKind.OUTSIDE, "Pawai", "", ident="pawai"),
        Entry(date(2024, 5, 6), EntryKind.OUTSIDE, "Pawai", "", ident="pawai"),
    ]


def test_plan_entries_one_per_day_with_kind_and_path() -> None:
    plan = a_plan("2024-05-06", end="2024-05-08", title="Rapat\\nKoordinasi", kind="meeting")
    entries = plan_entries([(Path("rapat.toml"), plan)])
    assert entries == [
        Entry(day, EntryKind.PLAN, "Rapat Koordinasi", "meeting", Path("rapat.toml"))
        for day in (date(2024, 5, 6), date(2024, 5, 7), date(2024, 5, 8))
    ]


# --- a semester's calendar ----------------------------------------------------------------


def test_calendar_of_semester_one_2024_of_the_example() -> None:
    days = calendar_entries(Semester(2024, 1), example_settings(), example_plans())
    assert all(day in Semester(2024, 1) for day in days)
    assert list(days) == sorted(days)
    [gathering] = days[date(2024, 2, 22)]
    assert (gathering.kind, gathering.title) == (EntryKind.PLAN, "Media Gathering Semester I 2024")
    assert gathering.category == "media-gathering"
    assert gathering.path is not None
    assert gathering.path.name == S1
    assert [(e.kind, e.title) for e in days[date(2024, 3, 10)]] == [(EntryKind.OUTSIDE, "Dugderan")]
    assert [e.ident for e in days[date(2024, 6, 29)]] == ["semarang-night-carnival-2024"]
    assert "Nyepi" in days[date(2024, 3, 11)][0].title
    assert all("Idul Fitri" in e.title for d in (10, 11) for e in days[date(2024, 4, d)])
    assert days[date(2024, 4, 8)][0].kind is EntryKind.CUTI_BERSAMA


def test_calendar_leaves_out_what_is_outside_the_semester() -> None:
    days = calendar_entries(Semester(2024, 1), example_settings(), example_plans())
    everything = [e for entries in days.values() for e in entries]
    titles = {e.title for e in everything}
    assert "Media Gathering Semester II 2024" not in titles
    assert "Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang" not in titles
    assert "Semarang Great Sale" not in titles
    assert "Hari Kemerdekaan Republik Indonesia" not in titles
    assert all(e.day == day for day, entries in days.items() for e in entries)


def test_calendar_of_semester_two_2024_of_the_example() -> None:
    days = calendar_entries(Semester(2024, 2), example_settings(), example_plans())
    assert [e.title for e in days[date(2024, 10, 17)]] == ["Media Gathering Semester II 2024"]
    assert len([d for d, es in days.items() for e in es if e.ident == "semarang-great-sale-2024"])
    # On 17 August: the holiday, then the month-long sale.
    assert [e.kind for e in days[date(2024, 8, 17)]] == [EntryKind.HOLIDAY, EntryKind.OUTSIDE]
    assert [(e.kind, e.title) for e in days[date(2024, 12, 26)]] == [
        (EntryKind.CUTI_BERSAMA, "Cuti Bersama Hari Raya Natal")
    ]


def test_calendar_orders_plans_then_holidays_then_outside_events() -> None:
    settings = settings_of(
        '[[calendar]]\nid = "pawai"\ntitle = "Pawai Budaya"\nstart = 2024-04-09\n'
        "end = 2024-04-10\n"
        '\n[[holidays]]\ndate = 2024-04-10\nname = "Cuti Bersama Daerah"\n'
    )
    plans = [
        (Path("b.toml"), a_plan("2024-04-10", title="Zeta")),
        (Path("a.toml"), a_plan("2024-04-10", title="Alfa", kind="visit")),
    ]
    days = calendar_entries(Semester(2024, 1), settings, plans)
    assert [(e.kind, e.title) for e in days[date(2024, 4, 10)]] == [
        (EntryKind.PLAN, "Alfa"),
        (EntryKind.PLAN, "Zeta"),
        (EntryKind.HOLIDAY, "Hari Raya Idul Fitri 1445 Hijriah"),
        (EntryKind.CUTI_BERSAMA, "Cuti Bersama Daerah"),
        (EntryKind.OUTSIDE, "Pawai Budaya"),
    ]
    assert [e.kind for e in days[date(2024, 4, 9)]] == [
        EntryKind.CUTI_BERSAMA,
        EntryKind.OUTSIDE,
    ]


def test_calendar_shows_a_plan_crossing_semesters_in_each() -> None:
    plans = [(Path("p.toml"), a_plan("2024-06-30", end="2024-07-01", title="Lintas"))]
    first = calendar_entries(Semester(2024, 1), NO_SETTINGS, plans)
    second = calendar_entries(Semester(2024, 2), NO_SETTINGS, plans)
    assert [e.title for e in first[date(2024, 6, 30)]] == ["Lintas"]
    assert date(2024, 7, 1) not in first
    assert [e.title for e in second[date(2024, 7, 1)]] == ["Lintas"]
    assert date(2024, 6, 30) not in second


def test_calendar_of_an_empty_workspace_has_the_holidays() -> None:
    days = calendar_entries(Semester(2025, 1), NO_SETTINGS, [])
    everything = [e for entries in days.values() for e in entries]
    assert everything
    assert {e.kind for e in everything} == {EntryKind.HOLIDAY, EntryKind.CUTI_BERSAMA}
    assert [e.day for e in everything] == [
        e.day for e in public_holidays([2025], NO_SETTINGS) if e.day.month <= 6
    ]


# --- targets ------------------------------------------------------------------------------

TARGET = '[[targets]]\nkind = "media-gathering"\nsince = 2024\n'


def test_target_met_by_the_example() -> None:
    settings, plans = example_settings(), example_plans()
    for semester, title in [
        (Semester(2024, 1), "Media Gathering Semester I 2024"),
        (Semester(2024, 2), "Media Gathering Semester II 2024"),
    ]:
        [status] = target_status(semester, settings, plans)
        assert status.met
        assert (status.semester, status.kind, status.wanted) == (semester, "media-gathering", 1)
        assert status.planned == [title]


def test_target_not_met_without_a_plan() -> None:
    [status] = target_status(Semester(2025, 1), example_settings(), example_plans())
    assert not status.met
    assert status.planned == []
    assert status.wanted == 1


def test_target_does_not_apply_before_its_since() -> None:
    settings = example_settings()
    assert target_status(Semester(2023, 1), settings, example_plans()) == []
    assert target_status(Semester(2023, 2), settings, example_plans()) == []
    later = settings_of(TARGET + "since_semester = 2\n")
    assert target_status(Semester(2024, 1), later, []) == []
    assert len(target_status(Semester(2024, 2), later, [])) == 1


def test_cancelled_plans_do_not_count() -> None:
    plans = [
        (Path("a.toml"), a_plan("2024-03-01", title="Batal", status="cancelled")),
        (Path("b.toml"), a_plan("2024-04-01", title="Rencana", status="draft")),
    ]
    [status] = target_status(Semester(2024, 1), settings_of(TARGET), plans)
    assert status.planned == ["Rencana"]
    assert status.met
    [status] = target_status(Semester(2024, 1), settings_of(TARGET), plans[:1])
    assert status.planned == []
    assert not status.met


def test_plans_of_other_kinds_do_not_count() -> None:
    plans = [
        (Path("a.toml"), a_plan("2024-03-01", kind="visit")),
        (Path("b.toml"), a_plan("2024-03-02", kind="meeting")),
        (Path("c.toml"), a_plan("2024-03-03", kind="other")),
    ]
    [status] = target_status(Semester(2024, 1), settings_of(TARGET), plans)
    assert status.planned == []
    assert not status.met


def test_a_target_of_two_needs_two_plans() -> None:
    settings = settings_of(TARGET + "count = 2\n")
    one = [(Path("a.toml"), a_plan("2024-03-01", title="Satu"))]
    two = [*one, (Path("b.toml"), a_plan("2024-05-01", title="Dua", status="done"))]
    [status] = target_status(Semester(2024, 1), settings, one)
    assert (status.wanted, status.met) == (2, False)
    [status] = target_status(Semester(2024, 1), settings, two)
    assert (status.planned, status.met) == (["Satu", "Dua"], True)


def test_a_plan_counts_in_the_semester_it_starts_in() -> None:
    plans = [(Path("p.toml"), a_plan("2024-06-30", end="2024-07-01"))]
    [first] = target_status(Semester(2024, 1), settings_of(TARGET), plans)
    [second] = target_status(Semester(2024, 2), settings_of(TARGET), plans)
    assert (first.met, second.met) == (True, False)


def test_each_target_has_its_status() -> None:
    settings = settings_of(TARGET + '\n[[targets]]\nkind = "visit"\nsince = 2023\n')
    statuses = target_status(Semester(2023, 1), settings, example_plans())
    assert [(s.kind, s.met) for s in statuses] == [("visit", True)]
    statuses = target_status(Semester(2024, 1), settings, example_plans())
    assert [(s.kind, s.met) for s in statuses] == [("media-gathering", True), ("visit", False)]


def test_no_targets_no_status() -> None:
    assert target_status(Semester(2024, 1), NO_SETTINGS, example_plans()) == []


# --- which semesters to check -------------------------------------------------------------


def test_semesters_to_check_up_to_today() -> None:
    settings, plans = example_settings(), example_plans()
    assert semesters_to_check(settings, plans, date(2024, 12, 1)) == [
        Semester(2024, 1),
        Semester(2024, 2),
    ]
    assert semesters_to_check(settings, plans, date(2026, 11, 26)) == [
        Semester(2024, 1),
        Semester(2024, 2),
        Semester(2025, 1),
        Semester(2025, 2),
        Semester(2026, 1),
        Semester(2026, 2),
    ]


def test_semesters_to_check_up_to_the_last_plan() -> None:
    plans = [*example_plans(), (Path("x.toml"), a_plan("2025-09-01"))]
    assert semesters_to_check(example_settings(), plans, date(2024, 3, 1)) == [
        Semester(2024, 1),
        Semester(2024, 2),
        Semester(2025, 1),
        Semester(2025, 2),
    ]


def test_semesters_to_check_start_at_the_earliest_since() -> None:
    settings = settings_of(
        TARGET + '\n[[targets]]\nkind = "visit"\nsince = 2023\nsince_semester = 2\n'
    )
    assert semesters_to_check(settings, [], date(2024, 2, 1)) == [
        Semester(2023, 2),
        Semester(2024, 1),
    ]


def test_semesters_to_check_before_the_target_or_without_one() -> None:
    assert semesters_to_check(NO_SETTINGS, example_plans(), date(2024, 12, 1)) == []
    later = settings_of('[[targets]]\nkind = "media-gathering"\nsince = 2030\n')
    assert semesters_to_check(later, example_plans(), date(2024, 12, 1)) == []


def test_the_example_visit_is_before_the_target() -> None:
    plans = [(p, plan) for p, plan in example_plans() if p.name == VISIT]
    assert plans
    # The 2023 visit does not move the start back, and today still ends the list.
    assert semesters_to_check(example_settings(), plans, date(2024, 12, 1)) == [
        Semester(2024, 1),
        Semester(2024, 2),
    ]


def test_example_plans_load() -> None:
    assert {p.name for p, _ in example_plans()} == {VISIT, S1, S2}
    assert load_plan(PLANS / S2).model.event.start == date(2024, 10, 17)
