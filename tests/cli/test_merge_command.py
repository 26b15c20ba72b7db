"""`gathertui merge BASE OURS THEIRS`: git's merge-driver contract, and git using it."""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

import pytest

from gathertui.cli import main
from gathertui.commands import merge as merge_command
from gathertui.model.enums import Attendance
from gathertui.model.plan import AgendaItem, Plan
from gathertui.planning.agenda import add_item, change_minutes
from gathertui.planning.editing import Change, PlanEditor, add_person, set_attendance
from gathertui.planning.merge import merge_plans
from gathertui.storage import canonical_text, load_plan, load_settings
from gathertui.vcs.git import run_git
from helpers import load_text, run_gathertui


def _edited(path: Path, *ops: object) -> Plan:
    plan = load_plan(path).model
    editor = PlanEditor(plan)
    for op in ops:
        change = op(plan)  # type: ignore[operator]
        assert isinstance(change, Change)
        editor.apply(change)
    return plan


def _write(path: Path, plan: Plan) -> Path:
    path.write_text(canonical_text(plan), encoding="utf-8")
    return path


def _longer(plan: Plan) -> Change | None:
    return change_minutes(plan, "sambutan-tuan-rumah", 5)


def _later_item(plan: Plan) -> Change:
    item = AgendaItem(id="tanya-jawab", start=plan.agenda[0].start, minutes=10, title="Tanya")
    return add_item(plan, plan.event.first_day, "diskusi", item)


def _attendance(value: Attendance) -> object:
    return lambda plan: set_attendance(plan, 0, value)


