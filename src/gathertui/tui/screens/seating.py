"""The Seating view (denah tempat duduk): one venue's room from above, who sits where by
precedence, and people moved and pinned to seats by hand.

The screen owns no model: it asks the plan screen below for the plan each time it draws,
and gives it each move or pin as one change (`planning/seat_pins.py`), so a move is
undone, recovered and saved like any other edit. Enter picks up the person on the
cursor's seat, the arrows carry them, Enter puts them down (a pin; a person pinned there
swaps with them), Escape puts them back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import ScrollableContainer
from textual.geometry import Region
from textual.screen import Screen
from textual.widgets import Header, Static

from gathertui.model.plan import Person, Venue
from gathertui.planning.seat_pins import move_to_seat, toggle_pin
from gathertui.planning.seating import HEAD, Seating, seat_plan
from gathertui.text import one_line
from gathertui.tui.app import GathertuiApp
from gathertui.tui.panes.base import about_it
from gathertui.tui.text import MARKS, said, t, translate_bindings
from gathertui.tui.widgets.footer import KeyFooter
from gathertui.tui.widgets.seat_grid import Cell, Room, cell_width, draw_room

if TYPE_CHECKING:
    from gathertui.tui.screens.plan import PlanScreen

# The problems of a venue's seating, as `planning/seating_checks.py` names them.
SEATING_CODES = frozenset(
    {"seats-short", "seat-not-in-layout", "seat-pinned-twice", "seat-not-coming"}
)


class RoomView(ScrollableContainer, can_focus=False):
    """The room, scrolled to the cursor; the screen's arrows move the cursor, not this."""


def initials(name: str) -> str:
    """ "Hevearita Gunaryanti Rahayu" → "HR": the first and last word's first letters."""
    words = [word for word in one_line(name).split() if word[:1].isalnum()]
    if not words:
        return "?"
    return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()


def cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


