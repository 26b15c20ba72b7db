"""A plan: Overview, Roster, Agenda and Venues tabs over one editing session."""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Select, Static, TabbedContent, TabPane

from gathertui.i18n.labels import label
from gathertui.model.enums import Attendance, Category
from gathertui.model.plan import Event, Person, Quotas
from gathertui.planning import plan_problems
from gathertui.planning.editing import (
    Change,
    add_person,
    delete_person,
    edit_event,
    edit_person,
    move_person,
    set_attendance,
    set_quotas,
)
from gathertui.planning.precedence import Precedence
from gathertui.planning.roster import filter_people, roster_summary
from gathertui.problems import Problem
from gathertui.session import PlanSession
from gathertui.storage import ChangedOnDisk, CommentsWouldBeLost, LoadError
from gathertui.storage.reader import Loaded
from gathertui.text import literal
from gathertui.tui.modals.confirm import AskText, Choice
from gathertui.tui.modals.event_form import EventForm
from gathertui.tui.modals.person_form import PersonForm
from gathertui.tui.modals.quotas_form import QuotasForm
from gathertui.tui.panes.agenda import AgendaPane
from gathertui.tui.panes.overview import OverviewPane
from gathertui.tui.panes.venues import VenuesPane
from gathertui.tui.screens.plan_files import PlanFilesMixin
from gathertui.tui.text import said, t, translate_bindings
from gathertui.tui.widgets.table import VirtualTable, table_columns

ATTENDANCE_KEYS = {
    "i": Attendance.INVITED,
    "k": Attendance.CONFIRMED,
    "h": Attendance.ATTENDED,
    "t": Attendance.DECLINED,
    "w": Attendance.REPRESENTED,
}
TABS = ("overview", "roster", "agenda", "venues")
# Columns: catalog key after "col.", share of the free width, minimum width.
ROSTER_COLUMNS = (
    ("no", 0, 5),
    ("rank", 0, 6),
    ("name", 4, 10),
    ("position", 4, 8),
    ("organization", 3, 8),
    ("category", 1, 9),
    ("delegation", 2, 8),
    ("attendance", 1, 11),
)