@pytest.fixture
def three(visit: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    base = tmp_path / "base.toml"
    shutil.copy(visit, base)
    return base, tmp_path / "ours.toml", tmp_path / "theirs.toml"


def test_a_clean_merge_writes_the_merged_plan_over_ours_and_exits_0(
    three: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, ours, theirs = three
    a = _write(ours, _edited(base, _longer, lambda p: add_person(p, "Rina")))
    b = _write(theirs, _edited(base, _later_item, lambda p: add_person(p, "Yusuf")))
    expected = merge_plans(load_plan(base).model, load_plan(a).model, load_plan(b).model)
    assert main(["merge", str(base), str(ours), str(theirs)]) == 0
    assert capsys.readouterr() == ("", "")
    assert ours.read_text(encoding="utf-8") == canonical_text(expected)
    assert [p.id for p in expected.people][-2:] == ["rina", "yusuf"]


def test_conflicts_exit_1_one_line_each_in_the_ui_language(
    three: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, ours, theirs = three
    _write(ours, _edited(base, _attendance(Attendance.CONFIRMED)))
    _write(theirs, _edited(base, _attendance(Attendance.DECLINED)))
    assert main(["merge", "--lang", "en", str(base), str(ours), str(theirs)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "gathertui: conflict at people.abd-rachman-tuwo.attendance: "
        "this copy: confirmed; the other copy: declined\n"
    )
    merged = load_plan(ours).model
    assert merged.people[0].attendance is Attendance.CONFIRMED
    assert [c.path for c in merged.conflicts] == ["people.abd-rachman-tuwo.attendance"]
    assert main(["merge", "--lang", "id", str(base), str(ours), str(theirs)]) == 1
    assert "salinan lain: declined" in capsys.readouterr().err


def test_a_version_with_conflict_markers_is_merged_by_lines_and_nothing_is_lost(
    three: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    base, ours, theirs = three
    text = base.read_text(encoding="utf-8")
    ours.write_text(text.replace("Pemkot Semarang", "Pemkot Semarang (A)", 1), "utf-8")
    theirs.write_text(
        text.replace("Pemkot Semarang", "<<<<<<< x\nB\n=======\nC\n>>>>>>> y", 1), "utf-8"
    )
    assert main(["merge", "--lang", "en", str(base), str(ours), str(theirs)]) == 1
    merged = ours.read_text(encoding="utf-8")
    assert "<<<<<<< ours" in merged and "(A)" in merged and ">>>>>>> theirs" in merged
    assert "merged line by line" in capsys.readouterr().err


def test_a_plan_new_on_both_sides_merges_without_a_base(
    three: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    base, ours, theirs = three
    _write(ours, _edited(base, lambda p: add_person(p, "Rina")))
    _write(theirs, _edited(base, lambda p: add_person(p, "Yusuf")))
    empty = tmp_path / "empty.toml"
    empty.write_bytes(b"")
    assert main(["merge", str(empty), str(ours), str(theirs)]) == 0
    assert [p.id for p in load_plan(ours).model.people][-2:] == ["rina", "yusuf"]


def test_gathertui_toml_is_merged_as_settings(workspace: Path, tmp_path: Path) -> None:
    settings = (workspace / "gathertui.toml").read_text(encoding="utf-8")
    (tmp_path / "base").write_text(settings, "utf-8")
    ours, theirs = tmp_path / "gathertui.toml", tmp_path / "theirs"
    ours.write_text(settings + '\n[[calendar]]\nid = "a"\ntitle = "A"\nstart = 2024-01-02\n')
    theirs.write_text(settings + '\n[[calendar]]\nid = "b"\ntitle = "B"\nstart = 2024-01-03\n')
    assert main(["merge", str(tmp_path / "base"), str(ours), str(theirs)]) == 0
    merged = load_settings(ours).model
    assert [e.id for e in merged.calendar][-2:] == ["a", "b"]


def test_a_missing_ours_exits_2_and_writes_nothing(three: tuple[Path, Path, Path]) -> None:
    base, ours, theirs = three
    shutil.copy(base, theirs)
    assert main(["merge", "--lang", "en", str(base), str(ours), str(theirs)]) == 2
    assert not ours.exists()


def test_an_unexpected_failure_is_a_sentence_and_exit_2(
    three: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base, ours, theirs = three
    shutil.copy(base, ours)
    shutil.copy(base, theirs)
    before = ours.read_bytes()

    def broken(*args: object) -> Plan:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(merge_command, "merge_plans", broken)
    assert main(["merge", "--lang", "en", str(base), str(ours), str(theirs)]) == 2
    assert capsys.readouterr().err == (
        "gathertui: the merge failed, nothing was written: disk on fire\n"
    )
    assert ours.read_bytes() == before


def test_the_help_is_in_both_languages() -> None:
    assert "git" in run_gathertui("merge", "--help", "--lang", "id").stdout
    assert "leluhur" in run_gathertui("merge", "--help", "--lang", "id").stdout
    assert "common ancestor" in run_gathertui("merge", "--help", "--lang", "en").stdout


# git itself, with gathertui as the merge driver.


@pytest.fixture
def repository(tmp_path: Path, visit: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    for who in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{who}_NAME", "Staf Protokol")
        monkeypatch.setenv(f"GIT_{who}_EMAIL", "protokol@example.org")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-global-config"))
    folder = tmp_path / "repo"
    folder.mkdir()
    run_git(["init", "-q"], folder, check=True)
    driver = f"{shlex.quote(sys.executable)} -m gathertui merge %O %A %B"
    run_git(["config", "merge.gathertui.driver", driver], folder, check=True)
    (folder / ".gitattributes").write_text("*.toml merge=gathertui\n", encoding="utf-8")
    plan = folder / "visit.toml"
    shutil.copy(visit, plan)
    run_git(["add", "."], folder, check=True)
    run_git(["commit", "-q", "-m", "The visit"], folder, check=True)
    run_git(["branch", "-M", "main"], folder, check=True)
    return folder, plan


def _commit(folder: Path, plan: Path, edited: Plan, message: str) -> None:
    _write(plan, edited)
    run_git(["commit", "-q", "-am", message], folder, check=True)


def test_git_merges_concurrent_edits_through_the_driver(repository: tuple[Path, Path]) -> None:
    folder, plan = repository
    base = load_plan(plan).model
    run_git(["checkout", "-q", "-b", "other"], folder, check=True)
    theirs = _edited(plan, _later_item, lambda p: add_person(p, "Yusuf"))
    _commit(folder, plan, theirs, "A question time, Yusuf")
    run_git(["checkout", "-q", "main"], folder, check=True)
    ours = _edited(plan, _longer, lambda p: add_person(p, "Rina"))
    _commit(folder, plan, ours, "Longer welcome, Rina")
    merged = run_git(["merge", "-q", "--no-edit", "other"], folder)
    assert merged.returncode == 0, merged.stderr
    assert plan.read_text(encoding="utf-8") == canonical_text(merge_plans(base, ours, theirs))
    assert load_text(plan.read_text(encoding="utf-8")).conflicts == []


def test_git_stops_on_a_real_conflict_with_the_file_still_a_plan(
    repository: tuple[Path, Path],
) -> None:
    folder, plan = repository
    run_git(["checkout", "-q", "-b", "other"], folder, check=True)
    _commit(folder, plan, _edited(plan, _attendance(Attendance.DECLINED)), "Declined")
    run_git(["checkout", "-q", "main"], folder, check=True)
    _commit(folder, plan, _edited(plan, _attendance(Attendance.CONFIRMED)), "Confirmed")
    merged = run_git(["merge", "-q", "--no-edit", "other"], folder)
    assert merged.returncode == 1
    conflicts = load_plan(plan).model.conflicts
    assert [(c.ours, c.theirs) for c in conflicts] == [("confirmed", "declined")]


def test_comments_of_both_sides_stay_with_their_entities(tmp_path: Path) -> None:
    base = tmp_path / "base.toml"
    ours = tmp_path / "ours.toml"
    theirs = tmp_path / "theirs.toml"
    base.write_text(_COMMENTED, encoding="utf-8")
    ours.write_text(
        _COMMENTED.replace(
            'name = "Siti Rahayu"', 'name = "Siti Rahayu" # dikonfirmasi via WA 12/5'
        ),
        encoding="utf-8",
    )
    theirs.write_text(
        _COMMENTED.replace(
            '[[people]]\nid = "budi"', '# ajudan wali kota\n[[people]]\nid = "budi"'
        ).replace('attendance = "invited"', 'attendance = "confirmed"'),
        encoding="utf-8",
    )
    assert merge_command.merge_files(base, ours, theirs, "en") == 0
    merged = ours.read_text(encoding="utf-8")
    assert 'name = "Siti Rahayu" # dikonfirmasi via WA 12/5' in merged
    assert '# ajudan wali kota\n[[people]]\nid = "budi"' in merged
    assert 'attendance = "confirmed"' in merged


_COMMENTED = """\
schema_version = 1

[event]
title = "Kunjungan"
kind = "visit"
start = 2024-05-22

[[people]]
id = "siti"
name = "Siti Rahayu"

[[people]]
id = "budi"
name = "Budi Santoso"
attendance = "invited"
"""
