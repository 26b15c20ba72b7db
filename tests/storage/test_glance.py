"""The tomllib-only glance the plan list is drawn from before validation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import PLANS, VISIT
from gathertui.glance import Glance, glance_folder, glance_plan, settings_language


def test_a_valid_plan() -> None:
    assert glance_plan(PLANS / VISIT) == Glance(
        PLANS / VISIT,
        title="Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang",
        start=date(2023, 5, 26),
        kind="visit",
        status="done",
    )


def test_values_of_the_wrong_type_are_left_out(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('[event]\ntitle = 12\nstart = "2024-03-14"\nkind = "visit"\n')
    assert glance_plan(path) == Glance(path, kind="visit")


def test_a_start_with_its_hour_gives_its_day(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('[event]\ntitle = "Rapat"\nstart = 2024-03-14T09:00:00\n')
    assert glance_plan(path).start == date(2024, 3, 14)


def test_unreadable_files_give_an_empty_glance_with_its_reason(tmp_path: Path) -> None:
    cases = {
        "syntax.toml": (b"[event\n", "syntax"),
        "binary.toml": (b"\xff\xfe\x00\x00", "encoding"),
        "no-event.toml": (b"schema_version = 1\n", None),
        "event-not-a-table.toml": (b'event = "x"\n', None),
    }
    for name, (data, reason) in cases.items():
        (tmp_path / name).write_bytes(data)
        assert glance_plan(tmp_path / name) == Glance(tmp_path / name, reason=reason), name


def test_a_bom_is_read_past(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes('\ufeff[event]\ntitle = "Rapat"\n'.encode())
    assert glance_plan(path).title == "Rapat"


def test_the_folder_skips_the_settings_file() -> None:
    assert PLANS / "gathertui.toml" not in [g.path for g in glance_folder(PLANS)]
    assert len(glance_folder(PLANS)) == len(list(PLANS.glob("*.toml"))) - 1


def test_settings_language(tmp_path: Path) -> None:
    assert settings_language(tmp_path) is None
    (tmp_path / "gathertui.toml").write_text('[settings]\nlanguage = "en"\n')
    assert settings_language(tmp_path) == "en"
    (tmp_path / "gathertui.toml").write_text("[settings]\nlanguage = 1\n")
    assert settings_language(tmp_path) is None
