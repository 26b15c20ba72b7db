"""Who signs: a choice among the workspace's signatories, and a plan's `[signing]` form.

The plan's form leaves the per-printout table (`printouts`) as the file has it:
`RecordForm` keeps the keys it does not show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from gathertui.model.plan import Plan, Signing
from gathertui.model.workspace import Signatory, WorkspaceSettings
from gathertui.today import today
from gathertui.tui.modals.record_form import FormField, RecordForm


def signatory_choices(signatories: Sequence[Signatory]) -> Callable[[str], list[tuple[str, str]]]:
    """The signatories by name; their ids are what the file keeps."""
    return lambda lang: [(s.name, s.id) for s in signatories]


def signing_fields(settings: WorkspaceSettings, tick: str) -> tuple[FormField, ...]:
    """The `[signing]` fields: unset, a choice means "as the workspace"; `tick` is the
    text beside the "Mengetahui" box, in the UI language."""
    choices = signatory_choices(settings.signatories)
    org = settings.organization
    return (
        FormField("signed_by", "field.signed_by", "choice", choices, unset="ui.as_workspace"),
        FormField(
            "acknowledged_by", "field.acknowledged_by", "choice", choices, unset="ui.as_workspace"
        ),
        FormField("acknowledged", "field.acknowledged", "bool", placeholder=tick),
        # Unset, the organisation's city and the day of printing: shown as the hints.
        FormField("place", "field.place", placeholder=(org.city or "") if org else ""),
        FormField("dated", "field.date", "date", placeholder=today().isoformat()),
    )


def signing_form(plan: Plan, settings: WorkspaceSettings, tick: str) -> RecordForm[Signing]:
    return RecordForm(Signing, signing_fields(settings, tick), "ui.edit_signing", plan.signing)
