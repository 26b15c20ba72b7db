"""The recovery journal: every change on disk at once, one copy per running app, and
every copy a finished app left offered back."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from gathertui import instances, journal, recovery
from gathertui.journal import Journal
from gathertui.model.enums import Attendance
from gathertui.model.plan import Plan
from gathertui.planning.editing import (
    Change,
    Remove,
    Replace,
    SetEvent,
    add_person,
    delete_person,
    edit_event,
    move_person,
    set_attendance,
)
from gathertui.planning.step_records import step_from_record, step_record
from gathertui.session import PlanSession
from gathertui.storage import load_plan
from gathertui.storage.reader import decode_source, plan_from_source
from helpers import journal_written


def recovered_plan(path: Path) -> Plan:
    """The plan the single copy left for `path` holds, as the next start would see it
    (the instance that wrote it has ended)."""
    instances.end()
    (copy,) = recovery.find(path)
    return plan_from_source(decode_source(path, copy.text.encode("utf-8")))


def copies(state_dir: Path) -> list[Path]:
    return sorted((state_dir / "recovery").glob("*"))


def names(plan: Plan) -> list[str]:
    return [person.name for person in plan.people]


def test_a_change_is_on_disk_as_soon_as_it_is_made(visit: Path) -> None:
    session = PlanSession.open(visit)
    session.apply(add_person(session.plan, "Sunarto"))
    journal_written()
    assert "Sunarto" in names(recovered_plan(visit))


def test_every_kind_of_step_replays_to_the_plan_as_left(visit: Path) -> None:
    session = PlanSession.open(visit)
    plan = session.plan
    session.apply(add_person(plan, "Sunarto", at=0))
    session.apply(set_attendance(plan, 1, Attendance.CONFIRMED))
    session.apply(move_person(plan, 0, 2))
    session.apply(delete_person(plan, 3))
    session.apply(edit_event(plan, plan.event.model_copy(update={"title": "Kunjungan baru"})))
    session.apply(add_person(plan, "Dewi"))
    session.undo()  # logged as the inverse steps
    session.undo()
    session.redo()
    journal_written()
    assert recovered_plan(visit) == session.plan


def test_back_as_saved_leaves_no_copy(visit: Path, state_dir: Path) -> None:
    session = PlanSession.open(visit)
    session.apply(add_person(session.plan, "Sunarto"))
    session.undo()
    journal_written()
    assert copies(state_dir) == []


def test_a_save_removes_the_copy_and_the_next_change_starts_from_the_saved_file(
    visit: Path, state_dir: Path
) -> None:
    session = PlanSession.open(visit)
    session.apply(add_person(session.plan, "Sunarto"))
    session.save()
    assert copies(state_dir) == []
    session.apply(add_person(session.plan, "Dewi"))
    journal_written()
    assert names(recovered_plan(visit))[-2:] == ["Sunarto", "Dewi"]


def test_the_base_is_brought_up_to_date_and_the_log_shortened(
    visit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Journal, "COMPACT_AFTER", 3)
    session = PlanSession.open(visit)
    for n in range(8):
        session.apply(add_person(session.plan, f"Peserta {n}"))
        journal_written()
        # The base's text is made in a thread of its own: waited for here, in turn.
        while session.journal._compacting:
            threading.Event().wait(0.01)
        journal_written()
    log = (
        recovery.copy_file(visit, session.journal.owner)
        .with_suffix(".log")
        .read_text(encoding="ascii")
        .splitlines()
    )
    assert len(log) < 3
    assert recovered_plan(visit) == session.plan


def test_a_line_cut_short_by_a_kill_loses_only_that_change(visit: Path) -> None:
    session = PlanSession.open(visit)
    session.apply(add_person(session.plan, "Sunarto"))
    session.apply(add_person(session.plan, "Dewi"))
    journal_written()
    log = recovery.copy_file(visit, session.journal.owner).with_suffix(".log")
    text = log.read_text(encoding="ascii")
    log.write_text(text[: len(text) - 40], encoding="ascii")
    assert names(recovered_plan(visit))[-1] == "Sunarto"


def test_a_save_waits_for_writes_asked_for_before_it(visit: Path, state_dir: Path) -> None:
    session = PlanSession.open(visit)
    session.apply(add_person(session.plan, "Sunarto"))
    journal_written()
    # The journal's thread is busy; a change is queued behind it; then a save.
    busy = threading.Event()
    journal._writer.submit(busy.wait)
    session.apply(add_person(session.plan, "Dewi"))
    saving = threading.Thread(target=session.save)
    saving.start()
    threading.Event().wait(0.05)
    busy.set()
    saving.join()
    journal_written()
    assert copies(state_dir) == []  # the queued change was not written after the save


def test_each_running_app_keeps_its_own_copy_and_all_are_offered(visit: Path) -> None:
    first = PlanSession.open(visit)
    first.apply(add_person(first.plan, "Dari jendela pertama"))
    journal_written()
    instances.end()  # the first window is killed
    second = PlanSession.open(visit)
    assert [copy.plan_path for copy in second.recovered] == [visit.resolve()]
    second.apply(add_person(second.plan, "Dari jendela kedua"))
    journal_written()
    instances.end()
    third = PlanSession.open(visit)
    texts = [copy.text for copy in third.recovered]
    assert len(texts) == 2
    assert any("Dari jendela pertama" in text for text in texts)
    assert any("Dari jendela kedua" in text for text in texts)


def test_a_running_apps_copy_is_its_own_and_not_offered(visit: Path) -> None:
    other = instances._begin()  # another window, still running
    try:
        copy = recovery.copy_file(visit, other.id)
        copy.parent.mkdir(parents=True)
        record = {"plan": str(visit.resolve()), "saved_at": "2024-12-01T10:00:00", "text": "x"}
        copy.write_text(json.dumps(record), encoding="ascii")
        assert recovery.find(visit) == []
    finally:
        other.end()
    assert len(recovery.find(visit)) == 1  # offered once that window has ended


def test_a_plan_open_in_another_window_says_when_that_window_started(visit: Path) -> None:
    other = instances._begin()
    other.opened(visit)
    try:
        session = PlanSession.open(visit)
        assert session.open_elsewhere == [other.started.replace(microsecond=0)]
    finally:
        other.end()
    assert PlanSession.open(visit).open_elsewhere == []


def test_a_state_folder_that_takes_nothing_is_said_once(visit: Path, state_dir: Path) -> None:
    state_dir.write_text("a file where the folder should be", encoding="utf-8")
    session = PlanSession.open(visit)
    errors: list[OSError] = []
    session.journal.on_error = errors.append
    for name in ("Sunarto", "Dewi", "Budi"):
        session.apply(add_person(session.plan, name))
        journal_written()
    assert len(errors) == 1
    assert names(session.plan)[-3:] == ["Sunarto", "Dewi", "Budi"]  # the edits stay


def test_a_copy_from_before_copies_were_kept_per_app_is_offered(visit: Path) -> None:
    old = recovery._folder() / f"{recovery._plan_key(visit)}.json"
    old.parent.mkdir(parents=True)
    text = visit.read_text(encoding="utf-8").replace("Mojokerto", "Mojosari", 1)
    record = {"plan": str(visit.resolve()), "saved_at": "2024-12-01T10:00:00", "text": text}
    old.write_text(json.dumps(record), encoding="ascii")
    (copy,) = PlanSession.open(visit).recovered
    assert copy.text == text


def test_step_records_round_trip(visit: Path) -> None:
    plan = load_plan(visit).model
    changes: list[Change | None] = [
        add_person(plan, "Sunarto", at=1),
        set_attendance(plan, 0, Attendance.DECLINED),
        move_person(plan, 0, 1),
        delete_person(plan, 0),
        edit_event(plan, plan.event.model_copy(update={"title": "Baru"})),
    ]
    for change in changes:
        assert change is not None
        for step in change.steps:
            back = step_from_record(json.loads(json.dumps(step_record(step))))
            # What applying needs comes back; a removal's entity and a step's "before"
            # are for undo, which a replay never does.
            if isinstance(step, Remove):
                assert back == replace(step, entity=None)
            elif isinstance(step, Replace | SetEvent):
                assert back == replace(step, before=None)  # type: ignore[arg-type]
            else:
                assert back == step
