"""A plan's `[invitation]` form: the invitation letter's reference block and whether it
is merged and sent with the Susunan Acara. The invitees and the opening paragraph stay
as the file has them (`RecordForm` keeps the keys it does not show)."""

from __future__ import annotations

from gathertui.model.plan import Invitation, Plan
from gathertui.tui.modals.record_form import FormField, RecordForm


def invitation_fields(merge: str, attach: str) -> tuple[FormField, ...]:
    """The fields; unset, the letter prints the hint. `merge` and `attach` are the texts
    beside the boxes, in the UI language."""
    return (
        FormField("number", "field.letter_number", placeholder="005/123/Prokompim/2023"),
        FormField("nature", "field.letter_nature", placeholder="Biasa"),
        FormField("attachment", "field.letter_attachment", placeholder="1 (satu) berkas"),
        FormField("subject", "field.letter_subject", placeholder="Undangan"),
        FormField("merge", "field.letter_merge", "bool", placeholder=merge),
        FormField("attach_rundown", "field.attach_rundown", "bool", placeholder=attach),
    )


def invitation_form(plan: Plan, merge: str, attach: str) -> RecordForm[Invitation]:
    fields = invitation_fields(merge, attach)
    return RecordForm(Invitation, fields, "ui.edit_invitation", plan.invitation)
