"""`gathertui log PLAN`: each commit with its changes in words, newest first; exit 2 when
there is no history to show."""

from __future__ import annotations

from pathlib import Path

import pytest

from gathertui.cli import main
from gathertui.planning.editing import PlanEditor, delete_person
from gathertui.storage import canonical_text, load_plan
from gathertui.vcs import git as git_module
from git_history import git, plan_with_history


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return plan_with_history(tmp_path / "repo")


def _hashes(plan: Path) -> list[str]:
    return git(plan.parent, "log", "--follow", "--format=%h", "--", plan.name).split()


def test_every_commit_with_its_changes(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "--lang", "en", str(plan)]) == 0
    out, err = capsys.readouterr()
    third, second, first = _hashes(plan)
    assert err == ""
    assert out.splitlines() == [
        f"{third}  2024-05-23 10.15 WIB  Siti Rahayu  Sambutan tuan rumah lebih lama",
        "  Rundown:",
        "    ~ Sambutan Kepala Diskominfo Kota Semarang mewakili Wali Kota 10 → 15 min"
        " (later items move 5 minutes)",
        f"{second}  2024-05-22 14.03 WIB  Budi Santoso  Nama berkas memakai tanggal",
        "  People:",
        "    ~ Abd Rachman Tuwo: Attendance attended → confirmed",
        f"{first}  2024-05-20 09.00 WIB  Siti Rahayu  Rencana kunjungan Mojokerto",
        "  created: Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang, Friday, 26 May 2023;"
        " roster 7, rundown 11",
    ]


def test_n_shows_the_newest_compared_with_the_one_before(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["log", "-n", "2", "--lang", "id", str(plan)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6
    assert lines[3].endswith("Budi Santoso  Nama berkas memakai tanggal")
    assert lines[5] == "    ~ Abd Rachman Tuwo: Kehadiran hadir → terkonfirmasi"


def test_uncommitted_changes_come_first(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loaded = load_plan(plan)
    editor = PlanEditor(loaded.model)
    editor.apply(delete_person(editor.plan, 6))
    plan.write_text(canonical_text(editor.plan, loaded.source.header), encoding="utf-8")
    assert main(["log", "-n", "1", "--lang", "id", str(plan)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == ["belum disimpan ke git", "  Peserta:", "    - Ayu Wulandari"]
    # She was the pic of an item, which the rundown says next; then the last commit.
    assert lines[-3].endswith("Sambutan tuan rumah lebih lama")


def test_a_relative_path(
    plan: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(plan.parent.parent)
    assert main(["log", "--lang", "en", f"plans/{plan.name}"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 8


def test_outside_git_exits_2_with_a_sentence(
    visit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["log", "--lang", "en", str(visit)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"gathertui: {visit.name} is not in a git repository, so it has no history\n"


def test_never_committed_exits_2(visit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    git(visit.parent, "init", "-q")
    assert main(["log", "--lang", "en", str(visit)]) == 2
    assert "has no commits yet" in capsys.readouterr().err


def test_no_git_exits_2(
    plan: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(git_module, "git_executable", lambda: None)
    assert main(["log", "--lang", "id", str(plan)]) == 2
    assert "git belum terpasang" in capsys.readouterr().err


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "--lang", "en", str(tmp_path / "nowhere.toml")]) == 2
    assert "nowhere.toml" in capsys.readouterr().err


def test_zero_commits_is_bad_usage(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["log", "-n", "0", str(plan)])
    assert raised.value.code == 2
