"""The Overview tab: the event, who signs, the headcount per delegation, and the plan's
warnings.

A warning is a row: Enter (or a double click) goes to the row it is about, so a person
fixes a clash where it is instead of hunting for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from gathertui.i18n.dates import zone_abbreviation
from gathertui.i18n.labels import label
from gathertui.model.plan import Event, Invitation, Signing
from gathertui.planning.agenda import event_period
from gathertui.planning.editing import edit_event, edit_invitation, edit_signing
from gathertui.planning.headcount import delegation_headcount
from gathertui.problems import Problem
from gathertui.text import literal
from gathertui.tui.panes.base import PlanPane
from gathertui.tui.text import marked, said, t
from gathertui.tui.widgets.table import VirtualTable, table_columns

WARNING_COLUMNS = (("line", 0, 6), ("warning", 1, 20))


class OverviewPane(PlanPane):
    HELP_HEADING = "ui.tab_overview"
    BINDINGS = [
        # A person is added from here too: the roster tab opens to show them.
        Binding("a", "screen.add_person", "key.add_person", show=False, id="overview-add-person"),
        Binding("e", "edit", "key.edit", id="edit-event"),
        # t: tanda tangan.
        Binding("t", "signing", "key.signing", id="edit-signing"),
        # u: undangan.
        Binding("u", "invitation", "key.invitation", show=False, id="edit-invitation"),
    ]

    @dataclass
    class GoTo(Message):
        """Show the row that a warning is about: the entity at `path` in the plan."""

        path: tuple[str | int, ...]

    def __init__(self) -> None:
        super().__init__("overview-pane")
        self.problems: list[Problem] = []

    def compose(self) -> ComposeResult:
        facts = VerticalScroll(id="overview-facts")
        # The warnings table takes the focus: a focusable scroll here would pull the tabs
        # back to the overview whenever another tab opens a form.
        facts.can_focus = False
        with facts:
            yield Static(id="event")
            yield Static(id="headcount")
        yield Static(id="warnings", markup=False)
        yield VirtualTable(table_columns(self, WARNING_COLUMNS), id="overview-table")
        yield Static(id="warning-note", markup=False)

    def show(self) -> None:
        self._show_event()
        self._show_headcount()
        # In the order and with the lines of the text the person has in mind.
        self.problems = self.app.workspace.located(self.plan_screen.session.path)
        problems = self.problems
        heading = t(self, "ui.warnings", count=len(problems))
        if problems:
            heading += " · " + t(self, "ui.warnings_hint")
        self.query_one("#warnings", Static).update(heading)
        table = self.query_one("#overview-table", VirtualTable)
        table.empty_text = t(self, "ui.no_warnings")
        table.set_rows([(str(problem.line), marked(self, problem)) for problem in problems])
        self._show_note()

    @on(VirtualTable.Highlighted, "#overview-table")
    def _show_note(self) -> None:
        """The selected warning in full: a long one is cut to fit its row."""
        problems = self.problems
        row = self.query_one("#overview-table", VirtualTable).cursor_row
        text = said(self, problems[row].message) if 0 <= row < len(problems) else ""
        self.query_one("#warning-note", Static).update(text)

    def _show_event(self) -> None:
        lang = self.app.lang
        event = self.plan.event
        zone = self.plan_screen.zone()
        when = event_period(self.plan, zone, lang)
        # With the hours, the zone's abbreviation is already there after them.
        known = event.start_time or event.end_time
        where = zone if known else f"{zone_abbreviation(zone)}, {zone}"
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold")
        grid.add_column()
        rows = [
            ("field.title", event.title),
            ("field.kind", label(event.kind, lang)),
            ("field.when", f"{when} ({where})"),
            ("field.host", event.host or ""),
            ("field.status", label(event.status, lang)),
            ("field.notes", event.notes or ""),
            ("ui.overview_signers", self._signers()),
        ]
        for key, value in rows:
            grid.add_row(t(self, key), Text(literal(value)))
        self.query_one("#event", Static).update(grid)

    def _signers(self) -> str:
        """Who signs the printouts, the plan's choice or else the workspace's, and who
        acknowledges: "Dra. Ratna Wulandari, M.Si. · Mengetahui: Dr. Ir. Bambang ..."."""
        workspace = self.app.workspace.preferences
        signing = self.plan.signing or Signing()
        signer = signing.signed_by or workspace.settings.signed_by
        witness = signing.acknowledged_by or workspace.settings.acknowledged_by
        if not signing.acknowledged or witness == signer:
            witness = None

        def named(ident: str) -> str:
            found = workspace.signatory(ident)
            return found.name if found else ident

        if signer is None:
            return t(self, "ui.no_signature")
        if witness is None:
            return named(signer)
        return t(self, "ui.signed_and_acknowledged", signer=named(signer), witness=named(witness))

    def _show_headcount(self) -> None:
        lang = self.app.lang
        counts = Table(title=t(self, "ui.headcount"), title_justify="left", expand=False)
        for column in ("delegation", "category", "planned", "named", "confirmed"):
            counts.add_column(t(self, f"col.{column}"))
        for delegation in self.plan.delegations:
            first = True
            for category, count in delegation_headcount(self.plan, delegation).items():
                counts.add_row(
                    Text(literal(delegation.name)) if first else "",
                    label(category, lang),
                    str(count.planned),
                    str(count.named),
                    str(count.confirmed),
                )
                first = False
        self.query_one("#headcount", Static).update(counts)

    def action_edit(self) -> None:
        """The event's own fields: title, dates, host..."""
        from gathertui.tui.modals.event_form import EventForm

        plan = self.plan

        def edited(event: Event | None) -> None:
            if event is not None:
                self.request(edit_event(plan, event))

        self.app.push_screen(EventForm(plan, self.app.workspace.preferences), edited)

    def action_signing(self) -> None:
        """Who signs this plan's printouts: the `[signing]` table."""
        from gathertui.tui.modals.signing_form import signing_form

        plan = self.plan

        def edited(signing: Signing | None) -> None:
            # A new table with nothing set is no table: no change to undo.
            if signing is not None and (plan.signing or Signing()) != signing:
                self.request(edit_signing(plan, signing))

        form = signing_form(plan, self.app.workspace.preferences, t(self, "hint.acknowledged"))
        self.app.push_screen(form, edited)

    def action_invitation(self) -> None:
        """The invitation letter's fields: the `[invitation]` table."""
        from gathertui.tui.modals.invitation_form import invitation_form

        plan = self.plan

        def edited(invitation: Invitation | None) -> None:
            # A new table with nothing set is no table: no change to undo.
            if invitation is not None and (plan.invitation or Invitation()) != invitation:
                self.request(edit_invitation(plan, invitation))

        merge, attach = t(self, "hint.letter_merge"), t(self, "hint.attach_rundown")
        self.app.push_screen(invitation_form(plan, merge, attach), edited)

    @on(VirtualTable.Selected, "#overview-table")
    def _go_to_warning(self, event: VirtualTable.Selected) -> None:
        problems = self.problems
        if 0 <= event.row < len(problems):
            self.post_message(self.GoTo(problems[event.row].path))
