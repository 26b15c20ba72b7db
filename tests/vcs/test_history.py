"""A plan's history from git: commits through a rename, the file at each, its plan."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from conftest import VISIT
from gathertui.model.enums import Attendance
from gathertui.planning.diff import plan_changes
from gathertui.planning.editing import PlanEditor, replace_plan
from gathertui.storage import load_plan
from gathertui.vcs import git as git_module
from gathertui.vcs.history import (
    HistoryUnavailable,
    before_bytes,
    committed_bytes,
    locate,
    plan_history,
    read_plan,
    version_bytes,
    version_bytes_of,
)
from gathertui.vcs.history_words import change_lines, when
from git_history import COMMITS, OLD_NAME, git, plan_with_history
from git_repos import add_person, edit_plan, isolate_git, new_repository, with_example_plan

WIB = timezone(timedelta(hours=7))


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return plan_with_history(tmp_path)


def test_the_history_is_every_commit_newest_first_through_the_rename(plan: Path) -> None:
    versions = plan_history(plan)
    assert [(v.author, v.date, v.subject) for v in versions] == [
        (author, datetime.fromisoformat(at), subject) for author, at, subject in reversed(COMMITS)
    ]
    assert versions[0].date == datetime(2024, 5, 23, 10, 15, tzinfo=WIB)
    assert versions[0].date.tzinfo is not None
    assert versions[1].email == "budi@semarangkota.go.id"
    assert [v.name for v in versions] == [f"plans/{VISIT}", f"plans/{VISIT}", f"plans/{OLD_NAME}"]
    assert all(len(v.commit) == 40 and v.short == v.commit[:7] for v in versions)


def test_a_limit_keeps_the_newest(plan: Path) -> None:
    assert [v.subject for v in plan_history(plan, limit=2)] == [c[2] for c in COMMITS[:0:-1]]


def test_a_relative_path_is_found_from_the_working_folder(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(plan.parent)
    assert len(plan_history(Path(VISIT))) == 3


def test_each_version_is_the_file_under_its_name_then(plan: Path) -> None:
    first, _, third = reversed(plan_history(plan))
    assert version_bytes(plan, third.commit) == plan.read_bytes()
    assert version_bytes(plan, "HEAD") == plan.read_bytes()
    old = version_bytes(plan, first.commit)
    assert old is not None and b'attendance = "attended"' in old
    assert old == version_bytes_of(locate(plan), first)
    assert version_bytes(plan, "0" * 40) is None


def test_each_version_reads_as_a_plan_and_the_changes_between_them(plan: Path) -> None:
    where = locate(plan)
    newest, middle, oldest = (
        read_plan(plan, version_bytes_of(where, v)) for v in plan_history(plan)
    )
    assert oldest.plan is not None and middle.plan is not None and newest.plan is not None
    assert oldest.plan.people[0].attendance is Attendance.ATTENDED
    assert middle.plan.people[0].attendance is Attendance.CONFIRMED
    assert change_lines(oldest, middle, "en") == [
        "People:",
        "  ~ Abd Rachman Tuwo: Attendance attended → confirmed",
    ]
    assert change_lines(None, oldest, "id")[0].startswith(
        "dibuat: Kunjungan Kerja Pemkot Mojokerto ke Pemkot Semarang, Jumat, 26 Mei 2023;"
    )
    assert change_lines(middle, middle, "en") == [
        "no change to the plan (only how the file is written)"
    ]


def test_a_version_that_does_not_load_is_said_not_raised(plan: Path) -> None:
    broken = read_plan(plan, b"schema_version = 1\n[event\n")
    assert broken.plan is None
    assert broken.problems
    [line] = change_lines(None, broken, "en")
    assert line.startswith("this version cannot be read as a plan (line 2:")
    good = read_plan(plan, plan.read_bytes())
    assert change_lines(broken, good, "en")[0].startswith("readable again")
    assert change_lines(None, read_plan(plan, None), "en") == ["the plan is not in this commit"]


def test_the_commit_time_is_shown_in_the_plans_zone() -> None:
    moment = datetime(2024, 5, 22, 7, 3, tzinfo=UTC)
    assert when(moment, "Asia/Jakarta", "id") == "2024-05-22 14.03 WIB"
    assert when(moment, "Asia/Makassar", "en") == "2024-05-22 15.03 WITA"


def test_the_committed_file_is_the_last_commits(plan: Path) -> None:
    assert committed_bytes(plan) == plan.read_bytes()


def test_outside_a_repository_is_said(tmp_path: Path) -> None:
    loose = tmp_path / "loose.toml"
    loose.write_text("", encoding="utf-8")
    with pytest.raises(HistoryUnavailable) as raised:
        plan_history(loose)
    assert raised.value.reason.key == "history.not_in_git"


def test_no_git_is_said(plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(git_module, "git_executable", lambda: None)
    with pytest.raises(HistoryUnavailable) as raised:
        plan_history(plan)
    assert raised.value.reason.key == "history.no_git"


def test_a_repository_without_commits_has_no_history(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    new = tmp_path / "new.toml"
    new.write_text("", encoding="utf-8")
    assert plan_history(new) == []
    assert committed_bytes(new) is None


def test_replacing_the_plan_is_one_change_that_undo_takes_back(plan: Path) -> None:
    now = load_plan(plan).model
    oldest = plan_history(plan)[-1]
    old = read_plan(plan, version_bytes(plan, oldest.commit)).plan
    assert old is not None
    editor = PlanEditor(now.model_copy(deep=True))
    change = replace_plan(editor.plan, old)
    assert change is not None
    editor.apply(change)
    assert len(editor.undo_stack) == 1
    assert plan_changes(old, editor.plan) == []
    editor.undo()
    assert plan_changes(now, editor.plan) == []
    editor.redo()
    assert plan_changes(old, editor.plan) == []


def test_each_commit_is_compared_with_the_one_it_was_made_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two people's commits made side by side: the older one listed is not the one the
    # newer was made on, so comparing neighbours in the list would mix their changes.
    isolate_git(tmp_path, monkeypatch)
    folder = new_repository(tmp_path / "w")
    path = with_example_plan(folder)
    git(folder, "checkout", "-q", "-b", "budi")
    add_person(path, "andi-pratama", "Andi Pratama")
    git(folder, "commit", "-q", "-am", "Andi")
    git(folder, "checkout", "-q", "main")
    edit_plan(path, event=load_plan(path).model.event.model_copy(update={"title": "Kunjungan"}))
    git(folder, "commit", "-q", "-am", "Judul")
    git(folder, "merge", "-q", "--no-edit", "budi")
    versions = plan_history(path)
    where = locate(path)
    changes = {}
    for number, version in enumerate(versions):
        before = read_plan(path, before_bytes(where, versions, number)).plan
        now = read_plan(path, version_bytes_of(where, version)).plan
        assert now is not None
        changes[version.subject] = (
            {c.section for c in plan_changes(before, now)} if before else None
        )
    assert changes["Andi"] == {"people"}
    assert changes["Judul"] == {"event"}
