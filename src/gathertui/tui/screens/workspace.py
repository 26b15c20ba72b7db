"""The workspace: every plan of the folder, sorted by date, with its warning count."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from gathertui.i18n.dates import long_date
from gathertui.i18n.labels import label
from gathertui.planning import plan_problems
from gathertui.storage.reader import Loaded
from gathertui.storage.workspace import PlanFile
from gathertui.tui.modals.confirm import AskText, Choice
from gathertui.tui.modals.new_plan import NewPlanForm
from gathertui.tui.text import said, t, translate_bindings
from gathertui.tui.widgets.table import VirtualTable, table_columns

# Columns: catalog key after "col.", share of the free width, minimum width.
PLAN_COLUMNS = (
    ("date", 0, 25),
    ("event", 5, 12),
    ("kind", 1, 10),
    ("status", 0, 10),
    ("warnings", 0, 11),
)


def plan_date(plan_file: PlanFile) -> str:
    return plan_file.loaded.model.event.start.isoformat() if plan_file.loaded else "9999"


class WorkspaceScreen(Screen[None]):
    AUTO_FOCUS = "#plans"
    BINDINGS = [
        Binding("enter", "open", "key.open", id="open"),
        Binding("n", "new", "key.new_plan", id="new-plan"),
        Binding("c", "duplicate", "key.duplicate", id="duplicate"),
        Binding("delete", "delete", "key.delete_plan", id="delete-plan"),
        Binding("r", "reload", "key.reload", id="reload"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.files: list[PlanFile] = []
        translate_bindings(self, self.app.lang)  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Header()
        yield VirtualTable(table_columns(self, PLAN_COLUMNS), id="plans")
        yield Static(id="plan-errors", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "gathertui"
        self.show_plans()

    def on_screen_resume(self) -> None:
        # Back from a plan: its title, unsaved marker and warnings may have changed.
        self.show_plans()

    def show_plans(self) -> None:
        app = self.app
        workspace = app.workspace  # type: ignore[attr-defined]
        lang = app.lang  # type: ignore[attr-defined]
        self.sub_title = workspace.folder.resolve().name
        self.files = sorted(workspace.plans, key=lambda f: (plan_date(f), f.path.name))
        rows: list[tuple[str, ...]] = []
        broken: set[int] = set()
        errors: list[str] = []
        for number, plan_file in enumerate(self.files):
            session = app.sessions.get(plan_file.path)  # type: ignore[attr-defined]
            if plan_file.loaded is None:
                broken.add(number)
                first = plan_file.problems[0]
                rows.append(("—", plan_file.path.name, t(self, "ui.cannot_open"), "", ""))
                errors.append(
                    f"{plan_file.path.name}:{first.line}:{first.column}: "
                    f"{said(self, first.message)}"
                )
                continue
            loaded = Loaded(session.source, session.plan) if session else plan_file.loaded
            plan = loaded.model
            marker = " ●" if session and session.dirty else ""
            count = len(plan_problems(loaded, workspace.preferences))
            rows.append(
                (
                    long_date(plan.event.start, lang),
                    plan.event.title + marker,
                    label(plan.event.kind, lang),
                    label(plan.event.status, lang),
                    str(count),
                )
            )
        table = self.query_one("#plans", VirtualTable)
        table.empty_text = t(self, "ui.no_plans")
        table.set_rows(rows, broken)
        self.query_one("#plan-errors", Static).update("\n".join(errors))

    def _selected(self) -> PlanFile | None:
        table = self.query_one("#plans", VirtualTable)
        return self.files[table.cursor_row] if self.files else None

    @on(VirtualTable.Selected, "#plans")
    def action_open(self) -> None:
        plan_file = self._selected()
        if plan_file is not None:
            self.app.open_plan(plan_file.path)  # type: ignore[attr-defined]

    def action_reload(self) -> None:
        self.app.refresh_workspace(reread=True)  # type: ignore[attr-defined]

    def action_new(self) -> None:
        def created(path: Path | None) -> None:
            if path is not None:
                self.app.refresh_workspace(reread=True)  # type: ignore[attr-defined]
                self.app.open_plan(path)  # type: ignore[attr-defined]

        self.app.push_screen(NewPlanForm(self.app.workspace), created)  # type: ignore[attr-defined]

    @work
    async def action_duplicate(self) -> None:
        plan_file = self._selected()
        if plan_file is None:
            return
        suggestion = plan_file.path.with_name(plan_file.path.stem + "-salinan.toml")
        name = await self.app.push_screen_wait(
            AskText(t(self, "ui.duplicate_question"), str(suggestion))
        )
        if not name:
            return
        target = Path(name)
        if not target.is_absolute():
            target = plan_file.path.parent / target
        if target.exists():
            self.notify(markup=False, message=t(self, "ui.exists", path=name), severity="error")
            return
        shutil.copyfile(plan_file.path, target)
        self.app.refresh_workspace(reread=True)  # type: ignore[attr-defined]

    def action_delete(self) -> None:
        plan_file = self._selected()
        if plan_file is None:
            return

        def answered(answer: str | None) -> None:
            if answer == "yes":
                plan_file.path.unlink(missing_ok=True)
                self.app.sessions.pop(plan_file.path, None)  # type: ignore[attr-defined]
                self.app.refresh_workspace(reread=True)  # type: ignore[attr-defined]

        question = t(self, "ui.confirm_delete_plan", name=plan_file.path.name)
        self.app.push_screen(
            Choice.delete(question, t(self, "ui.delete"), t(self, "ui.cancel")), answered
        )
