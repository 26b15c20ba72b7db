"""A plan: Overview, Roster, Agenda, Venues and Delegations tabs over one editing session,
and Coverage once the event is done.

The screen holds the session: it applies the changes its panes ask for, keeps undo and
redo, saves, and routes the palette's commands and the overview's warnings to a tab.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, Input, Select, TabbedContent, TabPane

from gathertui.i18n import Message
from gathertui.model.defaults import effective_zone
from gathertui.model.enums import Status
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.editing import Change, replace_plan
from gathertui.planning.precedence import Precedence, rules_for
from gathertui.problems import Problem
from gathertui.session import PlanSession
from gathertui.text import literal
from gathertui.tui.panes.agenda import AgendaPane
from gathertui.tui.panes.base import PlanPane
from gathertui.tui.panes.coverage import CoveragePane
from gathertui.tui.panes.delegations import DelegationsPane
from gathertui.tui.panes.overview import OverviewPane
from gathertui.tui.panes.roster import RosterPane
from gathertui.tui.panes.venues import VenuesPane
from gathertui.tui.saving import SavingMixin
from gathertui.tui.screens.plan_files import PlanFilesMixin
from gathertui.tui.text import said, t, translate_bindings
from gathertui.tui.widgets.footer import KeyFooter
from gathertui.tui.widgets.table import VirtualTable

TABS = ("overview", "roster", "agenda", "venues", "delegations", "coverage")


class PlanScreen(SavingMixin, PlanFilesMixin, Screen[None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", id="save"),
        Binding("ctrl+z", "undo", "key.undo", id="undo"),
        Binding("ctrl+y", "redo", "key.redo", show=False, id="redo"),
        Binding("x", "export", "key.export", show=False, id="export"),
        Binding("w", "copy_whatsapp", "key.copy_whatsapp", show=False, id="copy-whatsapp"),
        # l as in `gathertui log`; h is the roster's "attended".
        Binding("l", "history", "key.history", show=False, id="history"),
        Binding("escape", "back", "key.back", id="back"),
        *(
            Binding(str(n + 1), f"tab('{tab}')", f"key.tab_{tab}", show=False)
            for n, tab in enumerate(TABS)
        ),
    ]

    def __init__(self, session: PlanSession) -> None:
        super().__init__()
        self.session = session
        self.problems: list[Problem] = []
        self.stale: set[str] = set()
        translate_bindings(self, self.app.lang)

    # Layout

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(initial="overview", id="tabs"):
            with TabPane(t(self, "ui.tab_overview"), id="overview"):
                yield OverviewPane()
            with TabPane(t(self, "ui.tab_roster"), id="roster"):
                yield RosterPane()
            with TabPane(t(self, "ui.tab_agenda"), id="agenda"):
                yield AgendaPane()
            with TabPane(t(self, "ui.tab_venues"), id="venues"):
                yield VenuesPane()
            with TabPane(t(self, "ui.tab_delegations"), id="delegations"):
                yield DelegationsPane()
            # Shown once the event is done (`_coverage_tab`): what the media reported.
            with TabPane(t(self, "ui.tab_coverage"), id="coverage"):
                yield CoveragePane()
        yield KeyFooter()

    def on_mount(self) -> None:
        self.refresh_views()

    # Views

    @property
    def composed(self) -> bool:
        """Whether the panes are there: a key can reach the screen before it is composed
        (ctrl+z typed as it opens) or after it began to close. There is nothing to draw
        then, and on_mount draws the plan as it is by then. Closing, the screen leaves
        the stack at once but its widgets go one by one, the tabs after their tables."""
        # The panes too: as the screen closes, they may be gone before the tabs are.
        return (
            bool(self.query_children("#tabs"))
            and self in self.app.screen_stack
            and bool(self.query("#overview-pane"))
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # A key typed as the plan opens (Enter then 1, /, ctrl+z) waits for the panes.
        return self.composed

    def refresh_views(self) -> None:
        if not self.composed:
            return
        plan = self.session.plan
        marker = " ●" if self.session.dirty else ""
        # In front: a long title is cut at its end on a small screen.
        read_only = f"({t(self, 'ui.read_only_mark')}) " if self.session.read_only else ""
        self.title = read_only + literal(plan.event.title) + marker
        self.show_sync_phrase()
        # Not yet placed in a line: only the overview shows lines, and finding them in
        # an edited plan means writing its text out.
        self.problems = self.app.workspace.problems(self.session.path)
        self._coverage_tab()
        # Only the tab in view is drawn now; the others when they are opened. With 5,000
        # people, redrawing the roster on every agenda keystroke is most of its cost.
        self.stale = set(TABS)
        self.freshen(self.query_one("#tabs", TabbedContent).active or "overview")

    def coverage_shown(self) -> bool:
        """Coverage is recorded after the event: its tab is there once the status is done."""
        return self.session.plan.event.status is Status.DONE

    def _coverage_tab(self) -> None:
        tabs = self.query_one("#tabs", TabbedContent)
        if self.coverage_shown():
            tabs.show_tab("coverage")
            return
        if tabs.active == "coverage":
            tabs.active = "overview"
        tabs.hide_tab("coverage")

    def show_sync_phrase(self) -> None:
        self.sub_title = self.app.with_sync_phrase(self.session.path.name)

    def freshen(self, tab: str) -> None:
        """Draws `tab` if a change since it was last drawn left it out of date."""
        if tab not in self.stale:
            return
        self.stale.discard(tab)
        self.pane(tab).show()

    def pane(self, tab: str) -> PlanPane:
        return self.query_one(f"#{tab}-pane", PlanPane)

    @property
    def roster(self) -> RosterPane:
        return self.query_one(RosterPane)

    def zone(self) -> str:
        settings = self.app.workspace.preferences
        return effective_zone(self.session.plan, settings)

    def precedence(self) -> Precedence:
        """The workspace's ranking rules, shared with the checks and kept while its
        settings stay the same, so each position of a large roster is matched once."""
        return rules_for(self.app.workspace.preferences)

    # Changes and where they show

    @on(TabbedContent.TabActivated)
    def _tab_changed(self, event: TabbedContent.TabActivated) -> None:
        tab = event.pane.id or ""
        # Two tabs chosen in a row (2 then 3) send two messages. Entering the first when
        # the second is already chosen focuses its table, which makes it the active tab
        # again: the two took turns for ever, redrawing the footer each time.
        if tab != self.query_one("#tabs", TabbedContent).active:
            return
        self._enter_tab(tab)
        self.refresh_bindings()

    def _enter_tab(self, tab: str) -> None:
        """Keys work at once: the tab's table has the focus and, in the rundown, the first
        item (not the day's heading) is selected."""
        self.freshen(tab)
        table = self.query_one(f"#{tab}-table", VirtualTable)
        table.focus()
        if tab == "agenda" and table.cursor_row == 0 and len(table.rows) > 1:
            table.move_to(1)

    @on(PlanPane.ChangeRequested)
    def _change_requested(self, message: PlanPane.ChangeRequested) -> None:
        self.apply(message.change)

    def refused_read_only(self) -> bool:
        """Whether the plan was opened to look only (it is open in another window): a
        change is then refused, and said."""
        if self.session.read_only:
            self.notify(markup=False, message=t(self, "ui.read_only_refused"), severity="warning")
        return self.session.read_only

    def apply(self, change: Change | None) -> None:
        if change is None or self.refused_read_only():
            return
        self.session.apply(change)
        self._after_change(change)

    def _after_change(self, change: Change) -> None:
        self.refresh_views()
        if change.focus and self.composed:
            kind, index = change.focus
            if kind == "people":
                self.roster.focus_person(index)
            elif kind == "agenda":
                # By id: after an undo the index points into the list as it was changed.
                entity = change.focused_entity()
                if entity is not None:
                    self.query_one(AgendaPane).focus_item(entity.id)
            elif kind == "venues":
                self.query_one(VenuesPane).focus_venue(index)
            elif kind == "delegations":
                self.query_one(DelegationsPane).focus_delegation(index)
            elif kind == "coverage" and self.coverage_shown():
                self.query_one(CoveragePane).focus_entry(index)

    # Routing: the palette's commands and the overview's warnings, to their tab

    def action_tab(self, tab: str) -> None:
        if tab == "coverage" and not self.coverage_shown():
            return
        self.query_one("#tabs", TabbedContent).active = tab
        # Now, not when the tab's message arrives: a palette command acts right after.
        self._enter_tab(tab)

    def action_pane(self, tab: str, action: str) -> None:
        """A command of one tab, from the palette: the tab opens first."""
        self.action_tab(tab)
        getattr(self.pane(tab), f"action_{action}")()

    def action_add_person(self) -> None:
        self.action_pane("roster", "add")

    def action_edit_event(self) -> None:
        self.action_pane("overview", "edit")

    def action_edit_signing(self) -> None:
        self.action_pane("overview", "signing")

    def action_edit_invitation(self) -> None:
        self.action_pane("overview", "invitation")

    @on(OverviewPane.GoTo)
    def _go_to_warning(self, message: OverviewPane.GoTo) -> None:
        self.go_to(message.path)

    def go_to(self, path: tuple[str | int, ...]) -> None:
        """Shows the row a warning is about: the person, item, venue or delegation at `path`,
        and a delegation's quotas when the warning is about them."""
        if len(path) < 2 or not isinstance(path[1], int):
            if path[:1] == ("event",):
                self.action_edit_event()
            return
        kind, index = path[0], path[1]
        plan = self.session.plan
        if kind == "conflicts":
            self.action_conflicts(index)
        elif kind == "people" and index < len(plan.people):
            self.action_tab("roster")
            self.roster.show_person(index)
        elif kind == "delegations" and index < len(plan.delegations):
            self.action_tab("delegations")
            delegations = self.query_one(DelegationsPane)
            delegations.focus_delegation(index)
            if path[2:3] == ("quotas",):
                delegations.action_quotas()
        elif kind == "agenda" and index < len(plan.agenda):
            self.action_tab("agenda")
            self.query_one(AgendaPane).focus_item(plan.agenda[index].id)
        elif kind == "venues" and index < len(plan.venues):
            self.action_tab("venues")
            self.query_one(VenuesPane).focus_venue(index)
        elif kind == "coverage" and index < len(plan.coverage) and self.coverage_shown():
            self.action_tab("coverage")
            self.query_one(CoveragePane).focus_entry(index)

    # A merge's conflicts (ConflictScreen's host)

    def offer_conflicts(self) -> None:
        """Opens the conflict screen if a merge left conflicts in the plan."""
        if self.session.plan.conflicts and self.app.screen is self:
            self.action_conflicts()

    def action_conflicts(self, row: int = 0) -> None:
        from gathertui.tui.screens.conflicts import ConflictScreen

        if not self.session.plan.conflicts:
            self.notify(markup=False, message=t(self, "ui.conflicts_none"))
            return
        self.app.push_screen(ConflictScreen(self, self.session.path.name, row))

    def conflict_model(self) -> Plan:
        return self.session.plan

    def settle(self, model: Plan | WorkspaceSettings, label: Message) -> None:
        assert isinstance(model, Plan)
        self.apply(replace_plan(self.session.plan, model, label))

    def action_undo(self) -> None:
        if self.refused_read_only():
            return
        change = self.session.undo()
        if change:
            self.notify(markup=False, message=t(self, "ui.undone", what=said(self, change.label)))
            self._after_change(change)

    def action_redo(self) -> None:
        if self.refused_read_only():
            return
        change = self.session.redo()
        if change:
            self.notify(markup=False, message=t(self, "ui.redone", what=said(self, change.label)))
            self._after_change(change)

    def action_history(self) -> None:
        from gathertui.tui.screens.history import HistoryScreen

        self.app.push_screen(HistoryScreen(self.session, self.apply))

    def action_back(self) -> None:
        # Out of the roster's filter first, then out of the plan.
        if isinstance(self.focused, Input | Select):
            self.roster.table.focus()
            return
        self.app.pop_screen()
