"""The Delegations tab: each delegation's side, organisation, people named and places planned."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from gathertui.i18n.labels import label
from gathertui.model.plan import Quotas
from gathertui.planning.delegations import (
    add_delegation,
    delete_delegation,
    edit_delegation,
    named_counts,
    planned_places,
)
from gathertui.planning.editing import set_quotas
from gathertui.text import one_line
from gathertui.tui.panes.base import PlanPane
from gathertui.tui.text import t
from gathertui.tui.widgets.table import VirtualTable, table_columns

DELEGATION_COLUMNS = (
    ("name", 4, 12),
    ("side", 1, 10),
    ("organization", 4, 12),
    ("named", 0, 10),
    ("planned", 0, 10),
)


class DelegationsPane(PlanPane):
    HELP_HEADING = "ui.tab_delegations"
    BINDINGS = [
        Binding("a", "add", "key.add_delegation", id="add-delegation"),
        Binding("e", "edit", "key.edit", id="edit-delegation"),
        Binding("delete", "delete", "key.delete", id="delete-delegation"),
        Binding("q", "quotas", "key.quotas", id="delegation-quotas"),
    ]

    def __init__(self) -> None:
        super().__init__("delegations-pane")

    def compose(self) -> ComposeResult:
        yield VirtualTable(table_columns(self, DELEGATION_COLUMNS), id="delegations-table")
        yield Static(id="delegation-notes", markup=False)

    def show(self) -> None:
        plan = self.plan
        lang = self.app.lang
        named = named_counts(plan)
        rows = [
            (
                delegation.name,
                label(delegation.side, lang),
                delegation.organization or "",
                str(named[delegation.id]),
                str(planned_places(delegation)),
            )
            for delegation in plan.delegations
        ]
        table = self.query_one("#delegations-table", VirtualTable)
        table.empty_text = t(self, "ui.no_delegations")
        table.set_rows(rows)
        self._show_notes()

    @on(VirtualTable.Highlighted, "#delegations-table")
    def _show_notes(self) -> None:
        index = self.selected()
        lines: list[str] = []
        if index is not None:
            lines = self.warning_lines("delegations", index)
            delegation = self.plan.delegations[index]
            details = [delegation.contact or "", delegation.notes or ""]
            lines += [one_line(text) for text in details if text]
        self.query_one("#delegation-notes", Static).update("\n".join(lines))

    def selected(self) -> int | None:
        delegations = self.plan.delegations
        if not delegations:
            return None
        table = self.query_one("#delegations-table", VirtualTable)
        return min(table.cursor_row, len(delegations) - 1)

    def focus_delegation(self, index: int) -> None:
        self.query_one("#delegations-table", VirtualTable).move_to(index)

    def action_add(self) -> None:
        from gathertui.tui.modals.delegation_form import DelegationForm

        plan = self.plan
        self.ask_then(
            DelegationForm(plan, None), lambda delegation: add_delegation(plan, delegation)
        )

    def action_edit(self) -> None:
        from gathertui.tui.modals.delegation_form import DelegationForm

        index = self.selected()
        if index is None:
            self.action_add()
            return
        plan = self.plan
        self.ask_then(
            DelegationForm(plan, plan.delegations[index]),
            lambda delegation: edit_delegation(plan, index, delegation),
        )

    def action_delete(self) -> None:
        index = self.selected()
        if index is None:
            return
        plan = self.plan
        name = one_line(plan.delegations[index].name)
        question = t(self, "ui.confirm_delete_delegation", name=name)
        self.delete_after_asking(question, lambda: delete_delegation(plan, index))

    def action_quotas(self) -> None:
        from gathertui.tui.modals.quotas_form import QuotasForm

        index = self.selected()
        if index is None:
            return
        plan = self.plan

        def edited(quotas: Quotas | None) -> None:
            if quotas is not None:
                self.request(set_quotas(plan, index, quotas))

        self.app.push_screen(QuotasForm(plan.delegations[index]), edited)

    @on(VirtualTable.Selected, "#delegations-table")
    def _open(self) -> None:
        self.action_edit()
