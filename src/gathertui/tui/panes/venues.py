"""The Venues tab: the plan's rooms, their capacity against the expected headcount, reuse."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from gathertui.planning.venues import (
    add_venue,
    delete_venue,
    edit_venue,
    reuse_candidates,
    reuse_venue,
    venue_loads,
)
from gathertui.text import one_line
from gathertui.tui.panes.base import PlanPane
from gathertui.tui.text import t
from gathertui.tui.widgets.table import VirtualTable, table_columns

VENUE_COLUMNS = (
    ("name", 4, 8),
    ("building", 3, 8),
    ("floor", 1, 6),
    ("address", 2, 8),
    ("capacity", 0, 10),
    ("expected", 0, 10),
    ("items", 0, 6),
    ("warnings", 2, 10),
)


class VenuesPane(PlanPane):
    HELP_HEADING = "ui.tab_venues"
    BINDINGS = [
        Binding("a", "add", "key.add_venue", id="add-venue"),
        Binding("e", "edit", "key.edit", id="edit-venue"),
        Binding("delete", "delete", "key.delete", id="delete-venue"),
        Binding("u", "reuse", "key.reuse_venue", show=False, id="reuse-venue"),
        Binding("d", "seating", "key.seating", id="venue-seating"),
    ]

    def __init__(self) -> None:
        super().__init__("venues-pane")

    def compose(self) -> ComposeResult:
        yield VirtualTable(table_columns(self, VENUE_COLUMNS), id="venues-table")
        yield Static(id="venue-notes", markup=False)

    def show(self) -> None:
        plan = self.plan
        rows = []
        for load in venue_loads(plan):
            venue = load.venue
            rows.append(
                (
                    venue.name,
                    venue.building or "",
                    venue.floor or "",
                    venue.address or "",
                    str(venue.capacity) if venue.capacity else "",
                    str(load.expected),
                    str(load.items),
                    t(self, "ui.over_capacity") if load.over else "",
                )
            )
        table = self.query_one("#venues-table", VirtualTable)
        table.empty_text = t(self, "ui.no_venues")
        table.set_rows(rows)
        self._show_notes()

    @on(VirtualTable.Highlighted, "#venues-table")
    def _show_notes(self) -> None:
        index = self.selected()
        lines: list[str] = []
        if index is not None:
            lines = self.warning_lines("venues", index)
            venue = self.plan.venues[index]
            details = [", ".join(venue.facilities), venue.contact or "", venue.notes or ""]
            lines += [one_line(text) for text in details if text]
        self.query_one("#venue-notes", Static).update("\n".join(lines))

    def selected(self) -> int | None:
        venues = self.plan.venues
        if not venues:
            return None
        return min(self.query_one("#venues-table", VirtualTable).cursor_row, len(venues) - 1)

    def focus_venue(self, index: int) -> None:
        self.query_one("#venues-table", VirtualTable).move_to(index)

    def action_add(self) -> None:
        from gathertui.tui.modals.venue_form import VenueForm

        plan = self.plan
        self.ask_then(VenueForm(plan, None), lambda venue: add_venue(plan, venue))

    def action_edit(self) -> None:
        from gathertui.tui.modals.venue_form import VenueForm

        index = self.selected()
        if index is None:
            self.action_add()
            return
        plan = self.plan
        self.ask_then(
            VenueForm(plan, plan.venues[index]), lambda venue: edit_venue(plan, index, venue)
        )

    def action_delete(self) -> None:
        index = self.selected()
        if index is None:
            return
        plan = self.plan
        zone = self.plan_screen.zone()
        question = t(self, "ui.confirm_delete_venue", name=one_line(plan.venues[index].name))
        self.delete_after_asking(question, lambda: delete_venue(plan, index, zone, self.app.lang))

    def action_reuse(self) -> None:
        from gathertui.tui.modals.pick import Pick

        plan = self.plan
        workspace = self.app.workspace
        session_path = self.plan_screen.session.path
        plans = workspace.neighbours(session_path)
        candidates = reuse_candidates(plans, plan)
        choices = []
        for n, candidate in enumerate(candidates):
            venue = candidate.venue
            where = ", ".join(one_line(x) for x in (venue.building, venue.floor) if x)
            capacity = t(self, "ui.seats", count=venue.capacity) if venue.capacity else ""
            parts = [one_line(venue.name), where, capacity, f"({one_line(candidate.plan_title)})"]
            choices.append((str(n), " · ".join(p for p in parts if p)))

        def chosen(number: str | None) -> None:
            if number is not None:
                self.attempt(lambda: reuse_venue(plan, candidates[int(number)].venue))

        question = t(self, "ui.reuse_question")
        self.app.push_screen(Pick(question, choices, t(self, "ui.no_other_venues")), chosen)

    def action_seating(self) -> None:
        """The seating plan of the selected venue; one without a layout is said, kindly."""
        from gathertui.tui.screens.seating import SeatingScreen

        index = self.selected()
        if index is None:
            self.notify(markup=False, message=t(self, "ui.no_venues"))
            return
        venue = self.plan.venues[index]
        if venue.layout is None:
            message = t(self, "ui.seating_no_layout", venue=one_line(venue.name))
            self.notify(markup=False, message=message)
            return
        self.app.push_screen(SeatingScreen(self.plan_screen, venue.id))

    @on(VirtualTable.Selected, "#venues-table")
    def _open(self) -> None:
        self.action_edit()