class SeatingScreen(Screen[None]):
    app = getters.app(GathertuiApp)
    BINDINGS = [
        Binding("up", "step(0, -1)", "key.seat_step", show=False),
        Binding("down", "step(0, 1)", "key.seat_step", show=False),
        Binding("left", "step(-1, 0)", "key.seat_step", show=False),
        Binding("right", "step(1, 0)", "key.seat_step", show=False),
        Binding("enter,m", "move", "key.move_seat", id="seating-move"),
        Binding("p", "pin", "key.pin_seat", id="seating-pin"),
        Binding("ctrl+s", "save", "key.save", id="seating-save"),
        Binding("ctrl+z", "undo", "key.undo", id="seating-undo"),
        Binding("ctrl+y", "redo", "key.redo", show=False, id="seating-redo"),
        Binding("escape", "back", "key.seating_back", id="seating-back"),
    ]
    HELP_HEADING = "ui.seating_heading"

    def __init__(self, host: PlanScreen, venue: str) -> None:
        """`venue`: the id of the venue shown."""
        super().__init__()
        self.host = host
        self.venue_id = venue
        self.cursor = ""
        # The person picked up (a people index), and the seat they were in.
        self.carried: int | None = None
        self.carried_from = ""
        self.room: Room | None = None
        self.seating: Seating | None = None
        self._made: object = None  # what `seating` was worked out from
        # The room drawn without the cursor, and what it was drawn from.
        self._room_text: Text | None = None
        self._room_made: object = None
        translate_bindings(self, self.app.lang)

    def compose(self) -> ComposeResult:
        yield Header()
        with RoomView(id="seating-room"):
            yield Static(id="seating-grid")
        yield Static(id="seat-detail", markup=False)
        yield Static(id="seating-notes", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.show()

    def on_screen_resume(self) -> None:
        # Back from a dialog (a save's question, a reload): the plan may have changed.
        self.show()

    def on_resize(self, event: events.Resize) -> None:
        self.show()

    @property
    def venue(self) -> Venue | None:
        venues = self.host.session.plan.venues
        return next((venue for venue in venues if venue.id == self.venue_id), None)

    # Drawing

    def show(self) -> None:
        """Draws the room from the plan as it is now."""
        if not self.is_mounted:
            return
        plan = self.host.session.plan
        venue = self.venue
        marker = " ●" if self.host.session.dirty else ""
        name = one_line(venue.name) if venue else self.venue_id
        self.title = t(self, "ui.seating_title", venue=name) + marker
        self.sub_title = self.host.session.path.name
        grid = self.query_one("#seating-grid", Static)
        if venue is None or venue.layout is None:
            self.room = self.seating = None
            # A sentence, wrapped to the screen, not a room of its own size.
            grid.styles.width, grid.styles.height = "100%", "auto"
            grid.styles.text_wrap = "wrap"
            grid.update(t(self, "ui.seating_no_layout", venue=name))
            self.query_one("#seat-detail", Static).update("")
            self.query_one("#seating-notes", Static).update("")
            return
        # Worked out again only when the plan or the settings changed, not for each
        # arrow key: a roster of thousands is ranked in tens of milliseconds.
        preferences = self.app.workspace.preferences
        made = (self.host.session.revision, id(self.app.workspace.settings), self.venue_id)
        if self.seating is None or made != self._made:
            self.seating = seat_plan(plan, venue, preferences)
            self._made = made
        seating = self.seating
        codes = [seat.code for seat in seating.seats]
        least = max(len(code) for code in codes) + 4  # the code, a pin mark, initials
        # The screen's width, known from the start (the container's is not, before its
        # first layout): less the room's padding and a vertical scrollbar.
        room_width = max(self.app.size.width - 4, 20)
        size = cell_width(venue.layout, room_width, least)
        self.room = room = draw_room(venue.layout, size, room_width)
        if self.cursor not in codes:
            self.cursor = self._first_seat(seating)
        # The room's own size: it scrolls in its container, never wraps.
        grid.styles.width, grid.styles.height = room.width, room.height
        grid.styles.text_wrap = "nowrap"
        grid.update(self._drawn(room, seating))
        self._show_detail()
        self._show_notes(seating)
        cell = room.at(self.cursor)
        if cell is not None:
            region = Region(cell.x, cell.line, cell.width, 1)
            self.query_one(RoomView).scroll_to_region(region, animate=False, immediate=True)

    def _first_seat(self, seating: Seating) -> str:
        """The place of honour: the seat of the first person in the order."""
        order = list(seating.placed)
        first = next((code for code, n in seating.taken.items() if order and n == order[0]), None)
        return first or seating.seats[0].code

    def _label(self, seat: str, seating: Seating, width: int) -> str:
        """A cell's text: the code, `*` when pinned, and who sits there as far as it fits."""
        person = seating.taken.get(seat)
        mark = "*" if seat in seating.pinned else ""
        head = f"{seat}{mark}"
        room = width - len(head) - 1
        if person is None:
            return cut(f"{head} ·", width).ljust(width)
        who = self.host.session.plan.people[person]
        word = one_line(who.position or who.name) if room >= 6 else initials(who.name)
        return f"{head} {cut(word, room)}".ljust(width)

    def _drawn(self, room: Room, seating: Seating) -> Text:
        """The room with the cursor on it. The room without it is kept until the plan,
        the settings or the width change: an arrow key only moves a highlight."""
        made = (self._made, room.cell, room.width)
        if self._room_text is None or self._room_made != made:
            self._room_text, self._room_made = self._room_drawn(room, seating), made
        text = self._room_text.copy()
        marks = [(self.cursor, "bold reverse" if self.carried is not None else "reverse")]
        if self.carried is not None:
            marks.append((self.carried_from, "underline"))
        for code, style in marks:
            cell = room.at(code)
            if cell is not None:
                start = cell.line * (room.width + 1) + cell.x
                text.stylize(style, start, start + cell.width)
        return text

    def _room_drawn(self, room: Room, seating: Seating) -> Text:
        """Each line `room.width` long and ended by a newline, so a cell's place in the
        text is found from its line and column."""
        text = Text(no_wrap=True, overflow="ignore")
        parts = {seat.code: seat.part for seat in seating.seats}
        by_line: dict[int, list[Cell]] = {}
        for cell in room.cells:
            by_line.setdefault(cell.line, []).append(cell)
        for line in range(room.height):
            x = 0
            for cell in sorted(by_line.get(line, []), key=lambda cell: cell.x):
                code = cell.code
                text.append(" " * (cell.x - x))
                style = "dim" if code not in seating.taken else ""
                if parts.get(code) == HEAD and code in seating.taken:
                    style = "bold"
                text.append(self._label(code, seating, cell.width), style=style)
                x = cell.x + cell.width
            text.append(" " * (room.width - x) + "\n")
        return text

    def _who(self, person: Person, index: int) -> str:
        """A person in full: name, office, organisation, and their place in the order."""
        assert self.seating is not None
        placed = self.seating.placed.get(index)
        rank = placed.rank.text() if placed and placed.rank else None
        parts = [person.name, person.position, person.organization, person.rank]
        if rank:
            parts.append(t(self, "ui.seat_rank", rank=rank))
        return " · ".join(one_line(part) for part in parts if part)

    def _show_detail(self) -> None:
        seating = self.seating
        assert seating is not None
        plan = self.host.session.plan
        person = seating.taken.get(self.cursor)
        lines = []
        if person is None:
            lines.append(t(self, "ui.seat_empty", seat=self.cursor))
        else:
            how = "ui.seat_pinned" if self.cursor in seating.pinned else "ui.seat_by_precedence"
            who = self._who(plan.people[person], person)
            lines.append(f"{self.cursor}: {who} ({t(self, how)})")
        if self.carried is not None:
            name = one_line(plan.people[self.carried].name)
            lines.append(t(self, "ui.seat_moving", name=name))
        self.query_one("#seat-detail", Static).update("\n".join(lines))

    def _show_notes(self, seating: Seating) -> None:
        plan = self.host.session.plan
        lines = []
        if seating.unseated:
            names = ", ".join(one_line(plan.people[n].name) for n in seating.unseated)
            lines.append(t(self, "ui.seat_unseated", count=len(seating.unseated), names=names))
        index = plan.venues.index(seating.venue) if seating.venue in plan.venues else -1
        for problem in self.host.problems:
            path = problem.path
            about_venue = path[:2] == ("venues", index)
            about_pin = (
                path[:1] == ("seats",)
                and isinstance(path[1], int)
                and path[1] < len(plan.seats)
                and plan.seats[path[1]].venue == self.venue_id
            )
            if problem.code in SEATING_CODES and (about_venue or about_pin):
                # Said without what it is about: the view is about this venue's seats.
                lines.append(f"{MARKS[problem.severity]} {said(self, about_it(problem.message))}")
        self.query_one("#seating-notes", Static).update("\n".join(lines))

    # Keys

    def action_step(self, dx: int, dy: int) -> None:
        if self.room is None:
            return
        self.cursor = self.room.step(self.cursor, dx, dy)
        self.show()

    def action_move(self) -> None:
        seating = self.seating
        if seating is None:
            return
        if self.carried is None:
            person = seating.taken.get(self.cursor)
            if person is None:
                self.notify(markup=False, message=t(self, "ui.seat_nobody"))
                return
            self.carried, self.carried_from = person, self.cursor
            self.show()
            return
        carried, self.carried = self.carried, None
        self.host.apply(move_to_seat(self.host.session.plan, seating, carried, self.cursor))
        self.show()

    def action_pin(self) -> None:
        if self.seating is None or self.carried is not None:
            return
        self.host.apply(toggle_pin(self.host.session.plan, self.seating, self.cursor))
        self.show()

    def action_save(self) -> None:
        self.host.action_save()
        self.show()

    def action_undo(self) -> None:
        self.carried = None
        self.host.action_undo()
        self.show()

    def action_redo(self) -> None:
        self.carried = None
        self.host.action_redo()
        self.show()

    def action_back(self) -> None:
        if self.carried is not None:
            # Put back: nothing was changed yet.
            self.cursor, self.carried = self.carried_from, None
            self.show()
            return
        self.app.pop_screen()
