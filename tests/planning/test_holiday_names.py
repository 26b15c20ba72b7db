"""Holiday names as the SKB 3 Menteri writes them, 2024–2026, and the workspace's
corrections naming a holiday by either name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.calendar import EntryKind, public_holidays
from gathertui.planning.holiday_names import hijri_year, skb_name
from gathertui.storage.reader import decode_source, settings_from_source


def settings_of(text: str) -> WorkspaceSettings:
    return settings_from_source(decode_source(Path("gathertui.toml"), text.encode("utf-8")))


def names(year: int, settings: WorkspaceSettings | None = None) -> dict[date, list[str]]:
    found: dict[date, list[str]] = {}
    for entry in public_holidays([year], settings or WorkspaceSettings()):
        found.setdefault(entry.day, []).append(entry.title)
    return found


# Each year's national holidays (libur nasional) as that year's SKB lists them.
SKB = {
    2024: {
        date(2024, 1, 1): "Tahun Baru 2024 Masehi",
        date(2024, 2, 8): "Isra Mikraj Nabi Muhammad S.A.W.",
        date(2024, 2, 10): "Tahun Baru Imlek 2575 Kongzili",
        date(2024, 3, 11): "Hari Suci Nyepi Tahun Baru Saka 1946",
        date(2024, 3, 29): "Wafat Isa Almasih",
        date(2024, 3, 31): "Hari Paskah",
        date(2024, 4, 10): "Hari Raya Idul Fitri 1445 Hijriah",
        date(2024, 4, 11): "Hari Raya Idul Fitri 1445 Hijriah",
        date(2024, 5, 1): "Hari Buruh Internasional",
        date(2024, 5, 9): "Kenaikan Isa Almasih",
        date(2024, 5, 23): "Hari Raya Waisak 2568 BE",
        date(2024, 6, 1): "Hari Lahir Pancasila",
        date(2024, 6, 17): "Hari Raya Idul Adha 1445 Hijriah",
        date(2024, 7, 7): "Tahun Baru Islam 1446 Hijriah",
        date(2024, 8, 17): "Hari Kemerdekaan Republik Indonesia",
        date(2024, 9, 16): "Maulid Nabi Muhammad S.A.W.",
        date(2024, 12, 25): "Hari Raya Natal",
    },
    2025: {
        date(2025, 1, 1): "Tahun Baru 2025 Masehi",
        date(2025, 1, 27): "Isra Mikraj Nabi Muhammad S.A.W.",
        date(2025, 1, 29): "Tahun Baru Imlek 2576 Kongzili",
        date(2025, 3, 29): "Hari Suci Nyepi (Tahun Baru Saka 1947)",
        date(2025, 3, 31): "Idulfitri 1446 Hijriah",
        date(2025, 4, 1): "Idulfitri 1446 Hijriah",
        date(2025, 4, 18): "Wafat Yesus Kristus",
        date(2025, 4, 20): "Kebangkitan Yesus Kristus (Paskah)",
        date(2025, 5, 1): "Hari Buruh Internasional",
        date(2025, 5, 12): "Hari Raya Waisak 2569 BE",
        date(2025, 5, 29): "Kenaikan Yesus Kristus",
        date(2025, 6, 1): "Hari Lahir Pancasila",
        date(2025, 6, 6): "Iduladha 1446 Hijriah",
        date(2025, 6, 27): "1 Muharam Tahun Baru Islam 1447 Hijriah",
        date(2025, 8, 17): "Proklamasi Kemerdekaan",
        date(2025, 9, 5): "Maulid Nabi Muhammad S.A.W.",
        date(2025, 12, 25): "Kelahiran Yesus Kristus",
    },
    2026: {
        date(2026, 1, 1): "Tahun Baru 2026 Masehi",
        date(2026, 1, 16): "Isra Mikraj Nabi Muhammad S.A.W.",
        date(2026, 2, 17): "Tahun Baru Imlek 2577 Kongzili",
        date(2026, 3, 19): "Hari Suci Nyepi (Tahun Baru Saka 1948)",
        date(2026, 3, 21): "Idulfitri 1447 Hijriah",
        date(2026, 3, 22): "Idulfitri 1447 Hijriah",
        date(2026, 4, 3): "Wafat Yesus Kristus",
        date(2026, 4, 5): "Kebangkitan Yesus Kristus (Paskah)",
        date(2026, 5, 1): "Hari Buruh Internasional",
        date(2026, 5, 14): "Kenaikan Yesus Kristus",
        date(2026, 5, 27): "Iduladha 1447 Hijriah",
        date(2026, 5, 31): "Hari Raya Waisak 2570 BE",
        date(2026, 6, 1): "Hari Lahir Pancasila",
        date(2026, 6, 16): "1 Muharam Tahun Baru Islam 1448 Hijriah",
        date(2026, 8, 17): "Proklamasi Kemerdekaan",
        date(2026, 8, 25): "Maulid Nabi Muhammad S.A.W.",
        date(2026, 12, 25): "Kelahiran Yesus Kristus",
    },
}


@pytest.mark.parametrize("year", sorted(SKB))
def test_national_holidays_as_the_skb_writes_them(year: int) -> None:
    found = names(year)
    for day, name in SKB[year].items():
        assert name in found.get(day, []), (day, found.get(day))


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2024, 4, 8), "Cuti Bersama Hari Raya Idul Fitri 1445 Hijriah"),
        (date(2024, 12, 26), "Cuti Bersama Hari Raya Natal"),
        (date(2025, 1, 28), "Cuti Bersama Tahun Baru Imlek 2576 Kongzili"),
        (date(2025, 4, 7), "Cuti Bersama Idulfitri 1446 Hijriah"),
        (date(2025, 6, 9), "Cuti Bersama Iduladha 1446 Hijriah"),
        (date(2025, 12, 26), "Cuti Bersama Kelahiran Yesus Kristus"),
        (date(2026, 3, 18), "Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)"),
        (date(2026, 12, 24), "Cuti Bersama Kelahiran Yesus Kristus"),
    ],
)
def test_cuti_bersama_named_after_their_holiday(day: date, name: str) -> None:
    assert name in names(day.year)[day]
    [entry] = [e for e in public_holidays([day.year], WorkspaceSettings()) if e.day == day]
    assert entry.kind is EntryKind.CUTI_BERSAMA


def test_a_name_the_data_does_not_know_stays() -> None:
    assert skb_name("Hari Pemilihan Umum", date(2024, 2, 14)) == "Hari Pemilihan Umum"


def test_hijri_years_of_the_islamic_holidays() -> None:
    # 1 Muharam starts the year it names; Iduladha lies 20 days before the next one.
    assert hijri_year(date(2024, 7, 7)) == 1446
    assert hijri_year(date(2024, 6, 17)) == 1445
    assert hijri_year(date(2030, 2, 5)) == 1451  # Idulfitri 1451


def test_a_correction_may_name_the_holiday_by_the_package_name() -> None:
    settings = settings_of(
        '[[holidays]]\ndate = 2025-12-25\naction = "remove"\nname = "Hari Raya Natal"\n'
    )
    assert date(2025, 12, 25) not in names(2025, settings)


def test_a_correction_may_name_the_holiday_by_the_skb_name() -> None:
    settings = settings_of(
        '[[holidays]]\ndate = 2025-03-31\naction = "move"\nto = 2025-04-02\n'
        'name = "Idulfitri 1446 Hijriah"\n'
    )
    found = names(2025, settings)
    assert date(2025, 3, 31) not in found
    assert "Idulfitri 1446 Hijriah" in found[date(2025, 4, 2)]


def test_the_workspace_name_is_shown_as_written() -> None:
    # Adding a holiday the package already has, under its package name, adds nothing.
    settings = settings_of(
        '[[holidays]]\ndate = 2025-12-26\nname = "Cuti Bersama Hari Raya Natal"\n'
        '\n[[holidays]]\ndate = 2025-11-10\nname = "Hari Jadi Kota"\n'
    )
    found = names(2025, settings)
    assert found[date(2025, 12, 26)] == ["Cuti Bersama Kelahiran Yesus Kristus"]
    assert found[date(2025, 11, 10)] == ["Hari Jadi Kota"]
