"""The Agenda tab: the rundown day by day, edited from the keyboard with reflow.

Its keys live on the pane, so they act only while the rundown has the focus; the plan
screen's keys of the same letter (add person, edit) apply elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from gathertui.i18n.dates import clock, long_date, zone_abbreviation
from gathertui.model.plan import AgendaItem, Person, Plan
from gathertui.planning.agenda import (
    STEP_MINUTES,
    add_item,
    change_minutes,
    day_total,
    days_of,
    delete_item,
    duplicate_item,
    edit_item,
    empty_day_start,
    item_time,
    move_item,
    move_to_day,
    reflow_day,
    running_order,
    running_orders,
    set_day_venue,
    toggle_pinned,
)
from gathertui.text import one_line
from gathertui.tui.panes.base import PlanPane
from gathertui.tui.text import t
from gathertui.tui.widgets.table import VirtualTable, table_columns

# Columns: catalog key after "col.", share of the free width, minimum width.
AGENDA_COLUMNS = (
    ("time", 0, 16),
    ("title", 5, 10),
    ("venue", 2, 8),
    ("pic", 2, 8),
    ("speakers", 2, 8),
    ("minutes", 0, 6),
    ("pin", 0, 6),
    ("warn", 0, 5),
)


# An item's row but its last cell (its warnings).
Cells = tuple[str, ...]
# A day's rows (its heading, then its items) and what each row is.
DayRows = tuple[list[tuple[str, ...]], list[date | str]]


def length_text(minutes: int, lang: str) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours} jam {rest} menit" if lang == "id" else f"{hours} h {rest} min"


class AgendaPane(PlanPane):
    HELP_HEADING = "ui.tab_agenda"
    BINDINGS = [
        Binding("a", "add", "key.add_item", id="add-item"),
        Binding("e", "edit", "key.edit", id="edit-item"),
        Binding("delete", "delete", "key.delete", id="delete-item"),
        Binding("plus", "length(1)", "key.longer", show=False, id="longer"),
        Binding("minus", "length(-1)", "key.shorter", show=False, id="shorter"),
        Binding("p", "pin", "key.pin", id="pin"),
        Binding("d", "move_day", "key.move_day", show=False, id="move-day"),
        Binding("c", "duplicate", "key.duplicate", show=False, id="duplicate-item"),
        Binding("f", "reflow", "key.reflow", show=False, id="reflow"),
        Binding("v", "day_venue", "key.day_venue", show=False, id="day-venue"),
        Binding("shift+up", "move(-1)", "key.move_up", show=False, id="move-item-up"),
        Binding("shift+down", "move(1)", "key.move_down", show=False, id="move-item-down"),
    ]

    def __init__(self) -> None:
        super().__init__("agenda-pane")
        # What each table row is: a day heading (its date) or an item (its id).
        self.refs: list[date | str] = []
        # Venue and person names by id, as the rows were drawn with them; the notes
        # under the table name the selected item's with the same tables.
        self.venue_names: dict[str, str] = {}
        self.person_names: dict[str, str] = {}
        # Each item's cells by id(item), and what they were made with (item_cells).
        self._cells: dict[int, tuple[AgendaItem, Cells]] = {}
        self._cells_made_with: tuple[object, ...] | None = None
        self._people_named: tuple[tuple[Person, ...], dict[str, str]] | None = None
        # Each day's rows as last drawn, with what they were made of (see show): a + on
        # one day of a long rundown makes that day's rows again, not every day's.
        self._days: dict[date, tuple[tuple[object, ...], DayRows]] = {}
        self._days_made_with: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        yield VirtualTable(table_columns(self, AGENDA_COLUMNS), id="agenda-table")
        yield Static(id="agenda-notes", markup=False)

    # The view

    def show(self) -> None:
        screen = self.plan_screen
        plan = screen.session.plan
        lang = self.app.lang
        zone = screen.zone()
        self.venue_names = {v.id: v.name for v in plan.venues}
        self.person_names = self.names_of_people(plan)
        warned: dict[int, int] = {}
        for problem in screen.problems:
            if problem.path[:1] == ("agenda",) and isinstance(problem.path[1], int):
                warned[problem.path[1]] = warned.get(problem.path[1], 0) + 1
        position = {id(item): n for n, item in enumerate(plan.agenda)}
        rows: list[tuple[str, ...]] = []
        sections: set[int] = set()
        self.refs = []
        cells = self.item_cells(plan, zone, lang)
        made_with = self._cells_made_with
        kept = self._days if self._days_made_with is made_with else {}
        days: dict[date, tuple[tuple[object, ...], DayRows]] = {}
        for number, (day, items) in enumerate(running_orders(plan).items(), start=1):
            counts = [warned.get(position[id(item)], 0) for item in items]
            # Mostly the very same items: compared in C.
            made_of = (number, tuple(items), tuple(counts))
            earlier = kept.get(day)
            if earlier is not None and earlier[0] == made_of:
                block = earlier[1]
            else:
                block = self._day_rows(plan, (number, day), items, counts, cells)
            days[day] = (made_of, block)
            sections.add(len(rows))
            rows += block[0]
            self.refs += block[1]
        self._days, self._days_made_with = days, made_with
        table = self.query_one("#agenda-table", VirtualTable)
        table.set_rows(rows, sections=sections)
        self._show_notes()

    def _day_rows(
        self,
        plan: Plan,
        numbered: tuple[int, date],
        items: list[AgendaItem],
        counts: list[int],
        cells: Callable[[AgendaItem], Cells],
    ) -> DayRows:
        """A day's rows: its heading, then its items with their warnings counted."""
        number, day = numbered
        lang = self.app.lang
        total = day_total(plan, day, items)
        if total.start is None or total.end is None:
            heading = t(self, "ui.day_empty", date=long_date(day, lang))
        else:
            heading = t(
                self,
                "ui.day_heading",
                date=long_date(day, lang),
                start=clock(total.start, lang),
                end=clock(total.end, lang),
                zone=zone_abbreviation(self.plan_screen.zone()),
                length=length_text(total.minutes, lang),
            )
        rows: list[tuple[str, ...]] = [
            (t(self, "ui.day_n", n=number), heading, "", "", "", "", "", "")
        ]
        refs: list[date | str] = [day]
        for item, count in zip(items, counts, strict=True):
            rows.append((*cells(item), f"⚠ {count}" if count else ""))
            refs.append(item.id)
        return rows, refs

    def names_of_people(self, plan: Plan) -> dict[str, str]:
        """Each person's name by id, kept while the roster is the same people (a + on the
        rundown of a 5,000-person plan does not name them all again)."""
        people = tuple(plan.people)
        # Mostly the very same objects: a comparison in C.
        if self._people_named is None or self._people_named[0] != people:
            self._people_named = (people, {p.id: p.name for p in people})
        return self._people_named[1]

    def item_cells(self, plan: Plan, zone: str, lang: str) -> Callable[[AgendaItem], Cells]:
        """An item's cells but its warnings. An item is never changed in place, only
        replaced, so each item's cells are made once and kept while what they are read
        with (the event's days, the zone, the language, the names) stays the same: a +
        remakes the rows of the items it moved."""
        made_with = (plan.event, zone, lang, self.venue_names, self.person_names)
        if self._cells_made_with != made_with:
            self._cells_made_with = made_with
            self._cells = {}
        kept = self._cells
        if len(kept) > 4 * len(plan.agenda) + 100:
            kept.clear()

        def cells(item: AgendaItem) -> Cells:
            # By id(), with the item kept beside its cells, so an id is never reused.
            found = kept.get(id(item))
            if found is not None and found[0] is item:
                return found[1]
            made = (
                item_time(item, plan, zone, lang),
                item.title,
                *self.names_of(item),
                str(item.minutes),
                "✓" if item.pinned else "",
            )
            kept[id(item)] = (item, made)
            return made

        return cells

    @on(VirtualTable.Highlighted, "#agenda-table")
    def _show_notes(self) -> None:
        """The selected item in full (the columns a narrow screen cuts short), then its
        warnings and notes, under the table."""
        item = self.selected_item()
        lines: list[str] = []
        if item is not None:
            plan = self.plan
            index = next(n for n, i in enumerate(plan.agenda) if i is item)
            parts = self.names_of(item)
            lines = [one_line(" · ".join([item.title, *(part for part in parts if part)]))]
            lines += self.warning_lines("agenda", index)
            if item.notes:
                lines.append(one_line(item.notes))
        self.query_one("#agenda-notes", Static).update("\n".join(lines))

    def names_of(self, item: AgendaItem) -> tuple[str, str, str]:
        """The item's venue, person in charge and speakers, named as the table names them."""
        people = self.person_names
        return (
            self.venue_names.get(item.venue or "", ""),
            people.get(item.pic or "", ""),
            ", ".join(people.get(s, s) for s in item.speakers),
        )

    def focus_item(self, ident: str) -> None:
        """Selects the row of the agenda item `ident`."""
        if ident in self.refs:
            self.query_one("#agenda-table", VirtualTable).move_to(self.refs.index(ident))

    # What is selected

    def _ref(self) -> date | str | None:
        if not self.refs:
            return None
        row = self.query_one("#agenda-table", VirtualTable).cursor_row
        return self.refs[min(row, len(self.refs) - 1)]

    def selected_item(self) -> AgendaItem | None:
        ref = self._ref()
        if not isinstance(ref, str):
            return None
        return next(i for i in self.plan.agenda if i.id == ref)

    def selected_day(self) -> date:
        ref = self._ref()
        plan = self.plan
        if isinstance(ref, date):
            return ref
        item = self.selected_item()
        return item.day_in(plan.event) if item else plan.event.first_day

    # Changes

    def action_add(self) -> None:
        plan = self.plan
        day = self.selected_day()
        selected = self.selected_item()
        items = running_order(plan, day)
        if selected is not None:
            start = max(i.span(plan.event)[1] for i in items[: items.index(selected) + 1]).time()
        else:
            start = items[0].start if items else empty_day_start(plan, day)
        after = selected.id if selected else None

        def added(item: AgendaItem | None) -> None:
            if item is not None:
                target = item.day_in(plan.event)
                self.attempt(lambda: add_item(plan, target, after if target == day else None, item))

        from gathertui.tui.modals.agenda_form import AgendaForm

        self.app.push_screen(AgendaForm(plan, None, day, start), added)

    def action_edit(self) -> None:
        item = self.selected_item()
        if item is None:
            self.action_add()
            return
        plan = self.plan

        def edited(new: AgendaItem | None) -> None:
            if new is not None:
                self.attempt(lambda: edit_item(plan, item.id, new))

        from gathertui.tui.modals.agenda_form import AgendaForm

        self.app.push_screen(AgendaForm(plan, item, self.selected_day(), item.start), edited)

    def action_delete(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        plan = self.plan
        question = t(self, "ui.confirm_delete_item", title=one_line(item.title))
        self.delete_after_asking(question, lambda: delete_item(plan, item.id))

    def action_length(self, steps: int) -> None:
        item = self.selected_item()
        if item is not None:
            plan = self.plan
            self.attempt(lambda: change_minutes(plan, item.id, steps * STEP_MINUTES))

    def action_pin(self) -> None:
        item = self.selected_item()
        if item is not None:
            plan = self.plan
            self.attempt(lambda: toggle_pinned(plan, item.id))

    def action_move(self, offset: int) -> None:
        item = self.selected_item()
        if item is not None:
            plan = self.plan
            self.attempt(lambda: move_item(plan, item.id, offset))

    def action_duplicate(self) -> None:
        item = self.selected_item()
        if item is not None:
            plan = self.plan
            self.attempt(lambda: duplicate_item(plan, item.id))

    def action_reflow(self) -> None:
        plan = self.plan
        day = self.selected_day()
        self.attempt(lambda: reflow_day(plan, day))

    def action_day_venue(self) -> None:
        plan = self.plan
        day = self.selected_day()
        venues = [(v.id, v.name) for v in plan.venues]

        def chosen(venue: str | None) -> None:
            if venue is not None:
                self.attempt(lambda: set_day_venue(plan, day, venue))

        from gathertui.tui.modals.pick import Pick

        question = t(self, "ui.day_venue", day=long_date(day, self.app.lang))
        self.app.push_screen(Pick(question, venues, t(self, "ui.day_venue_none")), chosen)

    def action_move_day(self) -> None:
        item = self.selected_item()
        plan = self.plan
        if item is None:
            return
        lang = self.app.lang
        current = item.day_in(plan.event)
        others = [(d.isoformat(), long_date(d, lang)) for d in days_of(plan) if d != current]

        def chosen(day: str | None) -> None:
            if day is not None:
                self.attempt(lambda: move_to_day(plan, item.id, date.fromisoformat(day)))

        from gathertui.tui.modals.pick import Pick

        question = t(self, "ui.move_to_day", title=one_line(item.title))
        self.app.push_screen(Pick(question, others, t(self, "ui.one_day_only")), chosen)

    @on(VirtualTable.Selected, "#agenda-table")
    def _open(self) -> None:
        self.action_edit()
