"""The conflicts a merge left in a plan or in gathertui.toml, settled one by one.

Each row says what a conflict is about and the two copies' values side by side; a key
keeps one. Each choice is applied at once as one undoable edit of the screen below (the
plan screen's session, the settings screen's model), so closing the screen early loses
nothing and ctrl+z takes a choice back; the file is written by the usual save (ctrl+s),
as after any other edit.
"""

from __future__ import annotations

from typing import Protocol

from textual import getters, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, Static

from gathertui.i18n import Message
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.conflict_words import ConflictWords, conflict_words, settle_label
from gathertui.planning.merge_conflicts import Side, resolve
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.pick import Pick
from gathertui.tui.text import t, translate_bindings
from gathertui.tui.widgets.footer import KeyFooter
from gathertui.tui.widgets.table import Column, VirtualTable

# What a conflict is about is read whole; a long value cut to its column is read in
# full below the table.
COLUMNS = (
    ("col.about", 3, 12),
    ("col.this_copy", 2, 8),
    ("col.other_copy", 2, 8),
    ("col.before", 1, 6),
)
Model = Plan | WorkspaceSettings
SIDES: dict[str, Side] = {"ours": "ours", "theirs": "theirs", "both": "both"}


class ConflictHost(Protocol):
    """The screen whose model holds the conflicts, and which owns its undo."""

    def conflict_model(self) -> Model: ...

    def settle(self, model: Model, label: Message) -> None:
        """`model` replaces the current one as one undoable edit."""

    def action_undo(self) -> None: ...


def settled(model: Model, index: int, side: Side) -> Model:
    """`model` with conflict `index` settled on `side` (ValueError if it cannot be)."""
    # Two calls, as `resolve` keeps the type it is given and a union is neither.
    if isinstance(model, Plan):
        return resolve(model, index, side)
    return resolve(model, index, side)


class ConflictScreen(Screen[None]):
    app = getters.app(GathertuiApp)
    BINDINGS = [
        Binding("o", "keep('ours')", "key.keep_ours", id="keep-ours"),
        Binding("1", "keep('ours')", "key.keep_ours", show=False),
        Binding("t", "keep('theirs')", "key.keep_theirs", id="keep-theirs"),
        Binding("2", "keep('theirs')", "key.keep_theirs", show=False),
        Binding("b", "keep('both')", "key.keep_both", id="keep-both"),
        Binding("ctrl+z", "undo", "key.undo", id="conflicts-undo"),
        Binding("escape", "close", "key.back", id="conflicts-back"),
    ]
    HELP_HEADING = "ui.conflicts_title"

    def __init__(self, host: ConflictHost, name: str, row: int = 0) -> None:
        """`name`: the file's name, under the title; `row`: the conflict shown first."""
        super().__init__()
        self.host = host
        self.file_name = name
        self.first_row = row
        self.rows: list[ConflictWords] = []
        translate_bindings(self, self.app.lang)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="conflicts-intro", markup=False)
        columns = [Column(t(self, key), weight, least) for key, weight, least in COLUMNS]
        yield VirtualTable(columns, id="conflicts-table")
        yield Static(id="conflict-note", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.title = t(self, "ui.conflicts_title")
        self.sub_title = self.file_name
        self.show()
        table = self.table
        table.move_to(self.first_row)
        table.focus()

    @property
    def table(self) -> VirtualTable:
        return self.query_one("#conflicts-table", VirtualTable)

    def show(self) -> None:
        self.rows = conflict_words(self.host.conflict_model(), self.app.lang)
        intro = t(self, "ui.conflicts_intro", count=len(self.rows))
        self.query_one("#conflicts-intro", Static).update(intro)
        table = self.table
        table.empty_text = t(self, "ui.conflicts_none")
        table.set_rows([(row.place, row.ours, row.theirs, row.base) for row in self.rows])
        self._show_note()

    @on(VirtualTable.Highlighted, "#conflicts-table")
    def _show_note(self) -> None:
        """The selected conflict in full: a long value is cut to fit its column."""
        row = self.current
        text = ""
        if row is not None:
            lines = [
                row.place,
                t(self, "ui.conflict_this_copy", value=row.ours),
                t(self, "ui.conflict_other_copy", value=row.theirs),
            ]
            if row.base:
                lines.append(t(self, "ui.conflict_before", value=row.base))
            text = "\n".join(lines)
        self.query_one("#conflict-note", Static).update(text)
        self.refresh_bindings()

    @property
    def current(self) -> ConflictWords | None:
        row = self.table.cursor_row
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "keep" and parameters == ("both",):
            row = self.current
            return row is not None and row.both
        return True

    def action_keep(self, side: Side) -> None:
        index = self.table.cursor_row
        row = self.current
        if row is None or (side == "both" and not row.both):
            return
        try:
            model = settled(self.host.conflict_model(), index, side)
        except ValueError:
            # A hand-edited entry whose value the file cannot hold: said, nothing changes.
            self.notify(markup=False, message=t(self, "ui.conflict_refused"), severity="error")
            return
        self.host.settle(model, settle_label(row.place))
        if not model.conflicts:
            self.notify(markup=False, message=t(self, "ui.conflicts_settled"))
            self.dismiss()
            return
        self.show()
        # The next conflict takes the settled one's row.
        self.table.move_to(index)

    @on(VirtualTable.Selected, "#conflicts-table")
    def _pick(self, event: VirtualTable.Selected) -> None:
        row = self.current
        if row is None:
            return
        choices = [
            ("ours", t(self, "ui.conflict_this_copy", value=row.ours)),
            ("theirs", t(self, "ui.conflict_other_copy", value=row.theirs)),
        ]
        if row.both:
            choices.append(("both", t(self, "ui.conflict_keep_both")))

        def picked(ident: str | None) -> None:
            side = SIDES.get(ident or "")
            if side is not None:
                self.action_keep(side)

        self.app.push_screen(Pick(row.place, choices, ""), picked)

    def action_undo(self) -> None:
        self.host.action_undo()
        self.show()

    def action_close(self) -> None:
        self.dismiss()
