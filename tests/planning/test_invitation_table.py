"""A plan's `[invitation]`: validated with its place in the file, written canonically,
edited as one undoable change that the recovery journal replays."""

from __future__ import annotations

from pathlib import Path

import pytest

from gathertui.model.plan import Invitation, Plan
from gathertui.planning.diff import plan_changes
from gathertui.planning.editing import PlanEditor, SetInvitation, edit_invitation
from gathertui.planning.step_records import step_from_record, step_record
from gathertui.storage import canonical_text, load_plan
from helpers import MINIMAL, load_text, only_problem

PEOPLE = '\n[[people]]\nid = "ayu"\nname = "Ayu"\n'


def test_an_unknown_invitee_is_located_at_its_entry() -> None:
    text = MINIMAL + '\n[invitation]\ninvitees = ["ayu", "budi"]\n' + PEOPLE
    line, column, code, message = only_problem(text)
    assert (line, column, code) == (8, 20, "unknown-reference")
    assert message == 'table [invitation]: invitee "budi" does not exist'


@pytest.mark.parametrize(
    ("block", "line", "column", "words"),
    [
        ("merge = 1", 8, 1, "true or false"),
        ('invitees = ["Ayu Ratna"]', 8, 13, "lowercase letters"),
        ('numbr = "1"', 8, 1, "number"),
    ],
)
def test_bad_values_are_located(block: str, line: int, column: int, words: str) -> None:
    at_line, at_column, _, message = only_problem(MINIMAL + f"\n[invitation]\n{block}\n")
    assert (at_line, at_column) == (line, column)
    assert words in message


def test_the_table_is_written_after_signing_in_model_order() -> None:
    text = (
        MINIMAL
        + '\n[invitation]\nattach_rundown = false\nmerge = false\nsubject = "Undangan Rapat"\n'
        + 'number = "005/1"\ninvitees = ["ayu"]\n'
        + PEOPLE
    )
    plan = load_text(text)
    written = canonical_text(plan)
    assert (
        '[invitation]\nnumber = "005/1"\nsubject = "Undangan Rapat"\ninvitees = [\n    "ayu",\n]\n'
        "merge = false\nattach_rundown = false\n\n[[people]]"
    ) in written
    assert load_text(written) == plan


def test_defaults_are_not_written() -> None:
    plan = load_text(MINIMAL + '\n[invitation]\nmerge = true\nnumber = "1"\n')
    assert plan.invitation == Invitation(number="1")
    assert canonical_text(plan).endswith('[invitation]\nnumber = "1"\n')


def test_invitation_edited_undone_redone_and_replayed(visit: Path) -> None:
    plan: Plan = load_plan(visit).model
    before = plan.invitation
    invitation = Invitation(number="005/9/Prokompim/2023", nature="Segera", merge=False)
    change = edit_invitation(plan, invitation)
    assert change.steps == (SetInvitation(before, invitation),)
    assert change.label.render("id") == "Ubah surat undangan"
    editor = PlanEditor(plan)
    editor.apply(change)
    assert plan.invitation is invitation
    assert [c.field for c in plan_changes(load_plan(visit).model, plan)] == [
        "number",
        "nature",
        "merge",
    ]
    record = step_record(change.steps[0])
    replayed = load_plan(visit).model
    from gathertui.planning.editing import apply_step

    apply_step(replayed, step_from_record(record))
    assert replayed.invitation == invitation
    editor.undo()
    assert plan.invitation is before
    editor.redo()
    assert plan.invitation is invitation


def test_an_invitation_with_nothing_set_is_no_table(visit: Path) -> None:
    plan: Plan = load_plan(visit).model
    plan.invitation = Invitation(number="1")
    PlanEditor(plan).apply(edit_invitation(plan, Invitation()))
    assert plan.invitation is None
    assert "[invitation]" not in canonical_text(plan)


def test_a_changed_invitation_is_told_in_words(visit: Path) -> None:
    from gathertui.planning.diff_words import describe_changes

    old = load_plan(visit).model
    new = old.model_copy(update={"invitation": Invitation(number="005/9", merge=False)})
    described = describe_changes(plan_changes(old, new), old, new, "id")
    assert [heading for heading, _ in described] == ["Surat undangan"]
    lines = described[0][1]
    assert any("Nomor" in line and "005/9" in line for line in lines)
    assert any("Satu surat per penerima" in line for line in lines)
