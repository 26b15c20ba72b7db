"""Resolving the conflicts a merge leaves: the chosen side stays, the entry goes, an
entity that goes takes its references along, and check says each one at its line."""

from __future__ import annotations

import pytest

from gathertui.i18n import msg
from gathertui.model.enums import Attendance
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.checks import plan_checks, workspace_checks
from gathertui.planning.editing import PlanEditor, replace_plan
from gathertui.planning.merge_conflicts import can_keep_both, resolve, resolve_all
from helpers import load_text

MERGED = """\
schema_version = 1

[event]
title = "Kunjungan Kerja"
kind = "visit"
start = 2024-05-22

[[people]]
id = "siti"
name = "Siti Rahayu"
attendance = "confirmed"

[[people]]
id = "andi"
name = "Andi Pratama"

[[agenda]]
id = "sambutan"
start = 09:00:00
minutes = 15
title = "Sambutan"
pic = "siti"
speakers = ["andi"]

[[conflicts]]
path = "people.siti.attendance"
ours = "confirmed"
theirs = "declined"
base = "invited"

[[conflicts]]
path = "people.andi"
theirs = { id = "andi", name = "Andi Pratama" }
base = { id = "andi", name = "Andi" }

[[conflicts]]
path = "event.title"
ours = "Kunjungan Kerja"
theirs = "Kunjungan Kerja Makassar"
base = "Kunjungan"
"""


def test_each_conflict_is_an_error_at_its_entry() -> None:
    plan = load_text(MERGED)
    found = [p for p in plan_checks(plan) if p.code == "merge-conflict"]
    assert [p.path for p in found] == [("conflicts", 0), ("conflicts", 1), ("conflicts", 2)]
    assert "declined" in found[0].render("en")
    assert "(dihapus)" in found[1].render("id")


def test_ours_keeps_the_value_in_place_and_drops_the_entry() -> None:
    plan = resolve(load_text(MERGED), 0, "ours")
    assert plan.people[0].attendance is Attendance.CONFIRMED
    assert [c.path for c in plan.conflicts] == ["people.andi", "event.title"]


def test_theirs_puts_their_value_in_place() -> None:
    plan = resolve(load_text(MERGED), 0, "theirs")
    assert plan.people[0].attendance is Attendance.DECLINED
    plan = resolve(plan, 1, "theirs")
    assert plan.event.title == "Kunjungan Kerja Makassar"


def test_an_entity_deleted_on_the_chosen_side_goes_with_its_references() -> None:
    plan = resolve(load_text(MERGED), 1, "ours")
    assert [p.id for p in plan.people] == ["siti"]
    assert plan.agenda[0].speakers == []
    assert plan.agenda[0].pic == "siti"


def test_keeping_the_edited_entity_keeps_it() -> None:
    plan = resolve(load_text(MERGED), 1, "theirs")
    assert [p.id for p in plan.people] == ["siti", "andi"]
    assert plan.agenda[0].speakers == ["andi"]


def test_two_new_entities_with_one_id_can_both_stay() -> None:
    text = MERGED.split("[[conflicts]]")[0] + (
        '[[conflicts]]\npath = "people.andi"\n'
        'ours = { id = "andi", name = "Andi Pratama" }\n'
        'theirs = { id = "andi", name = "Andi Wijaya" }\n'
    )
    plan = load_text(text)
    assert can_keep_both(plan.conflicts[0])
    both = resolve(plan, 0, "both")
    assert [(p.id, p.name) for p in both.people][1:] == [
        ("andi", "Andi Pratama"),
        ("andi-2", "Andi Wijaya"),
    ]
    assert resolve(plan, 0, "theirs").people[1].name == "Andi Wijaya"
    with pytest.raises(ValueError):
        resolve(load_text(MERGED), 0, "both")


def test_all_on_one_side_leaves_no_conflict_and_no_error() -> None:
    plan = resolve_all(load_text(MERGED), "theirs")
    assert plan.conflicts == []
    assert not [p for p in plan_checks(plan) if p.severity.name == "ERROR"]


def test_a_value_that_does_not_validate_is_refused() -> None:
    text = MERGED.replace('theirs = "declined"', 'theirs = "maybe"')
    with pytest.raises(ValueError):
        resolve(load_text(text), 0, "theirs")


def test_the_workspace_files_conflicts_are_errors_too() -> None:
    settings = WorkspaceSettings.model_validate(
        {"conflicts": [{"path": "settings.signed_by", "ours": "sekda", "theirs": "kadis"}]}
    )
    found = workspace_checks(None, settings, [])
    assert [p.code for p in found] == ["merge-conflict"]
    settled = resolve(settings, 0, "theirs")
    assert settled.settings.signed_by == "kadis" and settled.conflicts == []


def test_settling_in_the_editor_is_one_undoable_change() -> None:
    plan = load_text(MERGED)
    editor = PlanEditor(plan.model_copy(deep=True))
    settled = resolve_all(plan, "theirs")
    change = replace_plan(editor.plan, settled, msg("op.edit_event"))
    assert change is not None
    editor.apply(change)
    assert editor.plan == settled
    editor.undo()
    assert editor.plan == plan
    assert replace_plan(plan, plan, msg("op.edit_event")) is None


def test_a_length_settled_lays_its_day_out_again() -> None:
    text = MERGED.split("[[conflicts]]")[0] + (
        '[[agenda]]\nid = "ramah-tamah"\nstart = 09:20:00\nminutes = 30\ntitle = "Ramah tamah"\n\n'
        '[[conflicts]]\npath = "agenda.sambutan.minutes"\nours = 20\ntheirs = 25\nbase = 15\n'
    ).replace('minutes = 15\ntitle = "Sambutan"', 'minutes = 20\ntitle = "Sambutan"')
    plan = load_text(text)
    assert plan.agenda[1].start.isoformat() == "09:20:00"
    settled = resolve(plan, 0, "theirs")
    assert [(i.id, i.start.isoformat(), i.minutes) for i in settled.rundown()] == [
        ("sambutan", "09:00:00", 25),
        ("ramah-tamah", "09:25:00", 30),
    ]
    assert resolve(plan, 0, "ours").agenda[1].start.isoformat() == "09:20:00"
