"""The workspace: every plan of the folder, sorted by date, with its warning count.

Until the background read is done (see `GathertuiApp`), rows come from a tomllib glance
at each file and the warning column says "…". The list opens at the next plan from
today, the past above it; `/` narrows it to the rows holding every word typed.
"""

from __future__ import annotations

import shutil
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from textual import getters, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from gathertui.glance import Glance
from gathertui.i18n.dates import long_date, short_date
from gathertui.i18n.labels import word
from gathertui.problems import Problem
from gathertui.progress import Progress
from gathertui.progress import said as progress_said
from gathertui.text import literal
from gathertui.today import today
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.text import MARKS, said, t, translate_bindings
from gathertui.tui.widgets.footer import KeyFooter
from gathertui.tui.widgets.table import VirtualTable, table_columns

if TYPE_CHECKING:
    from gathertui.state import WorkspaceState

# Columns: catalog key after "col.", share of the free width, minimum width.
PLAN_COLUMNS = (
    # As wide as its longest date: "Wednesday, 30 September 2026" is 28 characters, and
    # on a screen too narrow for it "Wed, 30 Sep 2026" 16 (`show_plans`).
    ("date", 0, 12),
    ("event", 5, 12),
    ("kind", 1, 10),
    ("status", 0, 4),
    ("warnings", 0, 4),
)


# Why the glance could not read a file (`Glance.reason`), as the title column says it.
_GLANCE_REASONS = {
    "unreadable": "ui.glance_unreadable",
    "too-large": "ui.glance_too_large",
    "encoding": "ui.glance_encoding",
    "syntax": "ui.glance_syntax",
}


# A list's paths, rows, which rows are unreadable files, and their days.
_GlanceRows = tuple[list[Path], list[tuple[str, ...]], set[int], list[date | None]]

# The catalogs do not change while the app runs, and a list of a thousand plans asks for
# the same few kinds and statuses two thousand times.
_word = lru_cache(maxsize=128)(word)


def _order(day: date | None, path: Path) -> tuple[str, str]:
    # Undated (broken) files go last.
    return (day.isoformat() if day else "9999", path.name)


def _plan_order(workspace: WorkspaceState, path: Path) -> tuple[str, str]:
    plan = workspace.plan(path)
    return _order(plan.event.first_day if plan else None, path)


def _glance_order(glance: Glance) -> tuple[str, str]:
    return _order(glance.start, glance.path)


def next_from(days: list[date | None], day: date) -> int:
    """The row of the first plan on or after `day` in rows sorted by date (undated last);
    the last dated one if all are past."""
    dated = [number for number, start in enumerate(days) if start is not None]
    for number in dated:
        start = days[number]
        if start is not None and start >= day:
            return number
    return dated[-1] if dated else 0


def matches(row: tuple[str, ...], query: str) -> bool:
    """Whether every word of `query` is in the row as shown: title, date (so a year or a
    month), kind, status."""
    text = " ".join(row).casefold()
    return all(word in text for word in query.casefold().split())


