"""The workspace: every plan of the folder, sorted by date, with its warning count.

Until the background read is done (see `GathertuiApp`), rows come from a tomllib glance
at each file and the warning column says "…".
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual import getters, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from gathertui.glance import Glance
from gathertui.i18n.dates import long_date, short_date
from gathertui.i18n.labels import word
from gathertui.problems import Problem
from gathertui.tui.app import GathertuiApp
from gathertui.tui.modals.confirm import Choice
from gathertui.tui.text import MARKS, said, t, translate_bindings
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


def _order(day: date | None, path: Path) -> tuple[str, str]:
    # Undated (broken) files go last.
    return (day.isoformat() if day else "9999", path.name)


def _plan_order(workspace: WorkspaceState, path: Path) -> tuple[str, str]:
    plan = workspace.plan(path)
    return _order(plan.event.first_day if plan else None, path)


def _glance_order(glance: Glance) -> tuple[str, str]:
    return _order(glance.start, glance.path)


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
    ]

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[Path] = []
        self.short_dates = False
        translate_bindings(self, self.app.lang)

    def compose(self) -> ComposeResult:
        yield Header()
        yield VirtualTable(table_columns(self, PLAN_COLUMNS), id="plans")
        yield Static(id="plan-errors", markup=False)
        yield Footer(compact=True)

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

    def show_plans(self) -> None:
        app = self.app
        self.sub_title = app.folder.resolve().name
        table = self.query_one("#plans", VirtualTable)
        table.empty_text = t(self, "ui.no_plans")
        # Long dates when every cell fits, else short ones ("Jum, 26 Mei 2023"), so a
        # narrow screen keeps its width for the titles.
        for self.short_dates in (False, True):
            if app.workspace_ready:
                rows, broken, errors = self._plan_rows()
            else:
                rows, broken, errors = self._glance_rows(), set(), []
            table.set_rows(rows, broken)
            if not table.cuts():
                break
        self.query_one("#plan-errors", Static).update("\n".join(errors))

    def _glance_rows(self) -> list[tuple[str, ...]]:
        lang = self.app.lang
        glances = sorted(self.app.glances, key=_glance_order)
        self.paths = [glance.path for glance in glances]
        return [
            (
                self.dates(glance.start) if glance.start else "—",
                glance.title if glance.title is not None else glance.path.name,
                word(glance.kind, lang) if glance.kind else "",
                word(glance.status, lang, status=True) if glance.status else "",
                "…",
            )
            for glance in glances
        ]

    def _plan_rows(self) -> tuple[list[tuple[str, ...]], set[int], list[str]]:
        app = self.app
        workspace = app.workspace
        lang = app.lang
        self.paths = sorted(workspace.files, key=lambda path: _plan_order(workspace, path))
        rows: list[tuple[str, ...]] = []
        broken: set[int] = set()
        errors: list[str] = []
        for number, path in enumerate(self.paths):
            plan = workspace.plan(path)
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
                    word(event.kind, lang),
                    word(event.status, lang, status=True),
                    str(workspace.count(path)),
                )
            )
        # What belongs to no plan: the settings file's own problems, a semester short of
        # its media gathering.
        errors.extend(self._said_at(workspace.workspace_problems()))
        return rows, broken, errors

    def _said_at(self, problems: list[Problem]) -> list[str]:
        return [
            f"{MARKS[p.severity]} {p.file.name if p.file else ''}:{p.line}:{p.column}: "
            f"{said(self, p.message)}"
            for p in problems
        ]

    def _selected(self) -> Path | None:
        table = self.query_one("#plans", VirtualTable)
        return self.paths[table.cursor_row] if self.paths else None

    @on(VirtualTable.Selected, "#plans")
    def action_open(self) -> None:
        path = self._selected()
        if path is not None:
            self.app.open_plan(path)

    def action_calendar(self) -> None:
        self.app.action_calendar()

    def action_settings(self) -> None:
        self.app.action_settings()

    def action_reload(self) -> None:
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
        from gathertui.tui.saving import ask_copy_name, beside, say_exists

        path = self._selected()
        if path is None:
            return
        name = await ask_copy_name(self, "ui.duplicate_question", path)
        if name is None:
            return
        target = beside(path, name)
        if target.exists():
            say_exists(self, name)
            return
        shutil.copyfile(path, target)
        self.app.workspace.added(target)
        self.app.refresh_workspace()

    def action_delete(self) -> None:
        path = self._selected()
        if path is None:
            return

        session = self.app.sessions.get(path)

        def answered(answer: str | None) -> None:
            if answer == "yes":
                path.unlink(missing_ok=True)
                if session is not None:
                    session.discard_recovered()
                self.app.workspace.deleted(path)
                self.app.refresh_workspace()

        question = t(self, "ui.confirm_delete_plan", name=path.name)
        if session is not None and session.dirty:
            # The edits made in the app go with the file: say so before they are lost.
            question += "\n" + t(self, "ui.delete_loses_unsaved")
        self.app.push_screen(
            Choice.delete(question, t(self, "ui.delete"), t(self, "ui.cancel")), answered
        )