class PlanScreen(PlanFilesMixin, Screen[None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", id="save"),
        Binding("ctrl+z", "undo", "key.undo", id="undo"),
        Binding("ctrl+y", "redo", "key.redo", id="redo"),
        Binding("a", "add_person", "key.add_person", id="add-person"),
        Binding("e", "edit", "key.edit", id="edit"),
        Binding("delete", "delete_person", "key.delete", id="delete"),
        Binding("space", "cycle_attendance", "key.attendance", id="attendance"),
        Binding("shift+up", "move(-1)", "key.move_up", show=False, id="move-up"),
        Binding("shift+down", "move(1)", "key.move_down", show=False, id="move-down"),
        Binding("q", "quotas", "key.quotas", id="quotas"),
        Binding("slash", "filter", "key.filter", id="filter"),
        Binding("o", "precedence_order", "key.precedence_order", id="precedence-order"),
        Binding("x", "export", "key.export", show=False, id="export"),
        Binding("escape", "back", "key.back", id="back"),
        *(
            Binding(str(n + 1), f"tab('{tab}')", f"key.tab_{tab}", show=False)
            for n, tab in enumerate(TABS)
        ),
        *(
            Binding(key, f"attendance('{value.value}')", f"key.set_{value.value}", show=False)
            for key, value in ATTENDANCE_KEYS.items()
        ),
    ]

    def __init__(self, session: PlanSession) -> None:
        super().__init__()
        self.session = session
        self.shown_people: list[int] = []
        self.problems: list[Problem] = []
        self.stale: set[str] = set()
        # The roster in order of precedence (o) rather than the file's order.
        self.by_precedence = False
        self._precedence: tuple[object, Precedence] | None = None
        self.recovery_timer: Timer | None = None
        translate_bindings(self, self.app.lang)

    # Layout

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(initial="overview", id="tabs"):
            with TabPane(t(self, "ui.tab_overview"), id="overview"):
                yield OverviewPane()
            with TabPane(t(self, "ui.tab_roster"), id="roster"):
                with Horizontal(id="roster-filters"):
                    yield Input(placeholder=t(self, "ui.filter_hint"), id="filter-text")
                    yield Select([], prompt=t(self, "ui.all_delegations"), id="filter-delegation")
                    yield Select(
                        [(label(c, self.app.lang), c.value) for c in Category],
                        prompt=t(self, "ui.all_categories"),
                        id="filter-category",
                    )
                yield VirtualTable(table_columns(self, ROSTER_COLUMNS), id="roster-table")
                yield Static(id="roster-summary", markup=False)
            with TabPane(t(self, "ui.tab_agenda"), id="agenda"):
                yield AgendaPane()
            with TabPane(t(self, "ui.tab_venues"), id="venues"):
                yield VenuesPane()
        yield Footer()

    def on_mount(self) -> None:
        delegations = [(d.name, d.id) for d in self.session.plan.delegations]
        self.query_one("#filter-delegation", Select).set_options(delegations)
        self.refresh_views()

    # Views

    def refresh_views(self) -> None:
        plan = self.session.plan
        marker = " ●" if self.session.dirty else ""
        self.title = literal(plan.event.title) + marker
        self.sub_title = self.session.path.name
        loaded = Loaded(self.session.source, plan)
        workspace = self.app.workspace
        self.problems = plan_problems(
            loaded, workspace.preferences, workspace.neighbours(self.session.path)
        )
        # Only the tab in view is drawn now; the others when they are opened. With 5,000
        # people, redrawing the roster on every agenda keystroke is most of its cost.
        self.stale = set(TABS)
        self.freshen(self.query_one("#tabs", TabbedContent).active or "overview")

    def freshen(self, tab: str) -> None:
        """Draws `tab` if a change since it was last drawn left it out of date."""
        if tab not in self.stale:
            return
        self.stale.discard(tab)
        if tab == "overview":
            self.query_one(OverviewPane).show()
        elif tab == "roster":
            self._show_roster()
        elif tab == "agenda":
            self.query_one(AgendaPane).show()
        elif tab == "venues":
            self.query_one(VenuesPane).show()

    def zone(self) -> str:
        settings = self.app.workspace.preferences
        return self.session.plan.event.zone(settings.settings.timezone)

    def precedence(self) -> Precedence:
        """The workspace's ranking rules, kept while its settings stay the same object, so
        each position of a large roster is matched once."""
        settings = self.app.workspace.preferences
        if self._precedence is None or self._precedence[0] is not settings:
            self._precedence = (settings, Precedence(settings))
        return self._precedence[1]

    def _show_roster(self) -> None:
        lang = self.app.lang
        plan = self.session.plan
        text = self.query_one("#filter-text", Input).value
        delegation = self.query_one("#filter-delegation", Select).value
        category = self.query_one("#filter-category", Select).value
        self.shown_people = filter_people(
            plan,
            text,
            delegation if isinstance(delegation, str) else None,
            Category(category) if isinstance(category, str) else None,
        )
        precedence = self.precedence()
        if self.by_precedence:
            self.shown_people = precedence.order(plan, self.shown_people)
        names = {d.id: d.name for d in plan.delegations}
        rows = []
        for index in self.shown_people:
            person = plan.people[index]
            rank = precedence.rank(person)
            rows.append(
                (
                    str(index + 1),
                    rank.text() if rank else "",
                    person.name,
                    person.position or "",
                    person.organization or "",
                    label(person.category, lang),
                    names.get(person.delegation or "", ""),
                    label(person.attendance, lang),
                )
            )
        table = self.query_one("#roster-table", VirtualTable)
        table.empty_text = t(self, "ui.no_people")
        table.set_rows(rows)
        summary = roster_summary(plan, lang, delegation if isinstance(delegation, str) else None)
        line = f"{t(self, 'ui.shown', shown=len(rows), total=len(plan.people))} · {summary}"
        if self.by_precedence:
            line = f"{t(self, 'ui.by_precedence', law=precedence.law)} · {line}"
        self.query_one("#roster-summary", Static).update(line)

    # Editing

    ROSTER_ACTIONS = frozenset(
        {
            "delete_person",
            "move",
            "attendance",
            "cycle_attendance",
            "quotas",
            "filter",
            "precedence_order",
        }
    )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that act on the roster work on the roster tab only, so a key pressed
        elsewhere never changes someone out of sight (the palette opens the tab first).
        Moving a person changes the file's order, so it waits for the file's order."""
        if action == "move" and self.by_precedence:
            return False
        if action in self.ROSTER_ACTIONS:
            return self.query_one("#tabs", TabbedContent).active == "roster"
        return True

    @on(TabbedContent.TabActivated)
    def _tab_changed(self, event: TabbedContent.TabActivated) -> None:
        self._enter_tab(event.pane.id or "")
        self.refresh_bindings()

    def _enter_tab(self, tab: str) -> None:
        """Keys work at once: the tab's table has the focus and, in the rundown, the first
        item (not the day's heading) is selected."""
        self.freshen(tab)
        table = self.query_one(f"#{tab}-table", VirtualTable)
        table.focus()
        if tab == "agenda" and table.cursor_row == 0 and len(table.rows) > 1:
            table.move_to(1)

    def _selected_person(self) -> int | None:
        table = self.query_one("#roster-table", VirtualTable)
        if not self.shown_people:
            return None
        return self.shown_people[min(table.cursor_row, len(self.shown_people) - 1)]

    def apply(self, change: Change | None) -> None:
        if change is None:
            return
        self.session.apply(change)
        self._after_change(change)

    def _after_change(self, change: Change) -> None:
        self.refresh_views()
        if change.focus:
            kind, index = change.focus
            if kind == "people" and index in self.shown_people:
                self.query_one("#roster-table", VirtualTable).move_to(
                    self.shown_people.index(index)
                )
            elif kind == "agenda":
                # By id: after an undo the index points into the list as it was changed.
                entity = change.focused_entity()
                if entity is not None:
                    self.query_one(AgendaPane).focus_item(entity.id)
            elif kind == "venues":
                self.query_one(VenuesPane).focus_venue(index)
        self._schedule_recovery()

    def _schedule_recovery(self) -> None:
        # Computing the text walks the plan, so it happens here on the UI thread; only the
        # write goes to a thread. A burst of changes writes once.
        if self.recovery_timer is not None:
            self.recovery_timer.stop()
        self.recovery_timer = self.set_timer(0.5, self._write_recovery)

    def _write_recovery(self) -> None:
        self.session.keep_recovery_copy()

    def _roster_tab(self) -> None:
        self.query_one("#tabs", TabbedContent).active = "roster"
        self.freshen("roster")
        self.query_one("#roster-table", VirtualTable).focus()

    def action_tab(self, tab: str) -> None:
        self.query_one("#tabs", TabbedContent).active = tab
        # Now, not when the tab's message arrives: a palette command acts right after.
        self._enter_tab(tab)

    def action_pane(self, tab: str, action: str) -> None:
        """A command of one tab, from the palette: the tab opens first."""
        self.action_tab(tab)
        target = self if tab == "roster" else self.query_one(f"#{tab}-pane")
        getattr(target, f"action_{action}")()

    def action_add_person(self) -> None:
        self._roster_tab()
        delegation = self.query_one("#filter-delegation", Select).value
        if not isinstance(delegation, str):
            delegations = self.session.plan.delegations
            delegation = delegations[0].id if delegations else None
        selected = self._selected_person()
        at = None if selected is None else selected + 1

        def added(person: Person | None) -> None:
            if person is not None:
                fields = person.model_dump(exclude={"id", "name"}, exclude_defaults=True)
                self.apply(add_person(self.session.plan, person.name, at=at, **fields))

        self.app.push_screen(PersonForm(self.session.plan, None, delegation), added)

    def action_edit(self) -> None:
        if self.query_one("#tabs", TabbedContent).active == "overview":

            def edited_event(event: Event | None) -> None:
                if event is not None:
                    self.apply(edit_event(self.session.plan, event))

            self.app.push_screen(EventForm(self.session.plan), edited_event)
            return
        index = self._selected_person()
        if index is None:
            return

        def edited(person: Person | None) -> None:
            if person is not None:
                self.apply(edit_person(self.session.plan, index, person))

        self.app.push_screen(
            PersonForm(self.session.plan, self.session.plan.people[index], None), edited
        )

    def action_edit_event(self) -> None:
        self.action_tab("overview")
        self.action_edit()

    def action_delete_person(self) -> None:
        index = self._selected_person()
        if index is None:
            return
        name = self.session.plan.people[index].name

        def answered(answer: str | None) -> None:
            if answer == "yes":
                self.apply(delete_person(self.session.plan, index))

        question = t(self, "ui.confirm_delete", name=name)
        self.app.push_screen(
            Choice.delete(question, t(self, "ui.delete"), t(self, "ui.cancel")), answered
        )

    def action_move(self, offset: int) -> None:
        index = self._selected_person()
        if index is None:
            return
        # Move past the neighbour the person sees, even when the filter hides others.
        position = self.shown_people.index(index) + offset
        if 0 <= position < len(self.shown_people):
            target = self.shown_people[position]
            self.apply(move_person(self.session.plan, index, target - index))

    def action_attendance(self, value: str) -> None:
        index = self._selected_person()
        if index is not None:
            self.apply(set_attendance(self.session.plan, index, Attendance(value)))

    def action_cycle_attendance(self) -> None:
        index = self._selected_person()
        if index is None:
            return
        order = list(Attendance)
        current = self.session.plan.people[index].attendance
        self.apply(
            set_attendance(self.session.plan, index, order[(order.index(current) + 1) % len(order)])
        )

    def action_quotas(self) -> None:
        plan = self.session.plan
        chosen = self.query_one("#filter-delegation", Select).value
        index = next((n for n, d in enumerate(plan.delegations) if d.id == chosen), 0)
        if not plan.delegations:
            return

        def edited(quotas: Quotas | None) -> None:
            if quotas is not None:
                self.apply(set_quotas(plan, index, quotas))

        self.app.push_screen(QuotasForm(plan.delegations[index]), edited)

    def action_precedence_order(self) -> None:
        self._roster_tab()
        selected = self._selected_person()
        self.by_precedence = not self.by_precedence
        self._show_roster()
        self.refresh_bindings()
        table = self.query_one("#roster-table", VirtualTable)
        table.move_to(self.shown_people.index(selected) if selected in self.shown_people else 0)

    def go_to(self, path: tuple[str | int, ...]) -> None:
        """Shows the row a warning is about: the person, item or venue at `path`."""
        if len(path) < 2 or not isinstance(path[1], int):
            if path[:1] == ("event",):
                self.action_edit_event()
            return
        kind, index = path[0], path[1]
        plan = self.session.plan
        if kind == "people" and index < len(plan.people):
            self._roster_tab()
            if index not in self.shown_people:
                self._clear_filters()
            self.query_one("#roster-table", VirtualTable).move_to(self.shown_people.index(index))
        elif kind == "delegations" and index < len(plan.delegations):
            self._roster_tab()
            self._clear_filters()
            self.query_one("#filter-delegation", Select).value = plan.delegations[index].id
            self.action_quotas()
        elif kind == "agenda" and index < len(plan.agenda):
            self.action_tab("agenda")
            self.query_one(AgendaPane).focus_item(plan.agenda[index].id)
        elif kind == "venues" and index < len(plan.venues):
            self.action_tab("venues")
            self.query_one(VenuesPane).focus_venue(index)

    def _clear_filters(self) -> None:
        # Quietly: a filter's change message would move the cursor back to the top.
        with self.prevent(Input.Changed, Select.Changed):
            self.query_one("#filter-text", Input).value = ""
            self.query_one("#filter-delegation", Select).clear()
            self.query_one("#filter-category", Select).clear()
        self._show_roster()

    def action_filter(self) -> None:
        self._roster_tab()
        self.query_one("#filter-text", Input).focus()

    def action_undo(self) -> None:
        change = self.session.undo()
        if change:
            self.notify(markup=False, message=t(self, "ui.undone", what=said(self, change.label)))
            self._after_change(change)

    def action_redo(self) -> None:
        change = self.session.redo()
        if change:
            self.notify(markup=False, message=t(self, "ui.redone", what=said(self, change.label)))
            self._after_change(change)

    def action_back(self) -> None:
        focused = self.focused
        if isinstance(focused, Input | Select):
            self.query_one("#roster-table", VirtualTable).focus()
            return
        self.app.pop_screen()

    @on(Input.Changed, "#filter-text")
    @on(Select.Changed, "#filter-delegation, #filter-category")
    def _filter_changed(self) -> None:
        self._show_roster()
        self.query_one("#roster-table", VirtualTable).move_to(0)

    @on(Input.Submitted, "#filter-text")
    def _filter_done(self) -> None:
        self.query_one("#roster-table", VirtualTable).focus()

    @on(VirtualTable.Selected, "#roster-table")
    def _open_person(self) -> None:
        self.action_edit()

    # Saving

    def action_save(self, overwrite: bool = False, drop_comments: bool = False) -> None:
        try:
            self.session.save(overwrite=overwrite, drop_comments=drop_comments)
        except CommentsWouldBeLost as error:
            question = t(self, "ui.comments_lost", lines=", ".join(map(str, error.lines)))

            def answered(answer: str | None) -> None:
                if answer == "yes":
                    self.action_save(overwrite, drop_comments=True)

            self.app.push_screen(
                Choice(
                    question,
                    [("yes", t(self, "ui.save_anyway")), ("cancel", t(self, "ui.cancel"))],
                    "cancel",
                ),
                answered,
            )
            return
        except ChangedOnDisk:
            self._changed_on_disk(drop_comments)
            return
        except OSError as error:
            self.notify(
                markup=False,
                message=t(self, "ui.save_failed", reason=error.strerror or str(error)),
                severity="error",
                timeout=10,
            )
            return
        self.notify(markup=False, message=t(self, "ui.saved", path=str(self.session.path)))
        self.refresh_views()
        self.app.refresh_workspace()

    def _changed_on_disk(self, drop_comments: bool) -> None:
        question = t(self, "ui.changed_on_disk", path=str(self.session.path))

        def answered(answer: str | None) -> None:
            if answer == "reload":
                try:
                    self.session.reload()
                except LoadError as error:
                    self.notify(
                        markup=False,
                        message=said(self, error.problems[0].message),
                        severity="error",
                    )
                    return
                self.refresh_views()
            elif answer == "overwrite":
                self.action_save(overwrite=True, drop_comments=drop_comments)
            elif answer == "save-as":
                self._save_as()

        answers = [
            ("reload", t(self, "ui.reload")),
            ("overwrite", t(self, "ui.overwrite")),
            ("save-as", t(self, "ui.save_as")),
            ("cancel", t(self, "ui.cancel")),
        ]
        self.app.push_screen(Choice(question, answers, "cancel"), answered)

    @work
    async def _save_as(self) -> None:
        suggestion = self.session.path.with_name(self.session.path.stem + "-salinan.toml")
        name = await self.app.push_screen_wait(
            AskText(t(self, "ui.save_as_question"), str(suggestion))
        )
        if not name:
            return
        target = Path(name)
        if not target.is_absolute():
            # A bare name means beside the plan, not wherever the app was started.
            target = self.session.path.parent / target
        old_path = self.session.path
        try:
            self.session.save_as(target)
        except FileExistsError:
            self.notify(markup=False, message=t(self, "ui.exists", path=name), severity="error")
            return
        except OSError as error:
            self.notify(
                markup=False,
                message=t(self, "ui.save_failed", reason=error.strerror or str(error)),
                severity="error",
            )
            return
        # The session now edits the new file; the original opens afresh from its own file.
        sessions = self.app.sessions
        sessions.pop(old_path, None)
        sessions[target] = self.session
        self.notify(markup=False, message=t(self, "ui.saved", path=str(target)))
        self.refresh_views()
        self.app.refresh_workspace(reread=True)
