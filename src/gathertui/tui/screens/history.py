"""A plan's history: its versions in git, newest first, what each changed, any version in
full, and a version brought back as one undoable change.

git runs in worker threads, so a slow disk or a large history never freezes the screen.
Nothing here writes to git: restoring a version changes the open plan, which the person
saves (and commits) as any other change.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass

from textual import getters, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static, TextArea
from textual.worker import get_current_worker

from gathertui.i18n import Message, msg
from gathertui.model.defaults import effective_zone
from gathertui.planning.diff import plan_changes
from gathertui.planning.editing import Change, replace_plan
from gathertui.session import PlanSession
from gathertui.text import one_line
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.text import said, t, translate_bindings
from gathertui.tui.widgets.footer import KeyFooter
from gathertui.tui.widgets.table import VirtualTable, table_columns
from gathertui.vcs.history import (
    HistoryUnavailable,
    Version,
    VersionPlan,
    Where,
    before_bytes,
    locate,
    plan_history,
    read_plan,
    version_bytes_of,
)
from gathertui.vcs.history_words import change_lines, when

# Columns: catalog key after "col.", share of the free width, minimum width.
HISTORY_COLUMNS = (("time", 0, 10), ("author", 1, 8), ("message", 3, 10))


@dataclass(frozen=True)
class Row:
    """A line of the list: a commit, or (version None) the open plan's changes that are
    not committed yet."""

    version: Version | None
    # The plan as this row has it (the version's, or the open plan for the first row);
    # None until the worker has read it.
    plan: VersionPlan | None
    # What it changed from the version before, in words: made in the worker too, as
    # comparing two large plans takes a while.
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Loaded:
    where: Where
    versions: list[Version]
    # The newest version's plan, read while listing: the not-committed row needs it.
    newest: VersionPlan | None
    uncommitted: bool


class HistoryScreen(Screen[None]):
    app = getters.app(GathertuiApp)
    HELP_HEADING = "ui.history_title"
    DEFAULT_CSS = """
    HistoryScreen #history-table { height: auto; max-height: 40%; min-height: 4; }
    HistoryScreen #history-heading { height: auto; padding: 0 1; text-style: bold;
        background: $panel; }
    HistoryScreen #history-changes { height: 1fr; padding: 0 1; }
    HistoryScreen #history-message { height: auto; padding: 1 2; }
    """
    BINDINGS = [
        Binding("escape", "back", "key.back", id="history-back"),
        Binding("v", "view", "key.view_version", id="history-view"),
        Binding("r", "restore", "key.restore_version", id="history-restore"),
    ]

    def __init__(self, session: PlanSession, on_restore: Callable[[Change | None], None]) -> None:
        super().__init__()
        self.session = session
        # PlanScreen.apply: the restored version is a change like any other there.
        self.on_restore = on_restore
        self.loaded: Loaded | None = None
        self.rows: list[Row] = []
        # Each commit's plan once read, so moving up and down reads git once a version.
        self.plans: dict[str, VersionPlan] = {}
        translate_bindings(self, self.app.lang)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t(self, "ui.history_reading"), id="history-message", markup=False)
        yield VirtualTable(table_columns(self, HISTORY_COLUMNS), id="history-table")
        yield Static("", id="history-heading", markup=False)
        with VerticalScroll(id="history-changes"):
            yield Static("", id="history-lines", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.title = t(self, "ui.history_title")
        self.sub_title = self.session.path.name
        for ident in ("#history-table", "#history-heading", "#history-changes"):
            self.query_one(ident).display = False
        self._read_history()

    def _zone(self) -> str:
        return effective_zone(self.session.plan, self.app.workspace.preferences)

    @property
    def table(self) -> VirtualTable:
        return self.query_one("#history-table", VirtualTable)

    # Reading git, in a thread

    @work(thread=True, exclusive=True, group="history")
    def _read_history(self) -> None:
        path = self.session.path
        try:
            where = locate(path)
            versions = plan_history(path)
            newest = self._plan_of(where, versions[0]) if versions else None
            # The open plan against the last commit: saved or not, an edit that is not
            # in git yet is the first thing the history shows.
            uncommitted = newest is not None and (
                newest.plan is None or bool(plan_changes(newest.plan, self.session.plan))
            )
        except HistoryUnavailable as error:
            self._call(self._unavailable, error.reason)
            return
        self._call(self._listed, Loaded(where, versions, newest, uncommitted))

    def _plan_of(self, where: Where, version: Version) -> VersionPlan:
        found = self.plans.get(version.commit)
        if found is None:
            found = read_plan(self.session.path, version_bytes_of(where, version))
            self.plans[version.commit] = found
        return found

    def _plan_before(self, where: Where, versions: list[Version], at: int) -> VersionPlan | None:
        """What the commit changed: the plan in the commit it was made on. In a line of
        commits that is the next one listed (read once); after a merge, its parent."""
        version = versions[at]
        older = versions[at + 1] if at + 1 < len(versions) else None
        if older is not None and version.parent == older.commit:
            return self._plan_of(where, older)
        key = f"{version.commit}^"
        found = self.plans.get(key)
        if found is None:
            raw = before_bytes(where, versions, at)
            if raw is None:
                return None
            found = read_plan(self.session.path, raw)
            self.plans[key] = found
        return found

    def _call(self, callback: Callable[..., None], *args: object) -> None:
        """`callback(*args)` on the UI thread, unless the screen has gone meanwhile."""
        if get_current_worker().is_cancelled or not self.is_attached:
            return
        with contextlib.suppress(RuntimeError):  # raised if the app closed first
            self.app.call_from_thread(self._while_open, callback, *args)

    def _while_open(self, callback: Callable[..., None], *args: object) -> None:
        # Asked again on the UI thread: the screen may have been closed while the thread
        # waited its turn, its widgets removed before its workers are cancelled, and what
        # git said is no longer wanted (it was NoMatches for the table, ending the app).
        if self in self.app.screen_stack:
            callback(*args)

    @work(thread=True, exclusive=True, group="history-changes")
    def _read_changes(self, number: int) -> None:
        """The plans the row `number` compares, read from git, then its lines drawn."""
        loaded = self.loaded
        if loaded is None:
            return
        versions = loaded.versions
        offset = 1 if loaded.uncommitted else 0
        at = number - offset
        if at < 0:
            plan = VersionPlan(self.session.plan)
            before: VersionPlan | None = loaded.newest
        else:
            plan = self._plan_of(loaded.where, versions[at])
            before = self._plan_before(loaded.where, versions, at)
        lines = tuple(change_lines(before, plan, self.app.lang))
        row = Row(versions[at] if at >= 0 else None, plan, lines)
        self._call(self._show_changes, number, row)

    # Drawing

    def _unavailable(self, reason: Message) -> None:
        self.query_one("#history-message", Static).update(said(self, reason))

    def _listed(self, loaded: Loaded) -> None:
        self.loaded = loaded
        message = self.query_one("#history-message", Static)
        if not loaded.versions:
            message.update(t(self, "history.never_committed", path=self.session.path.name))
            return
        message.display = False
        for ident in ("#history-table", "#history-heading", "#history-changes"):
            self.query_one(ident).display = True
        zone, lang = self._zone(), self.app.lang
        rows = []
        if loaded.uncommitted:
            rows.append(("", "", t(self, "history.uncommitted")))
        for version in loaded.versions:
            rows.append((when(version.date, zone, lang), version.author, version.subject))
        self.rows = [Row(None, None)] * len(rows)
        self.table.set_rows(rows, dim={0} if loaded.uncommitted else None)
        self.table.focus()
        self._read_changes(self.table.cursor_row)

    @on(VirtualTable.Highlighted, "#history-table")
    def _highlighted(self, event: VirtualTable.Highlighted) -> None:
        if self.loaded is None or event.row >= len(self.rows):
            return
        # A row seen before is drawn at once; its plans and words are kept.
        if self.rows[event.row].plan is not None:
            self._show_changes(event.row, self.rows[event.row])
        else:
            self._read_changes(event.row)

    @on(VirtualTable.Selected, "#history-table")
    def _selected(self) -> None:
        self.action_view()

    def _show_changes(self, number: int, row: Row) -> None:
        if number >= len(self.rows):
            return
        self.rows[number] = row
        if number != self.table.cursor_row:
            return
        heading = self.query_one("#history-heading", Static)
        if row.version is None:
            heading.update(t(self, "ui.history_uncommitted"))
        else:
            version = row.version
            heading.update(
                f"{version.short} · {one_line(version.author)} <{one_line(version.email)}>"
                f" · {one_line(version.subject)}"
            )
        self.query_one("#history-lines", Static).update("\n".join(row.lines))

    def _current(self) -> Row | None:
        if not self.rows:
            return None
        row = self.rows[self.table.cursor_row]
        return row if row.plan is not None else None

    # Actions

    def action_back(self) -> None:
        self.app.pop_screen()

    def _committed_row(self) -> Row | None:
        """The highlighted row when it is a commit read already; the row of changes not
        yet committed is the open plan itself, so it is said and not taken."""
        row = self._current()
        if row is None or row.plan is None:
            return None
        if row.version is None:
            self.notify(markup=False, message=t(self, "ui.history_is_open_plan"))
            return None
        return row

    def action_view(self) -> None:
        row = self._committed_row()
        if row is not None and row.version is not None:
            self._read_version(row.version)

    @work(thread=True, exclusive=True, group="history-version")
    def _read_version(self, version: Version) -> None:
        assert self.loaded is not None
        raw = version_bytes_of(self.loaded.where, version)
        self._call(
            self._show_version, version, "" if raw is None else raw.decode("utf-8", "replace")
        )

    def _show_version(self, version: Version, text: str) -> None:
        if self.app.screen is not self:
            return  # the person has moved on meanwhile
        moment = when(version.date, self._zone(), self.app.lang)
        title = t(self, "ui.history_version", commit=version.short, when=moment)

        def chosen(answer: str | None) -> None:
            if answer == "restore":
                self.action_restore()

        self.app.push_screen(VersionScreen(title, text), chosen)

    def action_restore(self) -> None:
        row = self._committed_row()
        if row is None or row.version is None or row.plan is None:
            return
        version, plan = row.version, row.plan.plan
        if plan is None:
            reason = change_lines(None, row.plan, self.app.lang)[0]
            self.notify(markup=False, message=reason, severity="error")
            return
        if not plan_changes(self.session.plan, plan):
            self.notify(markup=False, message=t(self, "ui.history_same"))
            return
        question = t(self, "ui.history_restore_question", commit=version.short)
        answers = [("restore", t(self, "ui.history_restore")), ("cancel", t(self, "ui.cancel"))]

        def answered(answer: str | None) -> None:
            if answer != "restore":
                return
            # A copy: the cached version must never share entities with the open plan.
            restored = plan.model_copy(deep=True)
            label = msg("op.restore_version", commit=version.short)
            self.on_restore(replace_plan(self.session.plan, restored, label))
            self.app.pop_screen()
            message = t(self, "ui.history_restored", commit=version.short)
            self.app.notify(markup=False, message=message)

        self.app.push_screen(Choice(question, answers, "cancel"), answered)


class VersionScreen(Screen[str]):
    """One version's file, read-only; `r` asks to restore it."""

    app = getters.app(GathertuiApp)
    DEFAULT_CSS = """
    VersionScreen TextArea, VersionScreen TextArea:focus { height: 1fr; border: none;
        padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "dismiss('back')", "key.back", id="version-back"),
        Binding("r", "dismiss('restore')", "key.restore_version", id="version-restore"),
    ]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.heading = title
        self.text = text
        translate_bindings(self, self.app.lang)

    def compose(self) -> ComposeResult:
        yield Header()
        text = TextArea(self.text, read_only=True, show_line_numbers=True, soft_wrap=True)
        # A steady cursor: nothing is typed here, it only marks the place.
        text.cursor_blink = False
        yield text
        yield KeyFooter()

    def on_mount(self) -> None:
        self.title = self.heading
        self.query_one(TextArea).focus()
