"""Add or edit a delegation: its name, side (host or guest) and organisation.

The id of a new delegation comes from its name; an edited one keeps its id, as its
people refer to it. Quotas, contact and notes are not shown here and are kept as they were.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from textual.app import ComposeResult
from textual.containers import Grid, Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from gathertui.describe import describe
from gathertui.i18n.labels import label
from gathertui.model.enums import Side
from gathertui.model.plan import Delegation, Plan
from gathertui.planning.editing import unique_id
from gathertui.tui.modals.form import FormModal
from gathertui.tui.text import said, t
from gathertui.tui.widgets.lists import Select


class DelegationForm(FormModal[Delegation]):
    def __init__(self, plan: Plan, delegation: Delegation | None) -> None:
        super().__init__(delegation)
        self.plan = plan
        self.delegation = delegation

    def compose(self) -> ComposeResult:
        delegation = self.delegation
        lang = self.app.lang
        title = t(self, "ui.edit_delegation" if delegation else "ui.add_delegation")
        with Vertical(classes="dialog form"):
            yield Static(title, classes="title")
            with VerticalScroll(classes="fields-scroll"), Grid(classes="fields"):
                yield Label(t(self, "field.name"))
                yield Input(
                    delegation.name if delegation else "",
                    id="name",
                    placeholder=t(self, "hint.delegation_name"),
                    compact=True,
                )
                yield Label(t(self, "field.side"))
                yield Select(
                    [(label(side, lang), side.value) for side in Side],
                    value=(delegation.side if delegation else Side.GUEST).value,
                    allow_blank=False,
                    id="side",
                    compact=True,
                )
                yield Label(t(self, "field.organization"))
                yield Input(
                    (delegation.organization or "") if delegation else "",
                    id="organization",
                    placeholder=t(self, "hint.organization"),
                    compact=True,
                )
            yield from self.compose_footer()

    def on_mount(self) -> None:
        if self.answered:
            return
        self.query_one("#name", Input).focus()

    def build(self) -> tuple[Delegation | None, list[str]]:
        original = self.delegation
        # Fields the form does not show (quotas, contact, notes) are kept as they were.
        data: dict[str, Any] = original.model_dump(exclude_none=True) if original else {}
        data.pop("organization", None)
        data["name"] = self.query_one("#name", Input).value.strip()
        data["side"] = self.query_one("#side", Select).value
        organization = self.query_one("#organization", Input).value.strip()
        if organization:
            data["organization"] = organization
        taken = [d.id for d in self.plan.delegations]
        data["id"] = original.id if original else unique_id(data["name"] or "delegasi", taken)
        try:
            return Delegation.model_validate(self.as_edited(data)), []
        except ValidationError as error:
            return None, [said(self, describe(e, Delegation)[1]) for e in error.errors()]
