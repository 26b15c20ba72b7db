"""The Roster tab: the plan's people, filtered, in the file's order or by precedence.

Its keys live on the pane, as the rundown's do on the agenda: they act only while the
roster has the focus, so a key pressed on another tab never changes someone out of sight.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Static

from gathertui.i18n.labels import label
from gathertui.model.enums import Attendance, Category
from gathertui.model.plan import Person, Plan, Quotas
from gathertui.planning.editing import (
    add_person,
    delete_person,
    edit_person,
    move_person,
    set_attendance,
    set_quotas,
)
from gathertui.planning.precedence import Precedence
from gathertui.planning.roster import filter_people, roster_summary, searched_text
from gathertui.text import one_line
from gathertui.tui.modals.person_form import PersonForm
from gathertui.tui.modals.quotas_form import QuotasForm
from gathertui.tui.panes.base import PlanPane
from gathertui.tui.text import t
from gathertui.tui.widgets.lists import Select
from gathertui.tui.widgets.table import VirtualTable, table_columns

ATTENDANCE_KEYS = {
    "i": Attendance.INVITED,
    "k": Attendance.CONFIRMED,
    "h": Attendance.ATTENDED,
    "t": Attendance.DECLINED,
    "w": Attendance.REPRESENTED,
}
# Columns: catalog key after "col.", share of the free width, minimum width.
ROSTER_COLUMNS = (
    ("no", 0, 5),
    # Wide enough for an acting holder's "10 (Plt.)".
    ("rank", 0, 9),
    ("name", 5, 10),
    ("position", 4, 8),
    ("organization", 3, 8),
    ("category", 1, 9),
    ("delegation", 2, 8),
    ("attendance", 1, 11),
)


class RosterPane(PlanPane):
    HELP_HEADING = "ui.tab_roster"
    BINDINGS = [
        Binding("a", "add", "key.add_person", id="add-person"),
        Binding("e", "edit", "key.edit", id="edit"),
        Binding("delete", "delete", "key.delete", id="delete"),
        Binding("space", "cycle_attendance", "key.attendance", id="attendance"),
        Binding("shift+up", "move(-1)", "key.move_up", show=False, id="move-up"),
        Binding("shift+down", "move(1)", "key.move_down", show=False, id="move-down"),
        Binding("q", "quotas", "key.quotas", show=False, id="quotas"),
        Binding("slash", "filter", "key.filter", show=False, id="filter"),
        Binding("o", "precedence_order", "key.precedence_order", show=False, id="precedence-order"),
        *(
            Binding(key, f"attendance('{value.value}')", f"key.set_{value.value}", show=False)
            for key, value in ATTENDANCE_KEYS.items()
        ),
    ]

    def __init__(self) -> None:
        super().__init__("roster-pane")
        # The plan's index of each row shown, top to bottom.
        self.shown_people: list[int] = []
        # The roster in order of precedence (o) rather than the file's order.
        self.by_precedence = False
        # The delegations the filter lists, as (name, id): redone when the plan's change.
        self.delegation_choices: list[tuple[str, str]] | None = None
        # Each person's index and row by id(person), and what they were made with
        # (person_row).
        self._cells: dict[int, tuple[Person, int, tuple[str, ...]]] = {}
        self._cells_made_with: tuple[object, ...] | None = None
        self._searched: dict[int, tuple[Person, str]] = {}
        self._principals: tuple[Precedence, tuple[Person, ...], dict[int, int]] | None = None

    def compose(self) -> ComposeResult:
        lang = self.app.lang
        with Horizontal(id="roster-filters"):
            yield Input(placeholder=t(self, "ui.filter_hint"), id="filter-text")
            yield Select([], prompt=t(self, "ui.all_delegations"), id="filter-delegation")
            yield Select(
                [(label(c, lang), c.value) for c in Category],
                prompt=t(self, "ui.all_categories"),
                id="filter-category",
            )
        yield VirtualTable(table_columns(self, ROSTER_COLUMNS), id="roster-table")
        yield Static(id="roster-record", markup=False)
        yield Static(id="roster-summary", markup=False)

    def on_mount(self) -> None:
        self.list_delegations()

    def list_delegations(self) -> None:
        """The filter's delegations as the plan has them now (the Delegations tab adds,
        renames and deletes them); the chosen one stays chosen while it exists."""
        choices = [(d.name, d.id) for d in self.plan.delegations]
        if choices == self.delegation_choices:
            return
        self.delegation_choices = choices
        select = self.query_one("#filter-delegation", Select)
        chosen = select.value
        with self.prevent(Select.Changed):
            select.set_options(choices)
            if any(ident == chosen for _, ident in choices):
                select.value = chosen

    # The view

    def show(self) -> None:
        lang = self.app.lang
        plan = self.plan
        # What edits replaced goes now and then, so the kept rows do not grow for ever.
        if len(self._cells) + len(self._searched) > 4 * len(plan.people) + 100:
            self._cells, self._searched = {}, {}
        self.list_delegations()
        text = self.query_one("#filter-text", Input).value
        delegation = self.chosen_delegation()
        category = self.query_one("#filter-category", Select).value
        self.shown_people = filter_people(
            plan,
            text,
            delegation,
            Category(category) if isinstance(category, str) else None,
            self.searched_text,
        )
        precedence = self.plan_screen.precedence()
        if self.by_precedence:
            self.shown_people = precedence.order(plan, self.shown_people)
        people = plan.people
        row = self.person_row(plan, precedence)
        rows = [row(index, people[index]) for index in self.shown_people]
        table = self.table
        table.empty_text = t(self, "ui.no_people")
        table.set_rows(rows)
        summary = roster_summary(plan, lang, delegation)
        line = f"{t(self, 'ui.shown', shown=len(rows), total=len(plan.people))} · {summary}"
        if self.by_precedence:
            line = f"{t(self, 'ui.by_precedence', law=precedence.law)} · {line}"
        self.query_one("#roster-summary", Static).update(line)
        self.show_record()

    def person_row(
        self, plan: Plan, precedence: Precedence
    ) -> Callable[[int, Person], tuple[str, ...]]:
        """The row of the person at an index. A person is never changed in place, only
        replaced, so each person's row is made once and kept while the person stays at
        that index and the things it is read with (the language, the ranking rules, the
        delegations' names) stay the same: a keystroke on a roster of thousands remakes
        the rows it changed only."""
        lang = self.app.lang
        names = {d.id: d.name for d in plan.delegations}
        made_with = (lang, precedence, names)
        if self._cells_made_with != made_with:
            self._cells_made_with = made_with
            self._cells = {}
        kept = self._cells

        def row(index: int, person: Person) -> tuple[str, ...]:
            # By id(), with the person kept beside its row, so an id is never reused.
            found = kept.get(id(person))
            if found is not None and found[0] is person and found[1] == index:
                return found[2]
            rank = precedence.rank(person)
            made = (
                str(index + 1),
                rank.shown() if rank else "",
                person.name,
                person.position or "",
                person.organization or "",
                label(person.category, lang),
                names.get(person.delegation or "", ""),
                label(person.attendance, lang),
            )
            kept[id(person)] = (person, index, made)
            return made

        return row

    def searched_text(self, person: Person) -> str:
        """The person's text the filter searches, made once per person (see person_cells)."""
        found = self._searched.get(id(person))
        if found is not None and found[0] is person:
            return found[1]
        text = searched_text(person)
        self._searched[id(person)] = (person, text)
        return text

    @on(VirtualTable.Highlighted, "#roster-table")
    def show_record(self) -> None:
        """The selected person in full, for the columns a narrow screen cuts short."""
        index = self.selected()
        record = ""
        if index is not None:
            person = self.plan.people[index]
            names = {d.id: d.name for d in self.plan.delegations}
            parts = (
                person.position,
                person.organization,
                names.get(person.delegation or ""),
                person.phone,
                person.email,
            )
            # Spelled out, as the table draws it: an escape in a name is never live.
            record = one_line(" · ".join([person.name, *(part for part in parts if part)]))
            precedence = self.plan_screen.precedence()
            if person.category is Category.OFFICIAL and precedence.rank(person) is None:
                # An official the law's list does not know: say so, so the rank is set.
                record = f"{record} · {t(self, 'ui.rank_unknown')}"
            # Who stands in for whom is found over the whole roster: only when it counts.
            principal = self.principals(precedence).get(index)
            if principal is not None:
                # Why a representative stands where their own rank would not put them.
                name = self.plan.people[principal].name
                record = f"{record} · {t(self, 'ui.in_place_of', name=name)}"
        self.query_one("#roster-record", Static).update(record)

    def principals(self, precedence: Precedence) -> dict[int, int]:
        """Whom each representative stands for, when the rules rank by principal; found
        over the whole roster, so kept while the roster and the rules stay the same (the
        cursor moving on a roster of thousands asks for it on every row)."""
        if not precedence.by_principal:
            return {}
        people = tuple(self.plan.people)
        kept = self._principals
        # The same people, mostly the very same objects: a comparison in C.
        if kept is None or kept[0] is not precedence or kept[1] != people:
            kept = self._principals = (precedence, people, precedence.principals(self.plan))
        return kept[2]

    @property
    def table(self) -> VirtualTable:
        return self.query_one("#roster-table", VirtualTable)

    def chosen_delegation(self) -> str | None:
        """The delegation the filter shows, if one is chosen."""
        chosen = self.query_one("#filter-delegation", Select).value
        return chosen if isinstance(chosen, str) else None

    def selected(self) -> int | None:
        """The plan's index of the person on the selected row."""
        if not self.shown_people:
            return None
        return self.shown_people[min(self.table.cursor_row, len(self.shown_people) - 1)]

    def focus_person(self, index: int) -> None:
        """Selects the row of the person at `index`, if the filter shows them."""
        if index in self.shown_people:
            self.table.move_to(self.shown_people.index(index))

    def show_person(self, index: int) -> None:
        """Selects the person at `index`, clearing the filter if it hides them."""
        if index not in self.shown_people:
            self.clear_filters()
        self.focus_person(index)

    def clear_filters(self) -> None:
        # Quietly: a filter's change message would move the cursor back to the top.
        with self.prevent(Input.Changed, Select.Changed):
            self.query_one("#filter-text", Input).value = ""
            self.query_one("#filter-delegation", Select).clear()
            self.query_one("#filter-category", Select).clear()
        self.show()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Moving a person changes the file's order, so it waits for the file's order.
        return not (action == "move" and self.by_precedence)

    # Changes

    def action_add(self) -> None:
        plan = self.plan
        delegation = self.chosen_delegation()
        if delegation is None:
            delegation = plan.delegations[0].id if plan.delegations else None
        selected = self.selected()
        at = None if selected is None else selected + 1

        def added(person: Person | None) -> None:
            if person is not None:
                fields = person.model_dump(exclude={"id", "name"}, exclude_defaults=True)
                self.request(add_person(plan, person.name, at=at, **fields))

        self.app.push_screen(PersonForm(plan, None, delegation), added)

    def action_edit(self) -> None:
        index = self.selected()
        if index is None:
            return
        plan = self.plan

        def edited(person: Person | None) -> None:
            if person is not None:
                self.request(edit_person(plan, index, person))

        self.app.push_screen(PersonForm(plan, plan.people[index], None), edited)

    def action_delete(self) -> None:
        index = self.selected()
        if index is None:
            return
        plan = self.plan
        question = t(self, "ui.confirm_delete", name=plan.people[index].name)
        self.delete_after_asking(question, lambda: delete_person(plan, index))

    def action_move(self, offset: int) -> None:
        index = self.selected()
        if index is None:
            return
        # Move past the neighbour the person sees, even when the filter hides others.
        position = self.shown_people.index(index) + offset
        if 0 <= position < len(self.shown_people):
            target = self.shown_people[position]
            self.request(move_person(self.plan, index, target - index))

    def action_attendance(self, value: str) -> None:
        index = self.selected()
        if index is not None:
            self.request(set_attendance(self.plan, index, Attendance(value)))

    def action_cycle_attendance(self) -> None:
        index = self.selected()
        if index is None:
            return
        order = list(Attendance)
        current = self.plan.people[index].attendance
        self.request(
            set_attendance(self.plan, index, order[(order.index(current) + 1) % len(order)])
        )

    def action_quotas(self) -> None:
        plan = self.plan
        chosen = self.chosen_delegation()
        index = next((n for n, d in enumerate(plan.delegations) if d.id == chosen), 0)
        if not plan.delegations:
            return

        def edited(quotas: Quotas | None) -> None:
            if quotas is not None:
                self.request(set_quotas(plan, index, quotas))

        self.app.push_screen(QuotasForm(plan.delegations[index]), edited)

    # The view's own state

    def action_precedence_order(self) -> None:
        selected = self.selected()
        self.by_precedence = not self.by_precedence
        self.show()
        self.refresh_bindings()
        self.table.move_to(
            self.shown_people.index(selected) if selected in self.shown_people else 0
        )

    def action_filter(self) -> None:
        self.query_one("#filter-text", Input).focus()

    @on(Input.Changed, "#filter-text")
    @on(Select.Changed, "#filter-delegation, #filter-category")
    def _filter_changed(self) -> None:
        self.show()
        self.table.move_to(0)

    @on(Input.Submitted, "#filter-text")
    def _filter_done(self) -> None:
        self.table.focus()

    @on(VirtualTable.Selected, "#roster-table")
    def _open_person(self) -> None:
        self.action_edit()
