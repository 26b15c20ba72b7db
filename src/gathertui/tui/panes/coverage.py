"""The Coverage tab, on plans whose event is done: the reports the media made about it,
and which partner media reported."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from gathertui.i18n.labels import label
from gathertui.planning.coverage import (
    add_coverage,
    delete_coverage,
    edit_coverage,
    partner_counts,
    partner_media,
)
from gathertui.text import one_line
from gathertui.tui.panes.base import PlanPane
from gathertui.tui.text import t
from gathertui.tui.widgets.table import VirtualTable, table_columns

COVERAGE_COLUMNS = (
    ("outlet", 3, 10),
    ("headline", 5, 12),
    ("date", 0, 10),
    ("kind", 0, 8),
    ("url", 3, 10),
    ("warnings", 1, 8),
)


class CoveragePane(PlanPane):
    HELP_HEADING = "ui.tab_coverage"
    BINDINGS = [
        Binding("a", "add", "key.add_coverage", id="add-coverage"),
        Binding("e", "edit", "key.edit", id="edit-coverage"),
        Binding("delete", "delete", "key.delete", id="delete-coverage"),
    ]

    def __init__(self) -> None:
        super().__init__("coverage-pane")

    def compose(self) -> ComposeResult:
        yield Static(id="coverage-partners", markup=False)
        yield VirtualTable(table_columns(self, COVERAGE_COLUMNS), id="coverage-table")
        yield Static(id="coverage-notes", markup=False)

    def show(self) -> None:
        plan = self.plan
        warned = {p.path[1] for p in self.plan_screen.problems if p.path[:1] == ("coverage",)}
        rows = [
            (
                entry.outlet,
                entry.title,
                entry.date.isoformat() if entry.date else "",
                label(entry.kind, self.app.lang) if entry.kind else "",
                entry.url or "",
                "⚠" if n in warned else "",
            )
            for n, entry in enumerate(plan.coverage)
        ]
        table = self.query_one("#coverage-table", VirtualTable)
        table.empty_text = t(self, "ui.no_coverage")
        table.set_rows(rows)
        self.query_one("#coverage-partners", Static).update(self.partners_line())
        self._show_notes()

    def partners_line(self) -> str:
        """Per partner medium of the workspace, whether it reported: the tab's header."""
        plan = self.plan
        others = [
            other for _, other in self.app.workspace.neighbours(self.plan_screen.session.path)
        ]
        counts = partner_counts(plan, partner_media([plan, *others]))
        if not counts:
            return t(self, "ui.coverage_no_partners")
        reported = sum(1 for count in counts if count.reports)
        each = [
            t(self, "ui.coverage_partner_reported", outlet=count.outlet, count=count.reports)
            if count.reports
            else t(self, "ui.coverage_partner_silent", outlet=count.outlet)
            for count in counts
        ]
        heading = t(self, "ui.coverage_partners", reported=reported, count=len(counts))
        return f"{heading} {' · '.join(each)}"

    @on(VirtualTable.Highlighted, "#coverage-table")
    def _show_notes(self) -> None:
        index = self.selected()
        lines: list[str] = []
        if index is not None:
            lines = self.warning_lines("coverage", index)
            notes = self.plan.coverage[index].notes
            lines += [one_line(notes)] if notes else []
        self.query_one("#coverage-notes", Static).update("\n".join(lines))

    def selected(self) -> int | None:
        coverage = self.plan.coverage
        if not coverage:
            return None
        return min(self.query_one("#coverage-table", VirtualTable).cursor_row, len(coverage) - 1)

    def focus_entry(self, index: int) -> None:
        self.query_one("#coverage-table", VirtualTable).move_to(index)

    def action_add(self) -> None:
        from gathertui.tui.modals.coverage_form import CoverageForm

        plan = self.plan
        self.ask_then(CoverageForm(None), lambda entry: add_coverage(plan, entry))

    def action_edit(self) -> None:
        from gathertui.tui.modals.coverage_form import CoverageForm

        index = self.selected()
        if index is None:
            self.action_add()
            return
        plan = self.plan
        self.ask_then(
            CoverageForm(plan.coverage[index]), lambda entry: edit_coverage(plan, index, entry)
        )

    def action_delete(self) -> None:
        index = self.selected()
        if index is None:
            return
        plan = self.plan
        entry = plan.coverage[index]
        question = t(self, "ui.confirm_delete_coverage", outlet=one_line(entry.outlet))
        self.delete_after_asking(question, lambda: delete_coverage(plan, index))

    @on(VirtualTable.Selected, "#coverage-table")
    def _open(self) -> None:
        self.action_edit()
