"""The workspace state: one answer to "what are the plans and their problems", kept up to
date through edits, saves, deletes and changes on disk, and recomputed only where a
change can reach."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.agenda import delete_item
from gathertui.planning.checks import plan_checks
from gathertui.planning.context import FilePlan
from gathertui.planning.editing import Change, edit_event
from gathertui.problems import Problem
from gathertui.state import WorkspaceState
from gathertui.storage.reader import Loaded
from gathertui.storage.save import write_new
from helpers import make_unreadable

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "conflicts"
SOLO = "2024-11-12-kunjungan-pemkot-solo.toml"
MEETING = "2024-11-12-rapat-koordinasi.toml"
CLASHES = {"venue-double-booked", "person-double-booked"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "plans"
    shutil.copytree(FIXTURES, target)
    return target


def codes(state: WorkspaceState, path: Path) -> set[str]:
    return {problem.code for problem in state.problems(path)}


def apply(state: WorkspaceState, path: Path, make: Change | None) -> None:
    assert make is not None
    state.open(path).apply(make)


def without_audience(state: WorkspaceState, solo: Path) -> None:
    apply(state, solo, delete_item(state.open(solo).plan, "audiensi"))


def test_the_lists_of_each_file_make_the_whole(folder: Path) -> None:
    state = WorkspaceState.read(folder)
    whole = state.all_problems()
    for path in state.files:
        assert [p for p in whole if p.file == path] == state.located(path)
    settings = [p for p in whole if p.file == state.settings.path]
    assert settings == state.workspace_problems()
    # The visit's audience takes the hall at the time of both of the meeting's items: one
    # warning naming both.
    assert state.counts() == {folder / SOLO: 2, folder / MEETING: 6}


def test_an_edit_reaches_the_plan_it_clashed_with(folder: Path) -> None:
    state = WorkspaceState.read(folder)
    assert codes(state, folder / MEETING) >= CLASHES
    without_audience(state, folder / SOLO)
    assert not CLASHES & codes(state, folder / MEETING)
    # Undone, the clash is back: an undo is a change like any other.
    state.sessions[folder / SOLO].undo()
    assert codes(state, folder / MEETING) >= CLASHES


def test_a_plan_far_away_is_not_checked_again(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = WorkspaceState.read(folder)
    state.counts()
    checked: list[Path] = []

    def counting(
        plan: Plan, settings: WorkspaceSettings, neighbours: list[FilePlan], file: Path
    ) -> list[Problem]:
        checked.append(file)
        return plan_checks(plan, settings, neighbours, file)

    monkeypatch.setattr("gathertui.state.plan_checks", counting)
    session = state.open(folder / SOLO)
    # A change of title keeps the plan on its day: both plans are checked again, as
    # the other plan names this one in its warnings.
    retitled = session.plan.event.model_copy(update={"title": "Audiensi"})
    apply(state, folder / SOLO, edit_event(session.plan, retitled))
    state.counts()
    assert sorted(p.name for p in checked) == [SOLO, MEETING]
    # Moved a month away, it still reaches the plans of its old day once; then the
    # meeting is left alone by its edits.
    event = session.plan.event.model_copy(
        update={"start": session.plan.event.start.replace(month=12), "end": None}
    )
    apply(state, folder / SOLO, edit_event(session.plan, event))
    state.counts()
    checked.clear()
    apply(
        state,
        folder / SOLO,
        edit_event(session.plan, session.plan.event.model_copy(update={"title": "Lain"})),
    )
    state.counts()
    assert [p.name for p in checked] == [SOLO]


def test_a_deleted_plan_clashes_no_more(folder: Path) -> None:
    state = WorkspaceState.read(folder)
    assert codes(state, folder / MEETING) >= CLASHES
    (folder / SOLO).unlink()
    state.deleted(folder / SOLO)
    assert not CLASHES & codes(state, folder / MEETING)
    assert list(state.files) == [folder / MEETING]


def test_a_change_on_disk_is_read_on_refresh(folder: Path) -> None:
    state = WorkspaceState.read(folder)
    assert state.count(folder / MEETING) == 6
    text = (folder / SOLO).read_text(encoding="utf-8")
    (folder / SOLO).write_text(text.replace('status = "confirmed"', 'status = "cancelled"'))
    assert state.refresh() == [folder / SOLO]
    # A cancelled plan books nothing and shares its day freely.
    assert state.count(folder / MEETING) == 2
    assert state.refresh() == []


def test_a_file_that_could_not_be_read_is_tried_again(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as refused:
        make_unreadable(refused, folder / SOLO)
        state = WorkspaceState.read(folder)
        assert codes(state, folder / SOLO) == {"unreadable"}
        assert state.plan(folder / SOLO) is None
    # The permission is given back: the file's time and size are as they were.
    assert state.refresh() == [folder / SOLO]
    assert state.plan(folder / SOLO) is not None


def test_a_clean_plan_follows_its_file_and_an_edited_one_keeps_its_edits(
    folder: Path,
) -> None:
    state = WorkspaceState.read(folder)
    clean = state.open(folder / MEETING)
    edited = state.open(folder / SOLO)
    without_audience(state, folder / SOLO)
    for name in (SOLO, MEETING):
        text = (folder / name).read_text(encoding="utf-8")
        (folder / name).write_text(text.replace("Pemerintah Kota Semarang", "Pemkot Semarang"))
    state.refresh()
    assert clean.plan.event.host == "Pemkot Semarang" and not clean.dirty
    assert edited.dirty and edited.plan.event.host == "Pemerintah Kota Semarang"


def test_save_as_leaves_the_old_file_as_it_is_on_disk(folder: Path) -> None:
    state = WorkspaceState.read(folder)
    session = state.open(folder / SOLO)
    without_audience(state, folder / SOLO)
    copy = folder / "2024-11-12-salinan.toml"
    session.save_as(copy)
    state.saved_as(folder / SOLO, copy)
    assert state.sessions[copy] is session and folder / SOLO not in state.sessions
    old = state.plan(folder / SOLO)
    assert old is not None and any(item.id == "audiensi" for item in old.agenda)
    # The old file still clashes with the meeting; the copy does not.
    assert codes(state, folder / SOLO) >= CLASHES
    assert not CLASHES & codes(state, copy)


def test_saved_settings_reach_every_plan_at_once(folder: Path) -> None:
    state = WorkspaceState.read(folder)
    assert "venue-double-booked" in codes(state, folder / MEETING)
    settings = WorkspaceSettings.model_validate({"settings": {"silence": ["venue-double-booked"]}})
    state.settings_saved(Loaded(write_new(folder / "gathertui.toml", settings), settings))
    assert "venue-double-booked" not in codes(state, folder / MEETING)
    assert "venue-double-booked" not in codes(state, folder / SOLO)
    # What the app wrote is not a change on disk to read again.
    assert state.refresh() == []
    assert state.settings.loaded is not None and state.preferences == settings