class WorkspaceScreen(Screen[None]):
    app = getters.app(GathertuiApp)
    AUTO_FOCUS = "#plans"
    BINDINGS = [
        Binding("enter", "open", "key.open", id="open"),
        Binding("n", "new", "key.new_plan", id="new-plan"),
        Binding("c", "duplicate", "key.duplicate", id="duplicate"),
        Binding("delete", "delete", "key.delete_plan", id="delete-plan"),
        # Not in the footer: coming back to the list reads changes already (F1 lists it).
        Binding("r", "reload", "key.reload", show=False, id="reload"),
        Binding("k", "calendar", "key.calendar", id="calendar"),
        Binding("s", "settings", "key.settings", id="settings"),
        Binding("g", "sync", "key.sync", id="sync"),
        Binding("slash", "filter", "key.filter", id="filter-plans"),
    ]

    def __init__(self) -> None:
        super().__init__()
        # The rows shown, with the file of each; the filter hides some of every plan's.
        self.paths: list[Path] = []
        self._all_paths: list[Path] = []
        self._all_rows: list[tuple[str, ...]] = []
        self._all_broken: set[int] = set()
        self._placed = False
        # The glances the rows were made from, and the rows by date form (short or not).
        self._glanced: tuple[list[Glance], dict[bool, _GlanceRows]] = ([], {})
        # What the glance rows were last shown from (the glances, the width, the filter):
        # the list is asked for them on mount, on its first size and on resume, all
        # before its first frame, and a thousand rows cost milliseconds each time.
        self._glance_shown: tuple[object, ...] | None = None
        # Each shown plan's row, for the cursor to find it without comparing paths.
        self._row_of: dict[Path, int] = {}
        self.short_dates = False
        translate_bindings(self, self.app.lang)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder=t(self, "ui.plan_filter_hint"), id="plan-filter")
        yield VirtualTable(table_columns(self, PLAN_COLUMNS), id="plans")
        yield Static(id="plan-errors", markup=False)
        # How far the background check got, while it runs (`show_checking`).
        checking = Static(id="checking", markup=False)
        checking.display = False
        yield checking
        yield KeyFooter()

    def on_mount(self) -> None:
        self.title = "gathertui"
        self.show_plans()

    def on_screen_resume(self) -> None:
        # Back from a plan: its title, unsaved marker and warnings may have changed, and
        # so may the files on disk (a `git pull` while the plan was open).
        self.app.refresh_workspace(reread=True)

    def on_resize(self) -> None:
        # Once the table has its new width: the dates' form depends on it.
        self.call_after_refresh(self.show_plans)

    def dates(self, day: date) -> str:
        return (short_date if self.short_dates else long_date)(day, self.app.lang)

    def show_sync_phrase(self) -> None:
        self.sub_title = self.app.with_sync_phrase(self.app.folder.resolve().name)

    def show_plans(self) -> None:
        app = self.app
        self.show_sync_phrase()
        table = self.query_one("#plans", VirtualTable)
        query = self.query_one("#plan-filter", Input).value
        if app.checking is None:
            self.query_one("#checking", Static).display = False
        shown_from = (app.glances, table.size.width, query, app.unglanced)
        if not app.workspace_ready and shown_from == self._glance_shown:
            return
        self._glance_shown = None if app.workspace_ready else shown_from
        # Long dates when every cell fits, else short ones ("Jum, 26 Mei 2023"), so a
        # narrow screen keeps its width for the titles.
        for self.short_dates in (False, True):
            if app.workspace_ready:
                rows, broken, errors, days = self._plan_rows()
            else:
                (rows, broken, days), errors = self._glance_rows(), []
            self._all_rows, self._all_broken = rows, broken
            self._show_rows()
            if not table.cuts():
                break
        self.query_one("#plan-errors", Static).update("\n".join(errors))
        if not self._placed and rows and (app.workspace_ready or not app.unglanced):
            # Once, when the list first has rows with their dates: at the next plan, what
            # is coming first.
            self._placed = True
            self._move_to_path(self._all_paths[next_from(days, today())])

    def _show_rows(self) -> None:
        """The rows the filter lets through, the cursor kept on its plan if still shown."""
        table = self.query_one("#plans", VirtualTable)
        current = self._selected()
        query = self.query_one("#plan-filter", Input).value
        shown = [
            number for number, row in enumerate(self._all_rows) if not query or matches(row, query)
        ]
        self.paths = [self._all_paths[number] for number in shown]
        self._row_of = {path: row for row, path in enumerate(self.paths)}
        broken = {row for row, number in enumerate(shown) if number in self._all_broken}
        table.empty_text = t(self, "ui.no_plans" if not query else "ui.no_plans_match")
        table.set_rows([self._all_rows[number] for number in shown], broken)
        if current is not None:
            self._move_to_path(current)

    def _move_to_path(self, path: Path) -> None:
        row = self._row_of.get(path)
        if row is not None:
            self.query_one("#plans", VirtualTable).move_to(row)

    def _glance_rows(self) -> tuple[list[tuple[str, ...]], set[int], list[date | None]]:
        """The rows of the glance, and which are files it could not read. Kept for the
        same glances and date form: the list is drawn several times before its first
        frame (mounted, sized), and a thousand plans' rows cost milliseconds each time."""
        glances, made = self._glanced
        if glances is not self.app.glances:
            glances, made = self.app.glances, {}
            self._glanced = (glances, made)
        if self.short_dates not in made:
            made[self.short_dates] = self._make_glance_rows()
        paths, rows, broken, days = made[self.short_dates]
        self._all_paths = paths
        return rows, broken, days

    def _make_glance_rows(self) -> _GlanceRows:
        lang = self.app.lang
        glances = sorted(self.app.glances, key=_glance_order)
        paths = [glance.path for glance in glances]
        rows: list[tuple[str, ...]] = [
            (
                self.dates(glance.start) if glance.start else "—",
                self._glance_title(glance),
                _word(glance.kind, lang) if glance.kind else "",
                _word(glance.status, lang, status=True) if glance.status else "",
                "…",
            )
            for glance in glances
        ]
        broken = {number for number, glance in enumerate(glances) if glance.reason}
        return paths, rows, broken, [glance.start for glance in glances]

    def _glance_title(self, glance: Glance) -> str:
        """The plan's title, else its file name, with why the file could not be read if
        so; the full read that follows gives the sentence with its line."""
        if glance.reason is None:
            return glance.title if glance.title is not None else glance.path.name
        # A file name is text from the file system: its control characters spelled out.
        name = literal(glance.path.name)
        return t(self, _GLANCE_REASONS.get(glance.reason, "ui.glance_unreadable"), name=name)

    def _plan_rows(
        self,
    ) -> tuple[list[tuple[str, ...]], set[int], list[str], list[date | None]]:
        app = self.app
        workspace = app.workspace
        lang = app.lang
        self._all_paths = sorted(workspace.files, key=lambda path: _plan_order(workspace, path))
        rows: list[tuple[str, ...]] = []
        broken: set[int] = set()
        errors: list[str] = []
        days: list[date | None] = []
        for number, path in enumerate(self._all_paths):
            plan = workspace.plan(path)
            days.append(plan.event.first_day if plan else None)
            if plan is None:
                broken.add(number)
                rows.append(("—", path.name, t(self, "ui.cannot_open"), "", ""))
                errors.extend(self._said_at(workspace.problems(path)[:1]))
                continue
            session = workspace.sessions.get(path)
            marker = " ●" if session and session.dirty else ""
            event = plan.event
            rows.append(
                (
                    self.dates(event.first_day),
                    event.title + marker,
                    _word(event.kind, lang),
                    _word(event.status, lang, status=True),
                    str(workspace.count(path)) if app.counted(path) else "…",
                )
            )
        # What belongs to no plan: the settings file's own problems, a semester short of
        # its media gathering.
        errors.extend(self._said_at(workspace.workspace_problems()))
        return rows, broken, errors, days

    def _said_at(self, problems: list[Problem]) -> list[str]:
        return [
            f"{MARKS[p.severity]} {literal(p.file.name) if p.file else ''}:{p.line}:{p.column}: "
            f"{said(self, p.message)}"
            for p in problems
        ]

    def _selected(self) -> Path | None:
        table = self.query_one("#plans", VirtualTable)
        return self.paths[table.cursor_row] if self.paths else None

    # The filter

    def action_filter(self) -> None:
        box = self.query_one("#plan-filter", Input)
        box.display = True
        box.focus()

    @on(Input.Changed, "#plan-filter")
    def _filter_changed(self) -> None:
        self._show_rows()

    @on(Input.Submitted, "#plan-filter")
    def _filter_done(self) -> None:
        self.query_one("#plans", VirtualTable).focus()

    def key_escape(self) -> None:
        """Escape in the filter empties it, shows every plan again and hides the box;
        elsewhere it stops a sync that is running, else the background check (the plans
        it did not come to keep "…")."""
        box = self.query_one("#plan-filter", Input)
        if not (box.has_focus or box.value):
            if self.app.sync_cancel is not None:
                self.app.sync_cancel.set()
            elif self.app.checking is not None:
                self.app.checking.cancel.set()
        else:
            box.value = ""
            box.display = False
            self._show_rows()
            self.query_one("#plans", VirtualTable).focus()

    def show_checking(self, progress: Progress) -> None:
        """The background check's progress: "Memeriksa 340/1.000 berkas (Esc untuk
        berhenti)"."""
        line = self.query_one("#checking", Static)
        line.update(f"{progress_said(progress, self.app.lang)} ({t(self, 'sync.esc_stops')})")
        line.display = True

    @on(VirtualTable.Selected, "#plans")
    def action_open(self) -> None:
        path = self._selected()
        if path is not None:
            self.app.open_plan(path)

    def action_calendar(self) -> None:
        self.app.action_calendar()

    def action_reload(self) -> None:
        if self.app.checks_stopped:
            self.app.check_again()
        else:
            self.app.refresh_workspace(reread=True)

    def action_new(self) -> None:
        from gathertui.tui.modals.new_plan import NewPlanForm

        def created(path: Path | None) -> None:
            if path is not None:
                self.app.workspace.added(path)
                self.app.refresh_workspace()
                self.app.open_plan(path)

        self.app.push_screen(NewPlanForm(self.app.workspace), created)

    @work
    async def action_duplicate(self) -> None:
        # Here: the saving module brings storage, and with it pydantic (see GathertuiApp).
        from gathertui.tui.saving import (
            ask_copy_name,
            beside,
            copy_refused,
            say_exists,
            say_failed,
        )

        path = self._selected()
        if path is None:
            return
        name = await ask_copy_name(self, "ui.duplicate_question", path)
        if name is None:
            return
        target = beside(path, name)
        refused = copy_refused(self.app.workspace.folder, target)
        if refused is not None:
            message = t(self, refused, path=name)
            self.notify(markup=False, message=message, severity="error")
            return
        if target.exists():
            say_exists(self, name)
            return
        try:
            shutil.copyfile(path, target)
        except OSError as error:
            say_failed(self, "ui.duplicate_failed", error)
            return
        self.app.workspace.added(target)
        self.app.refresh_workspace()

    def action_delete(self) -> None:
        path = self._selected()
        if path is None:
            return

        session = self.app.sessions.get(path)

        def answered(answer: str | None) -> None:
            if answer == "yes":
                try:
                    path.unlink(missing_ok=True)
                except OSError as error:
                    # A read-only folder: the plan stays, and so does its session.
                    from gathertui.tui.saving import say_failed

                    say_failed(self, "ui.delete_failed", error)
                    return
                if session is not None:
                    session.forget()
                self.app.workspace.deleted(path)
                self.app.refresh_workspace()

        question = t(self, "ui.confirm_delete_plan", name=path.name)
        if session is not None and session.dirty:
            # The edits made in the app go with the file: say so before they are lost.
            question += "\n" + t(self, "ui.delete_loses_unsaved")
        self.app.push_screen(
            Choice.delete(question, t(self, "ui.delete"), t(self, "ui.cancel")), answered
        )

    def action_settings(self) -> None:
        self.app.action_settings()

    def action_sync(self) -> None:
        self.app.action_sync()
