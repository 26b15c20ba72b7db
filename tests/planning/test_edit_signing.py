"""A plan's `[signing]` as one undoable change, and an empty table written as none."""

from __future__ import annotations

from pathlib import Path

from gathertui.model.plan import Plan, Signing
from gathertui.planning.editing import PlanEditor, SetSigning, edit_signing
from gathertui.storage import canonical_text, load_plan


def test_signing_set_undone_and_redone(visit: Path) -> None:
    plan: Plan = load_plan(visit).model
    before = plan.signing
    assert before is not None  # the example visit is acknowledged by the Sekda
    signing = Signing(signed_by="sekda", acknowledged=False, printouts={"roster": "kabag"})
    change = edit_signing(plan, signing)
    assert change.steps == (SetSigning(before, signing),)
    assert (change.label.render("en"), change.label.render("id")) == (
        "Edit who signs",
        "Ubah penanda tangan",
    )
    editor = PlanEditor(plan)
    editor.apply(change)
    assert plan.signing is signing
    assert '[signing]\nsigned_by = "sekda"\nacknowledged = false\n' in canonical_text(plan)
    editor.undo()
    assert plan.signing is before
    editor.redo()
    assert plan.signing is signing


def test_a_signing_with_nothing_set_is_no_table(visit: Path) -> None:
    plan: Plan = load_plan(visit).model
    plan.signing = Signing(signed_by="sekda")
    editor = PlanEditor(plan)
    editor.apply(edit_signing(plan, Signing()))
    assert plan.signing is None
    assert "[signing]" not in canonical_text(plan)
